/** Steps as the project's features write them: the source of every example in the catalogue. */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { AstBuilder, GherkinClassicTokenMatcher, Parser, compile } from '@cucumber/gherkin';
import { IdGenerator, PickleStepArgument, PickleStepType } from '@cucumber/messages';
import { indexFeature } from '../../src/cli/report/gherkin';

export interface WrittenStep {
  /** The text Cucumber matches (outline placeholders filled in). */
  readonly text: string;
  /** As written: keyword, text and its doc string or table. */
  readonly gherkin: string;
  /** `features/x.feature:12`. */
  readonly source: string;
}

const MAX_ARGUMENT_LINES = 14;

function cut(lines: string[], indent: string): string[] {
  return lines.length > MAX_ARGUMENT_LINES ? [...lines.slice(0, MAX_ARGUMENT_LINES - 1), `${indent}…`] : lines;
}

function argument(arg: PickleStepArgument | undefined, indent: string): string[] {
  if (arg?.docString) {
    const body = arg.docString.content.split('\n').map((l) => (l ? indent + l : ''));
    return [`${indent}"""${arg.docString.mediaType ?? ''}`, ...cut(body, indent), `${indent}"""`];
  }
  if (arg?.dataTable) {
    const rows = arg.dataTable.rows.map((r) => r.cells.map((c) => c.value));
    const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
    return cut(rows.map((r) => `${indent}| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`), indent);
  }
  return [];
}

const KEYWORD_OF_TYPE: Record<string, string> = { Context: 'Given', Action: 'When', Outcome: 'Then' };

/** An example stands alone, so `And`/`But` become the keyword they continue. */
function keyword(written: string, type: PickleStepType | undefined): string {
  if (written === 'And' || written === 'But' || written === '*') return KEYWORD_OF_TYPE[type ?? ''] ?? written;
  return written;
}

/** Feature files under `dir`, as sorted paths relative to `root` with `/` separators. */
export function featureFiles(root: string, dir = 'features'): string[] {
  const found: string[] = [];
  const walk = (rel: string) => {
    for (const entry of readdirSync(path.join(root, rel), { withFileTypes: true })) {
      const child = `${rel}/${entry.name}`;
      if (entry.isDirectory()) walk(child);
      else if (entry.name.endsWith('.feature')) found.push(child);
    }
  };
  walk(dir);
  return found.sort();
}

/** Every step of every scenario under `features/`, files and lines in order. */
export function readFeatures(root: string): WrittenStep[] {
  const out: WrittenStep[] = [];
  const ids = IdGenerator.incrementing();
  for (const uri of featureFiles(root)) {
    const doc = new Parser(new AstBuilder(ids), new GherkinClassicTokenMatcher()).parse(readFileSync(path.join(root, uri), 'utf8'));
    const { steps } = indexFeature(doc);
    for (const pickle of compile(doc, uri, ids)) {
      for (const ps of pickle.steps) {
        const ast = steps.get(ps.astNodeIds[0])!;
        const gherkin = [`${keyword(ast.keyword.trim(), ps.type)} ${ps.text}`, ...argument(ps.argument, '  ')].join('\n');
        out.push({ text: ps.text, gherkin, source: `${uri}:${ast.location.line}` });
      }
    }
  }
  return out;
}
