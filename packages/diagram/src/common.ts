/**
 * What both views' builders share: the caller-supplied lookups (where a declaration is, which
 * problems it carries), unique node ids, categories and the way durations are shown.
 */
import type { Declaration, DeclarationDiagnostics, RevorgFacts, Role, RoleFacts, Team, TeamFunction } from '@revorg/language';
import type { DiagramMarks, NodeCategory, NodeMark, Problems, SourceLocation } from './diagram.js';

export interface BuildOptions {
    /** Where a declaration is, so a click can reveal it. Nodes get no `location` without it. */
    locate?: (node: Declaration) => SourceLocation | undefined;
    /** What the model's diagnostics say about a declaration: problem badges, warning lines. None without it. */
    diagnosticsOf?: (node: Declaration) => DeclarationDiagnostics;
    /** Roles, teams and reporting lines to draw as new, renamed or moved (org view). None without it. */
    marks?: DiagramMarks;
    /** The roles to draw, by name (org view): part of a chart too large to read or lay out whole. All without it. */
    only?: ReadonlySet<string>;
}

export function locationOf(options: BuildOptions, node: Declaration): SourceLocation | undefined {
    try {
        return options.locate?.(node);
    } catch {
        // A node without a document or text (a broken parse) simply cannot be revealed.
        return undefined;
    }
}

export function problemsOf(options: BuildOptions, node: Declaration): Problems {
    const diagnostics = options.diagnosticsOf?.(node);
    return { errors: diagnostics?.errors ?? 0, warnings: diagnostics?.warnings ?? 0 };
}

/** The mark of the declaration with this name, if the caller marked it (added wins over renamed). */
export function markOf(options: BuildOptions, name: string | undefined): NodeMark | undefined {
    if (!name || !options.marks) return undefined;
    if (options.marks.added?.has(name)) return { kind: 'added' };
    const from = options.marks.renamed?.get(name);
    return from === undefined ? undefined : { kind: 'renamed', from };
}

/** Whether any of these rules is reported on the declaration (never, without diagnostics). */
export function reportedOn(options: BuildOptions, node: Declaration, ruleIds: readonly string[]): boolean {
    const rules = options.diagnosticsOf?.(node).rules;
    return rules !== undefined && ruleIds.some(id => rules.has(id));
}

/**
 * Hands out node ids: the declaration's name, made unique when the model declares a name twice
 * (`Name#2`), and a stable placeholder for a declaration whose name did not parse.
 */
export class IdAllocator {
    private readonly taken = new Set<string>();
    private readonly byNode = new Map<object, string>();

    idOf(node: { $type: string }, name: string | undefined, prefix = ''): string {
        const known = this.byNode.get(node);
        if (known !== undefined) return known;
        const base = prefix + (name && name.length > 0 ? name : `unnamed-${node.$type.toLowerCase()}`);
        let id = base;
        for (let n = 2; this.taken.has(id); n++) id = `${base}#${n}`;
        this.taken.add(id);
        this.byNode.set(node, id);
        return id;
    }

    lookup(node: object): string | undefined {
        return this.byNode.get(node);
    }
}

export function categoryOfFunction(fn: TeamFunction | undefined): NodeCategory {
    return fn ?? 'other';
}

/** A role's color: its team's function; `none` without a team, `other` for a team without a function. */
export function roleCategory(facts: RevorgFacts, role: Role): NodeCategory {
    const team = facts.role(role)?.team;
    if (!team) return 'none';
    return categoryOfFunction(facts.team(team)?.function);
}

export function teamCategory(facts: RevorgFacts, team: Team): NodeCategory {
    return categoryOfFunction(facts.team(team)?.function);
}

export function displayTitle(node: { title?: string; name?: string }): string {
    const title = node.title?.trim();
    if (title) return title;
    return node.name && node.name.length > 0 ? node.name : '(unnamed)';
}

/** A role's second line: its kind, its headcount when more than one, its segment (`sdr · ×6 · SMB`). */
export function roleSubtitle(role: RoleFacts | undefined): string {
    const parts = [role?.kind ?? 'role'];
    if (role && role.headcount !== 1) parts.push(`×${role.headcount}`);
    if (role?.segment) parts.push(displayTitle(role.segment));
    return parts.join(' · ');
}

/** A role's third line, when it is embedded in teams, segments or pods (a RevOps partner). */
export function roleNote(role: RoleFacts | undefined): string | undefined {
    return role && role.embeddedIn.length > 0 ? `embedded in ${role.embeddedIn.map(displayTitle).join(', ')}` : undefined;
}
