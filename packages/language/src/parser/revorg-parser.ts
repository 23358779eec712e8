/**
 * The document parser: Langium's, building the compact CST of compact-cst.ts. Built the way
 * Langium's createLangiumParser builds its own (rules from the grammar, then Chevrotain's analysis).
 */
import { createParser, LangiumParser, type LangiumCoreServices } from 'langium';
import { CompactCstNodeBuilder } from './compact-cst.js';

export class RevorgParser extends LangiumParser {
    constructor(services: LangiumCoreServices) {
        super(services);
        // Langium keeps its node builder private and offers no hook to choose another.
        (this as unknown as { nodeBuilder: CompactCstNodeBuilder }).nodeBuilder = new CompactCstNodeBuilder();
    }
}

export function createRevorgParser(services: LangiumCoreServices): LangiumParser {
    const parser = createParser(services.Grammar, new RevorgParser(services), services.parser.Lexer.definition);
    parser.finalize();
    return parser;
}
