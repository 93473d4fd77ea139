/**
 * `-o custom-columns=NAME:.metadata.name,NODE:.spec.nodeName` and `--sort-by=.status.startTime`,
 * as kubectl prints and orders them.
 */
import { KubeObject } from '../../api/types';
import { CommandError } from '../errors';
import { formatRows, getTableWriter } from './tabwriter';
import { formatValue, select } from './jsonpath';

function columnSpecs(spec: string): { header: string; path: string }[] {
  return spec.split(',').map((part) => {
    const colon = part.indexOf(':');
    if (colon < 0) throw new CommandError(`unexpected custom-columns spec: ${part}, expected <header>:<json-path-expr>`);
    const path = part.slice(colon + 1).trim();
    return { header: part.slice(0, colon), path: path.startsWith('{') ? path.slice(1, -1) : path };
  });
}

export function customColumns(spec: string, objects: readonly KubeObject[], noHeaders: boolean): string {
  const cols = columnSpecs(spec);
  const rows: string[][] = noHeaders ? [] : [cols.map((c) => c.header)];
  for (const obj of objects) {
    rows.push(
      cols.map((c) => {
        const values = select(obj, c.path);
        return values.length === 0 || values.every((v) => v === undefined || v === null) ? '<none>' : values.map(formatValue).join(',');
      }),
    );
  }
  return formatRows(rows, getTableWriter());
}

function compare(a: unknown, b: unknown): number {
  if (a === undefined && b === undefined) return 0;
  if (a === undefined) return -1;
  if (b === undefined) return 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const sa = formatValue(a);
  const sb = formatValue(b);
  const ta = Date.parse(sa);
  const tb = Date.parse(sb);
  if (/^\d{4}-\d\d-\d\dT/.test(sa) && /^\d{4}-\d\d-\d\dT/.test(sb) && !Number.isNaN(ta) && !Number.isNaN(tb)) return ta - tb;
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

/** Objects ordered by the value at a JSONPath (`{.status.startTime}` or `.status.startTime`), stable. */
export function sortByPath(objects: readonly KubeObject[], path: string): KubeObject[] {
  const p = path.startsWith('{') ? path.slice(1, -1) : path;
  const keyed = objects.map((o, i) => ({ o, i, v: select(o, p)[0] }));
  keyed.sort((x, y) => compare(x.v, y.v) || x.i - y.i);
  return keyed.map((k) => k.o);
}
