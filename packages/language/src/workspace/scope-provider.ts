/**
 * The global scope as a lookup in the incremental name index (RevorgIndexManager), filtered by
 * the kinds the reference accepts (`owner:` takes roles, `from:` teams or roles). There are no
 * local scopes (see RevorgScopeComputation), so this is the whole scope.
 */
import { DefaultScopeProvider, stream, type AstNodeDescription, type AstReflection, type ReferenceInfo, type Scope, type Stream } from 'langium';
import type { RevorgServices } from '../revorg-module.js';
import type { RevorgIndexManager } from './index-manager.js';

class NameIndexScope implements Scope {
    constructor(
        private readonly index: RevorgIndexManager,
        private readonly reflection: AstReflection,
        private readonly referenceType: string,
    ) {}

    private accepts = (description: AstNodeDescription): boolean => this.reflection.isSubtype(description.type, this.referenceType);

    getElement(name: string): AstNodeDescription | undefined {
        return this.index.elementsNamed(name).find(this.accepts);
    }

    getElements(name: string): Stream<AstNodeDescription> {
        return stream(this.index.elementsNamed(name)).filter(this.accepts);
    }

    getAllElements(): Stream<AstNodeDescription> {
        // Per document and type, Langium caches this until the document changes.
        return this.index.allElements(this.referenceType);
    }
}

export class RevorgScopeProvider extends DefaultScopeProvider {
    private readonly index: RevorgIndexManager;
    private readonly astReflection: AstReflection;

    constructor(services: RevorgServices) {
        super(services);
        this.index = services.shared.workspace.IndexManager;
        this.astReflection = services.shared.AstReflection;
    }

    override getScope(context: ReferenceInfo): Scope {
        return new NameIndexScope(this.index, this.astReflection, this.astReflection.getReferenceType(context));
    }
}
