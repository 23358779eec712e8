/**
 * Waiting for the workspace to reach a build state (`DocumentBuilder.waitUntil(state)`, which
 * Langium's workspace symbol handler does before answering) ends when the state is reached, also
 * when the update that reaches it had no document to build. The case seen in VS Code for the Web:
 * the watcher reported an SVG the user exported, the update asked the client whether it was a
 * folder, and workspace symbols asked for while that answer was on its way were never answered.
 */
import { Cancellation, DocumentState, EmptyFileSystem, URI, type FileSystemNode, type FileSystemProvider } from 'langium';
import { expect, it } from 'vitest';
import { createRevorgServices } from '../../src/index.js';

/** A file system whose `stat` answers only when the test says so, as a client across a message channel does. */
function fileSystemWithSlowStat(): { provider: FileSystemProvider; answerStat: () => void } {
    const base = EmptyFileSystem.fileSystemProvider();
    let answer: () => void = () => undefined;
    const answered = new Promise<void>(resolve => { answer = resolve; });
    const provider: FileSystemProvider = Object.assign(Object.create(base) as FileSystemProvider, {
        async stat(uri: URI): Promise<FileSystemNode> {
            await answered;
            return { uri, isFile: true, isDirectory: false };
        },
    });
    return { provider, answerStat: answer };
}

it('a wait for the indexed workspace that starts during an update with nothing to build ends with that update', async () => {
    const { provider, answerStat } = fileSystemWithSlowStat();
    const { shared } = createRevorgServices({ fileSystemProvider: () => provider });
    const documents = shared.workspace.LangiumDocuments;
    const builder = shared.workspace.DocumentBuilder;
    const model = shared.workspace.LangiumDocumentFactory.fromString('role AE { kind: ae }', URI.file('/model/org.revorg'));
    documents.addDocument(model);
    await builder.build([model], { validation: true });

    // An SVG next to the model changed: not a model file, but the builder must stat it to know.
    const update = builder.update([URI.file('/model/exported-flow.svg')], [], Cancellation.CancellationToken.None);
    let indexed = false;
    const waiting = builder.waitUntil(DocumentState.IndexedContent).then(() => { indexed = true; });
    await new Promise(resolve => setTimeout(resolve, 10));
    expect(indexed).toBe(false);

    answerStat();
    await update;
    await Promise.race([waiting, new Promise(resolve => setTimeout(resolve, 1000))]);
    expect(indexed).toBe(true);
    expect(model.state).toBe(DocumentState.Validated);
});

it('a wait for a state the workspace is already in ends at once, and a cancelled wait is rejected', async () => {
    const { provider, answerStat } = fileSystemWithSlowStat();
    const { shared } = createRevorgServices({ fileSystemProvider: () => provider });
    const builder = shared.workspace.DocumentBuilder;
    const model = shared.workspace.LangiumDocumentFactory.fromString('role AE { kind: ae }', URI.file('/model/org.revorg'));
    shared.workspace.LangiumDocuments.addDocument(model);
    await builder.build([model], { validation: true });
    await expect(builder.waitUntil(DocumentState.Validated)).resolves.toBeUndefined();

    const update = builder.update([URI.file('/model/exported-flow.svg')], [], Cancellation.CancellationToken.None);
    const source = new Cancellation.CancellationTokenSource();
    const waiting = builder.waitUntil(DocumentState.Validated, source.token);
    source.cancel();
    await expect(waiting).rejects.toBeDefined();
    answerStat();
    await update;
    await expect(builder.waitUntil(DocumentState.Validated)).resolves.toBeUndefined();
});
