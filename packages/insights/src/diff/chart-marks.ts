/**
 * What the org chart of the new version marks for a review of the change: the roles and teams that
 * are new or renamed, and the reporting lines that moved. The diagram package draws marks by name
 * and knows nothing of diffs; this is where a diff decides what deserves one.
 */
import type { DiagramMarks } from '@revorg/diagram';
import type { ModelDiff } from './schema.js';

export function chartMarks(diff: ModelDiff): Required<DiagramMarks> {
    const { teams, roles } = diff.declarations;
    return {
        added: new Set([...teams.added, ...roles.added].map(declaration => declaration.name)),
        renamed: new Map([...teams.renamed, ...roles.renamed].map(rename => [rename.to, rename.from])),
        movedLines: new Set(diff.reportingLines.map(move => move.role)),
    };
}
