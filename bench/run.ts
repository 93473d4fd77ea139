/**
 * `npm run bench`: every benchmark, printed as a table and written to reports/bench.json.
 * Benchmarks measure the host's wall time; tests never do.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { Row } from './measure';
import { benchNodes } from './nodes';
import { benchSuite } from './suite';
import { benchCronJob } from './cronjob';

const BENCHES: Record<string, () => Row[] | Promise<Row[]>> = {
  suite: benchSuite,
  nodes: benchNodes,
  cronjob: benchCronJob,
};

function table(rows: Row[]): string {
  const header = ['bench', 'phase', 'wall ms', 'peak MiB', 'tasks', 'instants', 'note'];
  const cells = rows.map((r) => [r.bench, r.phase, String(r.wallMs), String(r.peakMiB), String(r.tasks ?? ''), String(r.instants ?? ''), r.note ?? '']);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => c.map((x, i) => x.padEnd(widths[i])).join('  ').trimEnd();
  return [line(header), ...cells.map(line)].join('\n');
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const rows: Row[] = [];
  for (const [name, run] of Object.entries(BENCHES)) {
    if (only.length && !only.includes(name)) continue;
    rows.push(...(await run()));
  }
  console.log(table(rows));
  mkdirSync('reports', { recursive: true });
  writeFileSync('reports/bench.json', JSON.stringify({ node: process.version, rows }, null, 2) + '\n');
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
