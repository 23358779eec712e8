/**
 * Reading the value kinds of LANGUAGE.md section 2 from the single QUANTITY token the grammar
 * produces (`$1.5M`, `12,000,000`, `35%`, `4h`, `6`, `-1`).
 *
 * The grammar deliberately accepts every number-with-unit shape, so that a value of the wrong
 * kind (`within: 12M`) or out of range (`headcount: -1`) is an `invalid-value` diagnostic with a
 * message that says what was expected, rather than a syntax error.
 */

export type ValueKind = 'money' | 'count' | 'percent' | 'duration';

/** A value read successfully, in base units: dollars, a count, percent points, or minutes. */
export interface ParsedValue {
    kind: ValueKind;
    value: number;
    text: string;
}

export type ValueResult = { ok: true; value: ParsedValue } | { ok: false; problem: string };

const MONEY_MULTIPLIERS: Record<string, number> = { '': 1, K: 1e3, M: 1e6, B: 1e9 };
const DURATION_MINUTES: Record<string, number> = { m: 1, h: 60, d: 60 * 24, w: 60 * 24 * 7 };

interface Lexeme {
    negative: boolean;
    dollar: boolean;
    grouped: boolean;
    number: number;
    integer: boolean;
    suffix: string;
}

const SHAPE = /^(-?)(\$?)((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)([A-Za-z%]*)$/;

function lex(text: string): Lexeme | undefined {
    const match = SHAPE.exec(text);
    if (!match) return undefined;
    const [, sign, dollar, digits, suffix] = match;
    return {
        negative: sign === '-',
        dollar: dollar === '$',
        grouped: digits.includes(','),
        number: Number(digits.replaceAll(',', '')),
        integer: !digits.includes('.'),
        suffix,
    };
}

/** Which kinds a text could be read as, for messages like "`4h` is a duration". */
export function describeKind(text: string): string {
    const lexeme = lex(text);
    if (!lexeme) return 'not a value';
    if (lexeme.suffix === '%') return 'a percentage';
    if (lexeme.suffix in DURATION_MINUTES) return 'a duration';
    if (lexeme.dollar || (lexeme.suffix !== '' && lexeme.suffix in MONEY_MULTIPLIERS)) return 'an amount of money';
    if (lexeme.suffix === '') return 'a number';
    return `a number with the unknown unit '${lexeme.suffix}'`;
}

export function parseMoney(text: string): ValueResult {
    const lexeme = lex(text);
    if (!lexeme) return { ok: false, problem: `'${text}' is not an amount of money` };
    if (!(lexeme.suffix in MONEY_MULTIPLIERS)) {
        const hint = lexeme.suffix.toUpperCase() in MONEY_MULTIPLIERS ? ` (write ${lexeme.suffix.toUpperCase()}, in capitals)` : '';
        return { ok: false, problem: `'${text}' is ${describeKind(text)}, not an amount of money like 850K, $12M or $1.5B${hint}` };
    }
    if (lexeme.negative) return { ok: false, problem: `'${text}' is negative; an amount of money here is 0 or more` };
    return { ok: true, value: { kind: 'money', value: lexeme.number * MONEY_MULTIPLIERS[lexeme.suffix], text } };
}

export function parseCount(text: string): ValueResult {
    const lexeme = lex(text);
    if (!lexeme || lexeme.dollar || lexeme.suffix !== '' || !lexeme.integer) {
        return { ok: false, problem: `'${text}' is ${describeKind(text)}, not a whole number like 6 or 140` };
    }
    if (lexeme.negative) return { ok: false, problem: `'${text}' is negative; a count is 0 or more` };
    return { ok: true, value: { kind: 'count', value: lexeme.number, text } };
}

export function parsePercent(text: string, max = 100): ValueResult {
    const lexeme = lex(text);
    if (!lexeme || lexeme.dollar || lexeme.suffix !== '%') {
        return { ok: false, problem: `'${text}' is ${describeKind(text)}, not a percentage like 35% or 12.5%` };
    }
    const value = lexeme.negative ? -lexeme.number : lexeme.number;
    if (value < 0 || value > max) return { ok: false, problem: `'${text}' is out of range; a percentage here is between 0% and ${max}%` };
    return { ok: true, value: { kind: 'percent', value, text } };
}

export function parseDuration(text: string): ValueResult {
    const lexeme = lex(text);
    if (!lexeme || lexeme.dollar || !(lexeme.suffix in DURATION_MINUTES)) {
        return { ok: false, problem: `'${text}' is ${describeKind(text)}, not a duration like 30m, 4h, 2d or 1w` };
    }
    if (lexeme.negative || lexeme.number === 0) return { ok: false, problem: `'${text}' is not a positive duration` };
    return { ok: true, value: { kind: 'duration', value: lexeme.number * DURATION_MINUTES[lexeme.suffix], text } };
}

/** Reads a value that may be any of the given kinds (a KPI target), by the shape of its unit. */
export function parseAnyOf(text: string, kinds: readonly ValueKind[], percentMax = 100): ValueResult {
    const lexeme = lex(text);
    if (!lexeme) return { ok: false, problem: `'${text}' is not a value` };
    const kind: ValueKind | undefined =
        lexeme.suffix === '%' ? 'percent'
            : lexeme.suffix in DURATION_MINUTES ? 'duration'
                : lexeme.dollar || (lexeme.suffix !== '' && lexeme.suffix in MONEY_MULTIPLIERS) ? 'money'
                    : lexeme.suffix === '' ? (kinds.includes('count') ? 'count' : kinds.includes('money') ? 'money' : 'count')
                        : undefined;
    if (!kind) return { ok: false, problem: `'${text}' has the unknown unit '${lexeme.suffix}'` };
    if (!kinds.includes(kind)) {
        return { ok: false, problem: `'${text}' is ${describeKind(text)}; expected ${kinds.map(kindName).join(' or ')}` };
    }
    return PARSERS[kind](text, percentMax);
}

const PARSERS: Record<ValueKind, (text: string, percentMax: number) => ValueResult> = {
    money: parseMoney,
    count: parseCount,
    percent: (text, max) => parsePercent(text, max),
    duration: parseDuration,
};

export function kindName(kind: ValueKind): string {
    switch (kind) {
        case 'money': return 'an amount of money';
        case 'count': return 'a whole number';
        case 'percent': return 'a percentage';
        case 'duration': return 'a duration';
    }
}

/** Formats dollars the way the language writes them: 10000000 -> "$10M". */
export function formatMoney(dollars: number): string {
    // Truncate rather than round, so $4,999,999 never reads as "$5M" next to a $5M threshold.
    for (const [suffix, size] of [['B', 1e9], ['M', 1e6], ['K', 1e3]] as const) {
        if (dollars >= size) {
            const scaled = dollars / size;
            const shown = Math.floor(scaled * 100) / 100;
            return shown === scaled ? `$${shown}${suffix}` : `$${dollars.toLocaleString('en-US')}`;
        }
    }
    return `$${dollars.toLocaleString('en-US')}`;
}

const DURATION_UNITS: ReadonlyArray<[string, number]> = [['w', 60 * 24 * 7], ['d', 60 * 24], ['h', 60], ['m', 1]];

/** Minutes as the language writes them: 30m, 4h, 2d, 1w (the largest unit that divides evenly). */
export function formatDuration(minutes: number): string {
    for (const [unit, size] of DURATION_UNITS) {
        if (minutes >= size && minutes % size === 0) return `${minutes / size}${unit}`;
    }
    return `${Math.round(minutes * 10) / 10}m`;
}

/** A value of any kind as the language writes it: `40%`, `$1.2M`, `12`, `4h`. */
export function formatValue(kind: ValueKind, value: number): string {
    switch (kind) {
        case 'money': return formatMoney(value);
        case 'count': return value.toLocaleString('en-US');
        case 'percent': return `${value}%`;
        case 'duration': return formatDuration(value);
    }
}

/** Frequencies from most to least often, so "weekly or more often" is a comparison. */
export const FREQUENCY_ORDER = ['daily', 'weekly', 'biweekly', 'monthly', 'quarterly', 'yearly'] as const;

export function atLeastAsOftenAs(frequency: string, bound: (typeof FREQUENCY_ORDER)[number]): boolean {
    const index = FREQUENCY_ORDER.indexOf(frequency as (typeof FREQUENCY_ORDER)[number]);
    return index >= 0 && index <= FREQUENCY_ORDER.indexOf(bound);
}
