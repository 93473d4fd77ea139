/** The report's stylesheet: inline, so behaviour.html is one file that needs no network. */
export const STYLES = `
:root { --ink: #1f2933; --muted: #6b7785; --line: #d9dee4; --failed: #c1121f; --passed: #2a9d8f; --skipped: #8a94a0; --bg: #ffffff; --panel: #f5f7f9; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 ui-sans-serif, system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: var(--ink); background: var(--bg); }
header.top { padding: 20px 32px 12px; border-bottom: 1px solid var(--line); background: var(--panel); }
header.top h1 { margin: 0 0 4px; font-size: 22px; }
main { padding: 8px 32px 48px; max-width: 1260px; }
.summary .count { font-weight: 600; }
.count.failed, .count.undefined, .count.ambiguous, .count.pending, .count.unknown { color: var(--failed); }
.count.passed { color: var(--passed); }
nav.toc h2 { font-size: 13px; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); margin: 14px 0 4px; }
nav.toc ul { margin: 2px 0 6px; padding-left: 22px; list-style: none; columns: 2; column-gap: 32px; }
nav.toc li { break-inside: avoid; }
nav.toc details > summary { color: var(--ink); margin: 3px 0; }
nav.toc .line { color: var(--muted); font-size: 12px; }
nav.toc a { color: var(--ink); text-decoration: none; }
nav.toc a:hover { text-decoration: underline; }
.dot { display: inline-block; width: 9px; height: 9px; border-radius: 50%; margin-right: 6px; background: var(--passed); }
.dot.failed, .dot.undefined, .dot.ambiguous, .dot.pending, .dot.unknown { background: var(--failed); }
.dot.skipped { background: var(--skipped); }
section.scenario { margin: 28px 0; padding-top: 8px; border-top: 1px solid var(--line); }
section.scenario h2 { font-size: 18px; margin: 8px 0 2px; }
.badge { display: inline-block; font-size: 11px; text-transform: uppercase; letter-spacing: .04em; padding: 2px 8px; border-radius: 10px; color: #fff; background: var(--passed); vertical-align: 2px; }
.scenario.failed .badge, .scenario.undefined .badge, .scenario.ambiguous .badge, .scenario.pending .badge, .scenario.unknown .badge { background: var(--failed); }
.scenario.skipped .badge { background: var(--skipped); }
.meta { color: var(--muted); margin: 0 0 10px; }
ol.steps { list-style: none; padding: 0; margin: 0 0 14px; }
li.step { padding: 2px 0; display: grid; grid-template-columns: 28px 74px 1fr; column-gap: 6px; }
li.step > pre, li.step > table, li.step > details { grid-column: 3; margin: 4px 0 6px; }
li.step .no { text-align: right; color: var(--muted); font-variant-numeric: tabular-nums; }
li.step .when { color: var(--muted); font-variant-numeric: tabular-nums; }
li.step.failed .text, li.step.undefined .text, li.step.ambiguous .text, li.step.pending .text { color: var(--failed); font-weight: 600; }
li.step.skipped .text, li.step.unknown .text { color: var(--skipped); }
.word { font-size: 11px; text-transform: uppercase; letter-spacing: .04em; }
.arg { color: #1d4e89; }
pre { background: var(--panel); border: 1px solid var(--line); border-radius: 4px; padding: 8px 10px; overflow-x: auto; font: 12px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; margin: 6px 0; }
pre.error { background: #fff1f1; border-color: #f3b7bb; color: #7a0b12; white-space: pre-wrap; }
figure.timeline { margin: 12px 0; overflow-x: auto; border: 1px solid var(--line); border-radius: 4px; }
figure.timeline svg { display: block; }
h3 { font-size: 14px; margin: 16px 0 6px; }
table { border-collapse: collapse; font-size: 12.5px; }
th, td { text-align: left; padding: 3px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: var(--panel); font-weight: 600; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
td.at { white-space: nowrap; color: var(--muted); font-variant-numeric: tabular-nums; }
tr.warning td { background: #fff8e6; }
table.datatable { margin: 4px 0; }
details > summary { cursor: pointer; color: #1d4e89; margin: 8px 0 4px; }
.none { color: var(--muted); }
section.catalogue { margin-top: 40px; border-top: 2px solid var(--line); }
table.defs { width: 100%; }
table.defs td:first-child { width: 70%; }
table.defs tr.unused .phrase { color: var(--muted); }
table.defs .doc { margin: 2px 0; }
table.defs details > summary { margin: 2px 0; font-size: 12px; }
.source, .forms { color: var(--muted); font-size: 12px; }
code { font: 12.5px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
`;
