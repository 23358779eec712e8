/**
 * The language server builds its completion parser at the first completion, not when the client
 * says `initialize` (Langium builds every service then): the first diagnostics never wait for it.
 */
import { eagerLoad, EmptyFileSystem, LangiumCompletionParser } from 'langium';
import { parseHelper } from 'langium/test';
import { expect, it, vi } from 'vitest';
import { createRevorgServices } from '../../src/index.js';

it('is not built when every service is loaded, and is built once, at the first completion, which it answers', async () => {
    // Building a parser ends in finalize(), Chevrotain's analysis of the grammar, the costly part.
    const finalized = vi.spyOn(LangiumCompletionParser.prototype, 'finalize');
    const { shared, Revorg } = createRevorgServices(EmptyFileSystem);
    eagerLoad(shared);
    eagerLoad(Revorg);
    expect(finalized).not.toHaveBeenCalled();

    const document = await parseHelper(Revorg)('role AE { kind: ae }\nrole SDR { kind: sdr reportsTo:  }');
    const at = { textDocument: { uri: document.uri.toString() }, position: { line: 1, character: 32 } };
    const first = await Revorg.lsp.CompletionProvider?.getCompletion(document, at);
    const second = await Revorg.lsp.CompletionProvider?.getCompletion(document, at);
    expect(finalized).toHaveBeenCalledTimes(1);
    expect(first?.items.map(item => item.label)).toContain('AE');
    expect(second?.items.map(item => item.label)).toEqual(first?.items.map(item => item.label));
});
