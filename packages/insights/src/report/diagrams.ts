/**
 * Which diagrams the HTML report embeds. Past a size an org chart or a flow is unreadable on a page
 * and slow to lay out (ELK at 1,000 roles takes longer than the whole report of 10,000 may), so
 * the report leaves it out, says why, and names the command that draws it on its own. The limits
 * were measured: see docs/report.md.
 */
import type { RevorgFacts } from '@revorg/language';

export type DiagramView = 'org' | 'flow';

/** The largest models the report draws: roles for the org chart, handoffs for the flow. */
export const DIAGRAM_LIMITS: Record<DiagramView, number> = { org: 300, flow: 100 };

/** A diagram as the HTML report embeds it: the SVG, or why it is left out. */
export type DiagramSlot = { svg: string } | { omitted: string };

/**
 * Why a view is left out of the report, or undefined when it is drawn. `paths` are the model's
 * paths as the user gave them, for the command that draws the view on its own.
 */
export function diagramOmission(facts: RevorgFacts, view: DiagramView, paths = ''): string | undefined {
    const render = `\`revorg render ${paths ? `${paths} ` : ''}--view ${view} -o ${view}.svg\``;
    if (view === 'org') {
        if (facts.roles.length === 0) return 'The model has no role, so there is no org chart to draw.';
        if (facts.roles.length > DIAGRAM_LIMITS.org) {
            return `The org chart is left out: ${facts.roles.length.toLocaleString('en-US')} roles are more than a page shows readably (the report draws up to ${DIAGRAM_LIMITS.org}). Draw it on its own with ${render}.`;
        }
        return undefined;
    }
    if (facts.handoffs.length === 0) return 'The model has no handoff, so there is no revenue flow to draw.';
    if (facts.handoffs.length > DIAGRAM_LIMITS.flow) {
        return `The revenue flow is left out: ${facts.handoffs.length.toLocaleString('en-US')} handoffs are more than a page shows readably (the report draws up to ${DIAGRAM_LIMITS.flow}). Draw it on its own with ${render}.`;
    }
    return undefined;
}
