// Node 20 compatibility, loaded before Langium by every entry point (and by `npm run generate`).
//
// Langium 4.4 depends on Chevrotain 13, whose grammar checks call `Object.groupBy`, which Node
// only ships from version 21. Rather than pin an older Langium, we define the one missing function
// here with the semantics of the standard (ES2024): a null-prototype object of arrays keyed by the
// callback's result, in iteration order. On Node 22+ this file does nothing.
if (typeof Object.groupBy !== 'function') {
    Object.defineProperty(Object, 'groupBy', {
        configurable: true,
        writable: true,
        value: function groupBy(items, callback) {
            const groups = Object.create(null);
            let index = 0;
            for (const item of items) {
                const key = callback(item, index++);
                (groups[key] ??= []).push(item);
            }
            return groups;
        },
    });
}
export {};
