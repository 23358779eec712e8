import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { lintSources, SourceWorkspace, type LintOutcome, type ModelSource } from '../src/node.js';

const EXAMPLE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../examples/revops-transition');
/** The example's files at paths that do not exist, so that nothing can be read from disk behind the workspace's back. */
const ROOT = path.resolve('/revorg-test-model');

function exampleSources(): ModelSource[] {
    return readdirSync(EXAMPLE).filter(name => name.endsWith('.revorg')).sort()
        .map(name => ({ path: path.join(ROOT, name), text: readFileSync(path.join(EXAMPLE, name), 'utf8') }));
}

/**
 * A change that reaches into files it does not touch: a role renamed in org.revorg (references to
 * its old name in other files stop resolving), revops.revorg deleted (what the other files say of
 * its roles stops resolving) and one of its roles declared again in a new file (those references
 * resolve again, to another document), and a syntax error in pipeline.revorg.
 */
function changedSources(): ModelSource[] {
    const sources = exampleSources();
    const revops = sources.find(source => source.path.endsWith('revops.revorg'))!;
    const salesOpsPartner = /role SalesOpsPartner [^]*?\n}\n/.exec(revops.text)![0];
    const changed = sources.filter(source => source !== revops).map(source => {
        if (source.path.endsWith('org.revorg')) return { ...source, text: source.text.replace(/\bVPSales\b/g, 'HeadOfSales') };
        if (source.path.endsWith('pipeline.revorg')) return { ...source, text: source.text.replace(/owner: /, 'owner: : ') };
        return source;
    });
    return [...changed, { path: path.join(ROOT, 'partners.revorg'), text: salesOpsPartner.replace('team: RevOps', 'team: Sales') }];
}

const messageOf = (diagnostic: Diagnostic): string => (typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value);

/** What a build says about the model: every file's diagnostics, and every role as the facts read it. */
function summary(outcome: LintOutcome) {
    const facts = outcome.facts();
    return {
        files: outcome.files.map(file => ({
            file: path.basename(file.path),
            diagnostics: file.diagnostics.map(diagnostic => `${diagnostic.range.start.line}:${diagnostic.range.start.character} ${String(diagnostic.code)} ${messageOf(diagnostic)}`),
        })),
        roles: facts.roles.map(role => ({
            name: role.node.name,
            manager: role.manager?.name,
            dottedTo: role.dottedTo.map(manager => manager.name),
            team: role.team?.name,
            side: role.side,
            beneath: facts.headcountBeneath(role.node),
            kpis: role.kpis.map(kpi => kpi.name),
        })),
        handoffOwners: facts.handoffs.map(handoff => `${handoff.node.name}: ${handoff.owner?.name ?? '-'}`),
    };
}

describe('SourceWorkspace', () => {
    it('moved to another version, says what a fresh build of that version says', async () => {
        const { workspace, outcome: before } = await SourceWorkspace.build(exampleSources(), { indexReferences: true });
        const beforeSummary = summary(before);
        const after = await workspace.update(changedSources());
        const fresh = await lintSources(changedSources());

        expect(summary(after)).toEqual(summary(fresh));
        // The change shows: it is not the old version's summary.
        expect(summary(after)).not.toEqual(beforeSummary);
        expect(summary(after).files.map(file => file.file)).toEqual(['operating.revorg', 'org.revorg', 'partners.revorg', 'pipeline.revorg']);
        expect(summary(after).files.find(file => file.file === 'pipeline.revorg')!.diagnostics.some(line => line.includes('syntax-error'))).toBe(true);
    });

    it('parses again only the files whose text changed', async () => {
        const sources = exampleSources();
        const { workspace, outcome } = await SourceWorkspace.build(sources, { indexReferences: true });
        const parsedBefore = new Map(outcome.documents.map(document => [document.uri.toString(), document.parseResult.value]));
        const edited = sources.map(source => (source.path.endsWith('org.revorg') ? { ...source, text: source.text.replace(/\bVPSales\b/g, 'HeadOfSales') } : source));
        const after = await workspace.update(edited);

        const reparsed = after.documents.filter(document => parsedBefore.get(document.uri.toString()) !== document.parseResult.value).map(document => path.basename(document.uri.path));
        expect(reparsed).toEqual(['org.revorg']);
        // Yet a file that was not parsed again sees the rename: its reference to VPSales no longer resolves.
        const operating = after.files.find(file => file.path.endsWith('revops.revorg'))!;
        expect(operating.diagnostics.some(diagnostic => diagnostic.code === 'unresolved-reference' && messageOf(diagnostic).includes('VPSales'))).toBe(true);
    });

    it('refuses to move a workspace built without its references indexed, rather than link stale references', async () => {
        const { workspace } = await SourceWorkspace.build(exampleSources(), { indexReferences: false });
        await expect(workspace.update(exampleSources())).rejects.toThrow(/indexReferences/);
    });
});
