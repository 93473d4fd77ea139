/**
 * The Go error texts the decoder reproduces: time.Parse for metav1.Time/MicroTime,
 * resource.ParseQuantity, and base64.StdEncoding for []byte.
 */
import assert from 'node:assert/strict';
import { base64Error } from '../../../src/api/schema/base64';
import { goTimeParseError, RFC3339, RFC3339_MICRO } from '../../../src/api/schema/go-time';
import { ERR_FORMAT_WRONG, ERR_NUMERIC, ERR_SUFFIX, quantityError } from '../../../src/api/schema/quantity';

const times: Record<string, { layout?: typeof RFC3339_MICRO; value: string; expected: string | undefined }> = {
  'UTC': { value: '2024-01-02T03:04:05Z', expected: undefined },
  'an offset': { value: '2024-01-02T03:04:05-07:00', expected: undefined },
  'fractional seconds the layout does not spell': { value: '2024-01-02T03:04:05.123456789Z', expected: undefined },
  'a one-digit hour (Go lets it through)': { value: '2024-01-02T3:04:05Z', expected: undefined },
  'a leap day': { value: '2024-02-29T00:00:00Z', expected: undefined },
  'a date alone': {
    value: '2024-01-02',
    expected: 'parsing time "2024-01-02" as "2006-01-02T15:04:05Z07:00": cannot parse "" as "T"',
  },
  'words': {
    value: 'yesterday',
    expected: 'parsing time "yesterday" as "2006-01-02T15:04:05Z07:00": cannot parse "yesterday" as "2006"',
  },
  'a space instead of T': {
    value: '2024-01-02 03:04:05Z',
    expected: 'parsing time "2024-01-02 03:04:05Z" as "2006-01-02T15:04:05Z07:00": cannot parse " 03:04:05Z" as "T"',
  },
  'a one-digit month': {
    value: '2024-1-02T03:04:05Z',
    expected: 'parsing time "2024-1-02T03:04:05Z" as "2006-01-02T15:04:05Z07:00": cannot parse "1-02T03:04:05Z" as "01"',
  },
  'no zone': {
    value: '2024-01-02T03:04:05',
    expected: 'parsing time "2024-01-02T03:04:05" as "2006-01-02T15:04:05Z07:00": cannot parse "" as "Z07:00"',
  },
  'a zone without colon': {
    value: '2024-01-02T03:04:05+0100',
    expected: 'parsing time "2024-01-02T03:04:05+0100" as "2006-01-02T15:04:05Z07:00": cannot parse "+0100" as "Z07:00"',
  },
  'month 13': { value: '2024-13-02T03:04:05Z', expected: 'parsing time "2024-13-02T03:04:05Z": month out of range' },
  'February 30th': { value: '2023-02-29T03:04:05Z', expected: 'parsing time "2023-02-29T03:04:05Z": day out of range' },
  'hour 24': { value: '2024-01-02T24:00:00Z', expected: 'parsing time "2024-01-02T24:00:00Z": hour out of range' },
  'trailing text': { value: '2024-01-02T03:04:05Z!', expected: 'parsing time "2024-01-02T03:04:05Z!": extra text: "!"' },
  'non-ASCII quoted as bytes': {
    value: 'é',
    expected: 'parsing time "\\xc3\\xa9" as "2006-01-02T15:04:05Z07:00": cannot parse "\\xc3\\xa9" as "2006"',
  },
  'MicroTime with six digits': { layout: RFC3339_MICRO, value: '2024-01-02T03:04:05.123456Z', expected: undefined },
  'MicroTime needs the fraction': {
    layout: RFC3339_MICRO,
    value: '2024-01-02T03:04:05Z',
    expected: 'parsing time "2024-01-02T03:04:05Z" as "2006-01-02T15:04:05.000000Z07:00": cannot parse "Z" as ".000000"',
  },
};

const quantities: Record<string, { value: unknown; expected: string | undefined }> = {
  'millicores': { value: '100m', expected: undefined },
  'binary suffix': { value: '128Mi', expected: undefined },
  'a JSON number': { value: 0.5, expected: undefined },
  'an exponent': { value: '1e3', expected: undefined },
  'spaces around are trimmed': { value: ' 2 ', expected: undefined },
  'null': { value: null, expected: undefined },
  'a lone dot reads as zero': { value: '.', expected: undefined },
  'the empty string': { value: '', expected: ERR_FORMAT_WRONG },
  'words': { value: 'lots', expected: ERR_FORMAT_WRONG },
  'two dots': { value: '1.5.5', expected: ERR_FORMAT_WRONG },
  'a boolean': { value: true, expected: ERR_FORMAT_WRONG },
  'an object': { value: { cpu: 1 }, expected: ERR_FORMAT_WRONG },
  'lower-case binary suffix': { value: '512mi', expected: ERR_SUFFIX },
  'an exponent without digits': { value: '1e', expected: ERR_SUFFIX },
  'a digitless number with a large binary suffix': { value: '.Pi', expected: ERR_NUMERIC },
};

const base64: Record<string, { value: string; expected: string | undefined }> = {
  'padded': { value: 'cGFzc3dvcmQ=', expected: undefined },
  'double padding': { value: 'YQ==', expected: undefined },
  'empty': { value: '', expected: undefined },
  'line breaks are skipped': { value: 'cGFz\nc3dv\r\ncmQ=\n', expected: undefined },
  'an illegal character': { value: 'cGF*', expected: 'illegal base64 data at input byte 3' },
  'padding missing': { value: 'cGFzc3dvcmQ', expected: 'illegal base64 data at input byte 8' },
  'plain text': { value: 'admin', expected: 'illegal base64 data at input byte 4' },
  'one padding character short': { value: 'YQ=', expected: 'illegal base64 data at input byte 3' },
  'padding too early': { value: 'Y===', expected: 'illegal base64 data at input byte 1' },
  'data after the padding': { value: 'YQ==YQ==', expected: 'illegal base64 data at input byte 4' },
  'URL alphabet': { value: 'a-_b', expected: 'illegal base64 data at input byte 1' },
};

describe('Go decode texts', () => {
  describe('time.Parse', () => {
    for (const [name, { layout, value, expected }] of Object.entries(times)) {
      it(name, () => assert.equal(goTimeParseError(layout ?? RFC3339, value), expected));
    }
  });
  describe('resource.ParseQuantity', () => {
    for (const [name, { value, expected }] of Object.entries(quantities)) {
      it(name, () => assert.equal(quantityError(value), expected));
    }
  });
  describe('base64.StdEncoding', () => {
    for (const [name, { value, expected }] of Object.entries(base64)) {
      it(name, () => assert.equal(base64Error(value), expected));
    }
  });
});
