/**
 * The completion parser, built at the first completion instead of at the language server's start.
 * It is a second Chevrotain parser of the whole grammar, as costly to build as the main one, and
 * Langium builds every service when the client says `initialize`: that was a fifth of the time
 * before the first diagnostics, which never need it (the playground's first diagnostics in a
 * browser worker). The CLI never builds it either way.
 */
import { createCompletionParser, type LangiumCompletionParser, type LangiumCoreServices } from 'langium';

export function lazyCompletionParser(services: LangiumCoreServices): LangiumCompletionParser {
    let built: LangiumCompletionParser | undefined;
    const parser = (): LangiumCompletionParser => (built ??= createCompletionParser(services));
    return new Proxy({} as LangiumCompletionParser, {
        get(_target, property) {
            // Langium's service loader asks every service whether it is a container of services (a symbol key): it is not.
            if (typeof property === 'symbol') return undefined;
            const value: unknown = Reflect.get(parser(), property);
            return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(parser()) : value;
        },
    });
}
