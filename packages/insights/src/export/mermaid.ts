/**
 * `revorg export --format mermaid`: the org chart as a `flowchart TD` and the revenue flow as a
 * `flowchart LR`, which GitHub draws from a ```mermaid block in any Markdown file, issue or
 * comment. Both are written from the same graphs `revorg render` and the editor's preview draw
 * (@revorg/diagram's `buildOrgGraph` and `buildFlowGraph`), so they make the same choices: a box
 * per role with its title and its kind, headcount and segment line, reporting lines as arrows,
 * dotted-line managers as dotted arrows, a team as a frame (a subgraph) only where its roles hang
 * off the rest of the org at one point, and in the flow the teams and roles that take part in
 * handoffs, each handoff labelled with its trigger, its SLA and its owner, in the warning color
 * when its rules report it. Only the layout is Mermaid's.
 *
 * Node ids are `n1`, `n2`, ... and frame ids `g1`, `g2`, ..., never a name from the model: a role
 * named `end`, `style` or `click` is a Mermaid keyword. Every label is quoted and escaped
 * (mermaid-text.ts).
 */
import { buildFlowGraph, buildOrgGraph, PALETTES, type DiagramEdge, type DiagramGraph, type DiagramNode, type NodeCategory, type ViewName } from '@revorg/diagram/graph';
import { diagnosticsByDeclaration, type RevorgFacts } from '@revorg/language';
import { markdownText, mermaidLabel } from './mermaid-text.js';

const DIRECTIONS: Record<ViewName, string> = { org: 'TD', flow: 'LR' };

/** The diagram's light palette: a box's border takes the color of its team's function, like the stripe `revorg render` draws. */
const COLORS = PALETTES.light;

/** Mermaid class names for the categories (`none`, a role without a team, is left in Mermaid's default style). */
const CATEGORY_CLASSES: Partial<Record<NodeCategory, string>> = {
    marketing: 'marketing', sales: 'sales', success: 'success', revops: 'revops', product: 'product', finance: 'finance', other: 'otherFunction',
};

function nodeLines(node: DiagramNode): string[] {
    return [node.title, node.subtitle, node.note].filter((line): line is string => line !== undefined && line !== '');
}

/** A Mermaid `flowchart` of one view's graph; the graph may be empty (just the header line). */
export function mermaidFlowchart(graph: DiagramGraph): string {
    const lines = [`flowchart ${DIRECTIONS[graph.view]}`];
    const ids = new Map<string, string>();
    let groups = 0;
    const byCategory = new Map<string, string[]>();
    const classify = (id: string, category: NodeCategory) => {
        const name = CATEGORY_CLASSES[category];
        if (!name) return;
        const members = byCategory.get(name);
        if (members) members.push(id);
        else byCategory.set(name, [id]);
    };

    const writeNode = (node: DiagramNode, indent: string) => {
        if (node.kind === 'group') {
            const id = `g${++groups}`;
            lines.push(`${indent}subgraph ${id}[${mermaidLabel(nodeLines(node))}]`);
            for (const child of node.children ?? []) writeNode(child, `${indent}    `);
            lines.push(`${indent}end`);
            classify(id, node.category);
            return;
        }
        const id = `n${ids.size + 1}`;
        ids.set(node.id, id);
        const label = mermaidLabel(nodeLines(node));
        // A team in the flow is a rounded box, a role a square one.
        lines.push(`${indent}${id}${node.kind === 'team' ? `(${label})` : `[${label}]`}`);
        classify(id, node.category);
    };
    for (const node of graph.nodes) writeNode(node, '    ');

    const warnings: number[] = [];
    let links = 0;
    const arrow = (edge: DiagramEdge) => {
        const label = edge.label && edge.label.length > 0 ? `|${mermaidLabel(edge.label)}|` : '';
        return `${edge.style === 'dotted' ? '-.->' : '-->'}${label}`;
    };
    for (const edge of graph.edges) {
        const source = ids.get(edge.source);
        const target = ids.get(edge.target);
        if (source === undefined || target === undefined) continue;
        if (edge.style === 'warning') warnings.push(links);
        lines.push(`    ${source} ${arrow(edge)} ${target}`);
        links++;
    }

    for (const [category, name] of Object.entries(CATEGORY_CLASSES)) {
        const members = byCategory.get(name);
        if (!members) continue;
        lines.push(`    classDef ${name} stroke:${COLORS.categories[category as NodeCategory]},stroke-width:2px`);
        lines.push(`    class ${members.join(',')} ${name}`);
    }
    // A handoff its rules report (no owner, no SLA): dashed in the warning color, as `revorg render` draws it.
    if (warnings.length > 0) lines.push(`    linkStyle ${warnings.join(',')} stroke:${COLORS.warning},stroke-width:2px,stroke-dasharray:6 4,color:${COLORS.warning}`);
    return `${lines.join('\n')}\n`;
}

/** The view's graph, with the model's diagnostics so that a handoff with a gap is drawn as a warning. */
export function diagramGraph(facts: RevorgFacts, view: ViewName): DiagramGraph {
    const options = { diagnosticsOf: diagnosticsByDeclaration(facts.documents) };
    return view === 'flow' ? buildFlowGraph(facts, options) : buildOrgGraph(facts, options);
}

/** Why a view has nothing to draw: said in the Markdown instead of an empty diagram, and the CLI's exit-2 message for `--view`. */
export function emptyViewReason(view: ViewName): string {
    return view === 'org' ? 'no role to draw in the org chart' : 'no handoff with a `from` and a `to` to draw in the revenue flow';
}

/** One view as a bare Mermaid diagram (for a `.mmd` file or a tool that takes Mermaid text); undefined when it has nothing to draw. */
export function mermaidView(facts: RevorgFacts, view: ViewName): string | undefined {
    const graph = diagramGraph(facts, view);
    return graph.nodes.length > 0 ? mermaidFlowchart(graph) : undefined;
}

/**
 * Both views as Markdown, each under a heading in a ```mermaid block, ready to paste into a
 * README, an issue or a pull-request comment as it is.
 */
export function mermaidMarkdown(facts: RevorgFacts): string {
    const sections = (['org', 'flow'] as const).map(view => {
        const graph = diagramGraph(facts, view);
        const body = graph.nodes.length > 0 ? `\`\`\`mermaid\n${mermaidFlowchart(graph)}\`\`\`` : `*Nothing to draw: ${emptyViewReason(view)}.*`;
        return `## ${markdownText(graph.title)}\n\n${body}\n`;
    });
    return sections.join('\n');
}
