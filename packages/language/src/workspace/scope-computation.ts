/**
 * All names in a model are global (LANGUAGE.md section 1: no imports, no nesting), so documents
 * only export their declarations; there are no local scopes to compute. Langium's default would
 * also put every declaration in its document's local scope, which costs a second pass and makes
 * each reference search a list before reaching the global index.
 */
import { DefaultScopeComputation, MultiMap, type AstNode, type AstNodeDescription, type LocalSymbols } from 'langium';

export class RevorgScopeComputation extends DefaultScopeComputation {
    override collectLocalSymbols(): Promise<LocalSymbols> {
        return Promise.resolve(new MultiMap<AstNode, AstNodeDescription>());
    }
}
