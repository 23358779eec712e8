/**
 * The dependency-injection modules: every custom service of the language is bound here, and typed.
 *
 * The service types name each custom service by its class, and the modules are typed against
 * them, so a service left out of a module, or bound to the wrong class, does not compile; code
 * that uses a service gets its real type, never a `DocumentBuilder` it has to check with
 * `instanceof`. Revorg's own services sit in one group, `revorg`: the model facts, the rule
 * configuration and the rule runner. The language server adds its diagram service to that group
 * with a module of its own (`@revorg/server`).
 */
import { inject, type Module, type ServiceRegistry, type URI } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule, type DefaultSharedModuleContext, type LangiumServices,
    type LangiumSharedServices, type PartialLangiumServices, type PartialLangiumSharedServices,
} from 'langium/lsp';
import { RevorgConfigProvider } from './config/config-provider.js';
import { RevorgGeneratedModule, RevorgGeneratedSharedModule } from './generated/module.js';
import { RevorgCodeActionProvider } from './lsp/code-actions.js';
import { RevorgCodeLensProvider } from './lsp/code-lens.js';
import { RevorgCompletionProvider } from './lsp/completion/completion-provider.js';
import { RevorgDocumentSymbolProvider } from './lsp/document-symbols.js';
import { RevorgDocumentUpdateHandler } from './lsp/document-update-handler.js';
import { RevorgFoldingRangeProvider } from './lsp/folding-ranges.js';
import { RevorgFormatter } from './lsp/formatter.js';
import { RevorgHoverProvider } from './lsp/hover/hover-provider.js';
import { RevorgRenameProvider } from './lsp/rename.js';
import { RevorgSemanticTokenProvider } from './lsp/semantic-tokens.js';
import { RevorgNodeKindProvider, RevorgWorkspaceSymbolProvider } from './lsp/workspace-symbols.js';
import { RevorgFactsProvider } from './model/facts-provider.js';
import { lazyCompletionParser } from './parser/lazy-completion-parser.js';
import { RevorgLexer } from './parser/lexer.js';
import { createRevorgParser } from './parser/revorg-parser.js';
import { RevorgTokenBuilder } from './parser/token-builder.js';
import { RevorgValueConverter } from './parser/value-converter.js';
import { RevorgDocumentValidator } from './validation/document-validator.js';
import { RuleRunner } from './validation/rule-runner.js';
import { RevorgValidationRegistry } from './validation/validation-registry.js';
import { RevorgAstNodeDescriptionProvider } from './workspace/ast-descriptions.js';
import { RevorgDocumentBuilder } from './workspace/document-builder.js';
import { RevorgIndexManager } from './workspace/index-manager.js';
import { RevorgLinker } from './workspace/linker.js';
import { RevorgReferenceDescriptionProvider } from './workspace/reference-descriptions.js';
import { RevorgScopeComputation } from './workspace/scope-computation.js';
import { RevorgScopeProvider } from './workspace/scope-provider.js';
import { RevorgWorkspaceManager } from './workspace/workspace-manager.js';

/** The shared services revorg replaces, by their classes. */
export interface RevorgAddedSharedServices {
    workspace: {
        DocumentBuilder: RevorgDocumentBuilder;
        IndexManager: RevorgIndexManager;
        WorkspaceManager: RevorgWorkspaceManager;
    };
    lsp: {
        DocumentUpdateHandler: RevorgDocumentUpdateHandler;
        NodeKindProvider: RevorgNodeKindProvider;
        WorkspaceSymbolProvider: RevorgWorkspaceSymbolProvider;
    };
}

export type RevorgSharedServices = LangiumSharedServices & RevorgAddedSharedServices;

/** The language services revorg adds or replaces, by their classes. */
export interface RevorgAddedServices {
    revorg: {
        /** The model facts, computed once per build. */
        Facts: RevorgFactsProvider;
        /** The rule configuration in force (revorg.config.json, `--rule`). */
        Config: RevorgConfigProvider;
        /** Runs the rules: document rules once per parse, model rules once per build. */
        RuleRunner: RuleRunner;
    };
    parser: {
        TokenBuilder: RevorgTokenBuilder;
        Lexer: RevorgLexer;
        ValueConverter: RevorgValueConverter;
    };
    workspace: {
        AstNodeDescriptionProvider: RevorgAstNodeDescriptionProvider;
        ReferenceDescriptionProvider: RevorgReferenceDescriptionProvider;
    };
    references: {
        Linker: RevorgLinker;
        ScopeComputation: RevorgScopeComputation;
        ScopeProvider: RevorgScopeProvider;
    };
    validation: {
        DocumentValidator: RevorgDocumentValidator;
        ValidationRegistry: RevorgValidationRegistry;
    };
    lsp: {
        CodeActionProvider: RevorgCodeActionProvider;
        CodeLensProvider: RevorgCodeLensProvider;
        CompletionProvider: RevorgCompletionProvider;
        DocumentSymbolProvider: RevorgDocumentSymbolProvider;
        FoldingRangeProvider: RevorgFoldingRangeProvider;
        Formatter: RevorgFormatter;
        HoverProvider: RevorgHoverProvider;
        RenameProvider: RevorgRenameProvider;
        SemanticTokenProvider: RevorgSemanticTokenProvider;
    };
}

