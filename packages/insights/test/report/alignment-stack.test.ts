/** The Revenue Alignment Stack: each layer present, partial and missing, what it rests on, and the findings beside it. */
import { emptyOverrides } from '@revorg/language';
import { describe, expect, it } from 'vitest';
import { edited, HEALTHY, layer, reportOf } from './report-helpers.js';

describe('the Revenue Alignment Stack', () => {
    it('lists the five layers bottom up, all present in a healthy model, with the elements that make them so', async () => {
        const report = await reportOf(HEALTHY);
        expect(report.alignmentStack.layers.map(each => [each.level, each.id, each.status])).toEqual([
            [1, 'icp', 'present'], [2, 'signals', 'present'], [3, 'handoffs', 'present'], [4, 'kpis', 'present'], [5, 'cadence', 'present'],
        ]);
        expect(layer(report, 'icp').elements).toEqual([{ kind: 'icp', name: 'Core', note: 'owned by Marketing, Sales', location: { file: 'model.revorg', line: 14 } }]);
        expect(layer(report, 'signals').elements.map(element => [element.name, element.note])).toEqual([['MQL', 'stage mql'], ['SAL', 'stage sal, title, fit and engagement written']]);
        expect(layer(report, 'cadence').elements.map(element => element.name)).toEqual(['Review']);
        expect(report.alignmentStack.callouts).toEqual([]);
    });

    describe('shared ICP', () => {
        it('is partial when no ICP is owned by both sides, and missing without an ICP', async () => {
            const oneSide = await reportOf(edited(HEALTHY, ['owners: [Marketing, Sales] criteria', 'owners: [Sales] criteria']));
            expect(layer(oneSide, 'icp')).toMatchObject({ status: 'partial', gaps: ['ICP Core is owned by the sales side only.'] });
            const none = await reportOf(edited(HEALTHY, [/icp Core .*\n/, '']));
            expect(layer(none, 'icp')).toMatchObject({ status: 'missing', elements: [], reason: 'The model has no ICP.' });
        });

        it('counts a revenue generalist without a team for both sides', async () => {
            const report = await reportOf(edited(HEALTHY, ['owners: [Marketing, Sales] criteria', 'owners: [Gen] criteria'], ['role CEO { kind: ceo }', 'role CEO { kind: ceo }\nrole Gen { kind: generalist reportsTo: CEO }']));
            expect(layer(report, 'icp').status).toBe('present');
        });
    });

    describe('common signal language', () => {
        it('is partial with a SAL that leaves a criterion out, or with definitions but no SAL', async () => {
            const incomplete = await reportOf(edited(HEALTHY, [' fit: "SaaS, 50-500 people"', '']));
            expect(layer(incomplete, 'signals')).toMatchObject({ status: 'partial', gaps: ['SAL definition SAL does not write `fit`.'] });
            const noSal = await reportOf(edited(HEALTHY, ['definition SAL { stage: sal', 'definition SAL { stage: sql']));
            expect(layer(noSal, 'signals')).toMatchObject({ status: 'partial', reason: 'The model has lead definitions but no SAL definition.' });
        });

        it('is missing without any definition', async () => {
            const report = await reportOf(edited(HEALTHY, [/definition MQL .*\n/, ''], [/definition SAL .*\n/, ''], [' trigger: MQL', ''], [' trigger: SAL', '']));
            expect(layer(report, 'signals').status).toBe('missing');
        });
    });

    describe('unified handoff with SLAs', () => {
        it('is partial when a handoff has no owner or no SLA', async () => {
            const noOwner = await reportOf(edited(HEALTHY, [' owner: VPS', '']));
            expect(layer(noOwner, 'handoffs')).toMatchObject({ status: 'partial', gaps: ['Handoff SdrToAe has no owner.'] });
            const noSla = await reportOf(edited(HEALTHY, [/sla Acceptance .*\n/, '']));
            expect(layer(noSla, 'handoffs')).toMatchObject({ status: 'partial', gaps: ['Handoff SdrToAe has no SLA.'] });
        });

        it('is partial when no handoff goes from marketing to sales, though each is owned and has an SLA', async () => {
            const report = await reportOf(edited(HEALTHY, [/handoff MarketingToSdr .*\n/, ''], [/sla SpeedToLead .*\n/, '']));
            expect(layer(report, 'handoffs')).toMatchObject({ status: 'partial', gaps: ['No handoff goes from the marketing side to the sales side.'] });
        });

        it('is missing without a handoff', async () => {
            const report = await reportOf(edited(HEALTHY, [/handoff MarketingToSdr .*\n/, ''], [/handoff SdrToAe .*\n/, ''], [/sla SpeedToLead .*\n/, ''], [/sla Acceptance .*\n/, '']));
            expect(layer(report, 'handoffs').status).toBe('missing');
        });
    });

    describe('shared revenue KPIs', () => {
        it('is partial when the only KPIs both sides own count activity, or none is shared', async () => {
            const activity = await reportOf(edited(HEALTHY, ['measures: pipeline-contribution', 'measures: mqls'], ['measures: handoff-rate owners: [Marketing, Sales]', 'measures: handoff-rate owners: [Sales]']));
            expect(layer(activity, 'kpis')).toMatchObject({ status: 'partial', gaps: ['KPI Pipeline measures mqls, an activity count.'] });
            const unshared = await reportOf(edited(HEALTHY, ['owners: [Marketing, Sales] target: 2M', 'owners: [Marketing] target: 2M'], ['measures: handoff-rate owners: [Marketing, Sales]', 'measures: handoff-rate owners: [Sales]']));
            expect(layer(unshared, 'kpis')).toMatchObject({ status: 'partial', reason: 'The model has KPIs, but none is owned by both marketing and sales.' });
        });

        it('is missing without a KPI', async () => {
            const report = await reportOf(edited(HEALTHY, [/kpi Pipeline .*\n/, ''], [/kpi HandoffRate .*\n/, '']));
            expect(layer(report, 'kpis').status).toBe('missing');
        });
    });

    describe('operating cadence', () => {
        it('is partial for a review less often than biweekly, one side only, or an alignment meeting alone', async () => {
            const monthly = await reportOf(edited(HEALTHY, ['every: weekly duration: 30m', 'every: monthly duration: 30m']));
            expect(layer(monthly, 'cadence')).toMatchObject({ status: 'partial', gaps: ['Review runs monthly.'] });
            const oneSide = await reportOf(edited(HEALTHY, ['attendees: [Marketing, Sales]', 'attendees: [Sales]']));
            expect(layer(oneSide, 'cadence').gaps).toEqual(['Review is attended by the sales side only.']);
            const alignment = await reportOf(edited(HEALTHY, ['purpose: pipeline-review', 'purpose: alignment']));
            expect(layer(alignment, 'cadence').gaps).toEqual(['Review is an alignment meeting, not a pipeline review.']);
        });

        it('is present for a biweekly review and missing with only a structure review', async () => {
            expect(layer(await reportOf(edited(HEALTHY, ['every: weekly duration: 30m', 'every: biweekly duration: 30m'])), 'cadence').status).toBe('present');
            expect(layer(await reportOf(edited(HEALTHY, [/cadence Review .*\n/, ''])), 'cadence').status).toBe('missing');
        });
    });

    it('calls out a missing layer beneath layers in place: each layer depends on the one below it', async () => {
        const report = await reportOf(edited(HEALTHY, [/definition MQL .*\n/, ''], [/definition SAL .*\n/, ''], [' trigger: MQL', ''], [' trigger: SAL', '']));
        expect(report.alignmentStack.callouts).toEqual([{
            missing: 'signals',
            above: ['handoffs', 'kpis', 'cadence'],
            text: 'Unified handoff with SLAs (3), Shared revenue KPIs (4) and Operating cadence (5) are in place above a missing Common signal language (2): each layer depends on the one below it - skip one and the whole thing wobbles.',
        }]);
        // The top layer missing has nothing above it to call out.
        const topMissing = await reportOf(edited(HEALTHY, [/cadence Review .*\n/, '']));
        expect(topMissing.alignmentStack.callouts).toEqual([]);
    });

    it('lists the findings of the rules about each layer as configured; the status is about the model, not the rules', async () => {
        const model = edited(HEALTHY, [/sla Acceptance .*\n/, '']);
        const defaults = await reportOf(model);
        expect(layer(defaults, 'handoffs').findings.map(finding => finding.ruleId)).toEqual(['handoff-sla-required']);
        const off = emptyOverrides();
        off.severities.set('handoff-sla-required', 'off');
        const silenced = await reportOf(model, off);
        expect(layer(silenced, 'handoffs')).toMatchObject({ status: 'partial', findings: [] });
    });
});
