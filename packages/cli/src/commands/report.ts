/**
 * `revorg report [paths...] --format md|html|json -o FILE`: the org-health scorecard of the model.
 * A report is not a gate: it exits 0 whatever the findings, and 2 only when it cannot be written
 * (no model, an empty one, a bad option or config, an output it cannot create). Files it cannot
 * read and text the parser skipped are named on stderr and at the top of the report, which covers
 * the rest of the model.
 */
import { buildReport, diagramOmission, formatHtml, formatMarkdown, modelFindings, type DiagramSlot, type DiagramView, type Report } from '@revorg/insights';
import { resolveConfig, type RevorgFacts } from '@revorg/language';
import { loadModel, warnAboutInput } from '../model-input.js';
import { writeOutput } from '../output-file.js';
import type { ReportOptions } from './report-options.js';

/** Draws the diagrams the HTML report embeds; the layout engine is loaded only here, only for HTML. */
async function reportDiagrams(facts: RevorgFacts, paths: readonly string[]): Promise<Record<DiagramView, DiagramSlot>> {
    const slots = {} as Record<DiagramView, DiagramSlot>;
    for (const view of ['org', 'flow'] as const) {
        const omitted = diagramOmission(facts, view, paths.join(' '));
        if (omitted) {
            slots[view] = { omitted };
            continue;
        }
        const { drawDiagram } = await import('@revorg/diagram');
        // No source locations: the page has nothing to reveal them in, and absolute paths stay off it.
        slots[view] = { svg: await drawDiagram(facts, view, { theme: 'light', locate: () => undefined }) };
    }
    return slots;
}

export async function report(paths: string[], options: ReportOptions): Promise<number> {
    const cwd = process.cwd();
    const model = await loadModel(paths, { config: options.config, cwd });
    warnAboutInput(model, line => process.stderr.write(`${line}\n`));

    const data: Report = buildReport({
        facts: model.facts,
        locator: model.locator,
        findings: modelFindings(model.outcome.documents, model.locator),
        config: resolveConfig(model.configured),
        skipped: model.unreadable,
    });
    const text = options.format === 'json' ? `${JSON.stringify(data, null, 2)}\n`
        : options.format === 'html' ? formatHtml(data, { diagrams: await reportDiagrams(model.facts, paths) })
            : formatMarkdown(data);
    await writeOutput(text, options.output, cwd);
    return 0;
}
