/**
 * Headcount: the modelled people by function, team and manager, span of control, marketing's (and
 * at enterprise stage sales') share of the company against 003's benchmarks, and pod seats against
 * each role's headcount. Every role is counted once, through its own `headcount` (1 when omitted):
 * the teams plus the roles without a team add up to the modelled total.
 */
import type { Role, RevorgFacts, RoleFacts, Team } from '@revorg/language';
import type { ModelLocator } from '../model-locator.js';
import { HEADCOUNT_BENCHMARKS } from './article.js';
import { modelledHeadcount } from './company.js';
import { declarationName } from './model-element.js';
import type { Headcount, HeadcountGroup, ManagerHeadcount } from './schema.js';

/** One decimal: shares and spans are read, not computed with. */
const round = (value: number): number => Math.round(value * 10) / 10;

const shareOf = (headcount: number, base: number): number => (base > 0 ? round((headcount / base) * 100) : 0);

/** The median of the values (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number | undefined {
    if (values.length === 0) return undefined;
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function byTeam(facts: RevorgFacts, base: number): HeadcountGroup[] {
    const totals = new Map<Team | undefined, { roles: number; headcount: number }>();
    for (const role of facts.roles) {
        const total = totals.get(role.team) ?? { roles: 0, headcount: 0 };
        total.roles++;
        total.headcount += role.headcount;
        totals.set(role.team, total);
    }
    const groups: HeadcountGroup[] = facts.teams.map(team => {
        const total = totals.get(team.node) ?? { roles: 0, headcount: 0 };
        return { name: declarationName(team.node), title: team.node.title ?? null, function: team.function ?? null, roles: total.roles, headcount: total.headcount, share: shareOf(total.headcount, base) };
    });
    const teamless = totals.get(undefined);
    if (teamless) groups.push({ name: null, title: null, function: null, roles: teamless.roles, headcount: teamless.headcount, share: shareOf(teamless.headcount, base) });
    return groups;
}

/** Teams grouped by function, largest first; roles without a team last. */
function byFunction(teams: readonly HeadcountGroup[], base: number): HeadcountGroup[] {
    const totals = new Map<string, { roles: number; headcount: number }>();
    for (const team of teams) {
        if (team.name === null) continue;
        const key = team.function ?? 'no function';
        const total = totals.get(key) ?? { roles: 0, headcount: 0 };
        total.roles += team.roles;
        total.headcount += team.headcount;
        totals.set(key, total);
    }
    const groups: HeadcountGroup[] = [...totals]
        .map(([fn, total]) => ({ name: fn, title: null, function: fn === 'no function' ? null : fn, roles: total.roles, headcount: total.headcount, share: shareOf(total.headcount, base) }))
        .sort((a, b) => b.headcount - a.headcount);
    const teamless = teams.find(team => team.name === null);
    if (teamless) groups.push(teamless);
    return groups;
}

/** Managers (roles with direct reports) in reporting-tree order: each top role, then its reports, depth first. */
function managers(facts: RevorgFacts, locator: ModelLocator): ManagerHeadcount[] {
    const ordered: RoleFacts[] = [];
    const visited = new Set<Role>();
    const visit = (start: RoleFacts) => {
        const stack: RoleFacts[] = [start];
        while (stack.length > 0) {
            const role = stack.pop()!;
            if (visited.has(role.node)) continue;
            visited.add(role.node);
            if (role.directReports.length > 0) ordered.push(role);
            for (let i = role.directReports.length - 1; i >= 0; i--) {
                const report = facts.role(role.directReports[i]);
                if (report && !visited.has(report.node)) stack.push(report);
            }
        }
    };
    for (const role of facts.roles) if (!role.manager) visit(role);
    // Roles on a reporting cycle have no top to be reached from.
    for (const role of facts.roles) if (!visited.has(role.node)) visit(role);
    return ordered.map(role => {
        let directHeadcount = 0;
        for (const report of role.directReports) directHeadcount += facts.role(report)?.headcount ?? 0;
        return {
            name: declarationName(role.node),
            title: role.node.title ?? null,
            reportsTo: role.manager?.name || null,
            depth: facts.reportingDepth(role.node),
            headcount: role.headcount,
            directReports: role.directReports.length,
            directHeadcount,
            headcountBeneath: facts.headcountBeneath(role.node) ?? null,
            span: role.headcount > 0 ? round(directHeadcount / role.headcount) : null,
            location: locator.locate(role.node),
        };
    });
}

function podSeats(facts: RevorgFacts, locator: ModelLocator): Headcount['podSeats'] {
    const seats = new Map<Role, { seats: number; pods: string[] }>();
    for (const pod of facts.pods) {
        for (const member of pod.members) {
            const entry = seats.get(member.role) ?? { seats: 0, pods: [] };
            entry.seats += member.count;
            if (pod.node.name && !entry.pods.includes(pod.node.name)) entry.pods.push(pod.node.name);
            seats.set(member.role, entry);
        }
    }
    return [...seats].flatMap(([role, entry]) => {
        const view = facts.role(role);
        if (!view || !role.name) return [];
        return [{ role: role.name, title: role.title ?? null, headcount: view.headcount, seats: entry.seats, pods: entry.pods, over: entry.seats > view.headcount, location: locator.locate(role) }];
    });
}

export function headcount(facts: RevorgFacts, locator: ModelLocator): Headcount {
    const modelled = modelledHeadcount(facts);
    const employees = facts.organization?.employees ?? null;
    const base = employees !== null && employees > 0 ? { of: 'employees' as const, value: employees } : { of: 'modelled' as const, value: modelled };
    const teams = byTeam(facts, base.value);
    const managerList = managers(facts, locator);
    const spans = managerList.flatMap(manager => (manager.span === null ? [] : [{ value: manager.span, manager: manager.name }]));
    const widest = spans.reduce<(typeof spans)[number] | undefined>((max, span) => (!max || span.value > max.value ? span : max), undefined);
    const middle = median(spans.map(span => span.value));

    let marketing = 0;
    let sales = 0;
    for (const role of facts.roles) {
        if (role.side === 'marketing') marketing += role.headcount;
        else if (role.side === 'sales') sales += role.headcount;
    }
    const shares: Headcount['shares'] = [
        { id: 'marketing', side: 'marketing', headcount: marketing, share: shareOf(marketing, base.value), benchmark: HEADCOUNT_BENCHMARKS.marketing.share, quote: HEADCOUNT_BENCHMARKS.marketing.words },
    ];
    if (facts.organization?.stage === 'enterprise') {
        const { enterprise } = HEADCOUNT_BENCHMARKS;
        shares.push(
            { id: 'enterprise-sales', side: 'sales', headcount: sales, share: shareOf(sales, base.value), benchmark: enterprise.sales, quote: enterprise.words },
            { id: 'enterprise-marketing', side: 'marketing', headcount: marketing, share: shareOf(marketing, base.value), benchmark: enterprise.marketing, quote: enterprise.words },
        );
    }
    return {
        modelled,
        employees,
        base,
        byFunction: byFunction(teams, base.value),
        byTeam: teams,
        managers: managerList,
        span: { managers: spans.length, median: middle === undefined ? null : round(middle), max: widest ? { value: widest.value, manager: widest.manager } : null },
        shares,
        podSeats: podSeats(facts, locator),
    };
}
