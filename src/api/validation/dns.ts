/**
 * Name formats of apimachinery's `pkg/util/validation` (IsDNS1123Subdomain, IsDNS1123Label,
 * IsDNS1035Label), with their exact messages. Each returns the list of problems, empty when valid.
 *
 * The formats are checked by one pass over the characters rather than by the regexes the
 * messages quote (every object's name is checked on every create and update; the regexes
 * backtrack): each `matches…` below accepts exactly the strings its regex accepts.
 */

// Character classes as bit flags, indexed by character code (ASCII only: nothing else matches).
const LOWER_ALNUM = 1; // [a-z0-9]
const DNS_CHAR = 2; // [-a-z0-9]
const LOWER = 4; // [a-z]
const CLASSES = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  const digit = ch >= '0' && ch <= '9';
  const lower = ch >= 'a' && ch <= 'z';
  if (digit || lower) CLASSES[c] |= LOWER_ALNUM | DNS_CHAR;
  if (lower) CLASSES[c] |= LOWER;
  if (ch === '-') CLASSES[c] |= DNS_CHAR;
}

function has(c: number, cls: number): boolean {
  return c < 128 && (CLASSES[c] & cls) !== 0;
}

/** `[first]([-a-z0-9]*[a-z0-9])?` over s[start, end): `first` is the class of the first character. */
function isLabelSpan(s: string, start: number, end: number, first: number): boolean {
  if (end <= start || !has(s.charCodeAt(start), first) || !has(s.charCodeAt(end - 1), LOWER_ALNUM)) return false;
  for (let i = start + 1; i < end - 1; i++) if (!has(s.charCodeAt(i), DNS_CHAR)) return false;
  return true;
}

/** `^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$`: dot-separated DNS-1123 labels. */
export function matchesDNS1123Subdomain(s: string): boolean {
  let start = 0;
  for (;;) {
    let end = s.indexOf('.', start);
    if (end < 0) end = s.length;
    if (!isLabelSpan(s, start, end, LOWER_ALNUM)) return false;
    if (end === s.length) return true;
    start = end + 1;
  }
}

/** `^[a-z0-9]([-a-z0-9]*[a-z0-9])?$`. */
function matchesDNS1123Label(s: string): boolean {
  return isLabelSpan(s, 0, s.length, LOWER_ALNUM);
}

/** `^[a-z]([-a-z0-9]*[a-z0-9])?$`. */
function matchesDNS1035Label(s: string): boolean {
  return isLabelSpan(s, 0, s.length, LOWER);
}

export function isDNS1123Subdomain(value: string): string[] {
  const errs: string[] = [];
  if (value.length > 253) errs.push('must be no more than 253 characters');
  if (!matchesDNS1123Subdomain(value)) {
    errs.push(
      "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
    );
  }
  return errs;
}

export function isDNS1123Label(value: string): string[] {
  const errs: string[] = [];
  if (value.length > 63) errs.push('must be no more than 63 characters');
  if (!matchesDNS1123Label(value)) {
    errs.push(
      "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')",
    );
  }
  return errs;
}

export function isDNS1035Label(value: string): string[] {
  const errs: string[] = [];
  if (value.length > 63) errs.push('must be no more than 63 characters');
  if (!matchesDNS1035Label(value)) {
    errs.push(
      "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')",
    );
  }
  return errs;
}
