/**
 * Applying the preferred quick fixes to a model until nothing is left to fix, as ESLint's `--fix`:
 * each pass applies every preferred fix that does not touch the text another one in the same pass
 * edits, then rebuilds the model (only what changed) and looks again, at most `maxPasses` times.
 *
 * A fix is kept only if it adds no error: after a pass, any error the model did not have before
 * (counted by file, rule and message, since positions move) undoes the pass; its fixes are then
 * tried one by one, the first that adds nothing is kept and the ones that add an error are never
 * tried again. Every pass so keeps at least one fix or retires at least one, so the loop ends.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type TextEdit } from 'vscode-languageserver';
import type { ResolvedConfig } from '../config/config.js';
import type { LintOutcome, ModelSource } from '../node.js';
import { SourceWorkspace } from '../source-workspace.js';
import { preferredFixes, type PreferredFix } from './preferred-fixes.js';

/** ESLint's bound: a fix that keeps producing new fixable problems stops here. */
export const DEFAULT_MAX_PASSES = 10;

export interface FixOptions {
    config: ResolvedConfig;
    /** Only fixes whose every edit is in these files (absolute paths) are applied; all files when absent. */
    files?: ReadonlySet<string>;
    maxPasses?: number;
}

export interface FixOutcome {
    /** The model after the fixes: what remains to report. */
    outcome: LintOutcome;
    /** The new text of every file a fix changed, by absolute path. */
    fixed: Map<string, string>;
    /** The fixes applied, by rule id, in order. */
    applied: string[];
    /** The fixes left out because they would have added an error. */
    refused: PreferredFix[];
    passes: number;
}

type Texts = Map<string, string>;

function sourcesOf(texts: Texts): ModelSource[] {
    return [...texts].map(([path, text]) => ({ path, text }));
}

function errorCounts(outcome: LintOutcome): Map<string, number> {
    const counts = new Map<string, number>();
    for (const file of outcome.files) {
        for (const diagnostic of file.diagnostics) {
            if ((diagnostic.severity ?? DiagnosticSeverity.Error) !== DiagnosticSeverity.Error) continue;
            const key = JSON.stringify([file.path, diagnostic.code, diagnostic.message]);
            counts.set(key, (counts.get(key) ?? 0) + 1);
        }
    }
    return counts;
}

/** Whether `after` has an error that `before` did not (more of the same error counts as new). */
function addsError(before: LintOutcome, after: LintOutcome): boolean {
    const had = errorCounts(before);
    for (const [key, count] of errorCounts(after)) {
        if (count > (had.get(key) ?? 0)) return true;
    }
    return false;
}

interface Span { path: string; start: number; end: number }

function spansOf(fix: PreferredFix, texts: Texts): Span[] {
    return [...fix.edits].flatMap(([path, edits]) => {
        const document = TextDocument.create('file:///fix', 'revorg', 0, texts.get(path) ?? '');
        return edits.map(edit => ({ path, start: document.offsetAt(edit.range.start), end: document.offsetAt(edit.range.end) }));
    });
}

/** Fixes that edit apart from each other: two that edit the same text, or insert at the same place, would make the result depend on their order. */
function independentFixes(fixes: readonly PreferredFix[], texts: Texts): PreferredFix[] {
    const taken: Span[] = [];
    const chosen: PreferredFix[] = [];
    for (const fix of fixes) {
        const spans = spansOf(fix, texts);
        const clashes = spans.some(span => taken.some(other => other.path === span.path && span.start <= other.end && other.start <= span.end));
        if (clashes) continue;
        taken.push(...spans);
        chosen.push(fix);
    }
    return chosen;
}

function applyFixes(texts: Texts, fixes: readonly PreferredFix[]): Texts {
    const edits = new Map<string, TextEdit[]>();
    for (const fix of fixes) {
        for (const [path, fileEdits] of fix.edits) edits.set(path, [...(edits.get(path) ?? []), ...fileEdits]);
    }
    const next = new Map(texts);
    for (const [path, fileEdits] of edits) {
        next.set(path, TextDocument.applyEdits(TextDocument.create('file:///fix', 'revorg', 0, texts.get(path) ?? ''), fileEdits));
    }
    return next;
}

export async function fixModel(sources: readonly ModelSource[], options: FixOptions): Promise<FixOutcome> {
    const maxPasses = options.maxPasses ?? DEFAULT_MAX_PASSES;
    const { workspace, outcome: first } = await SourceWorkspace.build(sources, { indexReferences: true, config: options.config });
    const original: Texts = new Map(sources.map(source => [source.path, source.text]));
    let texts = original;
    let current = first;
    const applied: string[] = [];
    const refused: PreferredFix[] = [];
    const retired = new Set<string>();
    let passes = 0;

    while (passes < maxPasses) {
        const candidates = preferredFixes(current, current.facts(), workspace.reflection)
            .filter(fix => !retired.has(fix.key) && (!options.files || [...fix.edits.keys()].every(path => options.files!.has(path))));
        const batch = independentFixes(candidates, texts);
        if (batch.length === 0) break;
        passes++;

        const tried = applyFixes(texts, batch);
        const after = await workspace.update(sourcesOf(tried));
        if (!addsError(current, after)) {
            texts = tried;
            current = after;
            applied.push(...batch.map(fix => fix.ruleId));
            continue;
        }
        // Some fix in the pass adds an error (alone, or with another): find it one fix at a time.
        let kept = false;
        for (const fix of batch) {
            const alone = applyFixes(texts, [fix]);
            const afterAlone = await workspace.update(sourcesOf(alone));
            if (addsError(current, afterAlone)) {
                retired.add(fix.key);
                refused.push(fix);
                continue;
            }
            texts = alone;
            current = afterAlone;
            applied.push(fix.ruleId);
            kept = true;
            break;
        }
        // The workspace was last moved to a version that was refused: bring it back to what is kept.
        if (!kept) current = await workspace.update(sourcesOf(texts));
    }

    const fixed = new Map([...texts].filter(([path, text]) => original.get(path) !== text));
    return { outcome: current, fixed, applied, refused, passes };
}
