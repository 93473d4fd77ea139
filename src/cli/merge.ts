/**
 * `kubespec report <dirs or files…>`: after a sharded run, the shards' reports as one: a
 * behaviour.html built from all their messages.ndjson (the report is a function of the
 * messages), and their JUnit files merged into one junit.xml.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Envelope } from '@cucumber/messages';
import { mergeJunit } from './junit';
import { reportFromMessages } from './report/formatter';
import { REPORT_FILES } from './run';

function expand(inputs: readonly string[], cwd: string): string[] {
  return inputs.flatMap((input) => {
    const full = path.resolve(cwd, input);
    if (!statSync(full).isDirectory()) return [full];
    return readdirSync(full).sort().map((f) => path.join(full, f));
  });
}

function* envelopes(files: readonly string[]): Generator<Envelope> {
  for (const f of files) {
    for (const line of readFileSync(f, 'utf8').split('\n')) if (line.trim()) yield JSON.parse(line) as Envelope;
  }
}

export function mergeReports(inputs: readonly string[], reports: string, cwd: string): string[] {
  const files = expand(inputs, cwd);
  const messages = files.filter((f) => f.endsWith('.ndjson'));
  const junits = files.filter((f) => /junit[^/]*\.xml$/.test(path.basename(f)));
  if (messages.length === 0 && junits.length === 0) throw new Error(`no messages.ndjson or junit*.xml in ${inputs.join(', ')}`);
  const outDir = path.resolve(cwd, reports);
  mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  if (messages.length > 0) {
    writeFileSync(path.join(outDir, REPORT_FILES.behaviour), reportFromMessages(envelopes(messages)));
    written.push(path.join(reports, REPORT_FILES.behaviour));
  }
  if (junits.length > 0) {
    writeFileSync(path.join(outDir, REPORT_FILES.junit), mergeJunit(junits.map((f) => readFileSync(f, 'utf8'))));
    written.push(path.join(reports, REPORT_FILES.junit));
  }
  return written;
}
