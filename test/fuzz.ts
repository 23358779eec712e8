/**
 * A mutation fuzzer for the whole pipeline (parse, link, facts, rules, suppressions). It starts
 * from realistic models (the examples and fixtures), breaks them in the ways people and editors
 * do (deleted ranges, stray tokens, duplicated or swapped lines, unterminated strings and
 * comments, absurd numbers), and lints every result, then builds both diagrams of it (and lays
 * out and draws every LAYOUT_EVERY-th). Deterministic for a given seed.
 */
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { clearDocuments } from 'langium/test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import { buildGraph, layoutDiagram, renderSvg, VIEW_NAMES } from '../packages/diagram/src/index.js';
import { createRevorgServices, diagnosticsByDeclaration, locate, ruleById, type RevorgFacts } from '../packages/language/src/index.js';

/** Layout costs tens of milliseconds: every this many inputs are also laid out and drawn. */
const LAYOUT_EVERY = 20;

/** Mulberry32: a tiny seeded PRNG, so a failing input can be reproduced from its seed. */
export function random(seed: number): () => number {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

const TOKENS = [
    '{', '}', '[', ']', ':', ',', ';', '"', '\\', '/*', '*/', '//', '$', '-', '%', 'x0', 'x-1', '\n', '\t', ' ',
    'organization', 'team', 'role', 'handoff', 'sla', 'kpi', 'pod', 'segment', 'cadence', 'definition', 'icp',
    'kind:', 'reportsTo:', 'owner:', 'members: [', 'target:', 'within:', 'headcount:', 'arr:',
    '0h', '-1', '140%', '1e9', '99999999999999999999999M', '$1,00', '12,000,000', '1.5.5B', '4hh', 'NaN',
    'ae', 'sdr', 'cro', 'weekly', 'assembly-line', 'Ghost', 'é', '💼', '\u0000', '"unterminated', '// revorg-disable-next-line',
    '// revorg-disable', 'reportsTo: Self',
];

export function mutate(text: string, next: () => number, others: string[]): string {
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
    const at = () => Math.floor(next() * (text.length + 1));
    let result = text;
    const rounds = 1 + Math.floor(next() * 4);
    for (let round = 0; round < rounds; round++) {
        const lines = result.split('\n');
        switch (Math.floor(next() * 8)) {
            case 0: { const start = at(); result = result.slice(0, start) + result.slice(start + Math.floor(next() * 40)); break; }
            case 1: { const position = at(); result = result.slice(0, position) + pick(TOKENS) + result.slice(position); break; }
            case 2: { const line = Math.floor(next() * lines.length); lines.splice(line, 0, lines[line]); result = lines.join('\n'); break; }
            case 3: { const a = Math.floor(next() * lines.length); const b = Math.floor(next() * lines.length); [lines[a], lines[b]] = [lines[b], lines[a]]; result = lines.join('\n'); break; }
            case 4: result = result.slice(0, at()); break;
            case 5: { const position = at(); result = result.slice(0, position) + String.fromCharCode(Math.floor(next() * 0x3000)) + result.slice(position + 1); break; }
            case 6: { const other = pick(others); const cut = Math.floor(next() * other.length); result = result.slice(0, at()) + other.slice(cut); break; }
            default: result = result.replace(/\b(\w+)\b/, () => pick(TOKENS)); break;
        }
    }
    return result;
}

/** The .revorg files under the given folders, read once. */
export function seedTexts(folders: string[]): string[] {
    const texts: string[] = [];
    const walk = (dir: string) => {
        for (const name of readdirSync(dir)) {
            const file = path.join(dir, name);
            if (statSync(file).isDirectory()) walk(file);
            else if (name.endsWith('.revorg')) texts.push(readFileSync(file, 'utf8'));
        }
    };
    // A seed folder that is not there is an error, not an empty contribution: the run would quietly shrink.
    for (const folder of folders) walk(folder);
    return texts;
}

export interface FuzzFailure { seed: number; problem: string; input: string[] }

/** Lints `count` mutated models in-process; returns the inputs that crashed, hung or misbehaved. */
export async function fuzz(seeds: string[], count: number, firstSeed = 1, hangMs = 5_000): Promise<FuzzFailure[]> {
    const services = createRevorgServices(EmptyFileSystem);
    const failures: FuzzFailure[] = [];
    for (let seed = firstSeed; seed < firstSeed + count; seed++) {
        const next = random(seed);
        const fileCount = 1 + Math.floor(next() * 3);
        const input = Array.from({ length: fileCount }, () => mutate(seeds[Math.floor(next() * seeds.length)], next, seeds));
        const started = performance.now();
        try {
            const documents = input.map((text, index) => {
                const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(`/fuzz/${seed}/${index}.revorg`));
                services.shared.workspace.LangiumDocuments.addDocument(document);
                return document;
            });
            await services.shared.workspace.DocumentBuilder.build(documents, { validation: true });
            for (const document of documents) {
                const problem = badDiagnostic(document.diagnostics ?? [], input[documents.indexOf(document)]);
                if (problem) failures.push({ seed, problem, input });
            }
            const problem = await badDiagram(services.Revorg.revorg.Facts.get(), documents, seed % LAYOUT_EVERY === 0);
            if (problem) failures.push({ seed, problem, input });
        } catch (error) {
            failures.push({ seed, problem: `threw: ${(error as Error)?.stack ?? String(error)}`, input });
        } finally {
            await clearDocuments(services.shared);
        }
        const elapsed = performance.now() - started;
        if (elapsed > hangMs) failures.push({ seed, problem: `took ${elapsed.toFixed(0)} ms`, input });
    }
    return failures;
}

/** Both views of whatever the model is must build; laid out and drawn, they must be whole SVG documents. */
async function badDiagram(facts: RevorgFacts, documents: LangiumDocument[], layout: boolean): Promise<string | undefined> {
    for (const view of VIEW_NAMES) {
        const graph = buildGraph(facts, view, { locate, diagnosticsOf: diagnosticsByDeclaration(documents) });
        if (!layout || graph.nodes.length === 0) continue;
        const svg = renderSvg(await layoutDiagram(graph));
        if (!svg.startsWith('<svg ') || !svg.trimEnd().endsWith('</svg>')) return `${view} diagram is not one SVG document`;
        const broken = /\s(?:x|y|dx|width|height|d|transform|viewBox|data-line|data-character|data-last-line)="[^"]*(?:NaN|undefined|Infinity)[^"]*"/.exec(svg);
        if (broken) return `${view} diagram has a broken geometry or position attribute: ${broken[0]}`;
    }
    return undefined;
}

/** A diagnostic without a catalogue id, or with a range outside the text, is a bug. */
function badDiagnostic(diagnostics: Diagnostic[], text: string): string | undefined {
    const lines = text.split('\n').length;
    for (const diagnostic of diagnostics) {
        if (typeof diagnostic.code !== 'string' || !ruleById(diagnostic.code)) return `diagnostic without a rule id: ${JSON.stringify(diagnostic)}`;
        const { start, end } = diagnostic.range;
        if (!(start.line >= 0 && end.line < lines + 1 && start.character >= 0 && end.character >= 0)) return `bad range: ${JSON.stringify(diagnostic)}`;
        if (typeof diagnostic.message !== 'string' || diagnostic.message.length === 0) return `empty message: ${JSON.stringify(diagnostic)}`;
    }
    return undefined;
}
