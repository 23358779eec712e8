/**
 * `revorg render [paths...] --view org|flow -o FILE`: lays the model out with ELK and writes the
 * diagram as SVG, with the same code as the editor's preview. Nothing to draw (no role for the org
 * chart, no handoff for the flow) is exit 2, so a CI job that renders an empty diagram fails loudly.
 */
import { drawDiagram, nothingToDraw } from '@revorg/diagram';
import { lintFiles, UnreadableFileError } from '@revorg/language/node';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { findConfigFile, loadConfigFile } from '../config-file.js';
import { collectRevorgFiles } from '../files.js';
import { UsageError } from '../usage-error.js';
import type { RenderOptions } from './render-options.js';

export async function render(paths: string[], options: RenderOptions): Promise<number> {
    const cwd = process.cwd();
    const targets = paths.length > 0 ? paths : ['.'];
    if (options.output && !/\.svg$/i.test(options.output)) {
        throw new UsageError(`cannot write ${options.output}: revorg renders SVG (give the file a .svg name)`);
    }
    const configured = await loadConfigFile(await findConfigFile(options.config, targets, cwd), cwd);
    const files = await collectRevorgFiles(targets, cwd);
    let outcome;
    try {
        outcome = await lintFiles(files, configured);
    } catch (error) {
        if (error instanceof UnreadableFileError) throw new UsageError(error.message);
        throw error;
    }
    const facts = outcome.facts();
    const empty = nothingToDraw(facts, options.view);
    if (empty) throw new UsageError(`${empty} (${targets.join(', ')})`);

    const svg = await drawDiagram(facts, options.view, { theme: options.theme });
    if (options.output) {
        try {
            await writeFile(path.resolve(cwd, options.output), svg);
        } catch (error) {
            throw new UsageError(`cannot write ${options.output}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
        }
    } else {
        process.stdout.write(svg);
    }
    return 0;
}
