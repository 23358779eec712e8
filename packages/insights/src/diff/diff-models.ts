/**
 * The diff of two versions of a model, read from each version's export and findings: nothing here
 * reads a syntax tree or recomputes what the facts computed (sides, headcount, reporting lines).
 * Declarations are paired by match-declarations.ts; everything else is compared through its renames,
 * so a renamed manager is not a moved reporting line and a renamed team moves no headcount.
 */
import type { Finding } from '../findings.js';
import type { ModelExport, RoleExport } from '../model-export/schema.js';
import { SCHEMA_BASE_URL } from '../schema-types.js';
import { type AnyDeclaration, comparable, COMPARED_PROPERTIES, type ComparedProperty, ORGANIZATION_PROPERTIES, type RenameMap, valueText } from './compared-properties.js';
import { type KindMatching, matchDeclarations } from './match-declarations.js';
import {
    DECLARATION_KINDS, type DeclarationPresence, type FunctionHeadcount, type KindDiff, MODEL_DIFF_VERSION, type ModelDiff, type PropertyChange,
    type ReportingMove, type SeverityCounts, type TeamHeadcount, type VersionInput,
} from './schema.js';

/** One version of the model: how it was read, and what it says. */
export interface DiffVersion {
    input: VersionInput;
    model: ModelExport;
    findings: readonly Finding[];
}

export function diffModels(before: DiffVersion, after: DiffVersion): ModelDiff {
    const { kinds, renames } = matchDeclarations(before.model, after.model);
    const declarations = Object.fromEntries(DECLARATION_KINDS.map(kind => [
        kind,
        kindDiff(kinds[kind] as KindMatching<AnyDeclaration>, COMPARED_PROPERTIES[kind] as ReadonlyArray<ComparedProperty<AnyDeclaration>>, renames),
    ])) as ModelDiff['declarations'];
    const organization = { changes: propertyChanges(before.model.organization, after.model.organization, ORGANIZATION_PROPERTIES, renames) };
    const reportingLines = reportingMoves(kinds.roles, after.model.roles, renames);
    const headcount = {
        total: { before: before.model.headcount, after: after.model.headcount, delta: after.model.headcount - before.model.headcount },
        byTeam: teamHeadcount(before.model, after.model, renames),
        byFunction: functionHeadcount(before.model, after.model),
    };
    const findings = compareFindings(before.findings, after.findings, renames);

    const all = Object.values(declarations);
    const count = (part: keyof KindDiff): number => all.reduce((sum, diff) => sum + diff[part].length, 0);
    const summary = {
        added: count('added'),
        removed: count('removed'),
        renamed: count('renamed'),
        changed: count('changed'),
        movedLines: reportingLines.length,
        introduced: severityCounts(findings.introduced),
        fixed: severityCounts(findings.fixed),
    };
    const unchanged = summary.added + summary.removed + summary.renamed + summary.changed + summary.movedLines === 0
        && organization.changes.length === 0 && headcount.byTeam.length === 0 && headcount.byFunction.length === 0 && headcount.total.delta === 0
        && findings.introduced.length === 0 && findings.fixed.length === 0;

    return {
        $schema: `${SCHEMA_BASE_URL}diff.v${MODEL_DIFF_VERSION}.json`,
        format: 'revorg-diff',
        version: MODEL_DIFF_VERSION,
        old: before.input,
        new: after.input,
        summary: { unchanged, ...summary },
        organization,
        declarations,
        reportingLines,
        headcount,
        findings,
    };
}

/** The properties whose values differ, the old ones read through the renames. */
function propertyChanges<T>(before: T | null, after: T | null, properties: ReadonlyArray<ComparedProperty<T>>, renames: RenameMap): PropertyChange[] {
    const changes: PropertyChange[] = [];
    for (const property of properties) {
        const old = before ? property.read(before) : null;
        const now = after ? property.read(after) : null;
        if (comparable(old, property.format, renames) === comparable(now, property.format)) continue;
        changes.push({ property: property.key, before: old, after: now, beforeText: valueText(old, property.format), afterText: valueText(now, property.format) });
    }
    return changes;
}

/** A declaration only one version has, with the properties it sets (its title apart: it has a field of its own). */
function presence(declaration: AnyDeclaration, properties: ReadonlyArray<ComparedProperty<AnyDeclaration>>): DeclarationPresence {
    const settings: DeclarationPresence['properties'] = [];
    for (const property of properties) {
        if (property.key === 'title') continue;
        const value = property.read(declaration);
        const text = valueText(value, property.format);
        if (text !== null) settings.push({ property: property.key, value, text });
    }
    return { name: declaration.name, title: declaration.title, location: declaration.location, properties: settings };
}

function kindDiff(matching: KindMatching<AnyDeclaration>, properties: ReadonlyArray<ComparedProperty<AnyDeclaration>>, renames: RenameMap): KindDiff {
    const changed: KindDiff['changed'] = [];
    for (const pair of matching.same) {
        const changes = propertyChanges(pair.old, pair.new, properties, renames);
        if (changes.length > 0) changed.push({ name: pair.new.name, title: pair.new.title, location: pair.new.location, changes });
    }
    return {
        added: matching.added.map(declaration => presence(declaration, properties)),
        removed: matching.removed.map(declaration => presence(declaration, properties)),
        renamed: matching.renamed.map(pair => ({
            from: pair.old.name,
            to: pair.new.name,
            title: pair.new.title,
            similarity: Math.round(pair.similarity * 1000) / 1000,
            location: pair.new.location,
            changes: propertyChanges(pair.old, pair.new, properties, renames),
        })),
        changed,
    };
}

