/** humanDuration / shortHumanDuration against kubectl.md D4 and apimachinery's duration_test.go. */
import assert from 'node:assert/strict';
import { humanDuration, shortHumanDuration, translateTimestampSince } from '../../../src/kubectl/print/duration';

const S = 1000;
const M = 60 * S;
const H = 60 * M;
const D = 24 * H;
const Y = 365 * D;

// kubectl.md D4: elapsed -> [HumanDuration, ShortHumanDuration].
const d4: Record<string, { ms: number; human: string; short: string }> = {
  '-3s': { ms: -3 * S, human: '<invalid>', short: '<invalid>' },
  '-1.5s': { ms: -1.5 * S, human: '0s', short: '0s' },
  '0': { ms: 0, human: '0s', short: '0s' },
  '999ms': { ms: 999, human: '0s', short: '0s' },
  '1s': { ms: S, human: '1s', short: '1s' },
  '59s': { ms: 59 * S, human: '59s', short: '59s' },
  '60s': { ms: 60 * S, human: '60s', short: '1m' },
  '119s': { ms: 119 * S, human: '119s', short: '1m' },
  '120s': { ms: 120 * S, human: '2m', short: '2m' },
  '125s': { ms: 125 * S, human: '2m5s', short: '2m' },
  '300s': { ms: 300 * S, human: '5m', short: '5m' },
  '9m59s': { ms: 9 * M + 59 * S, human: '9m59s', short: '9m' },
  '10m': { ms: 10 * M, human: '10m', short: '10m' },
  '10m59s': { ms: 10 * M + 59 * S, human: '10m', short: '10m' },
  '59m': { ms: 59 * M, human: '59m', short: '59m' },
  '179m59s': { ms: 179 * M + 59 * S, human: '179m', short: '2h' },
  '3h': { ms: 3 * H, human: '3h', short: '3h' },
  '3h1m30s': { ms: 3 * H + M + 30 * S, human: '3h1m', short: '3h' },
  '7h59m': { ms: 7 * H + 59 * M, human: '7h59m', short: '7h' },
  '8h': { ms: 8 * H, human: '8h', short: '8h' },
  '23h59m': { ms: 23 * H + 59 * M, human: '23h', short: '23h' },
  '47h': { ms: 47 * H, human: '47h', short: '1d' },
  '48h': { ms: 48 * H, human: '2d', short: '2d' },
  '50h': { ms: 50 * H, human: '2d2h', short: '2d' },
  '7d23h': { ms: 7 * D + 23 * H, human: '7d23h', short: '7d' },
  '8d': { ms: 8 * D, human: '8d', short: '8d' },
  '400d': { ms: 400 * D, human: '400d', short: '1y' },
  '730d': { ms: 730 * D, human: '2y', short: '2y' },
  '800d': { ms: 800 * D, human: '2y70d', short: '2y' },
  '3000d': { ms: 3000 * D, human: '8y', short: '8y' },
};

describe('duration: kubectl.md D4 table', () => {
  for (const [name, t] of Object.entries(d4)) {
    it(`${name} -> ${t.human} / ${t.short}`, () => {
      assert.equal(humanDuration(t.ms), t.human);
      assert.equal(shortHumanDuration(t.ms), t.short);
    });
  }
});

