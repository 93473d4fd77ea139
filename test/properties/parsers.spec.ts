/**
 * Every parser behind a step phrase (durations, node and image tables, clock targets, scheduled
 * times, selectors and node placements, kinds, versions, start times, output tables and sessions)
 * answers any text with a value or a readable Error: never a TypeError, a RangeError or a NaN.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';

// A fixed seed keeps CI reproducible; FC_SEED explores other cases.
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261129) });
import { parseDuration } from '../../src/util/duration';
import { formatDuration } from '../../src/util/formatDuration';
import { parseLabelList, parseNodeTable, parseTaintList } from '../../src/scenario/nodeTable';
import { parseImageTable } from '../../src/scenario/imageTable';
import { clockTarget } from '../../src/scenario/clockTarget';
import { nodePlacement } from '../../src/scenario/shorthands';
import { scheduledInstant } from '../../src/assertions/batch';
import { parseSession, parseTable } from '../../src/assertions/output';
import { minorOf, resourceTypeByName } from '../../src/api/kinds';
import { Cluster } from '../../src/cluster';

const NUM_RUNS = Number(process.env.FC_RUNS ?? 300);
const NOW = Date.parse('2026-01-01T10:00:00Z');

/** Text near what people write, with the words and signs each parser cares about. */
function textOf(...words: string[]): fc.Arbitrary<string> {
  const token = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...words) },
    { weight: 2, arbitrary: fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'NaN', 'Infinity', '-1', '0', '1e309', '.', '') },
    { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
  );
  return fc.array(token, { maxLength: 6 }).chain((ts) => fc.constantFrom(' ', '', ',', '=').map((sep) => ts.join(sep)));
}

/** An answer is a value `ok` accepts, or a plain Error (or one of the project's) with a message. */
function answers<T>(parse: () => T, ok: (value: T) => boolean, input: unknown): void {
  let value: T;
  try {
    value = parse();
  } catch (e) {
    assert.ok(e instanceof Error, `${JSON.stringify(input)} threw ${String(e)}`);
    assert.ok(!(e instanceof TypeError || e instanceof RangeError || e instanceof ReferenceError), `${JSON.stringify(input)} threw ${e.stack}`);
    // Words the input did not bring would be internals leaking into the message.
    const leaked = ['undefined', 'NaN', '[object '].filter((w) => e.message.includes(w) && !JSON.stringify(input).includes(w));
    assert.ok(e.message.length > 0 && leaked.length === 0, `${JSON.stringify(input)}: ${e.message}`);
    return;
  }
  assert.ok(ok(value), `${JSON.stringify(input)} gave ${JSON.stringify(value)}`);
}

const plainObject = (o: unknown) => Object.getPrototypeOf(o) === Object.prototype && Object.values(o as object).every((v) => typeof v === 'string');
const unpolluted = () => ({} as Record<string, unknown>).polluted === undefined && typeof ({} as any).constructor === 'function';

