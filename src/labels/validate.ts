/**
 * Label keys, label values and annotations as the API server validates them
 * (apimachinery `content.IsLabelKey` / `IsLabelValue`, `ValidateLabels`, `ValidateAnnotations`),
 * with apimachinery's exact messages.
 */
import { FieldError, FieldPath, fieldErrors } from '../api/field';
import { compareGo, utf8Length } from './goString';
import { matchesDNS1123Subdomain } from '../api/validation/dns';

const LABEL_KEY_FMT = '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]';
const LABEL_KEY_ERR =
  "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
const LABEL_VALUE_FMT = `(${LABEL_KEY_FMT})?`;
const LABEL_VALUE_ERR =
  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
const DNS1123_LABEL_FMT = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const DNS1123_SUBDOMAIN_FMT = `${DNS1123_LABEL_FMT}(\\.${DNS1123_LABEL_FMT})*`;
const DNS1123_SUBDOMAIN_ERR =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character";

export const LABEL_NAME_MAX_LENGTH = 63;
export const LABEL_VALUE_MAX_LENGTH = 63;
export const DNS1123_SUBDOMAIN_MAX_LENGTH = 253;
/** `TotalAnnotationSizeLimitB`: 256 KiB over all keys and values. */
export const TOTAL_ANNOTATION_SIZE_LIMIT = 256 * (1 << 10);

/** `content.RegexError`: note the `', '` + `' or '` that yields a double space before "or". */
function regexError(msg: string, re: string, ...examples: string[]): string {
  let out = `${msg} (e.g. `;
  examples.forEach((e, i) => {
    if (i > 0) out += ' or ';
    out += `'${e}', `;
  });
  return `${out}regex used for validation is '${re}')`;
}

const maxLenError = (n: number) => `must be no more than ${n} bytes`;
const EMPTY_ERROR = 'must be non-empty';

const KEY_TOO_MANY_SLASHES =
  'a valid label key ' +
  regexError(LABEL_KEY_ERR, LABEL_KEY_FMT, 'MyName', 'my.name', '123-abc') +
  " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')";
const NAME_EMPTY = `name part ${EMPTY_ERROR}`;
const NAME_TOO_LONG = `name part ${maxLenError(LABEL_NAME_MAX_LENGTH)}`;
const NAME_REGEX = `name part ${regexError(LABEL_KEY_ERR, LABEL_KEY_FMT, 'MyName', 'my.name', '123-abc')}`;
const PREFIX_EMPTY = `prefix part ${EMPTY_ERROR}`;
const PREFIX_TOO_LONG = `prefix part ${maxLenError(DNS1123_SUBDOMAIN_MAX_LENGTH)}`;
const PREFIX_REGEX = `prefix part ${regexError(DNS1123_SUBDOMAIN_ERR, DNS1123_SUBDOMAIN_FMT, 'example.com')}`;
const VALUE_TOO_LONG = maxLenError(LABEL_VALUE_MAX_LENGTH);
const VALUE_REGEX = regexError(LABEL_VALUE_ERR, LABEL_VALUE_FMT, 'MyValue', 'my_value', '12345');

// Character classes as bit flags, so the regexes above are checked by one pass over the string.
const ALNUM = 1; // [A-Za-z0-9]
const NAME_CHAR = 2; // [-A-Za-z0-9_.]
const CLASSES = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  const digit = ch >= '0' && ch <= '9';
  const lower = ch >= 'a' && ch <= 'z';
  const upper = ch >= 'A' && ch <= 'Z';
  if (digit || lower || upper) CLASSES[c] |= ALNUM | NAME_CHAR;
  if (ch === '-' || ch === '_' || ch === '.') CLASSES[c] |= NAME_CHAR;
}

function has(c: number, cls: number): boolean {
  return c < 128 && (CLASSES[c] & cls) !== 0;
}

/** `^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$` over s[start, end). */
function isNameSpan(s: string, start: number, end: number): boolean {
  if (end <= start || !has(s.charCodeAt(start), ALNUM) || !has(s.charCodeAt(end - 1), ALNUM)) return false;
  for (let i = start + 1; i < end - 1; i++) if (!has(s.charCodeAt(i), NAME_CHAR)) return false;
  return true;
}

