import { describe, expect, it } from 'vitest';
import { parseConfig, resolveConfig, ruleById } from '../src/index.js';

const problems = (text: string) => parseConfig(text).problems.map(p => (p.path ? `${p.path}: ${p.message}` : p.message));

describe('revorg.config.json', () => {
    it('reads severities and options in every form RULES.md allows', () => {
        const { overrides, problems: found } = parseConfig(JSON.stringify({
            $schema: './schema.json',
            rules: {
                'cro-before-10m-arr': ['warning', { minArr: '$20M' }],
                'premature-structure': ['info', { maxArr: 3000000 }],
                'handoff-rate-threshold': ['error', { min: '50%' }],
                'pod-composition': ['info', { ae: [1, 4] }],
                'structure-review-required': 'off',
            },
        }));
        expect(found).toEqual([]);
        const config = resolveConfig(overrides);
        expect(config.options(ruleById('cro-before-10m-arr')!)).toEqual({ minArr: 20e6 });
        expect(config.options(ruleById('premature-structure')!)).toEqual({ maxArr: 3e6 });
        expect(config.options(ruleById('handoff-rate-threshold')!)).toEqual({ min: 50 });
        expect(config.options(ruleById('pod-composition')!)).toEqual({ sdr: [1, 2], ae: [1, 4], csm: [1, 1] });
        expect(config.severity(ruleById('structure-review-required')!)).toBe('off');
        expect(config.severity(ruleById('handoff-rate-threshold')!)).toBe('error');
        expect(config.severity(ruleById('cro-scope')!)).toBe('info');
    });

    it('reports every problem with its JSON path', () => {
        expect(problems('{"rules": {"nope": "off"}}')).toEqual(["rules.nope: unknown rule 'nope' (run `revorg rules` for the list)"]);
        expect(problems('{"rules": {"cro-scope": "loud"}}')[0]).toMatch(/^rules\["cro-scope"\]: the severity of 'cro-scope' must be one of off, hint, info, warning, error/);
        expect(problems('{"rules": {"cro-scope": ["info", {"x": 1}]}}')).toEqual(["rules[\"cro-scope\"][1].x: unknown option 'x' for 'cro-scope'; it takes no options"]);
        expect(problems('{"rules": {"handoff-rate-threshold": ["info", {"min": 140}]}}')).toEqual(['rules["handoff-rate-threshold"][1].min: expected a percentage from 0 to 100, got 140']);
        expect(problems('{"rules": {"cro-before-10m-arr": ["info", {"minArr": "ten"}]}}')[0]).toMatch(/minArr: expected an amount of money/);
        expect(problems('{"rules": {"pod-composition": ["info", {"ae": [2]}]}}')[0]).toMatch(/ae: expected a range \[min, max\]/);
        expect(problems('{"rules": {"cro-scope": ["info", {}, 3]}}')[0]).toMatch(/^rules\["cro-scope"\]\[2\]: unexpected element/);
        expect(problems('{"rule": {}}')).toEqual(["rule: unknown setting 'rule'; the settings are \"rules\", \"ignores\", \"ruleDocs\""]);
        expect(problems('{"rules": []}')[0]).toMatch(/^rules: "rules" must be an object/);
        expect(problems('[]')[0]).toMatch(/must be a JSON object/);
        expect(problems('{"rules": {"duplicate-name": "warning"}}')[0]).toMatch(/is an error of the language itself/);
    });

    it('reads "ignores", the globs of files left out of the model, and checks each', () => {
        expect(parseConfig('{"ignores": ["drafts/**", "old/*.revorg"]}').ignores).toEqual(['drafts/**', 'old/*.revorg']);
        expect(parseConfig('{"rules": {}}').ignores).toEqual([]);
        expect(problems('{"ignores": "drafts/**"}')).toEqual(['ignores: "ignores" must be an array of globs, like ["drafts/**"]']);
        expect(problems('{"ignores": ["", "/abs/**", "!keep.revorg"]}')).toEqual([
            'ignores[0]: each entry of "ignores" must be a glob (a non-empty string), like "drafts/**"',
            'ignores[1]: globs in "ignores" are relative to the folder of revorg.config.json, got "/abs/**"',
            'ignores[2]: negated globs are not supported: list only what to leave out, got "!keep.revorg"',
        ]);
    });

    it('reports malformed JSON with its line and column', () => {
        expect(problems('{\n  "rules": {\n    "cro-scope": "off",\n  }\n}')).toEqual(['malformed JSON at line 4, column 3: property name expected']);
        expect(problems('')).toEqual(['the file is empty; write { "rules": { ... } }']);
        expect(problems('{ // comment\n}')[0]).toMatch(/malformed JSON at line 1, column 3/);
    });
});
