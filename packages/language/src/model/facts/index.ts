/**
 * The model facts: everything rules, editor features and diagrams need to know about a model,
 * computed in one pass over all its documents per build. Nothing that reads them walks the
 * workspace itself.
 */
export type * from './views.js';
export { computeDocumentFacts } from './read-document.js';
export { resolveDocumentReferences } from './references.js';
export { computeFacts, modelOrder } from './join.js';
export { deepestRole, rolesBeneath } from './reporting.js';
