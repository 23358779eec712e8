/**
 * The fixes `revorg lint --fix` and `source.fixAll.revorg` apply: for each diagnostic of the
 * model, the one quick fix its rule marks preferred (the obvious one, which an editor's "Auto Fix"
 * applies). A diagnostic whose fix needs a choice (several owners, several closest names) has no
 * preferred fix and is left to the author.
 */
import type { AstReflection } from 'langium';
import type { TextEdit } from 'vscode-languageserver';
import type { RevorgFacts } from '../model/facts/index.js';
import { QUICK_FIXES } from '../lsp/quick-fixes/registry.js';
import { diagnosticData } from '../lsp/quick-fixes/quick-fix.js';
import type { LintOutcome } from '../node.js';

export interface PreferredFix {
    /** Identifies the fix across passes: the file, the rule, the message and what the fix does. */
    key: string;
    ruleId: string;
    title: string;
    /** The edits by absolute file path: the diagnostic's file and at most one other. */
    edits: Map<string, TextEdit[]>;
}

/** The preferred fix of every diagnostic in the model, in file and position order. */
export function preferredFixes(outcome: LintOutcome, facts: RevorgFacts, reflection: AstReflection): PreferredFix[] {
    const pathOfUri = new Map(outcome.documents.map((document, index) => [document.uri.toString(), outcome.files[index]?.path]));
    const fixes: PreferredFix[] = [];
    for (const document of outcome.documents) {
        const path = pathOfUri.get(document.uri.toString());
        if (path === undefined) continue;
        for (const diagnostic of document.diagnostics ?? []) {
            const ruleId = diagnosticData(diagnostic).code;
            const fix = typeof ruleId === 'string' ? QUICK_FIXES[ruleId] : undefined;
            if (!fix) continue;
            const preferred = fix({ document, diagnostic, facts, reflection }).find(action => action.isPreferred);
            const changes = preferred?.edit?.changes;
            if (!preferred || !changes) continue;
            const edits = new Map<string, TextEdit[]>();
            for (const [uri, textEdits] of Object.entries(changes)) {
                const target = pathOfUri.get(uri);
                // A fix that edits a file outside the model cannot be applied here.
                if (target === undefined) {
                    edits.clear();
                    break;
                }
                if (textEdits.length > 0) edits.set(target, textEdits);
            }
            if (edits.size === 0) continue;
            const message = typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
            fixes.push({ key: JSON.stringify([path, ruleId, message, preferred.title]), ruleId: ruleId as string, title: preferred.title, edits });
        }
    }
    return fixes;
}
