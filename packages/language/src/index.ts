// Node 20 lacks Object.groupBy, which Langium's parser generator needs: load the shim first.
import './node-compat.js';

export * from './revorg-module.js';
export * from './generated/ast.js';
export * from './model/facts/index.js';
export * from './model/terms.js';
export * from './model/values.js';
export * from './model/properties.js';
export * from './model/phrases.js';
export * from './model/schema.js';
export * from './model/source-locations.js';
export * from './rules/index.js';
export * from './config/config.js';
export { PROJECT_HOMEPAGE } from './project-home.js';
export { configJsonSchema } from './config/json-schema.js';
export { pathIgnoreMatcher } from './config/ignores.js';
export { formatSource } from './format-source.js';
export { vscodeSnippets } from './lsp/completion/declaration-snippets.js';
export { findDirectives, applySuppressions } from './validation/suppressions.js';
export { publishRefreshedDiagnostics } from './lsp/diagnostics-publisher.js';
export { watchWorkspaceConfig } from './lsp/workspace-config.js';
export { watchEditorSettings } from './lsp/editor-settings.js';
