/**
 * `npm run bench`: runs the benchmarks, prints a table and writes reports/bench.json. Speed is
 * measured here, never asserted in tests.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { BenchResult } from './measure';
import { replicaSetBenchmark } from './replicaset';

const BENCHMARKS: readonly (() => BenchResult)[] = [replicaSetBenchmark];

const results = BENCHMARKS.map((run) => run());
const rows = results.map((r) => [r.name, `${r.wallMs} ms`, `${r.peakHeapMB} MB`, `${r.peakRssMB} MB`, `${r.simulatedSeconds} s`]);
const header = ['benchmark', 'wall time', 'peak heap', 'peak rss', 'simulated'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
for (const row of [header, ...rows]) console.log(row.map((c, i) => c.padEnd(widths[i])).join('   '));
for (const r of results) console.log(`  ${r.name}: ${Object.entries(r.details).map(([k, v]) => `${k}=${v}`).join(' ')}`);
mkdirSync('reports', { recursive: true });
writeFileSync('reports/bench.json', JSON.stringify(results, null, 2) + '\n');
