import { ValueConverter } from 'langium';
import { describe, expect, it } from 'vitest';
import { atLeastAsOftenAs, formatDuration, formatMoney, parseAnyOf, parseCount, parseDuration, parseMoney, parsePercent } from '../src/model/values.js';
import { unquote } from '../src/parser/value-converter.js';

const value = (result: ReturnType<typeof parseMoney>) => (result.ok ? result.value.value : result.problem);

describe('values', () => {
    it('reads money in every form of LANGUAGE.md', () => {
        for (const [text, dollars] of [['12M', 12e6], ['$12M', 12e6], ['850K', 850e3], ['$1.5B', 1.5e9], ['12000000', 12e6], ['$12,000,000', 12e6], ['0', 0]] as const) {
            expect(value(parseMoney(text)), text).toBe(dollars);
        }
    });

    it('explains money it cannot read', () => {
        expect(value(parseMoney('12m'))).toMatch(/'12m' is a duration, not an amount of money/);
        expect(value(parseMoney('12k'))).toMatch(/write K, in capitals/);
        expect(value(parseMoney('-5M'))).toMatch(/negative/);
        expect(value(parseMoney('40%'))).toMatch(/percentage/);
    });

    it('reads counts, percents and durations', () => {
        expect(value(parseCount('140'))).toBe(140);
        expect(value(parseCount('1,400'))).toBe(1400);
        expect(value(parseCount('1.5'))).toMatch(/not a whole number/);
        expect(value(parseCount('-1'))).toMatch(/negative/);
        expect(value(parsePercent('12.5%'))).toBe(12.5);
        expect(value(parsePercent('101%'))).toMatch(/between 0% and 100%/);
        expect(value(parsePercent('120%', Infinity))).toBe(120);
        expect(value(parsePercent('35'))).toMatch(/not a percentage/);
        expect(value(parseDuration('30m'))).toBe(30);
        expect(value(parseDuration('4h'))).toBe(240);
        expect(value(parseDuration('2d'))).toBe(2880);
        expect(value(parseDuration('1w'))).toBe(10080);
        expect(value(parseDuration('0h'))).toMatch(/not a positive duration/);
        expect(value(parseDuration('4'))).toMatch(/not a duration/);
    });

    it('reads a value that may be of several kinds by its unit', () => {
        expect(parseAnyOf('45%', ['percent', 'money'])).toMatchObject({ ok: true, value: { kind: 'percent', value: 45 } });
        expect(parseAnyOf('9M', ['percent', 'money'])).toMatchObject({ ok: true, value: { kind: 'money', value: 9e6 } });
        expect(parseAnyOf('9000', ['money'])).toMatchObject({ ok: true, value: { kind: 'money' } });
        expect(value(parseAnyOf('4h', ['percent']))).toMatch(/a duration; expected a percentage/);
    });

    it('formats money without rounding across a threshold', () => {
        expect(formatMoney(10e6)).toBe('$10M');
        expect(formatMoney(1.5e6)).toBe('$1.5M');
        expect(formatMoney(24_999)).toBe('$24,999');
        expect(formatMoney(4_999_999)).toBe('$4,999,999');
        expect(formatMoney(500)).toBe('$500');
    });

    it('formats durations as the user would write them', () => {
        expect(formatDuration(30)).toBe('30m');
        expect(formatDuration(240)).toBe('4h');
        expect(formatDuration(90)).toBe('90m');
        expect(formatDuration(2 * 24 * 60)).toBe('2d');
        expect(formatDuration(7 * 24 * 60)).toBe('1w');
        expect(formatDuration(36 * 60)).toBe('36h');
    });

    it('compares frequencies', () => {
        expect(atLeastAsOftenAs('weekly', 'biweekly')).toBe(true);
        expect(atLeastAsOftenAs('biweekly', 'biweekly')).toBe(true);
        expect(atLeastAsOftenAs('monthly', 'biweekly')).toBe(false);
        expect(atLeastAsOftenAs('yearly', 'yearly')).toBe(true);
    });
});

describe('string values', () => {
    it('are unquoted and unescaped as Langium does it', () => {
        const cases = ['""', '"Director+"', '"a \\"quoted\\" title"', '"tab\\there"', '"\\\\"', '"\\n\\r\\b\\f\\v\\0\\u\\x\\é"', '"line\nbreak"', '"ends with \\\\"'];
        for (const input of cases) expect(unquote(input)).toBe(ValueConverter.convertString(input));
    });
});
