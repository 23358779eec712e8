/**
 * The choices of `revorg render`, apart from the command itself: the command loads the layout
 * engine (elkjs, a large module), and `revorg lint` must not pay for loading it.
 */
export const VIEWS = ['org', 'flow'] as const;
export const THEMES = ['light', 'dark'] as const;

export interface RenderOptions {
    view: (typeof VIEWS)[number];
    output?: string;
    theme: (typeof THEMES)[number];
    config?: string;
}
