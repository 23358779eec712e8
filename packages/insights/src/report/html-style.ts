/**
 * The HTML report's stylesheet, inlined in its <style> (the page loads nothing): a calm, readable
 * page on screen, with status colors that also read as words, and a print layout that drops the
 * backgrounds, keeps sections together and fits the diagrams to the page.
 */
export const REPORT_CSS = `
:root {
  --ink: #0f172a; --text: #1e293b; --muted: #64748b; --line: #e2e8f0; --paper: #ffffff; --wash: #f8fafc;
  --accent: #2563eb; --present: #15803d; --present-bg: #dcfce7; --partial: #a16207; --partial-bg: #fef3c7;
  --missing: #b91c1c; --missing-bg: #fee2e2; --neutral-bg: #f1f5f9;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: var(--text); background: var(--wash); line-height: 1.5; font-size: 15px;
}
* { box-sizing: border-box; }
body { margin: 0; }
.wrap { max-width: 1120px; margin: 0 auto; padding: 0 28px; }
a { color: var(--accent); text-decoration: none; }
a:hover { text-decoration: underline; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.88em; background: var(--neutral-bg); padding: 1px 5px; border-radius: 4px; }
.hero { background: linear-gradient(135deg, #0f172a 0%, #1e3a8a 100%); color: #fff; padding: 36px 0 30px; }
.hero .eyebrow { text-transform: uppercase; letter-spacing: 0.12em; font-size: 12px; opacity: 0.75; margin: 0; }
.hero h1 { font-size: 34px; margin: 4px 0 6px; letter-spacing: -0.01em; }
.hero .sub { margin: 0; opacity: 0.8; font-size: 14px; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(180px, 1fr)); gap: 14px; margin-top: 24px; }
.card { background: rgba(255, 255, 255, 0.1); border: 1px solid rgba(255, 255, 255, 0.18); border-radius: 12px; padding: 14px 16px; }
.card .label { display: block; font-size: 12px; text-transform: uppercase; letter-spacing: 0.08em; opacity: 0.75; }
.card .value { display: block; font-size: 26px; font-weight: 700; margin-top: 2px; }
.card .hint { display: block; font-size: 13px; opacity: 0.8; }
nav.toc { display: flex; flex-wrap: wrap; gap: 6px 18px; padding: 14px 0 0; font-size: 14px; }
nav.toc a { color: var(--muted); }
section { background: var(--paper); border: 1px solid var(--line); border-radius: 14px; padding: 22px 26px 16px; margin: 20px 0; }
section > h2 { margin: 0 0 4px; font-size: 22px; color: var(--ink); }
section > .lead { color: var(--muted); margin: 0 0 16px; }
h3 { font-size: 16px; margin: 22px 0 8px; color: var(--ink); }
table { width: 100%; border-collapse: collapse; font-size: 14px; margin: 6px 0 14px; }
th { text-align: left; font-weight: 600; color: var(--muted); font-size: 12px; text-transform: uppercase; letter-spacing: 0.05em; border-bottom: 1px solid var(--line); padding: 8px 10px; }
td { border-bottom: 1px solid var(--line); padding: 8px 10px; vertical-align: top; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.more td { color: var(--muted); font-style: italic; }
.pill { display: inline-block; font-size: 12px; font-weight: 600; padding: 2px 10px; border-radius: 999px; white-space: nowrap; }
.pill.present, .pill.yes, .pill.effective { background: var(--present-bg); color: var(--present); }
.pill.partial, .pill.cold { background: var(--partial-bg); color: var(--partial); }
.pill.missing, .pill.no, .pill.broken { background: var(--missing-bg); color: var(--missing); }
.pill.neutral { background: var(--neutral-bg); color: var(--muted); }
.pill.error { background: var(--missing-bg); color: var(--missing); }
.pill.warning { background: var(--partial-bg); color: var(--partial); }
.pill.info, .pill.hint { background: #e0e7ff; color: #3730a3; }
.quote { color: var(--muted); font-style: italic; }
.quote::before { content: "\\201C"; }
.quote::after { content: "\\201D"; }
.notice { border-left: 4px solid var(--partial); background: var(--partial-bg); padding: 12px 16px; border-radius: 8px; margin: 20px 0; }
.notice.danger { border-color: var(--missing); background: var(--missing-bg); }
.notice h2 { font-size: 16px; margin: 0 0 6px; }
.notice ul { margin: 0; padding-left: 20px; }
.facts { display: grid; grid-template-columns: repeat(auto-fit, minmax(125px, 1fr)); gap: 10px; margin: 6px 0 18px; }
.fact { background: var(--wash); border: 1px solid var(--line); border-radius: 10px; padding: 10px 12px; }
.fact .label { display: block; font-size: 11.5px; color: var(--muted); text-transform: uppercase; letter-spacing: 0.05em; }
.fact .value { font-size: 18px; font-weight: 650; color: var(--ink); }
.stack-grid { display: grid; grid-template-columns: 320px 1fr; gap: 26px; align-items: start; }
.stack-grid > div:first-child { position: sticky; top: 16px; }
.stack { display: flex; flex-direction: column; gap: 6px; }
.layer.level-5 { margin: 0 32px; } .layer.level-4 { margin: 0 24px; } .layer.level-3 { margin: 0 16px; } .layer.level-2 { margin: 0 8px; }
.layer { display: flex; align-items: center; gap: 10px; padding: 11px 14px; border-radius: 10px; border: 1px solid var(--line); font-weight: 600; color: var(--ink); }
.layer .level { display: inline-grid; place-items: center; width: 24px; height: 24px; border-radius: 50%; background: rgba(15, 23, 42, 0.08); font-size: 13px; flex: none; }
.layer .name { flex: 1; }
.layer.present { background: var(--present-bg); border-color: #86efac; }
.layer.partial { background: var(--partial-bg); border-color: #fcd34d; }
.layer.missing { background: #fff; border: 2px dashed #fca5a5; color: var(--missing); }
.stack-caption { font-size: 13px; color: var(--muted); margin-top: 8px; }
.callout { border-left: 4px solid var(--missing); background: var(--missing-bg); padding: 10px 14px; border-radius: 8px; margin: 0 0 12px; font-size: 14px; }
.layer-detail { border-top: 1px solid var(--line); padding: 12px 0 4px; }
.layer-detail:first-of-type { border-top: 0; padding-top: 0; }
.layer-detail h3 { margin: 0 0 2px; display: flex; gap: 10px; align-items: center; }
.layer-detail p { margin: 4px 0; font-size: 14px; }
.layer-detail ul { margin: 4px 0 8px; padding-left: 18px; font-size: 14px; }
.where { white-space: nowrap; color: var(--muted); font-size: 12.5px; font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
.ladder { display: grid; grid-template-columns: repeat(4, 1fr); gap: 10px; margin: 10px 0 18px; }
.step { border: 1px solid var(--line); border-radius: 12px; padding: 12px 14px; background: var(--wash); position: relative; }
.step.reached { background: var(--present-bg); border-color: #86efac; }
.step.current { box-shadow: 0 0 0 3px var(--accent); }
.step .num { font-size: 12px; text-transform: uppercase; letter-spacing: 0.08em; color: var(--muted); }
.step .title { font-weight: 700; color: var(--ink); }
.step .words { font-size: 13px; color: var(--muted); margin-top: 4px; }
.source { font-size: 11px; font-weight: 600; text-transform: uppercase; letter-spacing: 0.05em; color: var(--muted); }
.charts { display: grid; grid-template-columns: 1fr; gap: 8px; }
svg.bar-chart { max-width: 100%; height: auto; }
figure.diagram { margin: 14px 0 6px; }
figure.diagram .scroll { overflow: auto; border: 1px solid var(--line); border-radius: 10px; background: #fff; max-height: 760px; }
figure.diagram svg { display: block; }
figcaption, .figcaption, .omitted { font-size: 13px; color: var(--muted); margin-top: 6px; }
.omitted { border: 1px dashed var(--line); border-radius: 10px; padding: 12px 14px; }
.finding-group h3 { display: flex; gap: 10px; align-items: baseline; }
.finding { display: grid; grid-template-columns: 76px 1fr; gap: 10px; padding: 8px 0; border-bottom: 1px solid var(--line); font-size: 14px; }
.finding:last-child { border-bottom: 0; }
.finding .rule { font-weight: 600; }
.empty { color: var(--muted); font-style: italic; }
footer { color: var(--muted); font-size: 12.5px; padding: 8px 0 40px; }
@media (max-width: 800px) { .stack-grid, .ladder { grid-template-columns: 1fr; } }
@media print {
  .stack-grid > div:first-child { position: static; }
  :root { background: #fff; font-size: 12px; }
  .hero { background: #fff; color: var(--ink); padding: 0 0 10px; border-bottom: 2px solid var(--ink); }
  .card { border-color: var(--line); background: #fff; }
  nav.toc { display: none; }
  section { border: 0; padding: 0; margin: 18px 0; break-inside: auto; }
  section > h2, h3, tr, .layer, .step, .finding { break-inside: avoid; break-after: auto; }
  figure.diagram .scroll { overflow: visible; max-height: none; border: 0; }
  figure.diagram svg { width: 100% !important; height: auto !important; }
  a { color: var(--text); }
}
`;
