/** Built models for the insights tests, through the same path as the CLI (`lintSources`), from texts in memory. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RevorgFacts, RuleOverrides } from '@revorg/language';
import { lintSources, type LintOutcome } from '@revorg/language/node';
import { modelLocator, type ModelLocator } from '../src/index.js';

export { EXAMPLES, exampleFiles, REPO_ROOT } from '../../../test/examples.js';

/** Where the test models pretend to live; outputs name files relative to it. */
const MODEL_ROOT = '/model';

export interface TestModel {
    outcome: LintOutcome;
    facts: RevorgFacts;
    locator: ModelLocator;
}

/** Builds the model of one text (`model.revorg`) or of several named files. */
export async function buildTestModel(code: string | Record<string, string>, ...config: RuleOverrides[]): Promise<TestModel> {
    const files = typeof code === 'string' ? { 'model.revorg': code } : code;
    const outcome = await lintSources(Object.entries(files).map(([name, text]) => ({ path: path.posix.join(MODEL_ROOT, name), text })), ...config);
    const locator = modelLocator(uri => path.posix.relative(MODEL_ROOT, fileURLToPath(uri)));
    return { outcome, facts: outcome.facts(), locator };
}

/** A validator for one of the published schemas, by the same JSON Schema draft they declare. */
export async function schemaValidator(schema: object): Promise<(value: unknown) => string[]> {
    const { default: { default: Ajv2020 } } = await import('ajv/dist/2020.js');
    const validate = new Ajv2020({ strict: true, allErrors: true }).compile(JSON.parse(JSON.stringify(schema)) as object);
    return value => (validate(value) ? [] : (validate.errors ?? []).map(error => `${error.instancePath} ${error.message ?? ''}`));
}
