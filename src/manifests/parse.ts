/**
 * Manifests as kubectl reads them: one or more YAML documents, empty ones skipped, a List's items
 * unpacked. Malformed YAML is refused with the line it stops at, as kubectl reports it.
 */
import { YAMLError, parseAllDocuments } from 'yaml';
import { clone } from '../api/types';

/** The YAML 1.1 tags go-yaml v2 resolves (no timestamps into plain values, no sexagesimal). */
function goYamlTags(tags: any[]): any[] {
  return tags.filter((t) => t.tag !== 'tag:yaml.org,2002:timestamp' && t.format !== 'TIME');
}

export class ManifestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ManifestError';
  }
}

export interface ManifestDocument {
  readonly object: Record<string, any>;
  /** 1-based line of the document's start in the source. */
  readonly line: number;
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

/**
 * Texts parsed before, and what they held: scenarios apply the same files again and again, and
 * parsing YAML costs more than copying what it gave. Bounded; only texts that parsed into plain
 * JSON values (what a manifest holds) are kept.
 */
const parsedTexts = new Map<string, ManifestDocument[]>();
const PARSED_TEXTS_MAX = 512;

/** Parses YAML text into the objects it holds; `source` names it in errors ("STDIN", a file). */
export function parseManifests(text: string, source: string): ManifestDocument[] {
  const known = parsedTexts.get(text);
  if (known) return known.map((d) => ({ object: clone(d.object), line: d.line }));
  const docs = parseText(text, source);
  if (docs.every((d) => isJson(d.object))) {
    if (parsedTexts.size >= PARSED_TEXTS_MAX) parsedTexts.clear();
    parsedTexts.set(text, docs.map((d) => ({ object: clone(d.object), line: d.line })));
  }
  return docs;
}

/** Whether a value is made of plain objects, arrays, strings, numbers, booleans and null only. */
function isJson(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean' || typeof value === 'number') return true;
  if (Array.isArray(value)) return value.every(isJson);
  if (typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return false;
  for (const k of Object.keys(value)) if (!isJson((value as Record<string, unknown>)[k])) return false;
  return true;
}

function parseText(text: string, source: string): ManifestDocument[] {
  // kubectl's YAML decoding (sigs.k8s.io/yaml over go-yaml v2) is lenient with duplicate keys:
  // the last one wins.
  // kubectl reads manifests with go-yaml v2, a YAML 1.1 parser: yes/no/on/off are booleans and
  // 0777 is octal; but like go-yaml it keeps timestamps as strings and has no base-60 numbers.
  const docs = parseAllDocuments(text, { prettyErrors: false, uniqueKeys: false, version: '1.1', customTags: goYamlTags });
  const lineOf = lineFinder(text);
  const out: ManifestDocument[] = [];
  const list = Array.isArray(docs) ? docs : [docs];
  for (const doc of list) {
    const err = doc.errors[0];
    if (err) {
      const { line, message } = goYamlError(err, text, lineOf);
      throw new ManifestError(`error parsing ${source}: error converting YAML to JSON: yaml: line ${line}: ${message}`);
    }
    let value;
    try {
      value = doc.toJS({ maxAliasCount: 100 });
    } catch (e) {
      // Aliases are resolved only now: an unknown or excessive alias is still the YAML's fault.
      throw new ManifestError(`error parsing ${source}: error converting YAML to JSON: yaml: line ${lineOf(doc.range?.[0] ?? 0)}: ${firstLine((e as Error).message)}`);
    }
    const line = lineOf(doc.range?.[0] ?? 0);
    if (value === null || value === undefined) continue;
    if (typeof value !== 'object' || Array.isArray(value)) {
      throw new ManifestError(
        `error parsing ${source}: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal ${Array.isArray(value) ? 'array' : jsonType(value)} into Go value of type map[string]interface {}`,
      );
    }
    if (value.kind === 'List' && Array.isArray(value.items)) {
      for (const item of value.items) out.push({ object: item, line });
    } else {
      out.push({ object: value, line });
    }
  }
  return out;
}

/**
 * The error go-yaml v2 gives where this parser stops, for the mistakes people make most: its
 * message, and its line — the problem's line for scanner errors, the line before it for parser
 * errors (go-yaml's `fail` counts parser marks from 0). Others keep this parser's own words.
 */
function goYamlError(err: YAMLError, text: string, lineOf: (offset: number) => number): { line: number; message: string } {
  const at = err.pos?.[0] ?? 0;
  switch (err.code) {
    case 'TAB_AS_INDENT':
      return { line: lineOf(at), message: 'found character that cannot start any token' };
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY': {
      // A value followed by `key:` on the same line, or by a more indented `key:` below it.
      const colon = text.slice(at).search(/:(\s|$)/);
      return { line: lineOf(colon < 0 ? at : at + colon), message: 'mapping values are not allowed in this context' };
    }
    case 'BAD_INDENT':
      // A key less indented than its siblings (not a flow collection's indentation).
      if (!err.message.startsWith('All mapping items must start at the same column')) break;
      return { line: Math.max(1, lineOf(at) - 1), message: 'did not find expected key' };
  }
  return { line: err.linePos?.[0]?.line ?? lineOf(at), message: firstLine(err.message) };
}

function jsonType(v: unknown): string {
  return typeof v === 'string' ? 'string' : typeof v === 'number' ? 'number' : typeof v === 'boolean' ? 'bool' : 'value';
}

/** Line numbers of offsets in `text`, by binary search over the line starts. */
function lineFinder(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}
