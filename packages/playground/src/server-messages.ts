/**
 * What the server says to the user (`window/showMessage` and `window/showMessageRequest`, such as
 * "revorg.config.json: unknown rule"), shown in one status line above the panes. The client's own
 * handler would put it in a dialog inside the first file's editor, which may be a hidden tab.
 * A request's actions are not offered: the server's messages have none that matter here, so it
 * gets "no action chosen".
 */
import type * as lsp from 'vscode-languageserver-protocol';

const KIND = { 1: 'error', 2: 'warning', 3: 'info', 4: 'log' } as const;

export function serverMessageDisplay(line: HTMLElement): (params: lsp.ShowMessageParams) => void {
    line.addEventListener('click', () => { line.hidden = true; });
    return params => {
        // Logs are for the console, as in any editor.
        if (params.type >= 4) return;
        line.textContent = params.message;
        line.className = `server-message server-message-${KIND[params.type as 1 | 2 | 3]}`;
        line.title = 'Click to dismiss';
        line.hidden = false;
    };
}
