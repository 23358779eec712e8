// Generates a realistic large model for benchmarks: `roles` roles in teams of 20, each team with its
// handoffs, SLAs, KPIs and cadence, plus an org file. Deterministic.
//
// Options (the defaults give the model `npm run bench` has always measured):
// - `layout`: 'multi-line' writes one property per line and a blank line between declarations;
//   'one-line' writes each declaration on one line with `;` between its properties
//   (`role T0R1 "AE 1 of team 0" { kind: ae; team: T0; reportsTo: T0Lead }`), as people write
//   small declarations. The model is the same; only the layout changes.
// - `files`: how many files in all, the org file included. By default every team has its own
//   file; fewer files put several teams in each (large files: 1,000 roles in 2 files is one
//   file of about 1,100 declarations).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const TEAM_SIZE = 20;
const FUNCTIONS = ['marketing', 'sales', 'sales', 'success'];
/** @type {readonly string[]} */
export const LAYOUTS = ['multi-line', 'one-line'];

/** @typedef {'multi-line' | 'one-line'} Layout */
/** @typedef {{ keyword: string; name: string | undefined; title: string | undefined; properties: Array<[string, string | number]> }} Declaration */

/**
 * A declaration as data: `keyword name "title" { key: value ... }`, written out by `render`.
 * @param {string} keyword
 * @param {string | undefined} name
 * @param {string | undefined} title
 * @param {Array<[string, string | number]>} properties
 * @returns {Declaration}
 */
const declaration = (keyword, name, title, properties) => ({ keyword, name, title, properties });

/**
 * @param {Declaration} declaration
 * @param {Layout} layout
 */
function render({ keyword, name, title, properties }, layout) {
    const head = [keyword, name, title === undefined ? undefined : `"${title}"`].filter(part => part !== undefined).join(' ');
    if (layout === 'one-line') return `${head} { ${properties.map(([key, value]) => `${key}: ${value}`).join('; ')} }\n`;
    return `${head} {\n${properties.map(([key, value]) => `    ${key}: ${value}\n`).join('')}}\n`;
}

/**
 * Declarations one after another: a blank line between them when multi-line, none when one-line.
 * @param {Declaration[]} declarations
 * @param {Layout} layout
 */
const renderAll = (declarations, layout) => declarations.map(each => render(each, layout)).join(layout === 'one-line' ? '' : '\n');

/** @param {number} roles */
function orgDeclarations(roles) {
    return [
        declaration('organization', undefined, 'Benchmark Corp', [
            // Room for every role's headcount (2.4 people a role on average), and RevOps run centrally.
            ['arr', '$250M'], ['employees', Math.round(roles * 3)], ['acv', '60K'], ['model', 'hybrid'], ['revops', 'centralized'], ['products', 4],
        ]),
        declaration('team', 'RevOps', 'Revenue Operations', [['function', 'revops'], ['lead', 'RevOpsLead']]),
        declaration('role', 'CRO', 'Chief Revenue Officer', [['kind', 'cro'], ['headcount', 1]]),
        declaration('role', 'RevOpsLead', 'Head of RevOps', [['kind', 'revops'], ['team', 'RevOps'], ['reportsTo', 'CRO']]),
        declaration('definition', 'SAL', 'Sales Accepted Lead', [
            ['stage', 'sal'], ['owner', 'RevOps'], ['title', '"Director+"'], ['fit', '"B2B SaaS, 50-1000 employees"'], ['engagement', '"Score >= 60"'],
        ]),
        declaration('cadence', 'StructureReview', undefined, [['purpose', 'structure-review'], ['every', 'quarterly'], ['attendees', '[CRO, RevOpsLead]']]),
    ];
}

/**
 * @param {number} t
 * @param {number} teams
 * @param {number} roles
 * @param {Layout} layout
 */
