/** Handoffs: which handoff-rate KPI measures each handoff, and Influ2's bucket from its actual. */
import { emptyOverrides } from '@revorg/language';
import { describe, expect, it } from 'vitest';
import { edited, HEALTHY, reportOf } from './report-helpers.js';

const handoff = (report: Awaited<ReturnType<typeof reportOf>>, name: string) => report.handoffs.handoffs.find(each => each.name === name)!;

describe('handoffs', () => {
    it('lists each handoff with its owner and its SLAs\' terms', async () => {
        const report = await reportOf(HEALTHY);
        expect(handoff(report, 'MarketingToSdr')).toMatchObject({
            from: 'Marketing', to: 'SDR', fromSide: 'marketing', toSide: 'sales', trigger: 'MQL', owner: 'Ops',
            slas: [{ name: 'SpeedToLead', within: '1h', touches: 4, volume: 200, audit: 'weekly', auditor: null }],
        });
        expect(report.handoffs).toMatchObject({ brokenBelow: 35, highOverlapFrom: 50, overlap: null });
    });

    describe('the handoff-rate KPI of a handoff', () => {
        it('is one both sides own for a handoff from marketing to sales; a handoff inside sales has none', async () => {
            const report = await reportOf(HEALTHY);
            expect(handoff(report, 'MarketingToSdr').kpi).toMatchObject({ name: 'HandoffRate', match: 'marketing-to-sales', target: { text: '45%' }, actual: { text: '41%' } });
            expect(handoff(report, 'SdrToAe')).toMatchObject({ kpi: null, bucket: 'unmeasured', bucketText: 'No handoff-rate KPI measures this handoff.' });
        });

        it('is one whose owners name both ends, first', async () => {
            const report = await reportOf(`${HEALTHY}kpi SdrAeRate { measures: handoff-rate owners: [SDR, AE] target: 60% actual: 20% }\n`);
            expect(handoff(report, 'SdrToAe')).toMatchObject({ kpi: { name: 'SdrAeRate', match: 'names-both-ends' }, bucket: 'broken' });
            expect(handoff(report, 'MarketingToSdr').kpi).toMatchObject({ name: 'HandoffRate', match: 'marketing-to-sales' });
        });

        it('is the only handoff-rate KPI for a marketing-to-sales handoff, whoever owns it', async () => {
            const report = await reportOf(edited(HEALTHY, ['measures: handoff-rate owners: [Marketing, Sales]', 'measures: handoff-rate owners: [Ops]']));
            expect(handoff(report, 'MarketingToSdr').kpi).toMatchObject({ name: 'HandoffRate', match: 'only-handoff-rate-kpi' });
            const two = await reportOf(`${edited(HEALTHY, ['measures: handoff-rate owners: [Marketing, Sales]', 'measures: handoff-rate owners: [Ops]'])}kpi Other { measures: handoff-rate owners: [Ops] }\n`);
            expect(handoff(two, 'MarketingToSdr').kpi).toBeNull();
        });
    });

    describe('Influ2\'s bucket', () => {
        it('is broken under 35%, and under the configured min of handoff-rate-broken', async () => {
            const broken = await reportOf(edited(HEALTHY, ['actual: 41%', 'actual: 34.5%']));
            expect(handoff(broken, 'MarketingToSdr')).toMatchObject({ bucket: 'broken', bucketText: 'Broken: HandoffRate is at 34.5%, below 35%.' });
            const strict = emptyOverrides();
            strict.options.set('handoff-rate-broken', { min: 45 });
            const configured = await reportOf(HEALTHY, strict);
            expect(handoff(configured, 'MarketingToSdr').bucket).toBe('broken');
            expect(configured.handoffs).toMatchObject({ brokenBelow: 45, brokenBelowFrom: 'the `min` of handoff-rate-broken in the config; 003 says 35%' });
        });

        it('is effective at 35% and more, with the overlap not measured', async () => {
            const report = await reportOf(edited(HEALTHY, ['actual: 41%', 'actual: 35%']));
            expect(handoff(report, 'MarketingToSdr')).toMatchObject({ bucket: 'effective-overlap-unmeasured', bucketText: 'Effective (35%); audience overlap not measured.' });
        });

        it('is effective with high overlap from 50%, or with a cold sales audience below it', async () => {
            const high = await reportOf(`${HEALTHY}kpi Overlap { measures: audience-overlap owners: [Marketing, Sales] target: 80% actual: 50% }\n`);
            expect(handoff(high, 'MarketingToSdr')).toMatchObject({ bucket: 'effective-high-overlap', bucketText: 'Effective (41%) with high audience overlap (Overlap 50%): the goal.' });
            expect(high.handoffs.overlap).toMatchObject({ kpi: 'Overlap', actual: { text: '50%' } });
            const cold = await reportOf(`${HEALTHY}kpi Overlap { measures: audience-overlap owners: [Marketing, Sales] target: 80% actual: 49% }\n`);
            expect(handoff(cold, 'MarketingToSdr')).toMatchObject({ bucket: 'effective-cold-audience', bucketText: 'Effective (41%), but a cold sales audience: audience overlap Overlap is 49%, under 50%.' });
        });

        it('is not measured while the KPI has no actual', async () => {
            const report = await reportOf(edited(HEALTHY, [' actual: 41%', '']));
            expect(handoff(report, 'MarketingToSdr')).toMatchObject({ bucket: 'unmeasured', bucketText: 'HandoffRate has no measured `actual` yet.' });
        });
    });
});
