/**
 * behaviour.html: one self-contained page (inline styles and SVG, no script, no network) with
 * every scenario, failed ones first, then the step catalogue. It holds nothing that depends on
 * when or how fast it ran, so the same seed and features give the same bytes.
 */
import { esc } from '../xml';
import { elapsed } from '../time';
import { renderCatalogue } from './catalogue';
import { ReportView, ScenarioView } from './model';
import { renderScenario } from './scenario';
import { isProblem, orderScenarios, statusWord } from './status';
import { STYLES } from './styles';

function counts(scenarios: readonly ScenarioView[]): string {
  const by = new Map<string, number>();
  for (const s of scenarios) by.set(s.status, (by.get(s.status) ?? 0) + 1);
  const order = ['FAILED', 'AMBIGUOUS', 'UNDEFINED', 'PENDING', 'UNKNOWN', 'SKIPPED', 'PASSED'];
  return order
    .filter((st) => by.has(st))
    .map((st) => `<span class="count ${statusWord(st)}">${by.get(st)} ${statusWord(st)}</span>`)
    .join(', ');
}

function summary(scenarios: readonly ScenarioView[]): string {
  const steps = scenarios.reduce((n, s) => n + s.steps.length, 0);
  const simulated = scenarios.reduce((n, s) => n + (s.data ? s.data.end - s.data.start : 0), 0);
  return `<p class="summary">${scenarios.length} scenario${scenarios.length === 1 ? '' : 's'}: ${counts(scenarios)} · ${steps} steps · ${elapsed(simulated)} of simulated time</p>`;
}

function link(s: ScenarioView, id: string, repeated: boolean): string {
  const where = repeated ? ` <span class="line">:${s.line}</span>` : '';
  return `<a href="#${id}"><span class="dot ${statusWord(s.status)}"></span>${esc(s.name)}${where}</a>`;
}

/** Scenarios that did not pass first, then every feature (folded unless it holds a problem). */
function toc(scenarios: readonly ScenarioView[]): string {
  const ids = new Map(scenarios.map((s, i) => [s, `scenario-${i + 1}`]));
  const out: string[] = ['<nav class="toc">'];
  const problems = scenarios.filter((s) => isProblem(s.status));
  if (problems.length > 0) {
    out.push('<h2>Did not pass</h2>', '<ul>', ...problems.map((s) => `<li>${esc(s.feature)} › ${link(s, ids.get(s)!, false)}</li>`), '</ul>');
  }
  const features = new Map<string, ScenarioView[]>();
  for (const s of [...scenarios].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.line - b.line))) {
    features.set(s.uri, [...(features.get(s.uri) ?? []), s]);
  }
  out.push('<h2>Features</h2>');
  for (const [uri, list] of features) {
    const failed = list.filter((s) => isProblem(s.status)).length;
    const names = list.map((s) => s.name);
    const state = failed > 0 ? `<span class="count failed">${failed} did not pass</span>` : '';
    out.push(
      `<details${failed > 0 ? ' open' : ''}><summary><b>${esc(list[0].feature || uri)}</b> <span class="line">${esc(uri)}</span> · ${list.length} scenario${list.length === 1 ? '' : 's'} ${state}</summary>`,
      '<ul>',
      ...list.map((s) => `<li>${link(s, ids.get(s)!, names.indexOf(s.name) !== names.lastIndexOf(s.name))}</li>`),
      '</ul></details>',
    );
  }
  out.push('</nav>');
  return out.join('\n');
}

export function renderReport(view: ReportView, title = 'Behaviour report'): string {
  const scenarios = orderScenarios(view.scenarios);
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(title)}</title>`,
    `<style>${STYLES}</style>`,
    '</head>',
    '<body>',
    '<header class="top">',
    `<h1>${esc(title)}</h1>`,
    summary(scenarios),
    scenarios.length > 0 ? toc(scenarios) : '<p class="none">No scenario ran.</p>',
    '</header>',
    '<main>',
    ...scenarios.map((s, i) => renderScenario(s, `scenario-${i + 1}`)),
    renderCatalogue(view.catalogue),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
