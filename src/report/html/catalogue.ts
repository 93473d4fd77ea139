/** The step catalogue section of the behaviour report: every step definition of the run, grouped, with how often it was used. */
import { esc } from '../xml';
import { CatalogueUse } from './model';

function row(u: CatalogueUse): string {
  const e = u.entry;
  const forms = e && e.forms.length > 0 ? `<div class="forms">also ${e.forms.map((f) => `<code>${esc(`${e.keyword} ${f}`)}</code>`).join(' and ')}</div>` : '';
  const doc = e?.doc ? `<div class="doc">${esc(e.doc)}</div>` : '';
  const example = e?.example ? `<details><summary>example</summary><pre>${esc(e.example.text)}</pre><div class="source">${esc(e.example.source)}</div></details>` : '';
  return `<tr class="${u.uses === 0 ? 'unused' : ''}"><td><code class="phrase">${esc(`${u.keyword} ${u.phrase}`.trim())}</code>${doc}${forms}${example}</td><td class="num">${u.uses}</td><td class="source">${esc(u.source)}</td></tr>`;
}

function table(title: string, uses: readonly CatalogueUse[]): string {
  return `<h3>${esc(title)}</h3>\n<table class="defs"><thead><tr><th>step</th><th>uses</th><th>defined in</th></tr></thead><tbody>\n${uses.map(row).join('\n')}\n</tbody></table>`;
}

export function renderCatalogue(uses: readonly CatalogueUse[]): string {
  if (uses.length === 0) return '';
  const groups = new Map<string, CatalogueUse[]>();
  for (const u of uses) {
    const g = u.entry ? (u.group ?? 'kubespec steps') : "Your project's steps";
    groups.set(g, [...(groups.get(g) ?? []), u]);
  }
  const used = uses.filter((u) => u.uses > 0).length;
  return [
    '<section class="catalogue" id="catalogue">',
    '<h2>Step catalogue</h2>',
    `<p class="meta">${uses.length} step definitions, ${used} used by this run. How to write scenarios with them: docs/steps.md, or <code>npx kubespec steps</code>.</p>`,
    ...[...groups].map(([title, list]) => table(title, list)),
    '</section>',
  ].join('\n');
}
