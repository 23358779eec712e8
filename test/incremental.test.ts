/**
 * The incremental editor pipeline (cached per-document facts and rules, link generations, the
 * reverse reference index, refreshing documents a build did not revalidate) must give exactly the
 * diagnostics a from-scratch build gives. A seeded series of edits, each applied through the
 * language server's update path, is compared after every step with a fresh build of the same texts.
 */
import { EmptyFileSystem, URI } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createRevorgServices } from '../packages/language/src/index.js';
import { mutate, random } from './fuzz.js';
import { REPO_ROOT } from './run-cli.js';

const EXAMPLES = readdirSync(path.join(REPO_ROOT, 'examples'), { withFileTypes: true }).filter(entry => entry.isDirectory()).map(entry => entry.name).sort();
const uriOf = (name: string) => URI.file(`/workspace/${name}`);

function summary(diagnostics: Diagnostic[] | undefined): string[] {
    return (diagnostics ?? []).map(d => `${d.range.start.line}:${d.range.start.character} ${String(d.code)} ${typeof d.message === 'string' ? d.message : d.message.value}`).sort();
}

async function fromScratch(texts: Map<string, string>): Promise<Map<string, string[]>> {
    const { shared } = createRevorgServices(EmptyFileSystem);
    const documents = [...texts].map(([name, text]) => {
        const document = shared.workspace.LangiumDocumentFactory.fromString(text, uriOf(name));
        shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    await shared.workspace.DocumentBuilder.build(documents, { validation: true });
    return new Map(documents.map(document => [path.basename(document.uri.path), summary(document.diagnostics)]));
}

/** Realistic edits: rename a declaration, delete or duplicate a line, break or mutate a file. */
function edit(text: string, next: () => number, others: string[]): string {
    const lines = text.split('\n');
    const choice = Math.floor(next() * 5);
    const line = Math.floor(next() * lines.length);
    if (choice === 0) {
        const names = [...text.matchAll(/^(?:role|team|handoff|kpi|definition|sla) (\w+)/gm)].map(match => match[1]);
        if (names.length > 0) {
            const name = names[Math.floor(next() * names.length)];
            return text.replace(new RegExp(`\\b${name}\\b`), `${name}X`);
        }
    }
    if (choice === 1) { lines.splice(line, 1); return lines.join('\n'); }
    if (choice === 2) { lines.splice(line, 0, lines[line] ?? ''); return lines.join('\n'); }
    return mutate(text, next, others);
}

describe('incremental updates', () => {
    it.each(EXAMPLES.map((example, index) => ({ example, seed: index + 1 + Number(process.env.INCREMENTAL_SEED ?? 0) })))('of $example give the same diagnostics as a fresh build after each of 40 edits', async ({ example, seed }) => {
        const folder = path.join(REPO_ROOT, 'examples', example);
        const files = readdirSync(folder).filter(name => name.endsWith('.revorg')).sort();
        const texts = new Map(files.map(name => [name, readFileSync(path.join(folder, name), 'utf8')]));
        const originals = [...texts.values()];
        const { shared } = createRevorgServices(EmptyFileSystem);
        const versions = new Map<string, number>();
        const open = (name: string) => {
            const version = (versions.get(name) ?? 0) + 1;
            versions.set(name, version);
            shared.workspace.TextDocuments.set(TextDocument.create(uriOf(name).toString(), 'revorg', version, texts.get(name)!));
        };
        for (const name of files) open(name);
        await shared.workspace.DocumentBuilder.update(files.map(uriOf), []);

        const next = random(seed);
        for (let step = 0; step < 40; step++) {
            const name = files[Math.floor(next() * files.length)];
            // Every few steps, go back to the original text, so edits keep landing on a valid model.
            texts.set(name, step % 4 === 3 ? originals[files.indexOf(name)] : edit(texts.get(name)!, next, originals));
            open(name);
            await shared.workspace.DocumentBuilder.update([uriOf(name)], []);
            const incremental = new Map(files.map(file => [file, summary(shared.workspace.LangiumDocuments.getDocument(uriOf(file))?.diagnostics)]));
            expect(incremental, `step ${step}: edited ${name}`).toEqual(await fromScratch(texts));
        }
    }, 120_000);
});
