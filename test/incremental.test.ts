/**
 * The incremental editor pipeline (cached per-document facts and rules, link generations, the
 * reverse reference index, refreshing documents a build did not revalidate) must give exactly the
 * diagnostics a from-scratch build gives. A seeded series of edits, each applied through the
 * language server's update path, is compared after every step with a fresh build of the same texts.
 */
import { Cancellation, DocumentState, EmptyFileSystem, isOperationCancelled, URI } from 'langium';
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

/**
 * A declaration added, removed or changing kind in one file can change what a reference in
 * another file resolves to, although that file references nothing in the edited one: a reference
 * that was unresolved resolves, or a declaration earlier in model order takes a name over. Each
 * case edits one file and checks both the change it must cause elsewhere and that everything
 * equals a fresh build.
 */
describe('names that appear, disappear or change kind', () => {
    const BASE = {
        // a.revorg comes first in model order; c.revorg references nothing in a, d or e.
        'a.revorg': 'team Sales { function: sales }\n',
        'b.revorg': 'role Boss { kind: cro }\n',
        'c.revorg': 'role Rep { kind: ae  reportsTo: Boss }\nrole Scout { kind: sdr  reportsTo: Ghost }\n',
        'd.revorg': 'team Marketing { function: marketing }\n',
        'e.revorg': 'team Success { function: success }\n',
    };

    async function workspace() {
        const texts = new Map<string, string>(Object.entries(BASE));
        const { shared } = createRevorgServices(EmptyFileSystem);
        let version = 0;
        const write = (name: string, text: string) => {
            texts.set(name, text);
            shared.workspace.TextDocuments.set(TextDocument.create(uriOf(name).toString(), 'revorg', ++version, text));
        };
        for (const [name, text] of texts) write(name, text);
        const builder = shared.workspace.DocumentBuilder;
        await builder.update([...texts.keys()].map(uriOf), []);
        const codesIn = (name: string) => (shared.workspace.LangiumDocuments.getDocument(uriOf(name))?.diagnostics ?? []).map(d => String(d.code));
        const matchesFreshBuild = async () => {
            const incremental = new Map([...texts.keys()].map(name => [name, summary(shared.workspace.LangiumDocuments.getDocument(uriOf(name))?.diagnostics)]));
            expect(incremental).toEqual(await fromScratch(texts));
        };
        const edit = async (name: string, text: string, cancelToken?: Cancellation.CancellationToken) => {
            write(name, text);
            await builder.update([uriOf(name)], [], cancelToken);
        };
        return { builder, edit, codesIn, matchesFreshBuild };
    }

    it('a reference that was unresolved resolves when its declaration is added elsewhere, and not once it is removed', async () => {
        const { edit, codesIn, matchesFreshBuild } = await workspace();
        expect(codesIn('c.revorg')).toContain('unresolved-reference');
        await edit('d.revorg', `${BASE['d.revorg']}role Ghost { kind: ae }\n`);
        expect(codesIn('c.revorg')).not.toContain('unresolved-reference');
        await matchesFreshBuild();
        await edit('d.revorg', BASE['d.revorg']);
        expect(codesIn('c.revorg')).toContain('unresolved-reference');
        await matchesFreshBuild();
    });

    it('a reference resolves when the declaration of its name changes to the kind it accepts', async () => {
        const { edit, codesIn, matchesFreshBuild } = await workspace();
        await edit('d.revorg', `${BASE['d.revorg']}team Ghost { function: sales }\n`);
        expect(codesIn('c.revorg')).toContain('unresolved-reference');
        await matchesFreshBuild();
        await edit('d.revorg', `${BASE['d.revorg']}role Ghost { kind: ae }\n`);
        expect(codesIn('c.revorg')).not.toContain('unresolved-reference');
        await matchesFreshBuild();
    });

    it('a duplicate name declared earlier in model order takes over the references to it, and gives them back when removed', async () => {
        const { edit, codesIn, matchesFreshBuild } = await workspace();
        // The new Boss reports to Rep, who reports to Boss: a cycle only if Rep's manager is the new one.
        await edit('a.revorg', `${BASE['a.revorg']}role Boss { kind: vp-sales  reportsTo: Rep }\n`);
        expect(codesIn('c.revorg')).toContain('reporting-cycle');
        expect(codesIn('b.revorg')).toContain('duplicate-name');
        await matchesFreshBuild();
        await edit('a.revorg', BASE['a.revorg']);
        expect(codesIn('c.revorg')).not.toContain('reporting-cycle');
        await matchesFreshBuild();
    });

    it('a file linked by a cancelled update, before the name it refers to was declared, is linked again when the next update declares it', async () => {
        // The playground switching examples: each file of the new example replaces the one of the same name, an update each, and the next update cancels the last.
        for (const cancelledAfter of [DocumentState.Linked, DocumentState.IndexedReferences]) {
            const { builder, edit, codesIn, matchesFreshBuild } = await workspace();
            const source = new Cancellation.CancellationTokenSource();
            const cancelling = builder.onBuildPhase(cancelledAfter, () => source.cancel());
            const cancelled = await edit('c.revorg', `${BASE['c.revorg']}// edited\n`, source.token).then(() => false, error => isOperationCancelled(error));
            cancelling.dispose();
            expect(cancelled).toBe(true);
            await edit('d.revorg', `${BASE['d.revorg']}role Ghost { kind: ae }\n`);
            expect(codesIn('c.revorg'), `cancelled after ${DocumentState[cancelledAfter]}`).not.toContain('unresolved-reference');
            await matchesFreshBuild();
        }
    });

    it('a name declared by a cancelled update still takes over when the next update edits another file', async () => {
        const { builder, edit, codesIn, matchesFreshBuild } = await workspace();
        // No unresolved reference left in c.revorg, so nothing but the new name is a reason to relink it.
        await edit('b.revorg', `${BASE['b.revorg']}role Ghost { kind: ae }\n`);
        expect(codesIn('c.revorg')).not.toContain('unresolved-reference');
        // Cancel as soon as the edited file is indexed again: its new name is known, nothing is relinked yet.
        const source = new Cancellation.CancellationTokenSource();
        const cancelling = builder.onBuildPhase(DocumentState.IndexedContent, () => source.cancel());
        const cancelled = await edit('a.revorg', `${BASE['a.revorg']}role Boss { kind: vp-sales  reportsTo: Rep }\n`, source.token).then(() => false, error => isOperationCancelled(error));
        cancelling.dispose();
        expect(cancelled).toBe(true);
        await edit('e.revorg', `${BASE['e.revorg']}// edited\n`);
        expect(codesIn('c.revorg')).toContain('reporting-cycle');
        await matchesFreshBuild();
    });
});
