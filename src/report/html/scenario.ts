/** One scenario of the behaviour report: its steps with their simulated instants, its timeline, events and final state. */
import { esc } from '../xml';
import { elapsed, instant, offset } from '../time';
import { renderEvents } from './events';
import { ScenarioView, StepView } from './model';
import { statusWord } from './status';

/** Longer `kubectl get all` outputs and doc strings are folded. */
const OPEN_LINES = 40;

/** Quoted parts of a step (its `{string}` arguments) stand out, as in Cucumber's report. */
function stepText(text: string): string {
  return esc(text).replace(/&quot;[^&]*?&quot;/g, (q) => `<span class="arg">${q}</span>`);
}

function argument(step: StepView): string {
  if (step.docString !== undefined) {
    const lines = step.docString.split('\n').length;
    const pre = `<pre class="docstring">${esc(step.docString)}</pre>`;
    return lines > 12 ? `<details><summary>doc string (${lines} lines)</summary>${pre}</details>` : pre;
  }
  if (step.dataTable) {
    const [head, ...body] = step.dataTable;
    const row = (cells: readonly string[], tag: string) => `<tr>${cells.map((c) => `<${tag}>${esc(c)}</${tag}>`).join('')}</tr>`;
    return `<table class="datatable"><thead>${row(head, 'th')}</thead><tbody>${body.map((r) => row(r, 'td')).join('')}</tbody></table>`;
  }
  return '';
}

function steps(s: ScenarioView): string {
  const items = s.steps.map((step, i) => {
    const at = s.data?.steps[i]?.at;
    const when = at !== undefined && s.data ? offset(at - s.data.start) : '';
    const error = step.error ? `<pre class="error">${esc(step.error)}</pre>` : '';
    return `<li class="step ${statusWord(step.status)}"><span class="no">${i + 1}</span><span class="when">${esc(when)}</span><span class="text"><b>${esc(step.keyword)}</b> ${stepText(step.text)}${step.status !== 'PASSED' ? ` <span class="word">${statusWord(step.status)}</span>` : ''}</span>${argument(step)}${error}</li>`;
  });
  return `<ol class="steps">\n${items.join('\n')}\n</ol>`;
}

function getAll(text: string): string {
  const lines = text.trimEnd().split('\n').length;
  const pre = `<pre class="kubectl">${esc(text.trimEnd())}</pre>`;
  const title = '<code>kubectl get all -o wide</code> at the end';
  return lines > OPEN_LINES ? `<details><summary>${title} (${lines} lines)</summary>\n${pre}\n</details>` : `<h3>${title}</h3>\n${pre}`;
}

export function renderScenario(s: ScenarioView, id: string): string {
  const meta = [`Feature: ${esc(s.feature)}`, `${esc(s.uri)}:${s.line}`];
  if (s.tags.length > 0) meta.push(s.tags.map(esc).join(' '));
  if (s.data) meta.push(`${instant(s.data.start)} + ${elapsed(s.data.end - s.data.start)} simulated`);
  const parts = [
    `<section class="scenario ${statusWord(s.status)}" id="${id}">`,
    `<h2><span class="badge">${statusWord(s.status)}</span> ${esc(s.name)}</h2>`,
    `<p class="meta">${meta.join(' · ')}</p>`,
    steps(s),
  ];
  for (const e of s.hookErrors) parts.push(`<pre class="error">${esc(e)}</pre>`);
  if (s.logs.length > 0) parts.push(`<pre class="log">${esc(s.logs.join('\n'))}</pre>`);
  if (s.svg) parts.push(`<figure class="timeline">${s.svg.trim()}</figure>`);
  if (s.data) parts.push(renderEvents(s.data));
  if (s.getAll !== undefined) parts.push(getAll(s.getAll));
  if (!s.svg && !s.data) parts.push('<p class="none">This scenario did not use a cluster.</p>');
  parts.push('</section>');
  return parts.join('\n');
}
