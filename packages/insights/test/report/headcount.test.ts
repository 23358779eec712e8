/** Headcount: every role counted once, by function, team and manager, span of control, 003's shares, pod seats. */
import { describe, expect, it } from 'vitest';
import { median } from '../../src/report/headcount.js';
import { edited, HEALTHY, reportOf } from './report-helpers.js';

describe('headcount', () => {
    it('counts every role once: the teams and the roles without a team add up to the modelled total', async () => {
        const { headcount } = await reportOf(HEALTHY);
        expect(headcount.modelled).toBe(13);
        expect(headcount.byTeam.map(group => [group.name, group.roles, group.headcount])).toEqual([['Marketing', 2, 3], ['Sales', 3, 8], ['RevOps', 1, 1], [null, 1, 1]]);
        expect(headcount.byTeam.reduce((sum, group) => sum + group.headcount, 0)).toBe(headcount.modelled);
        expect(headcount.byFunction.map(group => [group.name, group.headcount, group.share])).toEqual([['sales', 8, 20], ['marketing', 3, 7.5], ['revops', 1, 2.5], [null, 1, 2.5]]);
        expect(headcount.base).toEqual({ of: 'employees', value: 40 });
    });

    it('shares the modelled headcount when the organization does not state employees, and says how much of the company is modelled', async () => {
        const { headcount } = await reportOf(edited(HEALTHY, [' employees: 40', '']));
        expect(headcount.base).toEqual({ of: 'modelled', value: 13 });
        expect(headcount.shares).toEqual([{ id: 'marketing', side: 'marketing', headcount: 3, share: 23.1, benchmark: 5, quote: 'marketing departments average about 5% of total company headcount' }]);
    });

    it('compares sales and marketing with 19% and 14% at enterprise stage only', async () => {
        const growth = await reportOf(HEALTHY);
        expect(growth.headcount.shares.map(share => share.id)).toEqual(['marketing']);
        const enterprise = await reportOf(edited(HEALTHY, ['employees: 40', 'employees: 260']));
        expect(enterprise.headcount.shares.map(share => [share.id, share.headcount, share.share, share.benchmark])).toEqual([
            ['marketing', 3, 1.2, 5], ['enterprise-sales', 8, 3.1, 19], ['enterprise-marketing', 3, 1.2, 14],
        ]);
    });

    it('rolls managers up the reporting tree, in tree order, with their span of control', async () => {
        const { headcount } = await reportOf(`organization "X" { employees: 60 }
role CEO { kind: ceo }
role VPS { kind: vp-sales reportsTo: CEO }
role Leads { kind: sales-manager reportsTo: VPS headcount: 4 }
role AE { kind: ae reportsTo: Leads headcount: 16 }
role SDR { kind: sdr reportsTo: Leads headcount: 4 }
role VPM { kind: vp-marketing reportsTo: CEO }
role Marketer { kind: marketing reportsTo: VPM headcount: 3 }
`);
        expect(headcount.managers.map(manager => [manager.name, manager.depth, manager.directReports, manager.directHeadcount, manager.headcountBeneath, manager.span])).toEqual([
            ['CEO', 0, 2, 2, 29, 2],
            ['VPS', 1, 1, 4, 24, 4],
            ['Leads', 2, 2, 20, 20, 5],
            ['VPM', 1, 1, 3, 3, 3],
        ]);
        expect(headcount.span).toEqual({ managers: 4, median: 3.5, max: { value: 5, manager: 'Leads' } });
    });

    it('has no span for a role of headcount 0, and lists roles on a reporting cycle without a headcount beneath', async () => {
        const { headcount } = await reportOf('role Empty { kind: sales-manager headcount: 0 }\nrole AE { kind: ae reportsTo: Empty headcount: 2 }\nrole A { kind: ae reportsTo: B }\nrole B { kind: ae reportsTo: A }\n');
        expect(headcount.managers.map(manager => [manager.name, manager.span, manager.headcountBeneath])).toEqual([['Empty', null, 2], ['A', 1, null], ['B', 1, null]]);
        expect(headcount.span).toEqual({ managers: 2, median: 1, max: { value: 1, manager: 'A' } });
    });

    it('sets each role\'s pod seats against its headcount', async () => {
        const { headcount } = await reportOf(`${HEALTHY}pod P1 { members: [SDR x2, AE x2] }\npod P2 { members: [SDR x2, AE] }\n`);
        expect(headcount.podSeats.map(entry => [entry.role, entry.headcount, entry.seats, entry.pods, entry.over])).toEqual([
            ['SDR', 3, 4, ['P1', 'P2'], true],
            ['AE', 4, 3, ['P1', 'P2'], false],
        ]);
    });

    it('takes the median of an even count as the mean of the middle two', () => {
        expect(median([])).toBeUndefined();
        expect(median([5, 1, 3])).toBe(3);
        expect(median([4, 1, 3, 2])).toBe(2.5);
    });
});