/** `content.IsLabelKey` (a.k.a. `IsQualifiedName`): `[prefix/]name`; empty list when valid. */
export function validateLabelKey(key: string): string[] {
  const errs: string[] = [];
  let nameStart = 0;
  const slash = key.indexOf('/');
  if (slash >= 0) {
    if (key.indexOf('/', slash + 1) >= 0) return [KEY_TOO_MANY_SLASHES];
    nameStart = slash + 1;
    const prefix = key.slice(0, slash);
    if (prefix.length === 0) errs.push(PREFIX_EMPTY);
    else {
      if (utf8Length(prefix) > DNS1123_SUBDOMAIN_MAX_LENGTH) errs.push(PREFIX_TOO_LONG);
      if (!matchesDNS1123Subdomain(prefix)) errs.push(PREFIX_REGEX);
    }
  }
  if (nameStart === key.length) errs.push(NAME_EMPTY);
  else if (utf8Length(nameStart === 0 ? key : key.slice(nameStart)) > LABEL_NAME_MAX_LENGTH) errs.push(NAME_TOO_LONG);
  if (!isNameSpan(key, nameStart, key.length)) errs.push(NAME_REGEX);
  return errs;
}

/** `content.IsLabelValue` (a.k.a. `IsValidLabelValue`); the empty string is valid. */
export function validateLabelValue(value: string): string[] {
  const errs: string[] = [];
  const pattern = value.length === 0 || isNameSpan(value, 0, value.length);
  // A value of the pattern is ASCII: its UTF-8 length is its length (no second pass over it).
  if ((pattern ? value.length : utf8Length(value)) > LABEL_VALUE_MAX_LENGTH) errs.push(VALUE_TOO_LONG);
  if (!pattern) errs.push(VALUE_REGEX);
  return errs;
}

/** Whether `validateLabelValue` finds nothing, without building its list (anything but a string takes its path, errors included). */
function isValidLabelValue(value: string): boolean {
  if (typeof value !== 'string') return validateLabelValue(value).length === 0;
  return value.length === 0 || (value.length <= LABEL_VALUE_MAX_LENGTH && isNameSpan(value, 0, value.length));
}

/** Keys in Go byte order: Go iterates maps randomly, so any fixed order is faithful; this one is stable. */
export function sortedKeys(map: Readonly<Record<string, string>>): string[] {
  return Object.keys(map).sort(compareGo);
}

/**
 * `ValidateLabels`: one `Invalid` per message, on the map's own path (`metadata.labels`),
 * with the key or the value as the bad value.
 */
export function validateLabels(labels: Readonly<Record<string, string>> | null | undefined, path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  if (!labels || allValid(labels)) return errs;
  for (const k of sortedKeys(labels)) {
    for (const msg of validateLabelKey(k)) errs.push(fieldErrors.invalid(path, k, msg));
    for (const msg of validateLabelValue(labels[k])) errs.push(fieldErrors.invalid(path, labels[k], msg));
  }
  return errs;
}

/** Whether every key and value is a valid label (then there is no error to order by key). */
function allValid(labels: Readonly<Record<string, string>>): boolean {
  for (const k in labels) if (!isValidLabelKey(k) || !isValidLabelValue(labels[k])) return false;
  return true;
}

/**
 * Label keys known valid: a few keys (`controller-uid`, `job-name`, ...) are on every object the
 * controllers write, and checking one is a pure function of its text.
 */
const VALID_LABEL_KEYS = new Set<string>();

function isValidLabelKey(key: string): boolean {
  if (VALID_LABEL_KEYS.has(key)) return true;
  if (validateLabelKey(key).length) return false;
  if (VALID_LABEL_KEYS.size >= 10_000) VALID_LABEL_KEYS.clear();
  VALID_LABEL_KEYS.add(key);
  return true;
}

/**
 * Go's `strings.ToLower`. JavaScript's full case mapping differs only for U+0130 (İ), which Go
 * maps to a plain `i`; the final-sigma difference keeps the byte length, so messages agree.
 */
function goToLower(s: string): string {
  return s.includes('\u0130') ? s.replace(/\u0130/g, 'i').toLowerCase() : s.toLowerCase();
}

/**
 * `ValidateAnnotations`: keys are label keys compared case-insensitively (lower-cased first),
 * values are free, and all keys plus values may take at most 262144 bytes.
 */
export function validateAnnotations(
  annotations: Readonly<Record<string, string>> | null | undefined,
  path: FieldPath,
): FieldError[] {
  const errs: FieldError[] = [];
  if (!annotations) return errs;
  let total = 0;
  for (const k of sortedKeys(annotations)) {
    for (const msg of validateLabelKey(goToLower(k))) errs.push(fieldErrors.invalid(path, k, msg));
    total += utf8Length(k) + utf8Length(annotations[k]);
  }
  if (total > TOTAL_ANNOTATION_SIZE_LIMIT) errs.push(fieldErrors.tooLong(path, '', TOTAL_ANNOTATION_SIZE_LIMIT));
  return errs;
}
