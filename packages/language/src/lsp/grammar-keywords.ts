/**
 * What a keyword of the grammar is, for the features that meet keywords in the text or among the
 * parser's expectations (completion, hover): a declaration's leading keyword, a property key, or
 * a value of one of the language's enumerations. The enumerations are the grammar's datatype
 * rules that the schema documents (src/model/schema.ts), so a keyword belongs to one when its rule does.
 */
import { AstUtils, GrammarAST } from 'langium';
import { declarationStartedBy, enumerationSchema, type DeclarationSchema, type EnumerationSchema } from '../model/schema.js';

/** The enumeration a keyword is a value of (`sdr` in `RoleKind`), if it is one. */
export function enumerationOf(keyword: GrammarAST.Keyword): EnumerationSchema | undefined {
    const rule = AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule);
    return rule ? enumerationSchema(rule.name) : undefined;
}

/** The declaration kind a keyword starts, when it is the leading keyword of that kind's rule. */
export function declarationOf(keyword: GrammarAST.Keyword): DeclarationSchema | undefined {
    const declaration = declarationStartedBy(keyword.value);
    const rule = AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule);
    return declaration && rule?.name === declaration.type ? declaration : undefined;
}

/** Whether a keyword is a property key (`kind` in `kind: sdr`). */
export function isPropertyKey(keyword: GrammarAST.Keyword): boolean {
    return AstUtils.getContainerOfType(keyword, GrammarAST.isAssignment)?.feature === 'key';
}
