/**
 * Golden vectors from the real library: fixtures/robfig-v3-golden.jsonl holds
 * [spec, after, count, expected] rows printed by robfig/cron v3 (commit bc59245) under Go 1.19.8:
 * `ParseStandard(spec)`, then `Next` applied `count` times from `after` (results in UTC,
 * `zero` for the zero time), or `ERR <message>` / `PANIC <message>`. Specs are random
 * (DST-heavy zones, every tz database zone from 1972 on, malformed fields) plus hand-picked edge
 * cases. Before 1970 Go's zoneinfo and ICU disagree for some zones, so no row starts earlier.
 */

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { next, parseSchedule } from '../../src/cron';

type Row = [spec: string, after: string, count: number, expected: string];

const rows: Row[] = readFileSync(join(__dirname, 'fixtures', 'robfig-v3-golden.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line !== '')
  .map((line) => JSON.parse(line) as Row);

function run(spec: string, after: string, count: number): string {
  let schedule;
  try {
    schedule = parseSchedule(spec);
  } catch (e) {
    const message = (e as Error).message;
    return `${message.startsWith('runtime error') ? 'PANIC' : 'ERR'} ${message}`;
  }
  const out: string[] = [];
  let t: Date | null = new Date(after);
  for (let i = 0; i < count; i++) {
    t = next(schedule, t);
    if (t === null) {
      out.push('zero');
      break;
    }
    out.push(t.toISOString().replace('.000Z', 'Z'));
  }
  return out.join(' ');
}

describe('golden vectors from robfig/cron under Go', () => {
  const cases: Record<string, Row> = Object.fromEntries(rows.map((row, i) => [`#${i + 1} ${JSON.stringify(row[0])} from ${row[1]}`, row]));
  for (const [name, [spec, after, count, expected]] of Object.entries(cases)) {
    it(name, () => assert.equal(run(spec, after, count), expected));
  }
});
