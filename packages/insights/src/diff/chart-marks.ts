/**
 * What the org chart of the new version shows for a review of the change: the roles and teams that
 * are new or renamed and the reporting lines that moved are marked; and in a large model, only the
 * part of the chart the change touches is drawn. The diagram package draws marks and a subset of
 * roles by name and knows nothing of diffs; this is where a diff decides what deserves them.
 */
import type { DiagramMarks } from '@revorg/diagram';
import type { ModelExport } from '../model-export/schema.js';
import type { ModelDiff } from './schema.js';

export function chartMarks(diff: ModelDiff): Required<DiagramMarks> {
    const { teams, roles } = diff.declarations;
    return {
        added: new Set([...teams.added, ...roles.added].map(declaration => declaration.name)),
        renamed: new Map([...teams.renamed, ...roles.renamed].map(rename => [rename.to, rename.from])),
        movedLines: new Set(diff.reportingLines.map(move => move.role)),
    };
}

/**
 * Up to this many roles the chart is drawn whole. Beyond, a whole chart is both unreadable beside a
 * pull request and slow to lay out (ELK takes seconds from about a thousand roles, longer than the
 * rest of a 10k-role diff), so only the part the change touches is drawn.
 */
export const WHOLE_CHART_ROLES = 500;

/**
 * The roles to draw in the chart of the new version: undefined (all of them) up to
 * WHOLE_CHART_ROLES roles; beyond, the roles the change adds, renames or changes, those whose
 * reporting line moved and the managers they moved between, the managers of the roles it removes,
 * and each of these roles' managers up to the top, so every one is drawn where it sits in the org.
 * An empty set when the change touches no role.
 */
export function chartFocus(diff: ModelDiff, model: ModelExport): Set<string> | undefined {
    if (model.roles.length <= WHOLE_CHART_ROLES) return undefined;
    const { roles } = diff.declarations;
    const renamed = new Map(roles.renamed.map(rename => [rename.from, rename.to]));
    const touched = [
        ...roles.added.map(role => role.name),
        ...roles.renamed.map(rename => rename.to),
        ...roles.changed.map(role => role.name),
        ...diff.reportingLines.flatMap(move => [move.role, move.from, move.to]),
        // Where a removed role was: its manager, by the name it has now.
        ...roles.removed.map(role => role.properties.find(setting => setting.property === 'reportsTo')?.value)
            .map(manager => (typeof manager === 'string' ? renamed.get(manager) ?? manager : null)),
    ];
    const managerOf = new Map(model.roles.map(role => [role.name, role.reportsTo]));
    const focus = new Set<string>();
    for (const start of touched) {
        // Up the reporting line until the top, or a role already in (which also ends a cycle).
        for (let role: string | null = start; role !== null && managerOf.has(role) && !focus.has(role); role = managerOf.get(role) ?? null) focus.add(role);
    }
    return focus;
}
