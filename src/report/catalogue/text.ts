/** The catalogue for a terminal (`kubespec steps`): phrases, what they do, an example. */
import { Catalogue } from './model';

/** A step a project defines itself, which the shipped catalogue does not know. */
export interface ProjectStep {
  readonly keyword: string;
  readonly phrase: string;
  readonly source: string;
}

function indent(text: string, by: string): string {
  return text
    .split('\n')
    .map((l) => (l ? by + l : l))
    .join('\n');
}

export function renderText(catalogue: Catalogue, own: readonly ProjectStep[] = []): string {
  const out: string[] = [];
  for (const s of catalogue.sections) {
    out.push(`${s.title}  (${s.file})`, '');
    for (const e of s.entries) {
      out.push(`  ${e.keyword} ${e.phrase}`);
      for (const f of e.forms) out.push(`  ${e.keyword} ${f}`);
      if (e.doc) out.push(indent(e.doc, '      '));
      if (e.example) out.push(indent(`e.g. ${e.example.text}`, '      '));
      out.push('');
    }
  }
  if (own.length > 0) {
    out.push("Your project's steps", '');
    for (const p of own) out.push(`  ${p.keyword} ${p.phrase}`, `      ${p.source}`, '');
  }
  return out.join('\n').trimEnd() + '\n';
}
