/** Timestamp formats: RFC1123Z (describe), RFC3339 (metav1.Time), RFC3339Micro (metav1.MicroTime). */
import assert from 'node:assert/strict';
import { ZERO_TIME_MS, formatRFC1123Z, formatRFC3339, formatRFC3339Micro, parseRFC3339 } from '../../../src/kubectl/print/time';

const t = (s: string) => Date.parse(s);

const rfc1123z: Record<string, { ms: number; offset?: number; want: string }> = {
  'W4 start time': { ms: t('2025-06-02T10:00:00Z'), want: 'Mon, 02 Jun 2025 10:00:00 +0000' },
  'single-digit day is zero-padded': { ms: t('2025-01-05T03:04:05Z'), want: 'Sun, 05 Jan 2025 03:04:05 +0000' },
  'milliseconds are dropped': { ms: t('2025-12-31T23:59:59.999Z'), want: 'Wed, 31 Dec 2025 23:59:59 +0000' },
  'a local zone east of UTC': { ms: t('2025-06-02T10:00:00Z'), offset: 120, want: 'Mon, 02 Jun 2025 12:00:00 +0200' },
  'a local zone west of UTC with minutes': { ms: t('2025-06-02T01:00:00Z'), offset: -210, want: 'Sun, 01 Jun 2025 21:30:00 -0330' },
};

describe('time: formatRFC1123Z', () => {
  for (const [name, c] of Object.entries(rfc1123z)) {
    it(name, () => assert.equal(formatRFC1123Z(c.ms, c.offset), c.want));
  }
});

const rfc3339: Record<string, { ms: number; want: string; micro: string }> = {
  'whole seconds': { ms: t('2025-06-02T10:00:00Z'), want: '2025-06-02T10:00:00Z', micro: '2025-06-02T10:00:00.000000Z' },
  'fraction truncated, not rounded': { ms: t('2025-06-02T10:00:00.999Z'), want: '2025-06-02T10:00:00Z', micro: '2025-06-02T10:00:00.999000Z' },
  'the epoch': { ms: 0, want: '1970-01-01T00:00:00Z', micro: '1970-01-01T00:00:00.000000Z' },
  'the Go zero time': { ms: ZERO_TIME_MS, want: '0001-01-01T00:00:00Z', micro: '0001-01-01T00:00:00.000000Z' },
};

describe('time: formatRFC3339 / formatRFC3339Micro', () => {
  for (const [name, c] of Object.entries(rfc3339)) {
    it(name, () => {
      assert.equal(formatRFC3339(c.ms), c.want);
      assert.equal(formatRFC3339Micro(c.ms), c.micro);
    });
  }
});

const parse: Record<string, { s: string; want: number | undefined }> = {
  'UTC': { s: '2025-06-02T10:00:00Z', want: t('2025-06-02T10:00:00Z') },
  'positive offset': { s: '2025-06-02T12:00:00+02:00', want: t('2025-06-02T10:00:00Z') },
  'negative offset': { s: '2025-06-02T06:30:00-03:30', want: t('2025-06-02T10:00:00Z') },
  'fractional seconds': { s: '2025-06-02T10:00:00.250Z', want: t('2025-06-02T10:00:00Z') + 250 },
  'year 1 is not read as 1901': { s: '0001-01-01T00:00:00Z', want: -62135596800000 },
  'date only is not RFC 3339': { s: '2025-06-02', want: undefined },
  'missing zone': { s: '2025-06-02T10:00:00', want: undefined },
  'garbage': { s: 'now', want: undefined },
};

describe('time: parseRFC3339', () => {
  for (const [name, c] of Object.entries(parse)) {
    it(name, () => assert.equal(parseRFC3339(c.s), c.want));
  }
});
