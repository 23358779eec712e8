/**
 * The protocol between the revorg language server and the editors that preview its diagrams: one
 * typed definition of each message, used by the server, the VS Code extension and the tests.
 *
 * - request `revorg/diagram` `{ view, theme }`: the laid-out diagram of the whole model as SVG
 *   (in the `vscode` theme it is drawn with the editor's theme variables, so a webview only
 *   inserts it), answered once the current build has validated every document;
 * - notification `revorg/modelChanged` from the server after each finished rebuild, so a preview
 *   redraws as soon as the model is new, whatever changed it (an edit, a file on disk, the rule
 *   configuration). Sent only once a client has asked for a diagram: other LSP clients never see it;
 * - request `revorg/ruleSettings`: every rule's setting in force (`off` or the severity it reports
 *   with) under the workspace's revorg.config.json now, for a client that lists the rules;
 * - requests `revorg/fs/stat`, `revorg/fs/readFile` and `revorg/fs/readDirectory` from the server
 *   to the client, made only by a server that has no file system of its own (the web worker of
 *   browser.ts): the client answers from wherever its files are (VS Code for the Web's
 *   `workspace.fs`, the playground's tabs). A file that is not there is an error response.
 */
import type { ThemeName, ViewName } from '@revorg/diagram';
import type { RuleSetting } from '@revorg/language';
import { NotificationType, RequestType, RequestType0 } from 'vscode-languageserver-protocol';

export type { ViewName };

/** `vscode`: the editor's theme variables (the preview); `light`, `dark`: fixed colors (an export). */
export type DiagramTheme = ThemeName;

export interface DiagramParams {
    /** `org` when absent. */
    view?: ViewName;
    /** `vscode` when absent. */
    theme?: DiagramTheme;
}

export interface DiagramResult {
    view: ViewName;
    /** The SVG, or undefined when there is nothing to draw (then `empty` says why). */
    svg?: string;
    empty?: string;
    /** Counts up with every rebuild of the model: a client can drop answers older than one it has. */
    generation: number;
}

export interface ModelChangedParams {
    /** The generation of the model now built. */
    generation: number;
}

export const DiagramRequest = new RequestType<DiagramParams, DiagramResult, void>('revorg/diagram');
export const ModelChangedNotification = new NotificationType<ModelChangedParams>('revorg/modelChanged');

export interface RuleSettingSummary {
    id: string;
    setting: RuleSetting;
}

export const RuleSettingsRequest = new RequestType0<RuleSettingSummary[], void>('revorg/ruleSettings');

/** A file or folder of the client's file system. */
export interface ClientFileParams {
    /** The URI, as the client's workspace folders spell them. */
    uri: string;
}

export interface ClientFileStat {
    uri: string;
    isFile: boolean;
    isDirectory: boolean;
}

export const ClientStatRequest = new RequestType<ClientFileParams, ClientFileStat, void>('revorg/fs/stat');
/** The file's text (UTF-8). */
export const ClientReadFileRequest = new RequestType<ClientFileParams, string, void>('revorg/fs/readFile');
/** The folder's entries, each with its full URI. */
export const ClientReadDirectoryRequest = new RequestType<ClientFileParams, ClientFileStat[], void>('revorg/fs/readDirectory');

