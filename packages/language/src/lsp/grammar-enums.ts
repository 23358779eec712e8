/**
 * The enumerations of the grammar (`RoleKind`, `Frequency`, ...): datatype rules made only of
 * keyword alternatives. Read from the grammar itself, so completion and snippets offer exactly the
 * values the parser accepts, in the order LANGUAGE.md lists them, with no second copy to keep in step.
 */
import { AstUtils, GrammarAST, type Grammar } from 'langium';
import { ENUMERATION_DOCS } from './enum-value-docs.js';

export class GrammarEnums {
    private readonly valuesByRule = new Map<string, readonly string[]>();
    /** Property rule (`KindProperty`) -> the enumeration its value takes (`RoleKind`). */
    private readonly enumByPropertyRule = new Map<string, string>();

    constructor(grammar: Grammar) {
        for (const rule of grammar.rules) {
            // The enumerations are the rules the hover documents (`enum-value-docs.ts`): one list of them.
            if (!GrammarAST.isParserRule(rule) || !Object.hasOwn(ENUMERATION_DOCS, rule.name)) continue;
            const keywords = AstUtils.streamAllContents(rule.definition).filter(GrammarAST.isKeyword).map(keyword => keyword.value).toArray();
            // A single-keyword rule has its keyword as the definition itself, not as a child.
            if (GrammarAST.isKeyword(rule.definition)) keywords.push(rule.definition.value);
            this.valuesByRule.set(rule.name, keywords);
        }
        for (const rule of grammar.rules) {
            if (!GrammarAST.isParserRule(rule)) continue;
            for (const assignment of AstUtils.streamAllContents(rule.definition).filter(GrammarAST.isAssignment)) {
                const called = GrammarAST.isRuleCall(assignment.terminal) ? assignment.terminal.rule.ref?.name : undefined;
                if (assignment.feature === 'value' && called && this.valuesByRule.has(called)) this.enumByPropertyRule.set(rule.name, called);
            }
        }
    }

    /** The enumeration the value of a property rule takes (`KindProperty` -> `RoleKind`). */
    enumOfProperty(propertyRuleName: string): string | undefined {
        return this.enumByPropertyRule.get(propertyRuleName);
    }

    /** The values of an enumeration in grammar order (`[]` for an unknown name). */
    values(ruleName: string): readonly string[] {
        return this.valuesByRule.get(ruleName) ?? [];
    }

    /** The enumeration a keyword of the grammar belongs to, if it is an enumeration value. */
    enumOf(keyword: GrammarAST.Keyword): string | undefined {
        const rule = AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule);
        return rule && this.valuesByRule.has(rule.name) ? rule.name : undefined;
    }

    /** What a value means (the hover's text), if documented. */
    valueDoc(ruleName: string, value: string): string | undefined {
        const docs = Object.hasOwn(ENUMERATION_DOCS, ruleName) ? ENUMERATION_DOCS[ruleName] : undefined;
        return docs && Object.hasOwn(docs.values, value) ? docs.values[value] : undefined;
    }

    /** How an enumeration reads in a sentence: `role kind`, `frequency`. */
    label(ruleName: string): string {
        return Object.hasOwn(ENUMERATION_DOCS, ruleName) ? ENUMERATION_DOCS[ruleName].label : ruleName;
    }
}
