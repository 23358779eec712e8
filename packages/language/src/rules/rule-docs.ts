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

/**
 * Checks a base given by the config or the editor: an absolute http(s) URL, to which the page name
 * is appended, so a query or fragment would end up before it. Returned with its trailing slash.
 */
export function checkRuleDocsBase(value: unknown): { ok: true; base: string } | { ok: false; problem: string } {
    const example = 'like "https://github.com/acme/revorg/blob/main/docs/rules/"';
    if (typeof value !== 'string' || value.trim() === '') return { ok: false, problem: `"ruleDocs" must be the URL of the folder of rule pages, ${example}` };
    let url: URL;
    try {
        url = new URL(value);
    } catch {
        return { ok: false, problem: `"ruleDocs" must be an absolute URL, ${example}; got ${JSON.stringify(value)}` };
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, problem: `"ruleDocs" must be an http or https URL, got ${JSON.stringify(value)}` };
    if (url.search !== '' || url.hash !== '') return { ok: false, problem: `"ruleDocs" is a folder that '<rule-id>.md' is appended to: it cannot have a query or a fragment, got ${JSON.stringify(value)}` };
    return { ok: true, base: value.endsWith('/') ? value : `${value}/` };
}
