/**
 * Runs one benchmark (and, for `scale`, one size) in this process and prints its rows as JSON on
 * the last line: bench/run.ts starts a fresh process per benchmark, so each one's peak memory
 * and warm-up are its own.
 */
import { Row } from './measure';
import { benchNodes } from './nodes';
import { benchSuite } from './suite';
import { benchCronJob } from './cronjob';
import { benchReplicaSet } from './replicaset';
import { benchScale } from './scale';

export const BENCHES: Record<string, (arg?: string) => Row[] | Promise<Row[]>> = {
  suite: benchSuite,
  nodes: benchNodes,
  cronjob: benchCronJob,
  replicaset: benchReplicaSet,
  scale: benchScale,
};

async function main(): Promise<void> {
  const [name, arg] = process.argv.slice(2);
  const bench = BENCHES[name];
  if (!bench) throw new Error(`no benchmark "${name}" (one of ${Object.keys(BENCHES).join(', ')})`);
  process.stdout.write(JSON.stringify(await bench(arg)) + '\n');
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
