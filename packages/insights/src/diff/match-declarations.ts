/**
 * Which declaration of the old version is which of the new one.
 *
 * - Same kind and same name: the same declaration (names are global in a model; a name declared
 *   twice pairs its first old occurrence with its first new one, and so on).
 * - A rename: among the old names of one kind that are gone and the new names of that kind that
 *   are new, a pair whose properties match. Similarity = equal properties / properties set on
 *   either side, over the kind's compared properties (compared-properties.ts), references read
 *   through the renames found so far. A pair is a rename when its similarity is at least 2/3 and
 *   each is the other's one best candidate: a tie anywhere (two new SDR roles that look alike) is
 *   ambiguous and pairs nothing, so both stay added and removed. A declaration that sets nothing
 *   has nothing to be matched by.
 * - Exact matches (similarity 1) are found first, in rounds over every kind until a round finds
 *   none, because a rename found in one kind can make references of another kind equal (a team
 *   renamed: its roles' `team` now compares equal); then near matches the same way.
 *
 * Near matches score every gone declaration of a kind against every new one, so they are looked
 * for only while that is at most NEAR_MATCH_LIMIT pairs; beyond that (a rewrite renaming thousands
 * of declarations at once) only exact matches are renames.
 */
import type { ModelExport } from '../model-export/schema.js';
import { type AnyDeclaration, comparable, COMPARED_PROPERTIES, type ComparedProperty, type DeclarationRecords, type RenameMap } from './compared-properties.js';
import { DECLARATION_KINDS, type DeclarationKind } from './schema.js';

/** The least share of equal properties for a rename, 2 of 3 (see the module comment): kept as integers so exactly 2/3 counts. */
export const RENAME_SIMILARITY = { equal: 2, of: 3 } as const;
/** The most gone × new pairs of one kind that are scored for near matches. */
export const NEAR_MATCH_LIMIT = 250_000;

export interface MatchedPair<T> {
    old: T;
    new: T;
}

export interface RenamedPair<T> extends MatchedPair<T> {
    similarity: number;
}

export interface KindMatching<T> {
    /** Same name in both versions, in the new version's order. */
    same: Array<MatchedPair<T>>;
    /** In the new version's order. */
    renamed: Array<RenamedPair<T>>;
    /** In the new version's order. */
    added: T[];
    /** In the old version's order. */
    removed: T[];
}

export type KindMatchings = { [K in DeclarationKind]: KindMatching<DeclarationRecords[K]> };

export interface DeclarationMatching {
    kinds: KindMatchings;
    /** Old name -> new name for every rename, whatever its kind. */
    renames: RenameMap;
}

export function matchDeclarations(before: ModelExport, after: ModelExport): DeclarationMatching {
    const kinds = Object.fromEntries(DECLARATION_KINDS.map(kind => [kind, matchByName<AnyDeclaration>(before[kind], after[kind])])) as unknown as KindMatchings;
    const renames = new Map<string, string>();
    for (const near of [false, true]) {
        for (let found = true; found;) {
            found = false;
            for (const kind of DECLARATION_KINDS) {
                const matching = kinds[kind] as KindMatching<AnyDeclaration>;
                const properties = COMPARED_PROPERTIES[kind] as ReadonlyArray<ComparedProperty<AnyDeclaration>>;
                const pairs = near ? nearRenames(matching, properties, renames) : exactRenames(matching, properties, renames);
                if (pairs.length === 0) continue;
                found = true;
                const gone = new Set(pairs.map(pair => pair.old));
                const arrived = new Set(pairs.map(pair => pair.new));
                matching.removed = matching.removed.filter(declaration => !gone.has(declaration));
                matching.added = matching.added.filter(declaration => !arrived.has(declaration));
                matching.renamed.push(...pairs);
                for (const pair of pairs) renames.set(pair.old.name, pair.new.name);
            }
        }
    }
    for (const kind of DECLARATION_KINDS) {
        const matching = kinds[kind] as KindMatching<AnyDeclaration>;
        const order = new Map((after[kind] as readonly AnyDeclaration[]).map((declaration, index) => [declaration, index]));
        matching.renamed.sort((a, b) => order.get(a.new)! - order.get(b.new)!);
    }
    return { kinds, renames };
}

