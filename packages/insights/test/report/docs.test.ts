/**
 * docs/report.md writes out what the report decides by: every layer status, every maturity
 * condition, every stage need and the thresholds. They are written once in the code; this fails
 * when the docs say something else.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIAGRAM_LIMITS } from '../../src/index.js';
import { LAYER_STATUS_DEFINITIONS, layerTitle, STACK_LAYERS } from '../../src/report/alignment-stack.js';
import { ORACLE_STAGES } from '../../src/report/article.js';
import { HIGH_OVERLAP_FROM } from '../../src/report/handoffs.js';
import { maturityConditionTexts } from '../../src/report/maturity.js';
import { LIMITS } from '../../src/report/presentation.js';
import { STAGE_NEEDS } from '../../src/report/stage-needs.js';
import { REPO_ROOT } from '../helpers.js';

const docs = readFileSync(path.join(REPO_ROOT, 'docs', 'report.md'), 'utf8');
const rows = docs.split('\n').filter(line => line.startsWith('|'));

describe('docs/report.md', () => {
    it('defines each layer\'s present, partial and missing as the code does', () => {
        for (const [index, id] of STACK_LAYERS.entries()) {
            const { present, partial, missing } = LAYER_STATUS_DEFINITIONS[id];
            expect(rows).toContain(`| ${index + 1}. ${layerTitle(id)} | ${present} | ${partial} | ${missing} |`);
        }
    });

    it('writes every maturity condition with its source, at the default line of a broken handoff', () => {
        const conditions = maturityConditionTexts(35);
        expect(conditions.length).toBeGreaterThanOrEqual(8);
        for (const condition of conditions) {
            const row = rows.find(line => line.includes(`| ${condition.text} |`));
            expect(row, condition.id).toBeDefined();
            expect(row!.endsWith(`| ${condition.source === 'article' ? '003' : 'revorg'} |`), condition.id).toBe(true);
        }
        for (const [index, stage] of ORACLE_STAGES.entries()) expect(rows).toContainEqual(expect.stringContaining(`| ${index + 1}. ${stage.name} | "${stage.words}" |`));
    });

    it('lists every stage need with the article\'s words and what revorg looks for', () => {
        for (const [stage, needs] of Object.entries(STAGE_NEEDS)) {
            for (const need of needs) expect(rows).toContain(`| ${stage === 'midmarket' ? 'mid-market' : stage} | "${need.quote}" | ${need.check} |`);
        }
    });

    it('states the thresholds and limits the code uses', () => {
        expect(docs).toContain(`\`audience-overlap\` KPI's \`actual\` is ${HIGH_OVERLAP_FROM}% or more`);
        expect(docs).toContain(`**${HIGH_OVERLAP_FROM}% is revorg's own line**`);
        expect(docs).toContain(`Past ${DIAGRAM_LIMITS.org} roles the org chart, and past ${DIAGRAM_LIMITS.flow} handoffs the revenue flow`);
        expect(docs).toContain(`(${LIMITS.elements} model\nelements or gaps per layer, ${LIMITS.teams} teams, ${LIMITS.managers} managers, ${LIMITS.handoffs} handoffs, ${LIMITS.podSeats} roles in pods, ${LIMITS.findingsPerGroup} findings per\ntheme)`);
        expect(LIMITS.gaps).toBe(LIMITS.elements);
        expect(docs).toContain(`a tree of more than ${LIMITS.managers}\n  managers is shown down to ${LIMITS.managerDepth === 2 ? 'two' : LIMITS.managerDepth} levels below the top`);
    });
});
