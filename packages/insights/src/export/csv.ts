/**
 * `revorg export --format csv`: one kind of declaration (roles by default) as a table for an HRIS,
 * a CRM or a spreadsheet, read from the model as data (`exportModel`), so every value means what
 * the JSON export's field of the same name means.
 *
 * Each entity's columns are defined once, in the tables below, in the order they are written. A
 * cell is a name, a number or text; a list (`dottedTo`, `kpis`, a team's `roles`) is its names
 * joined with `;` (names are identifiers, so they never contain one); what the model does not say
 * is an empty cell. csv-stringify writes RFC 4180: a header row, CRLF line ends, and a cell with a
 * comma, a quote or a line break quoted with its quotes doubled.
 *
 * Formula injection: a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is
 * prefixed with `'` (csv-stringify's `escape_formulas`, as OWASP recommends), so a spreadsheet shows
 * the text instead of running it. Names, kinds and numbers never start that way (the model's
 * values are never negative), so in practice only a free-text title can be changed, and a title like that in
 * an org chart is far more likely an attack than a job title. The JSON export never alters a value:
 * an integration that needs the text exactly as written reads that.
 */
import { formatDuration } from '@revorg/language';
import { stringify } from 'csv-stringify/sync';
import type { HandoffExport, KpiExport, ModelExport, RoleExport, SlaExport, TeamExport } from '../model-export/schema.js';

export const CSV_ENTITIES = ['roles', 'teams', 'handoffs', 'kpis'] as const;
export type CsvEntity = (typeof CSV_ENTITIES)[number];

/** What one cell holds; `null` is an empty cell. */
type Cell = string | number | null;

/** A column: its header, and how a row's cell is read from the entity. */
type Column<T> = readonly [header: string, cell: (entity: T, model: ModelExport) => Cell];

/** Names joined with `;`; an empty list is an empty cell. */
function list(names: readonly string[]): string | null {
    return names.length > 0 ? names.join(';') : null;
}

export const ROLE_COLUMNS: ReadonlyArray<Column<RoleExport>> = [
    ['name', role => role.name],
    ['title', role => role.title],
    ['kind', role => role.kind],
    ['team', role => role.team],
    ['function', role => role.function],
    ['side', role => role.side],
    ['reportsTo', role => role.reportsTo],
    ['dottedTo', role => list(role.dottedTo)],
    ['headcount', role => role.headcount],
    ['motion', role => role.motion],
    ['segment', role => role.segment],
    ['kpis', role => list(role.kpis)],
    ['file', role => role.location.file],
    ['line', role => role.location.line],
];

export const TEAM_COLUMNS: ReadonlyArray<Column<TeamExport>> = [
    ['name', team => team.name],
    ['title', team => team.title],
    ['function', team => team.function],
    ['side', team => team.side],
    ['lead', team => team.lead],
    ['headcount', team => team.headcount],
    ['roles', team => list(team.roles)],
    ['file', team => team.location.file],
    ['line', team => team.location.line],
];

/**
 * The SLAs of a handoff, in the order the handoff lists them. A handoff's SLA columns hold one
 * value per SLA, joined with `;` in that order (an SLA without the term leaves its place empty),
 * so `slas` and each term line up even in the rare handoff with two SLAs.
 */
function slasOf(handoff: HandoffExport, model: ModelExport): SlaExport[] {
    let byName = slasByName.get(model);
    if (!byName) {
        // The first SLA of a name, as references resolve when a name is declared twice.
        byName = new Map();
        for (const sla of model.slas) if (!byName.has(sla.name)) byName.set(sla.name, sla);
        slasByName.set(model, byName);
    }
    return handoff.slas.map(name => byName.get(name)).filter(sla => sla !== undefined);
}

/** Each exported model's SLAs by name, looked up once per model rather than once per handoff. */
const slasByName = new WeakMap<ModelExport, Map<string, SlaExport>>();

function slaTerm(read: (sla: SlaExport) => string | number | null): Column<HandoffExport>[1] {
    return (handoff, model) => {
        const slas = slasOf(handoff, model);
        const values = slas.map(read);
        return values.every(value => value === null) ? null : values.map(value => value ?? '').join(';');
    };
}

export const HANDOFF_COLUMNS: ReadonlyArray<Column<HandoffExport>> = [
    ['name', handoff => handoff.name],
    ['title', handoff => handoff.title],
    ['from', handoff => handoff.from],
    ['fromSide', handoff => handoff.fromSide],
    ['to', handoff => handoff.to],
    ['toSide', handoff => handoff.toSide],
    ['trigger', handoff => handoff.trigger],
    ['owner', handoff => handoff.owner],
    ['slas', handoff => list(handoff.slas)],
    ['within', slaTerm(sla => (sla.within === null ? null : formatDuration(sla.within)))],
    ['withinMinutes', slaTerm(sla => sla.within)],
    ['touches', slaTerm(sla => sla.touches)],
    ['volume', slaTerm(sla => sla.volume)],
    ['audit', slaTerm(sla => sla.audit)],
    ['auditor', slaTerm(sla => sla.auditor)],
    ['file', handoff => handoff.location.file],
    ['line', handoff => handoff.location.line],
];

/** The unit a KPI's numbers are in, by the kind of its target (or, without one, of its actual). */
const UNITS = { percent: 'percent', money: 'dollars', count: 'count', duration: 'minutes' } as const;

export const KPI_COLUMNS: ReadonlyArray<Column<KpiExport>> = [
    ['name', kpi => kpi.name],
    ['title', kpi => kpi.title],
    ['measures', kpi => kpi.measures],
    ['owners', kpi => list(kpi.owners)],
    ['period', kpi => kpi.period],
    ['target', kpi => kpi.target?.text ?? null],
    ['actual', kpi => kpi.actual?.text ?? null],
    ['unit', kpi => {
        const kind = (kpi.target ?? kpi.actual)?.kind;
        return kind ? UNITS[kind] : null;
    }],
    ['targetValue', kpi => kpi.target?.value ?? null],
    ['actualValue', kpi => kpi.actual?.value ?? null],
    ['file', kpi => kpi.location.file],
    ['line', kpi => kpi.location.line],
];

function table<T>(rows: readonly T[], columns: ReadonlyArray<Column<T>>, model: ModelExport): string {
    return stringify(rows.map(row => columns.map(([, cell]) => cell(row, model))), {
        header: true,
        columns: columns.map(([header]) => header),
        record_delimiter: 'windows',
        // Quote a cell with a bare LF or CR too (a title written over two lines): with a CRLF
        // record delimiter, csv-stringify would otherwise quote only cells that contain CRLF.
        quote_record_delimiter: true,
        escape_formulas: true,
    });
}

/** The CSV of one entity of the model: a header row, then a row per declaration in model order. */
export function exportCsv(model: ModelExport, entity: CsvEntity = 'roles'): string {
    switch (entity) {
        case 'roles': return table(model.roles, ROLE_COLUMNS, model);
        case 'teams': return table(model.teams, TEAM_COLUMNS, model);
        case 'handoffs': return table(model.handoffs, HANDOFF_COLUMNS, model);
        case 'kpis': return table(model.kpis, KPI_COLUMNS, model);
    }
}