/** Pairs the declarations of one kind by name; the rest are added or removed. */
function matchByName<T extends { name: string }>(before: readonly T[], after: readonly T[]): KindMatching<T> {
    const waiting = new Map<string, T[]>();
    for (const declaration of before) {
        const list = waiting.get(declaration.name);
        if (list) list.push(declaration);
        else waiting.set(declaration.name, [declaration]);
    }
    const same: Array<MatchedPair<T>> = [];
    const added: T[] = [];
    for (const declaration of after) {
        const old = waiting.get(declaration.name)?.shift();
        if (old) same.push({ old, new: declaration });
        else added.push(declaration);
    }
    const paired = new Set(same.map(pair => pair.old));
    return { same, renamed: [], added, removed: before.filter(declaration => !paired.has(declaration)) };
}

type Keys = Array<string | undefined>;

function keysOf<T>(declaration: T, properties: ReadonlyArray<ComparedProperty<T>>, renames?: RenameMap): Keys {
    return properties.map(property => comparable(property.read(declaration), property.format, renames));
}

/** Equal properties / properties set on either side; undefined when neither sets anything. */
export function similarity(before: Keys, after: Keys): { equal: number; set: number } | undefined {
    let equal = 0;
    let set = 0;
    for (let i = 0; i < before.length; i++) {
        if (before[i] === undefined && after[i] === undefined) continue;
        set++;
        if (before[i] === after[i]) equal++;
    }
    return set === 0 ? undefined : { equal, set };
}

/** Renames whose every property is equal, by a hash of the properties: a pair when exactly one gone and one new declaration share it. */
function exactRenames<T extends AnyDeclaration>(matching: KindMatching<T>, properties: ReadonlyArray<ComparedProperty<T>>, renames: RenameMap): Array<RenamedPair<T>> {
    if (matching.removed.length === 0 || matching.added.length === 0) return [];
    const buckets = new Map<string, { old: T[]; new: T[] }>();
    const signature = (keys: Keys): string | undefined => (keys.every(key => key === undefined) ? undefined : keys.map(key => (key === undefined ? '\u0002' : `\u0003${key}`)).join('\u0001'));
    const add = (declaration: T, keys: Keys, side: 'old' | 'new'): void => {
        const key = signature(keys);
        if (key === undefined) return;
        let bucket = buckets.get(key);
        if (!bucket) buckets.set(key, bucket = { old: [], new: [] });
        bucket[side].push(declaration);
    };
    for (const declaration of matching.removed) add(declaration, keysOf(declaration, properties, renames), 'old');
    for (const declaration of matching.added) add(declaration, keysOf(declaration, properties), 'new');
    const pairs: Array<RenamedPair<T>> = [];
    for (const bucket of buckets.values()) {
        if (bucket.old.length === 1 && bucket.new.length === 1) pairs.push({ old: bucket.old[0], new: bucket.new[0], similarity: 1 });
    }
    return pairs;
}

interface Best {
    index: number;
    score: number;
    tied: boolean;
}

function consider(best: Best | undefined, index: number, score: number): Best {
    if (!best || score > best.score) return { index, score, tied: false };
    if (score === best.score) best.tied = true;
    return best;
}

/** Renames by similarity: each pair is the other's one best candidate, at RENAME_SIMILARITY or more. */
function nearRenames<T extends AnyDeclaration>(matching: KindMatching<T>, properties: ReadonlyArray<ComparedProperty<T>>, renames: RenameMap): Array<RenamedPair<T>> {
    const { removed, added } = matching;
    if (removed.length === 0 || added.length === 0 || removed.length * added.length > NEAR_MATCH_LIMIT) return [];
    const oldKeys = removed.map(declaration => keysOf(declaration, properties, renames));
    const newKeys = added.map(declaration => keysOf(declaration, properties));
    const bestForOld: Array<Best | undefined> = [];
    const bestForNew: Array<Best | undefined> = [];
    for (let i = 0; i < removed.length; i++) {
        for (let j = 0; j < added.length; j++) {
            const shared = similarity(oldKeys[i], newKeys[j]);
            if (!shared || shared.equal * RENAME_SIMILARITY.of < shared.set * RENAME_SIMILARITY.equal) continue;
            const score = shared.equal / shared.set;
            bestForOld[i] = consider(bestForOld[i], j, score);
            bestForNew[j] = consider(bestForNew[j], i, score);
        }
    }
    const pairs: Array<RenamedPair<T>> = [];
    bestForOld.forEach((best, i) => {
        if (!best || best.tied) return;
        const back = bestForNew[best.index];
        if (back && !back.tied && back.index === i) pairs.push({ old: removed[i], new: added[best.index], similarity: best.score });
    });
    return pairs;
}
