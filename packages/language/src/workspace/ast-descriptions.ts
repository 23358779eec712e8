/**
 * Descriptions of exported declarations (what the global scope resolves names to) that compute
 * their path and source ranges when asked. Langium's descriptions compute both eagerly and hold a
 * closure for the name's range: about 430 bytes per declaration, with its range objects, for
 * fields that only the editor's symbol lists and Langium's fallback node lookup read (the global
 * scope reads the name, type and node). On a 100k-role model that is over 50 MB.
 */
import {
    AstUtils, CstUtils, DefaultAstNodeDescriptionProvider, type AstNode, type AstNodeDescription, type AstNodeLocator,
    type DocumentSegment, type LangiumCoreServices, type LangiumDocument, type NameProvider, type URI,
} from 'langium';

class LazyAstNodeDescription implements AstNodeDescription {
    readonly type: string;

    constructor(
        readonly node: AstNode,
        readonly name: string,
        readonly documentUri: URI,
        private readonly provider: { nameProvider: NameProvider; locator: AstNodeLocator },
    ) {
        this.type = node.$type;
    }

    get path(): string {
        return this.provider.locator.getAstNodePath(this.node);
    }

    get nameSegment(): DocumentSegment | undefined {
        const nameNode = this.provider.nameProvider.getNameNode(this.node) ?? this.node.$cstNode;
        return nameNode && CstUtils.toDocumentSegment(nameNode);
    }

    get selectionSegment(): DocumentSegment | undefined {
        return this.node.$cstNode && CstUtils.toDocumentSegment(this.node.$cstNode);
    }
}

export class RevorgAstNodeDescriptionProvider extends DefaultAstNodeDescriptionProvider {
    private readonly services: { nameProvider: NameProvider; locator: AstNodeLocator };

    constructor(services: LangiumCoreServices) {
        super(services);
        this.services = { nameProvider: services.references.NameProvider, locator: services.workspace.AstNodeLocator };
    }

    override createDescription(node: AstNode, name: string | undefined, document?: LangiumDocument): AstNodeDescription {
        const named = name ?? this.services.nameProvider.getName(node);
        if (!named) throw new Error(`Node at path ${this.services.locator.getAstNodePath(node)} has no name.`);
        return new LazyAstNodeDescription(node, named, (document ?? AstUtils.getDocument(node)).uri, this.services);
    }
}
