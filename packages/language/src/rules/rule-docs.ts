/**
 * Where a rule's documentation page is: `<base><rule-id>.md`, the layout of the repository's
 * docs/rules folder. The base is that folder on the project's homepage unless revorg.config.json's
 * `ruleDocs` (or, in an editor, the `revorg.ruleDocs` setting) names another: a fork, or a mirror
 * of the pages on an intranet. Diagnostics carry the page as `codeDescription.href`; SARIF's
 * `helpUri`, the JSON reports' `docs` and the report's links repeat it.
 */
import { PROJECT_HOMEPAGE } from '../project-home.js';

/** docs/rules on the main branch of the project's repository. */
export const DEFAULT_RULE_DOCS_BASE = `${PROJECT_HOMEPAGE}/blob/main/docs/rules/`;

export function docsUrl(id: string, base: string = DEFAULT_RULE_DOCS_BASE): string {
    return `${base}${id}.md`;
}