function teamText(t, teams, roles, layout) {
    const fn = FUNCTIONS[t % FUNCTIONS.length];
    const team = `T${t}`;
    const partner = `T${(t + 1) % teams}`;
    const declarations = [
        declaration('team', team, `Team ${t}`, [['function', fn], ['lead', `${team}Lead`]]),
        declaration('role', `${team}Lead`, `Lead of team ${t}`, [
            ['kind', fn === 'marketing' ? 'vp-marketing' : fn === 'success' ? 'vp-success' : 'sales-manager'],
            ['team', team], ['reportsTo', 'CRO'], ['kpis', `[${team}Pipeline]`],
        ]),
    ];
    const members = Math.min(TEAM_SIZE, roles - t * TEAM_SIZE) - 1;
    for (let r = 0; r < members; r++) {
        const kind = fn === 'marketing' ? (r % 2 ? 'mdr' : 'marketing') : fn === 'success' ? (r % 2 ? 'csm' : 'am') : (r % 3 === 0 ? 'sdr' : 'ae');
        /** @type {Array<[string, string]>} */
        const motion = kind === 'ae' ? [['motion', 'hunter']] : kind === 'am' || kind === 'csm' ? [['motion', 'farmer']] : [];
        declarations.push(declaration('role', `${team}R${r}`, `${kind.toUpperCase()} ${r} of team ${t}`, [
            ['kind', kind], ['team', team], ['reportsTo', `${team}Lead`], ['headcount', 1 + (r % 4)], ...motion, ['kpis', `[${team}Outcome]`],
        ]));
    }
    const outcome = fn === 'success' ? 'nrr' : fn === 'marketing' ? 'pipeline-contribution' : 'net-new-arr';
    const target = fn === 'success' ? '115%' : '$4M';
    declarations.push(
        declaration('kpi', `${team}Outcome`, `Outcome of team ${t}`, [['measures', outcome], ['owners', `[${team}]`], ['target', target], ['period', 'quarterly']]),
        declaration('kpi', `${team}Pipeline`, undefined, [['measures', 'pipeline'], ['owners', `[${team}, ${partner}]`], ['target', '$12M']]),
        declaration('kpi', `${team}HandoffRate`, undefined, [['measures', 'handoff-rate'], ['owners', `[${team}, ${partner}]`], ['target', '40%'], ['period', 'monthly']]),
    );
    if (members >= 2) {
        declarations.push(
            declaration('handoff', `${team}Flow`, `Team ${t} to team ${(t + 1) % teams}`, [['from', `${team}R0`], ['to', partner], ['trigger', 'SAL'], ['owner', 'RevOpsLead']]),
            declaration('sla', `${team}FlowSla`, undefined, [['handoff', `${team}Flow`], ['within', '4h'], ['touches', 3], ['volume', 120], ['audit', 'weekly'], ['auditor', 'RevOpsLead']]),
        );
    }
    declarations.push(
        declaration('icp', `${team}Icp`, undefined, [['owners', `[${team}, ${partner}]`], ['criteria', `["B2B SaaS", "Team ${t} territory"]`]]),
        declaration('cadence', `${team}Review`, undefined, [['purpose', 'pipeline-review'], ['every', 'weekly'], ['duration', '30m'], ['attendees', `[${team}, ${partner}]`]]),
    );
    return `// Team ${t}: ${fn}\n${renderAll(declarations, layout)}`;
}

/**
 * @param {string} dir
 * @param {number} roles
 * @param {{ layout?: Layout; files?: number }} [options]
 * @returns {{ files: number; lines: number; largestFileLines: number }}
 */
export function generateModel(dir, roles, { layout = 'multi-line', files } = {}) {
    if (!LAYOUTS.includes(layout)) throw new Error(`unknown layout '${layout}' (${LAYOUTS.join(', ')})`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const teams = Math.ceil(roles / TEAM_SIZE);
    const teamFiles = Math.max(1, Math.min(teams, files === undefined ? teams : files - 1));
    let lines = 0;
    let largestFileLines = 0;
    /** @type {(name: string, text: string) => void} */
    const write = (name, text) => {
        writeFileSync(path.join(dir, name), text);
        const count = text.split('\n').length;
        lines += count;
        largestFileLines = Math.max(largestFileLines, count);
    };
    write('org.revorg', renderAll(orgDeclarations(roles), layout));
    // Teams in order, spread as evenly as possible over the team files.
    for (let f = 0; f < teamFiles; f++) {
        const first = Math.floor((f * teams) / teamFiles);
        const last = Math.floor(((f + 1) * teams) / teamFiles);
        /** @type {string[]} */
        const texts = [];
        for (let t = first; t < last; t++) texts.push(teamText(t, teams, roles, layout));
        write(`team-${String(f).padStart(4, '0')}.revorg`, texts.join(layout === 'one-line' ? '' : '\n'));
    }
    return { files: teamFiles + 1, lines, largestFileLines };
}

/**
 * A dense revenue flow: `teams` teams along the funnel and `handoffs` handoffs between them (many
 * parallel, some backwards), each with an owner and most with an SLA. Deterministic.
 */
/**
 * @param {string} dir
 * @param {number} teams
 * @param {number} handoffs
 */
export function generateDenseFlow(dir, teams, handoffs) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const functions = ['marketing', 'sales', 'sales', 'success'];
    /** @type {Record<string, string>} */
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
