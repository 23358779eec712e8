/**
 * The lint findings grouped by what their rules are about (`meta.theme`): the five layers of the
 * Revenue Alignment Stack bottom up, then the org's structure, RevOps, pods and the language
 * itself. The findings are the model's diagnostics as configured: a rule turned off has none.
 */
import { RULE_THEMES, ruleById, type RuleTheme } from '@revorg/language';
import type { Finding } from '../findings.js';
import type { Findings } from './schema.js';

/** The theme of a finding's rule; a diagnostic of no known rule is about the model itself. */
export function themeOf(finding: Finding): RuleTheme {
    return ruleById(finding.ruleId)?.meta.theme ?? 'language';
}

export function findingsOfTheme(findings: readonly Finding[], theme: RuleTheme): Finding[] {
    return findings.filter(finding => themeOf(finding) === theme);
}

export function findingsByTheme(findings: readonly Finding[]): Findings {
    const byTheme = new Map<RuleTheme, Finding[]>();
    for (const finding of findings) {
        const theme = themeOf(finding);
        const group = byTheme.get(theme);
        if (group) group.push(finding);
        else byTheme.set(theme, [finding]);
    }
    const count = (severity: Finding['severity']) => findings.filter(finding => finding.severity === severity).length;
    return {
        total: findings.length,
        errors: count('error'),
        warnings: count('warning'),
        infos: count('info'),
        hints: count('hint'),
        groups: (Object.keys(RULE_THEMES) as RuleTheme[])
            .filter(theme => byTheme.has(theme))
            .map(theme => ({ theme, title: RULE_THEMES[theme], findings: byTheme.get(theme)! })),
    };
}
