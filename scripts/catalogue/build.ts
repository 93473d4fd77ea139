/**
 * The catalogue = Cucumber's own list of step definitions (exact: what projects get), joined
 * with what the source says about each (doc comment, parameter names) by file and line, and
 * with an example from the features. `defineAssertion` registers three definitions from inside
 * steps/assert.ts; they are joined to their call by pattern and become one entry.
 */
import { Catalogue, CatalogueEntry, CatalogueParameter, CatalogueSection, ParameterTypeDoc } from '../../src/report/catalogue/model';
import { RuntimeStep, RuntimeSupport } from './runtime';
import { StaticFile, StaticStep } from './static';
import { WrittenStep } from './examples';

export const ASSERTION_FORMS = ['within {duration}, ', 'for {duration}, '] as const;

export interface Problems {
  /** Definitions Cucumber registers that no literal call in steps/ accounts for. */
  readonly unaccounted: readonly string[];
  /** Calls in steps/ that steps/index.ts does not load. */
  readonly notLoaded: readonly string[];
  readonly dynamic: readonly string[];
  /** Entries no feature uses: `steps/x.ts:12  When …`. */
  readonly withoutExample: readonly string[];
}

const BUILTIN_TYPES: Record<string, string> = {
  int: 'A whole number: `3`, `-1`.',
  float: 'A number: `2.5`, `3`.',
  word: 'One word, without spaces or quotes: `Running`, `pod`.',
  string: 'Text in double or single quotes: `"kubia"`, `"app=web"`; steps get it without the quotes.',
  '': 'Anything.',
};

/** `{int}` and `{duration}` in a Cucumber Expression, in order. */
export function expressionParameters(phrase: string): string[] {
  return [...phrase.matchAll(/(?<!\\)\{([^}]*)\}/g)].map((m) => m[1]);
}

function parametersOf(step: StaticStep): CatalogueParameter[] {
  const types = expressionParameters(step.pattern);
  const params: CatalogueParameter[] = types.map((type, i) => ({ type, name: step.params[i]?.name ?? '' }));
  const extra = step.params[types.length];
  if (extra) params.push({ type: /DataTable/.test(extra.type) ? 'data table' : 'doc string', name: extra.name });
  return params;
}

function sectionTitle(file: string, doc: string): string {
  const clause = doc.split(/[:.](\s|$)/)[0].replace(/\s+/g, ' ').trim();
  if (clause && clause.length <= 48) return clause;
  const stem = file.replace(/^.*\//, '').replace(/(\.steps)?\.ts$/, '');
  return stem.charAt(0).toUpperCase() + stem.slice(1);
}

function stripForm(pattern: string): string {
  for (const f of ASSERTION_FORMS) if (pattern.startsWith(f)) return pattern.slice(f.length);
  return pattern;
}

export function buildCatalogue(files: readonly StaticFile[], runtime: RuntimeSupport, written: readonly WrittenStep[]): { catalogue: Catalogue; problems: Problems } {
  const byLocation = new Map<string, StaticStep>();
  const assertions = new Map<string, StaticStep>();
  for (const f of files) {
    for (const s of f.steps) {
      if (s.kind === 'Assertion') assertions.set(s.pattern, s);
      else byLocation.set(`${s.file}:${s.line}`, s);
    }
  }
  // Static step → the runtime definitions that are it (one, or three for an assertion).
  const defs = new Map<StaticStep, RuntimeStep[]>();
  const unaccounted: string[] = [];
  for (const d of runtime.steps) {
    const s = byLocation.get(`${d.uri}:${d.line}`) ?? assertions.get(stripForm(d.pattern));
    if (!s) {
      unaccounted.push(`${d.uri}:${d.line}  ${d.keyword} ${d.pattern}`);
      continue;
    }
    defs.set(s, [...(defs.get(s) ?? []), d]);
  }

  const notLoaded: string[] = [];
  const withoutExample: string[] = [];
  const sections: CatalogueSection[] = [];
  const usedTypes = new Set<string>();
  for (const f of files) {
    const entries: CatalogueEntry[] = [];
    for (const s of f.steps) {
      const ds = defs.get(s);
      const source = `${s.file}:${s.line}`;
      if (!ds) {
        notLoaded.push(`${source}  ${s.pattern}`);
        continue;
      }
      const base = ds.find((d) => d.pattern === s.pattern) ?? ds[0];
      const forms = ds.filter((d) => d !== base).map((d) => d.pattern);
      // Prefer an example of the phrase itself; an assertion may be shown in a within/for form.
      const example = written.find((w) => base.matches(w.text)) ?? written.find((w) => ds.some((d) => d.matches(w.text)));
      const entry: CatalogueEntry = {
        keyword: s.kind === 'Assertion' ? 'Then' : s.kind,
        phrase: s.pattern,
        forms,
        parameters: parametersOf(s),
        doc: s.doc,
        example: example && { text: example.gherkin, source: example.source },
        source,
      };
      if (!example) withoutExample.push(`${source}  ${entry.keyword} ${entry.phrase}`);
      for (const p of [...entry.parameters, ...forms.flatMap((fm) => expressionParameters(fm).map((type) => ({ type })))]) usedTypes.add(p.type);
      entries.push(entry);
    }
    if (entries.length > 0) sections.push({ title: sectionTitle(f.file, f.doc), file: f.file, doc: f.doc, entries });
  }

  const customDocs = new Map<string, string>();
  for (const f of files) for (const [name, doc] of f.parameterDocs) customDocs.set(name, doc);
  const parameterTypes: ParameterTypeDoc[] = [...usedTypes]
    .filter((t) => t !== 'doc string' && t !== 'data table')
    .sort()
    .map((name) => ({ name, matches: BUILTIN_TYPES[name] ?? customDocs.get(name) ?? `/${(runtime.parameterTypes.get(name) ?? []).join('|')}/` }));

  return {
    catalogue: { parameterTypes, sections },
    problems: { unaccounted, notLoaded, dynamic: files.flatMap((f) => f.dynamic), withoutExample },
  };
}
