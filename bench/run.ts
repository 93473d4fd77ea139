/**
 * `npm run bench [name…]`: every benchmark (or the ones named: suite, nodes, cronjob, replicaset,
 * scale), each in a fresh process, printed as a table — each figure issue 7 sets a target for
 * with its ratio to the target (under 1 meets it) — and written to reports/bench.json.
 * Benchmarks measure the host's clocks; tests never do.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { Row, runChild } from './measure';
import { SCALE_SIZES, scaleSummary } from './scale';

const ORDER = ['suite', 'nodes', 'cronjob', 'replicaset', 'scale'];

function fmt(n: number | undefined): string {
  return n === undefined ? '' : String(n);
}

function targetCells(r: Row): [string, string] {
  if (!r.target) return ['', ''];
  const { figure, limit, unit } = r.target;
  const show = (v: number) => (unit === 'x' ? v.toFixed(2) : `${v} ${unit}`);
  return [`${show(figure)} / ${show(limit)}`, (figure / limit).toFixed(2)];
}

export function table(rows: readonly Row[]): string {
  const header = ['bench', 'phase', 'wall ms', 'cpu ms', 'peak MiB', 'tasks', 'instants', 'figure / target', 'ratio', 'note'];
  const cells = rows.map((r) => [r.bench, r.phase, fmt(r.wallMs), fmt(r.cpuMs), fmt(r.peakMiB), fmt(r.tasks), fmt(r.instants), ...targetCells(r), r.note ?? '']);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => c.map((x, i) => x.padEnd(widths[i])).join('  ').trimEnd();
  return [line(header), ...cells.map(line)].join('\n');
}

/** One benchmark's rows, from fresh processes (one per size for `scale`). */
function runBench(name: string): Row[] {
  if (name !== 'scale') return runChild<Row[]>('bench/one.ts', [name]);
  const perSize = SCALE_SIZES.map(([label]) => runChild<Row[]>('bench/one.ts', ['scale', label]));
  return [...perSize.flat(), ...scaleSummary(perSize)];
}

function main(): void {
  const only = process.argv.slice(2);
  for (const name of only) if (!ORDER.includes(name)) throw new Error(`no benchmark "${name}" (one of ${ORDER.join(', ')})`);
  const rows: Row[] = [];
  for (const name of ORDER) {
    if (only.length && !only.includes(name)) continue;
    const got = runBench(name);
    console.log(table(got) + '\n');
    rows.push(...got);
  }
  if (rows.length > 1) console.log(table(rows));
  mkdirSync('reports', { recursive: true });
  writeFileSync('reports/bench.json', JSON.stringify({ node: process.version, rows }, null, 2) + '\n');
}

main();
