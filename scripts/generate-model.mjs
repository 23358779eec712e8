// Generates a realistic large model for benchmarks: `roles` roles in teams of 20, each team in its
// own file with its handoffs, SLAs, KPIs and cadence, plus an org file. Deterministic.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const TEAM_SIZE = 20;
const FUNCTIONS = ['marketing', 'sales', 'sales', 'success'];

/**
 * @param {string} dir
 * @param {number} roles
 * @returns {{ files: number; lines: number }}
 */
export function generateModel(dir, roles) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const teams = Math.ceil(roles / TEAM_SIZE);
    let lines = 0;
    /** @type {(name: string, text: string) => void} */
    const write = (name, text) => {
        writeFileSync(path.join(dir, name), text);
        lines += text.split('\n').length;
    };
    write('org.revorg', `organization "Benchmark Corp" {
    arr: $250M
    employees: ${Math.round(roles * 1.5)}
    acv: 60K
    model: hybrid
    revops: hybrid
    products: 4
}

team RevOps "Revenue Operations" {
    function: revops
    lead: RevOpsLead
}

role CRO "Chief Revenue Officer" {
    kind: cro
    headcount: 1
}

role RevOpsLead "Head of RevOps" {
    kind: revops
    team: RevOps
    reportsTo: CRO
}

definition SAL "Sales Accepted Lead" {
    stage: sal
    owner: RevOps
    title: "Director+"
    fit: "B2B SaaS, 50-1000 employees"
    engagement: "Score >= 60"
}

cadence StructureReview {
    purpose: structure-review
    every: quarterly
    attendees: [CRO, RevOpsLead]
}
`);
    for (let t = 0; t < teams; t++) {
        const fn = FUNCTIONS[t % FUNCTIONS.length];
        const team = `T${t}`;
        const parts = [`// Team ${t}: ${fn}\nteam ${team} "Team ${t}" {\n    function: ${fn}\n    lead: ${team}Lead\n}\n`];
        parts.push(`role ${team}Lead "Lead of team ${t}" {\n    kind: ${fn === 'marketing' ? 'vp-marketing' : fn === 'success' ? 'vp-success' : 'sales-manager'}\n    team: ${team}\n    reportsTo: CRO\n    kpis: [${team}Pipeline]\n}\n`);
        const members = Math.min(TEAM_SIZE, roles - t * TEAM_SIZE) - 1;
        for (let r = 0; r < members; r++) {
            const kind = fn === 'marketing' ? (r % 2 ? 'mdr' : 'marketing') : fn === 'success' ? (r % 2 ? 'csm' : 'am') : (r % 3 === 0 ? 'sdr' : 'ae');
            const motion = kind === 'ae' ? '\n    motion: hunter' : kind === 'am' || kind === 'csm' ? '\n    motion: farmer' : '';
            parts.push(`role ${team}R${r} "${kind.toUpperCase()} ${r} of team ${t}" {\n    kind: ${kind}\n    team: ${team}\n    reportsTo: ${team}Lead\n    headcount: ${1 + (r % 4)}${motion}\n    kpis: [${team}Outcome]\n}\n`);
        }
        const outcome = fn === 'success' ? 'nrr' : fn === 'marketing' ? 'pipeline-contribution' : 'net-new-arr';
        const target = fn === 'success' ? '115%' : '$4M';
        parts.push(`kpi ${team}Outcome "Outcome of team ${t}" {\n    measures: ${outcome}\n    owners: [${team}]\n    target: ${target}\n    period: quarterly\n}\n`);
        const partner = `T${(t + 1) % teams}`;
        parts.push(`kpi ${team}Pipeline {\n    measures: pipeline\n    owners: [${team}, ${partner}]\n    target: $12M\n}\n`);
        parts.push(`kpi ${team}HandoffRate {\n    measures: handoff-rate\n    owners: [${team}, ${partner}]\n    target: 40%\n    period: monthly\n}\n`);
        if (members >= 2) {
            parts.push(`handoff ${team}Flow "Team ${t} to team ${(t + 1) % teams}" {\n    from: ${team}R0\n    to: ${partner}\n    trigger: SAL\n    owner: RevOpsLead\n}\n`);
            parts.push(`sla ${team}FlowSla {\n    handoff: ${team}Flow\n    within: 4h\n    touches: 3\n    volume: 120\n    audit: weekly\n    auditor: RevOpsLead\n}\n`);
        }
        parts.push(`icp ${team}Icp {\n    owners: [${team}, ${partner}]\n    criteria: ["B2B SaaS", "Team ${t} territory"]\n}\n`);
        parts.push(`cadence ${team}Review {\n    purpose: pipeline-review\n    every: weekly\n    duration: 30m\n    attendees: [${team}, ${partner}]\n}\n`);
        write(`team-${String(t).padStart(4, '0')}.revorg`, parts.join('\n'));
    }
    return { files: teams + 1, lines };
}

/**
 * A dense revenue flow: `teams` teams along the funnel and `handoffs` handoffs between them (many
 * parallel, some backwards), each with an owner and most with an SLA. Deterministic.
 * @param {string} dir
 * @param {number} teams
 * @param {number} handoffs
 */
export function generateDenseFlow(dir, teams, handoffs) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const functions = /** @type {const} */ (['marketing', 'sales', 'sales', 'success']);
    const kinds = { marketing: 'mdr', sales: 'ae', success: 'csm' };
    const parts = ['organization "Dense Flow Co" {\n    arr: 80M\n    employees: 600\n}\n', 'definition SAL {\n    stage: sal\n    title: "VP"\n    fit: "SaaS"\n    engagement: "Demo"\n}\n'];
    for (let t = 0; t < teams; t++) {
        const fn = functions[t % functions.length];
        parts.push(`team T${t} "Team ${t}" {\n    function: ${fn}\n    lead: L${t}\n}\n`);
        parts.push(`role L${t} "Lead ${t}" {\n    kind: ${kinds[fn]}\n    team: T${t}\n}\n`);
    }
    for (let h = 0; h < handoffs; h++) {
        const from = (h * 7) % teams;
        const to = (from + 1 + (h % 3)) % teams;
        parts.push(`handoff H${h} {\n    from: T${from}\n    to: T${to}\n    trigger: SAL\n    owner: L${from}\n}\n`);
        if (h % 4 !== 0) parts.push(`sla S${h} {\n    handoff: H${h}\n    within: 4h\n    touches: 2\n    audit: weekly\n}\n`);
    }
    writeFileSync(path.join(dir, 'flow.revorg'), parts.join('\n'));
}
