/**
 * @revorg/server: the revorg language server as a library, for hosts other than the
 * `revorg-language-server` bin (src/main.ts): its start function, its typed services, and the
 * protocol of the diagram preview.
 */
export { startRevorgServer } from './start-server.js';
export { createRevorgServerServices, RevorgServerModule, type RevorgServerAddedServices, type RevorgServerServices } from './server-module.js';
export { DiagramService } from './diagram-service.js';
export * from './protocol.js';
