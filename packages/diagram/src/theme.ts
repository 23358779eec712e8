/**
 * The diagram's colors. `light` and `dark` are fixed palettes for files (CLI, export); `vscode`
 * uses the editor's theme variables, each with a fallback, so the preview follows light, dark and
 * high-contrast themes. Colors are written as SVG presentation attributes, never as a `<style>`
 * element or `style=` attribute: the preview's Content Security Policy forbids inline styles, and
 * Chromium resolves `var(...)` in presentation attributes.
 */
import type { NodeCategory } from './diagram.js';

export type ThemeName = 'light' | 'dark' | 'vscode';
export const THEME_NAMES: readonly ThemeName[] = ['light', 'dark', 'vscode'];

export interface Palette {
    fontFamily: string;
    background: string;
    foreground: string;
    muted: string;
    nodeFill: string;
    groupFill: string;
    groupStroke: string;
    edge: string;
    reporting: string;
    warning: string;
    error: string;
    badgeText: { error: string; warning: string };
    labelFill: string;
    labelStroke: string;
    /** Marks (a new or renamed box, a moved line): ink, not a hue, so they never read as a team's color. */
    mark: string;
    /** Text on a mark's tag. */
    markText: string;
    categories: Record<NodeCategory, string>;
}

const FONT = "'Segoe UI', system-ui, -apple-system, 'Helvetica Neue', Arial, sans-serif";

export const PALETTES: Record<ThemeName, Palette> = {
    light: {
        fontFamily: FONT,
        background: '#ffffff',
        foreground: '#1f2328',
        muted: '#59636e',
        nodeFill: '#ffffff',
        groupFill: '#f6f8fa',
        groupStroke: '#d0d7de',
        edge: '#57606a',
        reporting: '#8c959f',
        warning: '#bf8700',
        error: '#cf222e',
        badgeText: { error: '#ffffff', warning: '#1f2328' },
        labelFill: '#ffffff',
        labelStroke: '#d0d7de',
        mark: '#1f2328',
        markText: '#ffffff',
        categories: {
            marketing: '#8250df', sales: '#0969da', success: '#1a7f37', revops: '#bc4c00',
            product: '#bf3989', finance: '#0a7b83', other: '#6e7781', none: '#afb8c1',
        },
    },
    dark: {
        fontFamily: FONT,
        background: '#0d1117',
        foreground: '#e6edf3',
        muted: '#9198a1',
        nodeFill: '#161b22',
        groupFill: '#11161d',
        groupStroke: '#30363d',
        edge: '#8b949e',
        reporting: '#6e7681',
        warning: '#d29922',
        error: '#f85149',
        badgeText: { error: '#ffffff', warning: '#0d1117' },
        labelFill: '#0d1117',
        labelStroke: '#30363d',
        mark: '#f0f6fc',
        markText: '#0d1117',
        categories: {
            marketing: '#a371f7', sales: '#4493f8', success: '#3fb950', revops: '#f0883e',
            product: '#db61a2', finance: '#39c5cf', other: '#8b949e', none: '#6e7681',
        },
    },
    vscode: {
        fontFamily: `var(--vscode-font-family, ${FONT})`,
        background: 'var(--vscode-editor-background, #ffffff)',
        foreground: 'var(--vscode-editor-foreground, #1f1f1f)',
        muted: 'var(--vscode-descriptionForeground, #717171)',
        nodeFill: 'var(--vscode-editorWidget-background, #f8f8f8)',
        groupFill: 'var(--vscode-sideBar-background, #f3f3f3)',
        groupStroke: 'var(--vscode-contrastBorder, var(--vscode-panel-border, #d0d7de))',
        edge: 'var(--vscode-editor-foreground, #616161)',
        reporting: 'var(--vscode-descriptionForeground, #8c959f)',
        warning: 'var(--vscode-editorWarning-foreground, #bf8803)',
        error: 'var(--vscode-editorError-foreground, #e51400)',
        badgeText: { error: '#ffffff', warning: '#1f1f1f' },
        labelFill: 'var(--vscode-editor-background, #ffffff)',
        labelStroke: 'var(--vscode-contrastBorder, var(--vscode-panel-border, #d0d7de))',
        mark: 'var(--vscode-editor-foreground, #1f1f1f)',
        markText: 'var(--vscode-editor-background, #ffffff)',
        categories: {
            marketing: 'var(--vscode-charts-purple, #652d90)',
            sales: 'var(--vscode-charts-blue, #1a85ff)',
            success: 'var(--vscode-charts-green, #388a34)',
            revops: 'var(--vscode-charts-orange, #d18616)',
            product: 'var(--vscode-terminal-ansiMagenta, #bc05bc)',
            finance: 'var(--vscode-terminal-ansiCyan, #0598bc)',
            other: 'var(--vscode-descriptionForeground, #717171)',
            none: 'var(--vscode-disabledForeground, #a0a0a0)',
        },
    },
};

export const CATEGORY_ORDER: readonly NodeCategory[] = ['marketing', 'sales', 'success', 'revops', 'product', 'finance', 'other', 'none'];

export const CATEGORY_NAMES: Record<NodeCategory, string> = {
    marketing: 'Marketing', sales: 'Sales', success: 'Success', revops: 'RevOps',
    product: 'Product', finance: 'Finance', other: 'Other function', none: 'No team',
};