export type RevorgServices = LangiumServices & RevorgAddedServices & { shared: RevorgSharedServices };

export const RevorgModule: Module<RevorgServices, PartialLangiumServices & RevorgAddedServices> = {
    revorg: {
        Facts: services => new RevorgFactsProvider(services.shared),
        Config: services => new RevorgConfigProvider(services.shared.workspace.FileSystemProvider),
        RuleRunner: services => new RuleRunner(services),
    },
    parser: {
        TokenBuilder: () => new RevorgTokenBuilder(),
        Lexer: services => new RevorgLexer(services),
        ValueConverter: () => new RevorgValueConverter(),
        LangiumParser: services => createRevorgParser(services),
        CompletionParser: services => lazyCompletionParser(services),
    },
    workspace: {
        AstNodeDescriptionProvider: services => new RevorgAstNodeDescriptionProvider(services),
        ReferenceDescriptionProvider: services => new RevorgReferenceDescriptionProvider(services),
    },
    references: {
        Linker: services => new RevorgLinker(services),
        ScopeComputation: services => new RevorgScopeComputation(services),
        ScopeProvider: services => new RevorgScopeProvider(services),
    },
    validation: {
        DocumentValidator: services => new RevorgDocumentValidator(services),
        ValidationRegistry: services => new RevorgValidationRegistry(services),
    },
    lsp: {
        CodeActionProvider: services => new RevorgCodeActionProvider(services),
        CodeLensProvider: services => new RevorgCodeLensProvider(services),
        CompletionProvider: services => new RevorgCompletionProvider(services),
        DocumentSymbolProvider: services => new RevorgDocumentSymbolProvider(services),
        FoldingRangeProvider: services => new RevorgFoldingRangeProvider(services),
        Formatter: () => new RevorgFormatter(),
        HoverProvider: services => new RevorgHoverProvider(services),
        RenameProvider: services => new RevorgRenameProvider(services),
        SemanticTokenProvider: services => new RevorgSemanticTokenProvider(services),
    },
};

export const RevorgSharedModule: Module<RevorgSharedServices, PartialLangiumSharedServices & RevorgAddedSharedServices> = {
    workspace: {
        DocumentBuilder: services => new RevorgDocumentBuilder(services),
        IndexManager: services => new RevorgIndexManager(services),
        WorkspaceManager: services => new RevorgWorkspaceManager(services),
    },
    lsp: {
        DocumentUpdateHandler: services => new RevorgDocumentUpdateHandler(services),
        NodeKindProvider: () => new RevorgNodeKindProvider(),
        WorkspaceSymbolProvider: services => new RevorgWorkspaceSymbolProvider(services),
    },
};

/**
 * Creates the shared and the language services. `extension` binds more language services for an
 * embedder (the language server's diagrams); its type `A` says what it adds, and the result is
 * typed with it.
 */
export function createRevorgServices<A extends object = object>(
    context: DefaultSharedModuleContext,
    extension?: Module<RevorgServices & A, A>,
): { shared: RevorgSharedServices; Revorg: RevorgServices & A } {
    const shared: RevorgSharedServices = inject(createDefaultSharedModule(context), RevorgGeneratedSharedModule, RevorgSharedModule);
    const Revorg: RevorgServices & A = inject(createDefaultModule({ shared }), RevorgGeneratedModule, RevorgModule, (extension ?? {}) as Module<RevorgServices & A, A>);
    shared.ServiceRegistry.register(Revorg);
    return { shared, Revorg };
}

/**
 * The revorg services of the document at `uri`. The shared services only know Langium's core
 * service types; every document of a revorg workspace is a revorg document, and one that is not is
 * a programming error, reported as such.
 */
export function revorgServicesOf(registry: ServiceRegistry, uri: URI): RevorgServices {
    const services = registry.getServices(uri);
    if (!('revorg' in services)) throw new Error(`${uri.toString()} is not a revorg document`);
    return services as RevorgServices;
}
