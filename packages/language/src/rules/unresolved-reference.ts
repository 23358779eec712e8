import { defineRule } from './rule.js';

/**
 * A reference names nothing, or names a declaration of a kind its property does not accept
 * (`team: AE` where AE is a role). The linker detects it; this file words the message and finds
 * the names a quick fix can offer.
 */
export default defineRule({
    meta: {
        id: 'unresolved-reference',
        defaultSeverity: 'error',
        theme: 'language',
        description: 'References name a declared team, role, KPI, definition, handoff or segment of the kind the property accepts.',
        source: 'LANGUAGE.md sections 1 and 4',
        fixable: true,
        options: {},
        core: true,
    },
});

/**
 * The message for a reference that does not resolve. `expected` says which kinds the property
 * accepts (`team or role`, from the schema); `actualKind` is the keyword of a declaration that has
 * the name but is of another kind.
 */
export function describeUnresolvedReference(refText: string, property: string, expected: string, actualKind: string | undefined): string {
    if (actualKind) {
        return `\`${property}:\` expects a ${expected}, but '${refText}' is a ${actualKind}: name a ${expected} here.`;
    }
    return `Unknown ${expected} '${refText}': no declaration in the model has this name; check the spelling or declare it.`;
}

/** Levenshtein distance, for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
    const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let diagonal = previous[0];
        previous[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const above = previous[j];
            previous[j] = Math.min(previous[j] + 1, previous[j - 1] + 1, diagonal + (a[i - 1].toLowerCase() === b[j - 1].toLowerCase() ? 0 : 1));
            diagonal = above;
        }
    }
    return previous[b.length];
}

/** The candidate names closest in spelling to `refText`, best first. */
export function closestNames(refText: string, candidates: Iterable<string>, limit = 3): string[] {
    const scored = [...new Set(candidates)]
        .map(name => ({ name, distance: editDistance(refText, name) }))
        .filter(({ name, distance }) => distance <= Math.max(2, Math.ceil(Math.max(refText.length, name.length) / 2)));
    scored.sort((a, b) => a.distance - b.distance || a.name.localeCompare(b.name));
    return scored.slice(0, limit).map(({ name }) => name);
}
