/**
 * What the page tells the scripts that drive it (test/browser/run-playground.mjs and its
 * measurements), in the DOM rather than through a test-only API: on <body>, how many times
 * diagnostics have been shown (`data-diagnostics-shown`; each tab counts its own file's), and a
 * performance mark at the first time (`revorg-first-diagnostics`, its time counted from the
 * start of navigation).
 */

const FIRST_DIAGNOSTICS_MARK = 'revorg-first-diagnostics';

export function signalDiagnosticsShown(): void {
    const shown = Number(document.body.dataset.diagnosticsShown ?? '0') + 1;
    if (shown === 1) performance.mark(FIRST_DIAGNOSTICS_MARK);
    document.body.dataset.diagnosticsShown = String(shown);
}
