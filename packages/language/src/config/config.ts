/**
 * revorg.config.json: per-rule severity and options (CLI.md). Parsed with positions, so that every
 * problem carries its JSON path for the CLI and its offset for a diagnostic on the file in the
 * editor. Unknown rule ids, unknown options, bad values and malformed JSON are all reported.
 */
import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { RULES, ruleById } from '../rules/index.js';
import { checkRuleDocsBase, DEFAULT_RULE_DOCS_BASE, docsUrl } from '../rules/rule-docs.js';
import type { OptionValues, Rule, Severity } from '../rules/rule.js';
import { closestNames } from '../rules/unresolved-reference.js';
import { readOption } from './options.js';

export const CONFIG_FILE_NAME = 'revorg.config.json';

export type RuleSetting = Severity | 'off';
export const RULE_SETTINGS: readonly RuleSetting[] = ['off', 'hint', 'info', 'warning', 'error'];

export interface ConfigProblem {
    /** Where in the JSON, like `rules["pod-composition"][1].ae`; empty for the whole file. */
    path: string;
    message: string;
    offset: number;
    length: number;
}

/** What the rules run with: a severity (or off) and the options for every rule, and where their pages are. */
export interface ResolvedConfig {
    severity(rule: Rule): RuleSetting;
    options(rule: Rule): OptionValues;
    /** The documentation page of a rule, for `codeDescription.href` and the reports' links. */
    docsUrl(id: string): string;
}

/** The settings a config file (or `--rule` flags) overrides, by rule id. */
export interface RuleOverrides {
    severities: Map<string, RuleSetting>;
    options: Map<string, OptionValues>;
    /** `ruleDocs`: the folder of the rule pages, ending in `/`, instead of the project's docs/rules. */
    ruleDocs?: string;
}

export function emptyOverrides(): RuleOverrides {
    return { severities: new Map(), options: new Map() };
}

export function resolveConfig(...layers: RuleOverrides[]): ResolvedConfig {
    return {
        severity(rule) {
            let setting: RuleSetting = rule.meta.defaultSeverity;
            for (const layer of layers) setting = layer.severities.get(rule.meta.id) ?? setting;
            return setting;
        },
        options(rule) {
            const values: OptionValues = {};
            for (const [name, spec] of Object.entries(rule.meta.options)) values[name] = spec.default;
            for (const layer of layers) Object.assign(values, layer.options.get(rule.meta.id) ?? {});
            return values;
        },
        docsUrl(id) {
            return docsUrl(id, layers.reduce((base, layer) => layer.ruleDocs ?? base, DEFAULT_RULE_DOCS_BASE));
        },
    };
}

export const DEFAULT_CONFIG: ResolvedConfig = resolveConfig();

function pathOf(segments: Array<string | number>): string {
    return segments.map((segment, index) =>
        typeof segment === 'number' ? `[${segment}]`
            : /^[A-Za-z_$][\w$]*$/.test(segment) ? `${index === 0 ? '' : '.'}${segment}`
                : `[${JSON.stringify(segment)}]`).join('');
}

/** Checks a setting for one rule; shared by the config file and the CLI's `--rule id=severity`. */
export function checkSeverity(id: string, value: unknown): { ok: true; setting: RuleSetting } | { ok: false; problem: string } {
    const rule = ruleById(id);
    if (!rule) return { ok: false, problem: `unknown rule '${id}' (run \`revorg rules\` for the list)` };
    if (typeof value !== 'string' || !(RULE_SETTINGS as readonly string[]).includes(value)) {
        return { ok: false, problem: `the severity of '${id}' must be one of ${RULE_SETTINGS.join(', ')}, got ${JSON.stringify(value)}` };
    }
    if (rule.meta.core && value !== 'error') {
        return { ok: false, problem: `'${id}' is an error of the language itself and cannot be set to '${value}'` };
    }
    return { ok: true, setting: value as RuleSetting };
}

export interface ParsedConfig {
    overrides: RuleOverrides;
    /** `ignores`: globs, relative to the folder of the config, of .revorg files that are not part of the model. */
    ignores: string[];
    problems: ConfigProblem[];
}

/** The settings a config file may hold besides `$schema`. */
const CONFIG_KEYS = ['rules', 'ignores', 'ruleDocs'];

