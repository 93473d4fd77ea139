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
import { orderScenarios, statusWord } from './status';
import { STYLES } from './styles';

function counts(scenarios: readonly ScenarioView[]): string {
  const by = new Map<string, number>();
  for (const s of scenarios) by.set(s.status, (by.get(s.status) ?? 0) + 1);
  const order = ['FAILED', 'AMBIGUOUS', 'UNDEFINED', 'PENDING', 'UNKNOWN', 'SKIPPED', 'PASSED'];
  return order
    .filter((st) => by.has(st))
    .map((st) => `<span class="count ${statusWord(st)}">${by.get(st)} ${statusWord(st)}</span>`)
    .join('');
}

function summary(scenarios: readonly ScenarioView[]): string {
  const steps = scenarios.reduce((n, s) => n + s.steps.length, 0);
  const simulated = scenarios.reduce((n, s) => n + (s.data ? s.data.end - s.data.start : 0), 0);
  return `<p class="summary">${scenarios.length} scenario${scenarios.length === 1 ? '' : 's'}: ${counts(scenarios)} · ${steps} steps · ${elapsed(simulated)} of simulated time</p>`;
}

function toc(scenarios: readonly ScenarioView[]): string {
  const items = scenarios.map((s, i) => `<li><a href="#scenario-${i + 1}"><span class="dot ${statusWord(s.status)}"></span>${esc(s.feature)} › ${esc(s.name)}</a></li>`);
  return `<nav class="toc"><ol>\n${items.join('\n')}\n</ol></nav>`;
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
