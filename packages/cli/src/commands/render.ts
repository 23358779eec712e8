/**
 * `revorg render [paths...] --view org|flow -o FILE`: lays the model out with ELK and writes the
 * diagram as SVG, with the same code as the editor's preview. Nothing to draw (no role for the org
 * chart, no handoff for the flow) is exit 2, so a CI job that renders an empty diagram fails loudly.
 */
import { drawDiagram, nothingToDraw } from '@revorg/diagram';
import { locate } from '@revorg/language';
import { lintFiles, UnreadableFileError } from '@revorg/language/node';
import { fileURLToPath } from 'node:url';
import { singleModel } from '../model-input.js';
import { writeOutput } from '../output-file.js';
import { relativePath } from '../results.js';
import { UsageError } from '../usage-error.js';
import type { RenderOptions } from './render-options.js';

export async function render(paths: string[], options: RenderOptions): Promise<number> {
    const cwd = process.cwd();
    const targets = paths.length > 0 ? paths : ['.'];
    if (options.output && !/\.svg$/i.test(options.output)) {
        throw new UsageError(`cannot write ${options.output}: revorg renders SVG (give the file a .svg name)`);
    }
    const scope = await singleModel(targets, { config: options.config, cwd });
    let outcome;
    try {
        outcome = await lintFiles(scope.files, scope.config.overrides);
    } catch (error) {
        if (error instanceof UnreadableFileError) throw new UsageError(error.message);
        throw error;
    }
    const facts = outcome.facts();
    const empty = nothingToDraw(facts, options.view);
    if (empty) throw new UsageError(`${empty} (${targets.join(', ')})`);

    // Each box names its source file relative to the working directory, as every other output does:
    // an SVG committed to a repository must not carry the author's absolute paths.
    const svg = await drawDiagram(facts, options.view, {
        theme: options.theme,
        locate: node => {
            const location = locate(node);
            return { ...location, uri: relativePath(fileURLToPath(location.uri), cwd) };
        },
    });
    await writeOutput(svg, options.output, cwd);
    return 0;
}
