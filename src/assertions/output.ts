/**
 * Statements about what a kubectl command printed: exact text with `*` wildcards (trailing spaces
 * ignored), and tables compared by column name.
 */
import { Check, check } from './check';
import { setOwn } from '../util/own';

/**
 * `*` matches any run of characters. Where a table has a `*`, its columns' widths are unknown, so
 * in every line of that table (a run of non-blank lines) runs of two or more spaces match any
 * run of spaces; a line outside such a table is compared exactly.
 */
function wildcard(pattern: string, elasticSpaces: boolean): RegExp {
  const escape = (p: string) => {
    const e = p.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
    return elasticSpaces ? e.replace(/ {2,}/g, ' +') : e;
  };
  if (!pattern.includes('*')) return new RegExp(`^${escape(pattern)}$`);
  return new RegExp(`^${pattern.split('*').map(escape).join('.*?')}$`);
}

/** The expected lines with, for each, whether it belongs to a table holding a wildcard. */
function patterns(expected: string): RegExp[] {
  const ls = lines(expected);
  const elastic = new Array<boolean>(ls.length).fill(false);
  for (let start = 0; start < ls.length; ) {
    let end = start;
    while (end < ls.length && ls[end] !== '') end++;
    const wild = ls.slice(start, end).some((l) => l.includes('*'));
    for (let i = start; i < end; i++) elastic[i] = wild;
    start = end + 1;
  }
  return ls.map((l, i) => wildcard(l, elastic[i]));
}

function lines(text: string): string[] {
  const out = text.replace(/\r\n/g, '\n').split('\n').map((l) => l.replace(/\s+$/, ''));
  while (out.length && out[out.length - 1] === '') out.pop();
  return out;
}

/** Where two outputs first part: the 1-based line, and that line on each side (absent past the end). */
export interface LineDifference {
  readonly line: number;
  readonly expected?: string;
  readonly actual?: string;
}

/** The first line where `actual` does not match `expected` (trailing spaces ignored, `*` wildcards). */
export function firstDifference(actual: string, expected: string): LineDifference | undefined {
  const want = lines(expected);
  const regexps = patterns(expected);
  const got = lines(actual);
  for (let i = 0; i < Math.max(want.length, got.length); i++) {
    const w = want[i];
    const g = got[i];
    if (w === undefined || g === undefined || !regexps[i].test(g)) return { line: i + 1, expected: w, actual: g };
  }
  return undefined;
}

/** The difference in words: which line, what was expected there and what came instead. */
export function describeDifference(d: LineDifference): string {
  if (d.expected === undefined) return `an extra line ${d.line}: ${JSON.stringify(d.actual)}`;
  if (d.actual === undefined) return `no line ${d.line} (expected ${JSON.stringify(d.expected)})`;
  return `line ${d.line} differs:\n  expected: ${d.expected}\n  actual:   ${d.actual}`;
}

/** Line by line, trailing spaces ignored, `*` matching any run of characters. */
export function outputIs(actual: string, expected: string): Check {
  const d = firstDifference(actual, expected);
  if (!d) return check(true, expected, actual);
  return check(false, expected, `${describeDifference(d)}\n\nwhole output:\n${actual}`);
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
    const i = left.findIndex((r) => columns.every((c) => wildcard(row[c], false).test(r[c])));
    if (i < 0) return check(false, want, `no row with ${columns.map((c) => `${c}=${row[c]}`).join(' ')} in:\n${actual}`);
    left.splice(i, 1);
  }
  return check(true, want, actual);
}

export interface SessionStep {
  readonly command: string;
  readonly expected: string;
}

/**
 * A pasted terminal session: `$ ` lines are commands (a trailing `\\` continues one on the next
 * line, as in a shell), the lines after each its expected output, stdout and stderr as the
 * terminal interleaved them. A bare `$` prompt with no command is ignored.
 */
export function parseSession(text: string): SessionStep[] {
  const steps: { command: string; expected: string[] }[] = [];
  // The step whose output the next lines are; none before the first command or after a bare prompt.
  let current: { command: string; expected: string[] } | undefined;
  const ls = text.replace(/\r\n/g, '\n').split('\n');
  for (let i = 0; i < ls.length; i++) {
    const line = ls[i];
    if (line.startsWith('$ ') || line === '$') {
      let command = line.slice(1).trim();
      while (command.endsWith('\\') && i + 1 < ls.length) command = `${command.slice(0, -1).trimEnd()} ${ls[++i].trim()}`;
      current = command === '' ? undefined : { command, expected: [] };
      if (current) steps.push(current);
    } else if (current) current.expected.push(line);
    else if (line.trim() !== '') throw new Error(`a session's output follows a command line ("$ kubectl ..."), not ${JSON.stringify(line)}`);
  }
  return steps.map((s) => ({ command: s.command, expected: s.expected.join('\n') }));
}

/**
 * Why a session step's output is not what was pasted, or undefined when it is: the command (and
 * its place in the session), the first differing line, then both outputs in full.
 */
export function sessionMismatch(step: SessionStep, index: number, total: number, actual: string): string | undefined {
  const d = firstDifference(actual, step.expected);
  if (!d) return undefined;
  const indent = (t: string) => (lines(t).length ? lines(t).map((l) => `  ${l}`).join('\n') : '  (nothing)');
  return [
    `the session differs at command ${index + 1} of ${total}:`,
    `  $ ${step.command}`,
    describeDifference(d),
    'expected output:',
    indent(step.expected),
    'actual output:',
    indent(actual),
  ].join('\n');
}
