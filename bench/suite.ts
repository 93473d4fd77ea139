/**
 * Issue 7 (a): the engine's overhead on a real suite. The project's features run in-process,
 * then the same number of scenarios, each with as many steps, all of them empty, in the same
 * process setup (same support code, plus one no-op step). The ratio of the two CPU times (each
 * run in a fresh process, so both pay their warm-up) is what simulating the cluster costs over
 * Cucumber itself. Target: under 1.5.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { loadConfiguration, loadSources, runCucumber } from '@cucumber/cucumber/api';
import { Row, runChild } from './measure';

export const SUITE_TARGET = 1.5;

interface SuiteRun {
  readonly ms: number;
  readonly cpuMs: number;
  readonly ok: boolean;
  readonly peakMiB: number;
}

/** Runs Cucumber in a fresh process (support code registers once per process). */
function run(paths: string[], extraRequire: string[] = []): SuiteRun {
  return runChild<SuiteRun>('bench/suiteChild.ts', [paths.join(','), extraRequire.join(',')]);
}

function devNull(): Writable {
  return new Writable({ write: (_c, _e, cb) => cb() });
}

/** Empty scenarios shaped like the real ones: as many, each with as many steps. */
async function emptyTwin(dir: string): Promise<void> {
  const { runConfiguration } = await loadConfiguration({ profiles: ['ci'], provided: { paths: ['features'] } });
  const { plan } = await loadSources(runConfiguration.sources);
  const scenarios = plan.map((p) => p.name);
  const stepsPer = await stepCounts();
  const lines = ['Feature: empty twin', ''];
  scenarios.forEach((_name, i) => {
    lines.push(`  Scenario: empty ${i}`);
    for (let s = 0; s < (stepsPer[i] ?? 5); s++) lines.push('    Given nothing happens');
    lines.push('');
  });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'empty.feature'), lines.join('\n'));
  writeFileSync(join(dir, 'noop.steps.ts'), "import { Given } from '@cucumber/cucumber';\nGiven('nothing happens', function () {});\n");
}

async function stepCounts(): Promise<number[]> {
  const { runConfiguration } = await loadConfiguration({ profiles: ['ci'], provided: { paths: ['features'] } });
  const { plan } = await loadSources(runConfiguration.sources);
  // loadSources gives pickles without steps; estimate from the message stream of a dry run.
  const counts: number[] = [];
  await runCucumber({ ...runConfiguration, runtime: { ...runConfiguration.runtime, dryRun: true }, formats: { ...runConfiguration.formats, stdout: 'summary', files: {} } }, { stdout: devNull(), stderr: devNull() }, (envelope) => {
    if (envelope.pickle) counts.push(envelope.pickle.steps.length);
  });
  return counts.length ? counts : plan.map(() => 5);
}

export async function benchSuite(): Promise<Row[]> {
  mkdirSync('reports', { recursive: true });
  const dir = mkdtempSync(join('reports', 'bench-empty-'));
  let real: SuiteRun;
  let empty: SuiteRun;
  try {
    await emptyTwin(dir);
    real = run(['features']);
    empty = run([join(dir, 'empty.feature')], [join(dir, 'noop.steps.ts')]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const ratio = empty.cpuMs > 0 ? real.cpuMs / empty.cpuMs : Infinity;
  return [
    { bench: 'suite', phase: `project features`, wallMs: real.ms, cpuMs: real.cpuMs, peakMiB: real.peakMiB, note: real.ok ? 'passed' : 'FAILED' },
    { bench: 'suite', phase: 'as many empty scenarios', wallMs: empty.ms, cpuMs: empty.cpuMs, peakMiB: empty.peakMiB },
    {
      bench: 'suite',
      phase: `overhead: features / empty scenarios (CPU)`,
      wallMs: 0,
      peakMiB: real.peakMiB,
      target: { figure: Math.round(ratio * 100) / 100, limit: SUITE_TARGET, unit: 'x' },
      note: `wall ${(real.ms / Math.max(1, empty.ms)).toFixed(2)}`,
    },
  ];
}