/** Roles in both versions whose manager is another declaration now, in the new version's order. */
function reportingMoves(roles: KindMatching<RoleExport>, order: readonly RoleExport[], renames: RenameMap): ReportingMove[] {
    const position = new Map(order.map((role, index) => [role, index]));
    const pairs = [...roles.same.map(pair => ({ ...pair, renamed: false })), ...roles.renamed.map(pair => ({ ...pair, renamed: true }))]
        .sort((a, b) => position.get(a.new)! - position.get(b.new)!);
    const moves: ReportingMove[] = [];
    for (const pair of pairs) {
        const from = pair.old.reportsTo === null ? null : renames.get(pair.old.reportsTo) ?? pair.old.reportsTo;
        if (from === pair.new.reportsTo) continue;
        moves.push({ role: pair.new.name, previousName: pair.renamed ? pair.old.name : null, from, to: pair.new.reportsTo, location: pair.new.location });
    }
    return moves;
}

type Tally = Map<string | null, { before: number; after: number }>;

function tally(rows: Tally, key: string | null, side: 'before' | 'after', headcount: number): void {
    const row = rows.get(key) ?? { before: 0, after: 0 };
    row[side] += headcount;
    rows.set(key, row);
}

/** The headcount of each team that changed, by its name in the new version; the roles without a team under null, last. */
function teamHeadcount(before: ModelExport, after: ModelExport, renames: RenameMap): TeamHeadcount[] {
    const rows: Tally = new Map();
    // Teams in the new version's order, then the removed ones in the old version's order.
    for (const team of after.teams) rows.set(team.name, { before: 0, after: 0 });
    for (const team of before.teams) if (!rows.has(renames.get(team.name) ?? team.name)) rows.set(renames.get(team.name) ?? team.name, { before: 0, after: 0 });
    for (const role of before.roles) tally(rows, role.team === null ? null : renames.get(role.team) ?? role.team, 'before', role.headcount);
    for (const role of after.roles) tally(rows, role.team, 'after', role.headcount);
    return changedRows(rows).map(([team, row]) => ({ team, ...row }));
}

/** The headcount of each function that changed, alphabetically; no team or no function under null, last. */
function functionHeadcount(before: ModelExport, after: ModelExport): FunctionHeadcount[] {
    const rows: Tally = new Map();
    for (const role of before.roles) tally(rows, role.function, 'before', role.headcount);
    for (const role of after.roles) tally(rows, role.function, 'after', role.headcount);
    const sorted = [...rows.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b)));
    const ordered: Tally = new Map(sorted.map(key => [key, rows.get(key)!]));
    return changedRows(ordered).map(([fn, row]) => ({ function: fn, ...row }));
}

function changedRows(rows: Tally): Array<[string | null, { before: number; after: number; delta: number }]> {
    const changed: Array<[string | null, { before: number; after: number; delta: number }]> = [];
    const none = rows.get(null);
    for (const [key, row] of rows) {
        if (key === null || row.before === row.after) continue;
        changed.push([key, { ...row, delta: row.after - row.before }]);
    }
    if (none && none.before !== none.after) changed.push([null, { ...none, delta: none.after - none.before }]);
    return changed;
}

/**
 * Findings match across the versions by rule, declaration and message, never by line (a change
 * moves lines): the old declaration and the names quoted in the old message ('SDR') are read
 * through the renames, so renaming a declaration neither fixes nor introduces what is said about
 * it. A finding said N times before and M times after is introduced or fixed M - N times.
 */
function compareFindings(before: readonly Finding[], after: readonly Finding[], renames: RenameMap): { introduced: Finding[]; fixed: Finding[] } {
    const renamedMessage = (message: string): string => (renames.size === 0 ? message : message.replace(/'([^'\s]+)'/g, (quoted, name: string) => {
        const now = renames.get(name);
        return now === undefined ? quoted : `'${now}'`;
    }));
    const oldKey = (finding: Finding): string => key(finding.ruleId, finding.declaration === null ? null : renames.get(finding.declaration) ?? finding.declaration, renamedMessage(finding.message));
    const newKey = (finding: Finding): string => key(finding.ruleId, finding.declaration, finding.message);
    return {
        introduced: unmatched(after, newKey, before, oldKey),
        fixed: unmatched(before, oldKey, after, newKey),
    };
}

function key(ruleId: string, declaration: string | null, message: string): string {
    return `${ruleId}\u0000${declaration ?? ''}\u0000${message}`;
}

/** The findings of `these` that `those` do not have as often, in the order of `these`. */
function unmatched(these: readonly Finding[], theseKey: (finding: Finding) => string, those: readonly Finding[], thoseKey: (finding: Finding) => string): Finding[] {
    const available = new Map<string, number>();
    for (const finding of those) {
        const k = thoseKey(finding);
        available.set(k, (available.get(k) ?? 0) + 1);
    }
    const left: Finding[] = [];
    for (const finding of these) {
        const k = theseKey(finding);
        const count = available.get(k) ?? 0;
        if (count > 0) available.set(k, count - 1);
        else left.push(finding);
    }
    return left;
}

function severityCounts(findings: readonly Finding[]): SeverityCounts {
    const counts = { errors: 0, warnings: 0, infos: 0, hints: 0 };
    for (const finding of findings) {
        if (finding.severity === 'error') counts.errors++;
        else if (finding.severity === 'warning') counts.warnings++;
        else if (finding.severity === 'info') counts.infos++;
        else counts.hints++;
    }
    return counts;
}