// duration_test.go TestHumanDuration and TestHumanDurationBoundaries (the 1ns case uses 1ms here:
// the port works in milliseconds).
const human: Record<string, { ms: number; want: string }> = {
  '1s': { ms: S, want: '1s' },
  '70s': { ms: 70 * S, want: '70s' },
  '190s': { ms: 190 * S, want: '3m10s' },
  '70m': { ms: 70 * M, want: '70m' },
  '47h': { ms: 47 * H, want: '47h' },
  '49h': { ms: 49 * H, want: '2d1h' },
  '8d2h': { ms: (8 * 24 + 2) * H, want: '8d' },
  '367d': { ms: 367 * D, want: '367d' },
  '2y1d1h': { ms: (365 * 2 * 24 + 25) * H, want: '2y1d' },
  '8y2h': { ms: (365 * 8 * 24 + 2) * H, want: '8y' },
  '-2s': { ms: -2 * S, want: '<invalid>' },
  '-2s+1ms': { ms: -2 * S + 1, want: '0s' },
  '0s': { ms: 0, want: '0s' },
  '1s-1ms': { ms: S - 1, want: '0s' },
  '2m-1ms': { ms: 2 * M - 1, want: '119s' },
  '2m': { ms: 2 * M, want: '2m' },
  '2m1s': { ms: 2 * M + S, want: '2m1s' },
  '10m-1ms': { ms: 10 * M - 1, want: '9m59s' },
  '10m': { ms: 10 * M, want: '10m' },
  '10m1s': { ms: 10 * M + S, want: '10m' },
  '3h-1ms': { ms: 3 * H - 1, want: '179m' },
  '3h0m': { ms: 3 * H, want: '3h' },
  '3h1m': { ms: 3 * H + M, want: '3h1m' },
  '8h-1ms': { ms: 8 * H - 1, want: '7h59m' },
  '8h0m': { ms: 8 * H, want: '8h' },
  '8h59m': { ms: 8 * H + 59 * M, want: '8h' },
  '2d-1ms': { ms: 2 * D - 1, want: '47h' },
  '2d': { ms: 2 * D, want: '2d' },
  '2d1h': { ms: 2 * D + H, want: '2d1h' },
  '8d-1ms': { ms: 8 * D - 1, want: '7d23h' },
  '8d0h': { ms: 8 * D, want: '8d' },
  '8d23h': { ms: 8 * D + 23 * H, want: '8d' },
  '2y-1ms': { ms: 2 * Y - 1, want: '729d' },
  '2y': { ms: 2 * Y, want: '2y' },
  '2y23h': { ms: 2 * Y + 23 * H, want: '2y' },
  '2y23h59m': { ms: 2 * Y + 23 * H + 59 * M, want: '2y' },
  '2y1d-1ms': { ms: 2 * Y + D - 1, want: '2y' },
  '2y1d': { ms: 2 * Y + D, want: '2y1d' },
  '3y': { ms: 3 * Y, want: '3y' },
  '4y': { ms: 4 * Y, want: '4y' },
  '5y': { ms: 5 * Y, want: '5y' },
  '6y': { ms: 6 * Y, want: '6y' },
  '7y': { ms: 7 * Y, want: '7y' },
  '8y-1ms': { ms: 8 * Y - 1, want: '7y364d' },
  '8y': { ms: 8 * Y, want: '8y' },
  '8y364d': { ms: 8 * Y + 364 * D, want: '8y' },
  '9y': { ms: 9 * Y, want: '9y' },
  'NaN (not a Go duration)': { ms: NaN, want: '<invalid>' },
};

describe('duration: HumanDuration (duration_test.go)', () => {
  for (const [name, t] of Object.entries(human)) {
    it(`${name} -> ${t.want}`, () => assert.equal(humanDuration(t.ms), t.want));
  }
});

// duration_test.go TestShortHumanDurationBoundaries.
const short: Record<string, { ms: number; want: string }> = {
  '-2s': { ms: -2 * S, want: '<invalid>' },
  '-2s+1ms': { ms: -2 * S + 1, want: '0s' },
  '0s': { ms: 0, want: '0s' },
  '1s-1ms': { ms: S - 1, want: '0s' },
  '1s': { ms: S, want: '1s' },
  '2s-1ms': { ms: 2 * S - 1, want: '1s' },
  '1m-1ms': { ms: M - 1, want: '59s' },
  '1m': { ms: M, want: '1m' },
  '2m-1ms': { ms: 2 * M - 1, want: '1m' },
  '1h-1ms': { ms: H - 1, want: '59m' },
  '1h': { ms: H, want: '1h' },
  '2h-1ms': { ms: 2 * H - 1, want: '1h' },
  '1d-1ms': { ms: D - 1, want: '23h' },
  '1d': { ms: D, want: '1d' },
  '2d-1ms': { ms: 2 * D - 1, want: '1d' },
  '1y-1ms': { ms: Y - 1, want: '364d' },
  '1y': { ms: Y, want: '1y' },
  '2y-1ms': { ms: 2 * Y - 1, want: '1y' },
  '2y': { ms: 2 * Y, want: '2y' },
};

describe('duration: ShortHumanDuration (duration_test.go)', () => {
  for (const [name, t] of Object.entries(short)) {
    it(`${name} -> ${t.want}`, () => assert.equal(shortHumanDuration(t.ms), t.want));
  }
});

const NOW = Date.parse('2025-06-02T10:05:00Z');

const since: Record<string, { ts: string | undefined; want: string }> = {
  'missing timestamp': { ts: undefined, want: '<unknown>' },
  'empty string': { ts: '', want: '<unknown>' },
  'Go zero time': { ts: '0001-01-01T00:00:00Z', want: '<unknown>' },
  'unparseable string': { ts: 'yesterday', want: '<unknown>' },
  'five minutes ago': { ts: '2025-06-02T10:00:00Z', want: '5m' },
  'same instant': { ts: '2025-06-02T10:05:00Z', want: '0s' },
  'one second in the future (clock skew)': { ts: '2025-06-02T10:05:01Z', want: '0s' },
  'two seconds in the future': { ts: '2025-06-02T10:05:02Z', want: '<invalid>' },
  'numeric zone offset': { ts: '2025-06-02T12:03:00+02:00', want: '2m' },
  'fraction just under a second ago is 0s': { ts: '2025-06-02T10:04:59.0001Z', want: '0s' },
  'MicroTime': { ts: '2025-06-02T09:59:50.123456Z', want: '5m9s' },
};

describe('duration: translateTimestampSince', () => {
  for (const [name, t] of Object.entries(since)) {
    it(name, () => assert.equal(translateTimestampSince(t.ts, NOW), t.want));
  }
});
