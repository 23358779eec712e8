/**
 * What the page knows of the language without loading it: the keywords for colouring, the rule
 * list and the bundled examples. The build (scripts/build.mjs) reads them from @revorg/language
 * and the examples folder and writes them into the bundle as `PLAYGROUND_CATALOGUE`, so they
 * cannot drift from the grammar and the rule registry, and the page's own script stays free of
 * Langium (which runs only in the server's worker).
 */

export interface Vocabulary {
    /** The keywords that start a declaration (`role`, `team`, `handoff`, ...). */
    declarations: string[];
    /** Every property key (`kind`, `reportsTo`, ...). */
    properties: string[];
    /** Every value of the language's enumerations (`sdr`, `assembly-line`, ...). */
    values: string[];
}

export interface RuleSummary {
    id: string;
    defaultSeverity: 'error' | 'warning' | 'info' | 'hint';
    description: string;
    fixable: boolean;
    /** The language's own errors, which the configuration cannot turn off. */
    core: boolean;
}

export interface BundledExample {
    /** The folder under examples/, such as `island-startup`. */
    id: string;
    /** The first heading of its README. */
    title: string;
    files: Array<{ name: string; text: string }>;
}

export interface Catalogue {
    vocabulary: Vocabulary;
    rules: RuleSummary[];
    examples: BundledExample[];
}

declare const PLAYGROUND_CATALOGUE: Catalogue;

export const catalogue: Catalogue = PLAYGROUND_CATALOGUE;
