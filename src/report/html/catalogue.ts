/** The step catalogue section of the behaviour report: every step definition of the run and how often it was used. */
import { esc } from '../xml';
import { CatalogueUse } from './model';

function entry(u: CatalogueUse): string {
  const e = u.entry;
  const forms = e && e.forms.length > 0 ? `<div class="forms">also ${e.forms.map((f) => `<code>${esc(`${e.keyword} ${f}`)}</code>`).join(' · ')}</div>` : '';
  const doc = e?.doc ? `<p>${esc(e.doc)}</p>` : '';
  const example = e?.example ? `<details><summary>example (${esc(e.example.source)})</summary><pre>${esc(e.example.text)}</pre></details>` : '';
  return [
    `<li class="${u.uses === 0 ? 'unused' : ''}">`,
    `<code class="phrase">${esc(`${u.keyword} ${u.phrase}`)}</code> <span class="uses">${u.uses === 0 ? 'not used' : `used ${u.uses}×`}</span>`,
    forms,
    doc,
    example,
    `<div class="source">${esc(u.source)}</div>`,
    '</li>',
  ].join('');
}

export function renderCatalogue(uses: readonly CatalogueUse[]): string {
  if (uses.length === 0) return '';
  const ours = uses.filter((u) => u.entry);
  const theirs = uses.filter((u) => !u.entry);
  const used = uses.filter((u) => u.uses > 0).length;
  const parts = [
    '<section class="catalogue" id="catalogue">',
    `<h2>Step catalogue</h2>`,
    `<p class="meta">${uses.length} step definitions, ${used} used by this run. The full guide is docs/steps.md (or <code>npx kubespec steps</code>).</p>`,
  ];
  if (theirs.length > 0) parts.push('<h3>Your project\'s steps</h3>', `<ul class="defs">${theirs.map(entry).join('\n')}</ul>`);
  if (ours.length > 0) parts.push('<h3>kubespec steps</h3>', `<ul class="defs">${ours.map(entry).join('\n')}</ul>`);
  parts.push('</section>');
  return parts.join('\n');
}