describe('step parsers under arbitrary text', function () {
  this.timeout(30_000);

  it('durations are a whole, finite number of milliseconds or refused', () => {
    const text = textOf('1', '90', '2.5', 's', 'ms', 'm', 'h', 'd', 'w', 'seconds', 'minute', 'hours', 'days', 'and', 'sec', 'hrs', '1h30m', '500ms', 'weeks');
    fc.assert(fc.property(text, (t) => answers(() => parseDuration(t), (ms) => Number.isInteger(ms) && ms >= 0, t)), { numRuns: NUM_RUNS });
  });

  it('a printed duration parses back to itself', () => {
    const ms = fc.oneof(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 1, max: 10 ** 6 }).map((s) => s * 1000));
    fc.assert(fc.property(ms, (n) => assert.equal(parseDuration(formatDuration(n)), n)), { numRuns: NUM_RUNS });
  });

  it('label and taint lists are plain records or refused', () => {
    const text = textOf('disk=ssd', 'gpu=true', 'a', '=', ':', 'NoSchedule', 'NoExecute', 'PreferNoSchedule', 'dedicated=gpu:NoSchedule', 'x:Bad');
    fc.assert(
      fc.property(text, (t) => {
        answers(() => parseLabelList(t), plainObject, t);
        answers(() => parseTaintList(t), (ts) => ts.every((x) => typeof x.key === 'string' && ['NoSchedule', 'PreferNoSchedule', 'NoExecute'].includes(x.effect)), t);
        assert.ok(unpolluted());
      }),
      { numRuns: NUM_RUNS },
    );
  });

  const cell = textOf('node-1', 'disk=ssd', 'true', 'false', '4', '16Gi', '110', 'a:NoSchedule', '30 seconds', 'forever', 'yes', 'no', '3');
  const columns = ['name', 'labels', 'taints', 'unschedulable', 'cpu', 'memory', 'pods', 'image', 'runs for', 'exit code', 'fails first', 'unhealthy after requests', 'start time', 'ignores SIGTERM', '__proto__', 'constructor', 'nodes'];
  const rows = fc.array(fc.dictionary(fc.constantFrom(...columns), cell, { maxKeys: 5 }), { maxLength: 3 });

  it('node tables are node specs or refused', () => {
    fc.assert(fc.property(rows, (rs) => answers(() => parseNodeTable(rs), (nodes) => nodes.every((n) => typeof n.name === 'string' && n.name !== '' && plainObject(n.labels)), rs)), { numRuns: NUM_RUNS });
  });

  it('image tables are behaviours or refused', () => {
    const finite = (v: unknown) => v === undefined || (typeof v === 'number' && Number.isFinite(v));
    fc.assert(
      fc.property(rows, (rs) =>
        answers(() => parseImageTable(rs), (is) => is.every(({ image, behaviour: b }) => image !== '' && [b.runsForMs, b.exitCode, b.failFirst, b.unhealthyAfterRequests, b.startTimeMs].every(finite)), rs),
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it('clock targets and scheduled times are instants (not in the past, for the clock) or refused', () => {
    const text = textOf('10:30', '10:30:15', '23:59', '24:00', '9:5', '2026-03-01T10:30:00Z', '2025-01-01T00:00:00Z', '2026-02-30T10:00:00Z', 'T', ':');
    fc.assert(
      fc.property(text, (t) => {
        answers(() => clockTarget(t, NOW), (at) => Number.isFinite(at) && at >= NOW, t);
        answers(() => scheduledInstant(t, NOW), Number.isFinite, t);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('node placements of shorthand DaemonSets are manifests fields or refused', () => {
    const text = textOf('disk=ssd', 'disk in (ssd,nvme)', '!gpu', 'gpu', 'x notin (a)', 'n>3', 'n<1', '==', '!=', ',', '(', ')');
    fc.assert(fc.property(text, (t) => answers(() => nodePlacement(t), (p) => Object.getPrototypeOf(p) === Object.prototype, t)), { numRuns: NUM_RUNS });
  });

  it('kinds, versions and start times are found or refused', () => {
    const text = textOf('pod', 'pods', 'deployment.apps', 'rs', 'Job', 'batch', '1.34', 'v1.24.3', '1.', '2026-03-01T10:29:00Z', 'Z');
    fc.assert(
      fc.property(text, (t) => {
        const kind = resourceTypeByName(t);
        assert.ok(kind === undefined || typeof kind.kind === 'string', `${JSON.stringify(t)} found ${String(kind)}`);
        answers(() => minorOf(t), (m) => Number.isInteger(m) && m >= 0, t);
        answers(() => new Cluster({ start: t, nodes: 0 }).now().getTime(), Number.isFinite, t);
      }),
      { numRuns: NUM_RUNS / 3 },
    );
  });

  it('output tables and pasted sessions are split or refused', () => {
    const text = textOf('NAME', 'READY', '  ', '\n', '$ kubectl get pods', '$ ', 'kubia', '1/1', 'Running', '\r\n', '*');
    fc.assert(
      fc.property(text, (t) => {
        const sameKeys = (r: Record<string, string>, headers: string[]) => [...new Set(headers)].sort().join('\n') === Object.keys(r).sort().join('\n');
        answers(() => parseTable(t), (table) => table.rows.every((r) => sameKeys(r, table.headers)), t);
        answers(() => parseSession(t), (steps) => steps.every((s) => typeof s.command === 'string'), t);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

describe('step parsers: counterexamples found', () => {
  it('a duration unit named like an Object property is refused', () => {
    assert.throws(() => parseDuration('2.5 constructor'), /invalid duration "2.5 constructor"/);
  });

  it('a table column named __proto__ is a column', () => {
    assert.deepEqual(parseTable('__proto__   READY\nx           1/1').rows.map((r) => Object.entries(r)), [[['__proto__', 'x'], ['READY', '1/1']]]);
  });
});
