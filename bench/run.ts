/**
 * `npm run bench`: runs every benchmark, prints a table, and writes reports/bench.json. Each
 * benchmark measures simulated work against wall time and heap; none is a pass/fail test.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { BenchResult } from './result';
import { cronJobBench } from './cronjob';

const BENCHMARKS: readonly (() => BenchResult)[] = [cronJobBench];

const results = BENCHMARKS.map((bench) => bench());
const rows = [['benchmark', 'wall time', 'peak heap', 'detail'], ...results.map((r) => [r.name, `${(r.wallMs / 1000).toFixed(2)} s`, `${r.peakHeapMB.toFixed(0)} MB`, r.detail])];
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i])).join('   ').trimEnd());
mkdirSync('reports', { recursive: true });
writeFileSync('reports/bench.json', JSON.stringify(results, null, 2) + '\n');
