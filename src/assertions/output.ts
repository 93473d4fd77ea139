/**
 * Statements about what a kubectl command printed: exact text with `*` wildcards (trailing spaces
 * ignored), and tables compared by column name.
 */
import { Check, check } from './check';
import { setOwn } from '../util/own';

/**
 * `*` matches any run of characters. Where a line has a `*`, a column's width is unknown, so
 * runs of spaces next to a wildcard match any run of spaces.
 */
function wildcard(pattern: string): RegExp {
  const escape = (p: string) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  if (!pattern.includes('*')) return new RegExp(`^${escape(pattern)}$`);
  const parts = pattern.split('*').map((p) => escape(p).replace(/ {2,}/g, ' +'));
  return new RegExp(`^${parts.join('.*?')}$`);
}

function lines(text: string): string[] {
  const out = text.replace(/\r\n/g, '\n').split('\n').map((l) => l.replace(/\s+$/, ''));
  while (out.length && out[out.length - 1] === '') out.pop();
  return out;
}

/** Line by line, trailing spaces ignored, `*` matching any run of characters. */
export function outputIs(actual: string, expected: string): Check {
  const want = lines(expected);
  const got = lines(actual);
  for (let i = 0; i < Math.max(want.length, got.length); i++) {
    const w = want[i];
    const g = got[i];
    if (w === undefined) return check(false, expected, `an extra line ${i + 1}: ${JSON.stringify(g)}\n\nwhole output:\n${actual}`);
    if (g === undefined) return check(false, expected, `no line ${i + 1} (expected ${JSON.stringify(w)})\n\nwhole output:\n${actual}`);
    if (!wildcard(w).test(g)) return check(false, expected, `line ${i + 1} differs:\n  expected: ${w}\n  actual:   ${g}\n\nwhole output:\n${actual}`);
  }
  return check(true, expected, actual);
}

/** Splits a kubectl table into rows keyed by header, by the columns' start positions. */
export function parseTable(text: string): { headers: string[]; rows: Record<string, string>[] } {
  const ls = lines(text).filter((l) => l !== '');
  if (ls.length === 0) return { headers: [], rows: [] };
  const header = ls[0];
  const starts: number[] = [];
  const headers: string[] = [];
  const re = /\S+(?: \S+)*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(header)) !== null) {
    starts.push(m.index);
    headers.push(m[0]);
  }
  const rows = ls.slice(1).map((l) => {
    const row: Record<string, string> = {};
    headers.forEach((h, i) => {
      setOwn(row, h, l.slice(starts[i], i + 1 < starts.length ? starts[i + 1] : undefined).trim());
    });
    return row;
  });
  return { headers, rows };
}

/** The command's table has these rows (in any order) in the columns named; cells may use `*`. */
export function outputShows(actual: string, expected: Record<string, string>[]): Check {
  const table = parseTable(actual);
  const columns = expected.length ? Object.keys(expected[0]) : [];
  const missing = columns.filter((c) => !table.headers.includes(c));
  const want = `rows:\n${expected.map((r) => columns.map((c) => `${c}=${r[c]}`).join(' ')).join('\n')}`;
  if (missing.length) return check(false, want, `no column ${missing.join(', ')} in:\n${actual}`);
  if (table.rows.length !== expected.length) return check(false, want, `${table.rows.length} rows:\n${actual}`);
  const left = [...table.rows];
  for (const row of expected) {
    const i = left.findIndex((r) => columns.every((c) => wildcard(row[c]).test(r[c])));
    if (i < 0) return check(false, want, `no row with ${columns.map((c) => `${c}=${row[c]}`).join(' ')} in:\n${actual}`);
    left.splice(i, 1);
  }
  return check(true, want, actual);
}

export interface SessionStep {
  readonly command: string;
  readonly expected: string;
}

/** A pasted terminal session: `$ ` lines are commands, the lines after each its expected output. */
export function parseSession(text: string): SessionStep[] {
  const steps: { command: string; expected: string[] }[] = [];
  for (const line of text.replace(/\r\n/g, '\n').split('\n')) {
    if (line.startsWith('$ ')) steps.push({ command: line.slice(2).trim(), expected: [] });
    else if (steps.length) steps[steps.length - 1].expected.push(line);
    else if (line.trim() !== '') throw new Error(`a session starts with a command line ("$ kubectl ..."), not ${JSON.stringify(line)}`);
  }
  return steps.map((s) => ({ command: s.command, expected: s.expected.join('\n') }));
}
