/**
 * One in-process Cucumber run, timed from the first scenario's set-up to the end (module loading
 * excluded), printed as JSON. Run by bench/suite.ts in a fresh process per run, because Cucumber's
 * support code registers once per process.
 */
import { Writable } from 'node:stream';
import { loadConfiguration, loadSupport, runCucumber } from '@cucumber/cucumber/api';

async function main(): Promise<void> {
  const [paths, extra] = [process.argv[2].split(','), process.argv[3] ? process.argv[3].split(',') : []];
  const sink = new Writable({ write: (_c, _e, cb) => cb() });
  const { runConfiguration } = await loadConfiguration({ profiles: ['ci'], provided: { paths, format: [], require: ['steps/**/*.ts', ...extra] } });
  const support = await loadSupport(runConfiguration, { stdout: sink, stderr: sink });
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  const { success } = await runCucumber({ ...runConfiguration, support }, { stdout: sink, stderr: sink });
  const ms = Math.round(Number(process.hrtime.bigint() - start) / 1e6);
  const used = process.cpuUsage(cpu);
  const cpuMs = Math.round((used.user + used.system) / 1000);
  process.stdout.write(JSON.stringify({ ms, cpuMs, ok: success, peakMiB: Math.round(process.resourceUsage().maxRSS / 1024) }) + '\n');
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
