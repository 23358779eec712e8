/**
 * Reading rule option values from revorg.config.json, in the forms RULES.md allows: money as in
 * the language ("10M", "$10M") or a number of dollars; percentages as 0-100 or "50%"; ranges as
 * [min, max].
 */
import type { OptionSpec } from '../rules/rule.js';
import { parseMoney, parsePercent } from '../model/values.js';

export type OptionResult = { ok: true; value: number | readonly [number, number] } | { ok: false; problem: string };

export function readOption(spec: OptionSpec, raw: unknown): OptionResult {
    switch (spec.type) {
        case 'money': return readMoney(raw);
        case 'percent': return readPercent(raw);
        case 'range': return readRange(raw);
    }
}

function readMoney(raw: unknown): OptionResult {
    if (typeof raw === 'number') {
        return Number.isFinite(raw) && raw >= 0 ? { ok: true, value: raw } : { ok: false, problem: 'expected an amount of money of 0 or more' };
    }
    if (typeof raw === 'string') {
        const result = parseMoney(raw.trim());
        return result.ok ? { ok: true, value: result.value.value } : { ok: false, problem: `expected an amount of money like "10M", "$850K" or 10000000, got "${raw}"` };
    }
    return { ok: false, problem: `expected an amount of money like "10M" or 10000000, got ${JSON.stringify(raw)}` };
}

function readPercent(raw: unknown): OptionResult {
    if (typeof raw === 'number') {
        return Number.isFinite(raw) && raw >= 0 && raw <= 100 ? { ok: true, value: raw } : { ok: false, problem: `expected a percentage from 0 to 100, got ${raw}` };
    }
    if (typeof raw === 'string') {
        const result = parsePercent(raw.trim());
        return result.ok ? { ok: true, value: result.value.value } : { ok: false, problem: `expected a percentage like 50 or "50%", got "${raw}"` };
    }
    return { ok: false, problem: `expected a percentage like 50 or "50%", got ${JSON.stringify(raw)}` };
}

function readRange(raw: unknown): OptionResult {
    if (Array.isArray(raw) && raw.length === 2 && raw.every(n => Number.isInteger(n) && n >= 0)) {
        const [min, max] = raw as [number, number];
        return min <= max ? { ok: true, value: [min, max] } : { ok: false, problem: `the range [${min}, ${max}] has its minimum above its maximum` };
    }
    return { ok: false, problem: `expected a range [min, max] of whole numbers, got ${JSON.stringify(raw)}` };
}
