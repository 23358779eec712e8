/**
 * Suppression comments (RULES.md): `// revorg-disable-next-line id[, id]` silences those rules on
 * the next line, `// revorg-disable id[, id]` silences them in the whole file. A directive that
 * silences nothing is reported as `unused-suppression`, like ESLint's
 * --report-unused-disable-directives. Text after ` -- ` is a free-form reason.
 */
import type { Diagnostic, Range } from 'vscode-languageserver-types';

export interface SuppressionDirective {
    scope: 'next-line' | 'file';
    /** 0-based line of the comment. */
    line: number;
    range: Range;
    ruleIds: string[];
}

const DIRECTIVE = /^\/\/\s*revorg-disable(-next-line)?(?=\s|$)(.*)$/;

/** Finds the directives in `// ...` comments, skipping strings and block comments. */
export function findDirectives(text: string): SuppressionDirective[] {
    const directives: SuppressionDirective[] = [];
    let line = 0;
    let lineStart = 0;
    let i = 0;
    while (i < text.length) {
        const c = text[i];
        if (c === '\n') {
            line++;
            lineStart = ++i;
        } else if (c === '"') {
            for (i++; i < text.length && text[i] !== '"'; i++) {
                if (text[i] === '\\') i++;
                else if (text[i] === '\n') { line++; lineStart = i + 1; }
            }
            i++;
        } else if (c === '/' && text[i + 1] === '*') {
            const end = text.indexOf('*/', i + 2);
            const stop = end < 0 ? text.length : end + 2;
            for (; i < stop; i++) if (text[i] === '\n') { line++; lineStart = i + 1; }
        } else if (c === '/' && text[i + 1] === '/') {
            let end = text.indexOf('\n', i);
            if (end < 0) end = text.length;
            const comment = text.slice(i, end).replace(/\r$/, '');
            const match = DIRECTIVE.exec(comment);
            if (match) {
                const ids = match[2].split(' -- ')[0];
                directives.push({
                    scope: match[1] ? 'next-line' : 'file',
                    line,
                    range: { start: { line, character: i - lineStart }, end: { line, character: i - lineStart + comment.length } },
                    ruleIds: ids.split(/[\s,]+/).filter(Boolean),
                });
            }
            i = end;
        } else {
            i++;
        }
    }
    return directives;
}

/** Whether a rule id may be named in a directive: `core` errors and the `self` report may not. */
export type SuppressibleStatus = 'yes' | 'unknown' | 'core' | 'self';

export interface SuppressionOutcome {
    kept: Diagnostic[];
    /** One entry per rule id in a directive that silenced nothing, with why. */
    unused: Array<{ directive: SuppressionDirective; ruleId: string; reason: string }>;
}

/**
 * Drops the diagnostics the directives silence. `canSuppress` says which ids exist and may be
 * silenced (the language's own errors may not).
 */
export function applySuppressions(
    diagnostics: Diagnostic[],
    directives: SuppressionDirective[],
    canSuppress: (ruleId: string) => SuppressibleStatus,
): SuppressionOutcome {
    if (directives.length === 0) return { kept: diagnostics, unused: [] };
    const used = new Set<string>();
    const keyOf = (directive: SuppressionDirective, ruleId: string) => `${directive.line}:${directive.scope}:${ruleId}`;
    const kept = diagnostics.filter(diagnostic => {
        const code = String(diagnostic.code ?? '');
        if (canSuppress(code) !== 'yes') return true;
        let silenced = false;
        for (const directive of directives) {
            if (!directive.ruleIds.includes(code)) continue;
            if (directive.scope === 'file' || diagnostic.range.start.line === directive.line + 1) {
                used.add(keyOf(directive, code));
                silenced = true;
            }
        }
        return !silenced;
    });
    const unused: SuppressionOutcome['unused'] = [];
    for (const directive of directives) {
        for (const ruleId of directive.ruleIds) {
            if (used.has(keyOf(directive, ruleId))) continue;
            const status = canSuppress(ruleId);
            const reason = status === 'unknown' ? `'${ruleId}' is not a revorg rule`
                : status === 'core' ? `'${ruleId}' is an error of the language itself and cannot be suppressed`
                    : status === 'self' ? `'${ruleId}' cannot be silenced by a comment (set it to "off" in revorg.config.json instead)`
                        : directive.scope === 'file' ? `no '${ruleId}' diagnostic in this file` : `no '${ruleId}' diagnostic on the next line`;
            unused.push({ directive, ruleId, reason });
        }
    }
    return { kept, unused };
}
