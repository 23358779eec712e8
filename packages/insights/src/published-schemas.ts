/**
 * The JSON Schemas of the outputs, by the file name they are published under (in the CLI package's
 * `schemas/` folder, written at build time): each output's `$schema` and each schema's `$id` name it.
 */
import type { TSchema } from 'typebox';
import { ModelDiff } from './diff/schema.js';
import { ModelExport } from './model-export/schema.js';
import { Report } from './report/schema.js';

export const PUBLISHED_SCHEMAS: Readonly<Record<string, TSchema>> = {
    'model.v1.json': ModelExport,
    'report.v1.json': Report,
    'diff.v1.json': ModelDiff,
};