export function parseConfig(text: string): ParsedConfig {
    const overrides = emptyOverrides();
    const ignores: string[] = [];
    const problems: ConfigProblem[] = [];
    if (text.trim() === '') {
        return { overrides, ignores, problems: [{ path: '', message: 'the file is empty; write { "rules": { ... } }', offset: 0, length: 0 }] };
    }
    const errors: ParseError[] = [];
    const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
    // The first syntax error is the one to fix; the parser's later ones are usually its echoes.
    for (const error of errors.slice(0, 1)) {
        const { line, column } = lineAndColumn(text, error.offset);
        problems.push({ path: '', message: `malformed JSON at line ${line}, column ${column}: ${describeParseError(printParseErrorCode(error.error))}`, offset: error.offset, length: error.length });
    }
    if (errors.length > 0 || !root) {
        return { overrides, ignores, problems };
    }
    const problem = (node: Node, segments: Array<string | number>, message: string) =>
        problems.push({ path: pathOf(segments), message, offset: node.offset, length: node.length });

    if (root.type !== 'object') {
        problem(root, [], 'the configuration must be a JSON object like { "rules": { ... } }');
        return { overrides, ignores, problems };
    }
    for (const property of root.children ?? []) {
        const [keyNode] = property.children ?? [];
        const key = keyNode?.value as string;
        if (key === '$schema') continue;
        if (!CONFIG_KEYS.includes(key)) problem(keyNode, [key], `unknown setting '${key}'; the settings are ${CONFIG_KEYS.map(name => `"${name}"`).join(', ')}`);
    }
    ignores.push(...parseIgnores(findNodeAtLocation(root, ['ignores']), problem));
    const ruleDocs = findNodeAtLocation(root, ['ruleDocs']);
    if (ruleDocs) {
        const checked = checkRuleDocsBase(getNodeValue(ruleDocs));
        if (checked.ok) overrides.ruleDocs = checked.base;
        else problem(ruleDocs, ['ruleDocs'], checked.problem);
    }
    const rules = findNodeAtLocation(root, ['rules']);
    if (!rules) return { overrides, ignores, problems };
    if (rules.type !== 'object') {
        problem(rules, ['rules'], '"rules" must be an object mapping rule ids to a severity or [severity, options]');
        return { overrides, ignores, problems };
    }
    for (const property of rules.children ?? []) {
        const [keyNode, valueNode] = property.children ?? [];
        const id = keyNode.value as string;
        const at = ['rules', id];
        if (!ruleById(id)) {
            problem(keyNode, at, `unknown rule '${id}'${ruleIdSuggestion(id)}`);
            continue;
        }
        const severityNode = valueNode.type === 'array' ? valueNode.children?.[0] : valueNode;
        const severityPath = valueNode.type === 'array' ? [...at, 0] : at;
        if (!severityNode) {
            problem(valueNode, at, `write the setting of '${id}' as a severity ("warning") or ["warning", { options }]`);
            continue;
        }
        const severity = checkSeverity(id, getNodeValue(severityNode));
        if (severity.ok) overrides.severities.set(id, severity.setting);
        else problem(severityNode, severityPath, severity.problem);

        if (valueNode.type !== 'array') continue;
        const [, optionsNode, ...extra] = valueNode.children ?? [];
        for (const [index, node] of extra.entries()) problem(node, [...at, index + 2], `unexpected element: write ["severity", { options }]`);
        if (!optionsNode) continue;
        if (optionsNode.type !== 'object') {
            problem(optionsNode, [...at, 1], `the options of '${id}' must be an object`);
            continue;
        }
        const rule = ruleById(id)!;
        const values: OptionValues = {};
        for (const option of optionsNode.children ?? []) {
            const [nameNode, optionValueNode] = option.children ?? [];
            const name = nameNode.value as string;
            const spec = rule.meta.options[name];
            if (!spec) {
                const known = Object.keys(rule.meta.options);
                problem(nameNode, [...at, 1, name], `unknown option '${name}' for '${id}'${known.length ? `; it takes ${known.map(k => `'${k}'`).join(', ')}` : '; it takes no options'}`);
                continue;
            }
            const result = readOption(spec, getNodeValue(optionValueNode));
            if (result.ok) values[name] = result.value;
            else problem(optionValueNode, [...at, 1, name], result.problem);
        }
        overrides.options.set(id, values);
    }
    return { overrides, ignores, problems };
}

/** `"ignores": ["drafts/**", "archive/*.revorg"]`: globs of files left out of the model, as ESLint's `ignores`. */
function parseIgnores(node: Node | undefined, problem: (node: Node, segments: Array<string | number>, message: string) => void): string[] {
    if (!node) return [];
    if (node.type !== 'array') {
        problem(node, ['ignores'], '"ignores" must be an array of globs, like ["drafts/**"]');
        return [];
    }
    const globs: string[] = [];
    for (const [index, item] of (node.children ?? []).entries()) {
        const value: unknown = getNodeValue(item);
        if (typeof value !== 'string' || value.trim() === '') problem(item, ['ignores', index], 'each entry of "ignores" must be a glob (a non-empty string), like "drafts/**"');
        else if (value.startsWith('!')) problem(item, ['ignores', index], `negated globs are not supported: list only what to leave out, got ${JSON.stringify(value)}`);
        else if (value.startsWith('/') || /^[A-Za-z]:[\\/]/.test(value)) problem(item, ['ignores', index], `globs in "ignores" are relative to the folder of revorg.config.json, got ${JSON.stringify(value)}`);
        else globs.push(value);
    }
    return globs;
}

/** What to say after an unknown rule id: the closest known id, or where the list is. */
export function ruleIdSuggestion(id: string): string {
    const [close] = closestNames(id, RULES.map(rule => rule.meta.id), 1);
    return close ? `; did you mean '${close}'?` : ' (run `revorg rules` for the list)';
}

function describeParseError(code: string): string {
    return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < offset && i < text.length; i++) {
        if (text[i] === '\n') {
            line++;
            lineStart = i + 1;
        }
    }
    return { line, column: offset - lineStart + 1 };
}

/** Formats a problem for a one-line message: `revorg.config.json: rules["x"]: unknown rule 'x'`. */
export function formatConfigProblem(file: string, problem: ConfigProblem): string {
    return `${file}: ${problem.path ? `${problem.path}: ` : ''}${problem.message}`;
}
