/**
 * The dependency-injection module: every custom service of the language is bound here.
 */
import {
    inject, type DeepPartial, type LangiumSharedCoreServices, type Module,
} from 'langium';
import {
    createDefaultModule, createDefaultSharedModule, type DefaultSharedModuleContext, type LangiumServices,
    type LangiumSharedServices, type PartialLangiumServices, type PartialLangiumSharedServices,
} from 'langium/lsp';
import { RevorgGeneratedModule, RevorgGeneratedSharedModule } from './generated/module.js';
import { RevorgCodeActionProvider } from './lsp/code-actions.js';
import { RevorgCodeLensProvider } from './lsp/code-lens.js';
import { RevorgCompletionProvider } from './lsp/completion.js';
import { RevorgDocumentSymbolProvider } from './lsp/document-symbols.js';
import { RevorgFoldingRangeProvider } from './lsp/folding-ranges.js';
import { RevorgRenameProvider } from './lsp/rename.js';
import { RevorgNodeKindProvider, RevorgWorkspaceSymbolProvider } from './lsp/workspace-symbols.js';
import { RevorgFormatter } from './lsp/formatter.js';
import { RevorgHoverProvider } from './lsp/hover.js';
import { RevorgSemanticTokenProvider } from './lsp/semantic-tokens.js';
import { RevorgTokenBuilder } from './parser/token-builder.js';
import { RevorgFactsProvider } from './model/facts-provider.js';
import { RevorgConfigProvider } from './validation/config-provider.js';
import { RevorgDocumentValidator } from './validation/document-validator.js';
import { ModelValidator } from './validation/model-validator.js';
import { RevorgIndexManager } from './workspace/index-manager.js';
import { RevorgLinker } from './workspace/linker.js';
import { RevorgReferenceDescriptionProvider } from './workspace/reference-descriptions.js';
import { RevorgScopeComputation } from './workspace/scope-computation.js';
import { RevorgScopeProvider } from './workspace/scope-provider.js';
import { RevorgDocumentBuilder } from './workspace/document-builder.js';
import { RevorgWorkspaceManager } from './workspace/workspace-manager.js';

export interface RevorgAddedServices {
    validation: {
        FactsProvider: RevorgFactsProvider;
        ConfigProvider: RevorgConfigProvider;
        ModelValidator: ModelValidator;
    };
}

export type RevorgServices = LangiumServices & RevorgAddedServices;

export const RevorgModule: Module<RevorgServices, PartialLangiumServices & DeepPartial<RevorgAddedServices>> = {
    parser: {
        TokenBuilder: () => new RevorgTokenBuilder(),
    },
    workspace: {
        ReferenceDescriptionProvider: services => new RevorgReferenceDescriptionProvider(services),
    },
    references: {
        Linker: services => new RevorgLinker(services),
        ScopeComputation: services => new RevorgScopeComputation(services),
        ScopeProvider: services => new RevorgScopeProvider(services),
    },
    lsp: {
        CodeActionProvider: services => new RevorgCodeActionProvider(services),
        Formatter: () => new RevorgFormatter(),
        HoverProvider: services => new RevorgHoverProvider(services),
        CodeLensProvider: services => new RevorgCodeLensProvider(services),
        SemanticTokenProvider: services => new RevorgSemanticTokenProvider(services),
        CompletionProvider: services => new RevorgCompletionProvider(services),
        RenameProvider: services => new RevorgRenameProvider(services),
        DocumentSymbolProvider: services => new RevorgDocumentSymbolProvider(services),
        FoldingRangeProvider: services => new RevorgFoldingRangeProvider(services),
    },
    validation: {
        FactsProvider: services => new RevorgFactsProvider(services.shared),
        ConfigProvider: () => new RevorgConfigProvider(),
        ModelValidator: services => new ModelValidator(services.shared, services.validation.FactsProvider, services.validation.ConfigProvider),
        DocumentValidator: services => new RevorgDocumentValidator(services),
    },
};

export const RevorgSharedModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    workspace: {
        DocumentBuilder: services => new RevorgDocumentBuilder(services as LangiumSharedCoreServices),
        WorkspaceManager: services => new RevorgWorkspaceManager(services as LangiumSharedCoreServices),
        IndexManager: services => new RevorgIndexManager(services as LangiumSharedCoreServices),
    },
    lsp: {
        NodeKindProvider: () => new RevorgNodeKindProvider(),
        WorkspaceSymbolProvider: services => new RevorgWorkspaceSymbolProvider(services),
    },
};

/** A module that binds more language services; tests use it to add a service under test. */
export type RevorgExtraModule = Module<RevorgServices, PartialLangiumServices & DeepPartial<RevorgAddedServices>>;

export function createRevorgServices(context: DefaultSharedModuleContext, ...extraModules: RevorgExtraModule[]): { shared: LangiumSharedServices; Revorg: RevorgServices } {
    const shared = inject(createDefaultSharedModule(context), RevorgGeneratedSharedModule, RevorgSharedModule);
    const Revorg = inject(createDefaultModule({ shared }), RevorgGeneratedModule, RevorgModule, ...extraModules);
    shared.ServiceRegistry.register(Revorg);
    return { shared, Revorg };
}
