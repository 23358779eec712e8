/**
 * The language server's services: the language's, plus the diagrams of the preview in the
 * `revorg` group (typed, so the request handler gets a `DiagramService`, never a maybe).
 */
import { createRevorgServices, type RevorgServices, type RevorgSharedServices } from '@revorg/language';
import type { Module } from 'langium';
import type { DefaultSharedModuleContext } from 'langium/lsp';
import { DiagramService } from './diagram-service.js';

export interface RevorgServerAddedServices {
    revorg: {
        Diagrams: DiagramService;
    };
}

export type RevorgServerServices = RevorgServices & RevorgServerAddedServices;

export const RevorgServerModule: Module<RevorgServerServices, RevorgServerAddedServices> = {
    revorg: {
        Diagrams: services => new DiagramService(services),
    },
};

export function createRevorgServerServices(context: DefaultSharedModuleContext): { shared: RevorgSharedServices; Revorg: RevorgServerServices } {
    return createRevorgServices(context, RevorgServerModule);
}
