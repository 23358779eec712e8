/**
 * The editor's settings for revorg, as an LSP client sends its `revorg` section (VS Code's
 * `revorg.*` settings; `settings = { revorg = { ruleDocs = ... } }` in Neovim's `vim.lsp.start`),
 * read through Langium's ConfigurationProvider before the first build and again whenever they
 * change. The server reads one: `ruleDocs`, the folder of rule pages the diagnostics link when
 * revorg.config.json names none (the file is the project's choice, so it wins). A value that is
 * not such a folder is ignored, with a warning in the server's log.
 */
import type { Connection } from 'vscode-languageserver';
import { emptyOverrides } from '../config/config.js';
import type { RevorgServices } from '../revorg-module.js';
import { checkRuleDocsBase } from '../rules/rule-docs.js';

/** The client's settings section, like VS Code's `revorg.*`. */
export const SETTINGS_SECTION = 'revorg';

export function watchEditorSettings(services: RevorgServices, connection: Connection): void {
    const shared = services.shared;
    const settings = shared.workspace.ConfigurationProvider;
    const apply = (ruleDocs: unknown): boolean =>
        services.revorg.Config.setEditorSettings({ ...emptyOverrides(), ruleDocs: readRuleDocs(ruleDocs, connection) });

    shared.workspace.WorkspaceManager.beforeFirstBuild(async () => {
        apply(await settings.getConfiguration(SETTINGS_SECTION, 'ruleDocs'));
    });
    settings.onConfigurationSectionUpdate(({ section, configuration }) => {
        if (section !== SETTINGS_SECTION || !apply((configuration as Record<string, unknown> | null | undefined)?.ruleDocs)) return;
        // The links of every diagnostic change with the setting.
        void shared.workspace.WorkspaceLock.write(token => shared.workspace.DocumentBuilder.revalidateAll(token));
    });
}

function readRuleDocs(value: unknown, connection: Connection): string | undefined {
    if (value === undefined || value === null || value === '') return undefined;
    const checked = checkRuleDocsBase(value);
    if (checked.ok) return checked.base;
    connection.console.warn(`The setting revorg.ruleDocs is ignored: ${checked.problem}`);
    return undefined;
}
