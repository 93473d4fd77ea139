/**
 * The generic describer, for kinds kubectl has no describer of its own for (Lease, Event,
 * ControllerRevision...): name, namespace, labels, annotations, then every field of the object
 * with its name made readable (`holderIdentity` → `Holder Identity`), then events.
 */
import { KubeObject } from '../../api/types';
import { compareGo } from '../../labels/goString';
import { describeHeader, maybeEvents } from './common';
import { LEVEL_0, PrefixWriter, tabbed } from './writer';

type CharClass = 1 | 2 | 3 | 4;

function charClass(c: string): CharClass {
  if (/\p{Ll}/u.test(c)) return 1;
  if (/\p{Lu}/u.test(c)) return 2;
  if (/\p{Nd}/u.test(c)) return 3;
  return 4;
}

/** github.com/fatih/camelcase Split: runs of one character class, `PDFLoader` → PDF, Loader. */
export function camelcaseSplit(src: string): string[] {
  const runs: string[][] = [];
  let last: CharClass | 0 = 0;
  for (const c of src) {
    const cls = charClass(c);
    if (cls === last) runs[runs.length - 1].push(c);
    else runs.push([c]);
    last = cls;
  }
  for (let i = 0; i < runs.length - 1; i++) {
    if (charClass(runs[i][0]) === 2 && charClass(runs[i + 1][0]) === 1) {
      runs[i + 1].unshift(runs[i].pop()!);
    }
  }
  return runs.filter((r) => r.length > 0).map((r) => r.join(''));
}

const ACRONYMS = new Set(['API', 'URL', 'UID', 'OSB', 'GUID']);

/** smartLabelFor: a field name as a label; names with characters other than letters and '-' are kept. */
export function smartLabelFor(field: string): string {
  if ([...field].some((c) => !/\p{L}/u.test(c) && c !== '-')) return field;
  return camelcaseSplit(field)
    .filter((part) => part !== '_')
    .map((part) => (ACRONYMS.has(part.toUpperCase()) ? part.toUpperCase() : part.charAt(0).toUpperCase() + part.slice(1)))
    .join(' ');
}

/** Go's `%v` of a decoded JSON scalar. */
function scalar(value: unknown): string {
  if (value === null || value === undefined) return '<nil>';
  return String(value);
}

const isMap = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** printUnstructuredContent: fields in sorted order, maps and lists indented below their name. */
function printContent(w: PrefixWriter, level: number, content: Record<string, unknown>, skipPrefix: string, skip: ReadonlySet<string>): void {
  for (const field of Object.keys(content).sort(compareGo)) {
    const value = content[field];
    const path = `${skipPrefix}.${field}`;
    if (skip.has(path)) continue;
    if (isMap(value)) {
      w.write(level, `${smartLabelFor(field)}:\n`);
      printContent(w, level + 1, value, path, skip);
    } else if (Array.isArray(value)) {
      w.write(level, `${smartLabelFor(field)}:\n`);
      for (const child of value) {
        if (isMap(child)) printContent(w, level + 1, child, path, skip);
        else w.write(level + 1, `${scalar(child)}\n`);
      }
    } else {
      w.write(level, `${smartLabelFor(field)}:\t${scalar(value)}\n`);
    }
  }
}

const SKIPPED = new Set(['.metadata.managedFields', '.metadata.name', '.metadata.namespace', '.metadata.labels', '.metadata.annotations']);

export function describeGeneric({ obj, events, now }: { obj: KubeObject; events?: readonly KubeObject[]; now: number }): string {
  return tabbed((w) => {
    describeHeader(w, obj);
    printContent(w, LEVEL_0, obj as Record<string, unknown>, '', SKIPPED);
    maybeEvents(w, events, now);
  });
}
