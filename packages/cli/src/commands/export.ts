/**
 * `revorg export [paths...] --format json|csv|mermaid`: the model for other systems. JSON is the
 * whole model as data under a versioned schema (packages/cli/schemas/model.v1.json); CSV is one
 * entity as a table (`--entity`, roles by default); Mermaid is the org chart and the revenue flow
 * as Markdown that GitHub draws (`--view` for one bare diagram). docs/export.md describes them.
 *
 * The model is read as the describing commands read it (model-input.ts): an unreadable file is
 * left out and a file with syntax errors contributes what parsed, each named on stderr, and the
 * export covers the rest (exit 0); only a model with nothing in it is exit 2.
 */
import { exportCsv, exportModel, emptyViewReason, mermaidMarkdown, mermaidView } from '@revorg/insights';
import { loadModel, warnAboutInput } from '../model-input.js';
import { writeOutput } from '../output-file.js';
import { UsageError } from '../usage-error.js';
import type { ExportOptions } from './export-options.js';

/** An option that only one format reads is a usage error with another, rather than silently ignored. */
function checkOptions(options: ExportOptions): void {
    if (options.entity !== undefined && options.format !== 'csv') {
        throw new UsageError(`--entity applies to --format csv only (got --format ${options.format})`);
    }
    if (options.view !== undefined && options.format !== 'mermaid') {
        throw new UsageError(`--view applies to --format mermaid only (got --format ${options.format})`);
    }
}

export async function exportCommand(paths: string[], options: ExportOptions): Promise<number> {
    checkOptions(options);
    const cwd = process.cwd();
    const model = await loadModel(paths, { config: options.config, cwd });
    let text: string;
    switch (options.format) {
        case 'json':
            text = `${JSON.stringify(exportModel(model.facts, model.locator), null, 2)}\n`;
            break;
        case 'csv':
            text = exportCsv(exportModel(model.facts, model.locator), options.entity ?? 'roles');
            break;
        case 'mermaid': {
            if (options.view === undefined) {
                text = mermaidMarkdown(model.facts);
                break;
            }
            const diagram = mermaidView(model.facts, options.view);
            if (diagram === undefined) throw new UsageError(`${emptyViewReason(options.view)} (${paths.length > 0 ? paths.join(', ') : '.'})`);
            text = diagram;
            break;
        }
    }
    await writeOutput(text, options.output, cwd);
    // After the output is written, so that a command that fails prints its one line and nothing else.
    warnAboutInput(model, line => process.stderr.write(`${line}\n`));
    return 0;
}
