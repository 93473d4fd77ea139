/**
 * Pieces every describer shares (pkg/describe): multi-line labels, annotations, taints and
 * tolerations, the controller line, time stamps, and the Events table.
 */
import { KubeObject, controllerOf } from '../../api/types';
import { compareGo, utf8Length } from '../../labels/goString';
import { humanDuration, translateTimestampSince } from '../print/duration';
import { formatRFC1123Z, parseRFC3339, ZERO_TIME_MS } from '../print/time';
import { goSort } from './gosort';
import { LEVEL_0, LEVEL_1, PrefixWriter } from './writer';

/** `t.Format(time.RFC1123Z)` of an API timestamp; Go's zero time when unset. */
export function rfc1123(timestamp: string | undefined | null): string {
  const ms = timestamp ? parseRFC3339(timestamp) : undefined;
  return formatRFC1123Z(ms ?? ZERO_TIME_MS);
}

export function sortedKeys(map: Record<string, unknown> | undefined | null): string[] {
  return Object.keys(map ?? {}).sort(compareGo);
}

/** printLabelsMultilineWithIndent: `Title:\tk=v`, further pairs on lines of their own. */
export function printLabelsMultiline(
  w: PrefixWriter,
  title: string,
  labels: Record<string, string> | undefined | null,
  initialIndent = '',
  innerIndent = '\t',
): void {
  w.write(LEVEL_0, `${initialIndent}${title}:${innerIndent}`);
  const keys = sortedKeys(labels);
  if (keys.length === 0) {
    w.line('<none>');
    return;
  }
  keys.forEach((key, i) => {
    if (i !== 0) w.write(LEVEL_0, initialIndent + innerIndent);
    w.write(LEVEL_0, `${key}=${labels![key]}\n`);
  });
}

/** Annotations kubectl never shows (skipAnnotations). */
const SKIPPED_ANNOTATIONS = new Set(['kubectl.kubernetes.io/last-applied-configuration']);
const MAX_ANNOTATION_LEN = 140;

/** Go's `s[:n] + "..."` on a string longer than n bytes. */
function shorten(s: string, maxLength: number): string {
  if (utf8Length(s) <= maxLength) return s;
  const bytes = Buffer.from(s, 'utf8').subarray(0, maxLength);
  return `${bytes.toString('utf8')}...`;
}

/** printAnnotationsMultiline: `key: value`, long or multi-line values on lines below the key. */
export function printAnnotationsMultiline(w: PrefixWriter, title: string, annotations: Record<string, string> | undefined | null): void {
  w.write(LEVEL_0, `${title}:\t`);
  const keys = sortedKeys(annotations).filter((k) => !SKIPPED_ANNOTATIONS.has(k));
  if (keys.length === 0) {
    w.line('<none>');
    return;
  }
  const indent = '\t';
  keys.forEach((key, i) => {
    if (i !== 0) w.write(LEVEL_0, indent);
    const value = annotations![key].replace(/\n$/, '');
    if (utf8Length(value) + utf8Length(key) + 2 > MAX_ANNOTATION_LEN || value.includes('\n')) {
      w.write(LEVEL_0, `${key}:\n`);
      for (const s of value.split('\n')) w.write(LEVEL_0, `${indent}  ${shorten(s, MAX_ANNOTATION_LEN - 2)}\n`);
    } else {
      w.write(LEVEL_0, `${key}: ${value}\n`);
    }
  });
}

/** Taint.ToString: `key[=value]:Effect`. */
export function taintString(t: { key?: string; value?: string; effect?: string }): string {
  return `${t.key ?? ''}${t.value ? `=${t.value}` : ''}:${t.effect ?? ''}`;
}

/** printTaintsMultilineWithIndent: taints sorted by `effect,key`. */
export function printTaintsMultiline(w: PrefixWriter, title: string, taints: any[] | undefined, initialIndent = '', innerIndent = '\t'): void {
  w.write(LEVEL_0, `${initialIndent}${title}:${innerIndent}`);
  if (!taints?.length) {
    w.line('<none>');
    return;
  }
  const key = (t: any) => `${t.effect ?? ''},${t.key ?? ''}`;
  goSort([...taints], (a, b) => compareGo(key(a), key(b)) < 0).forEach((t, i) => {
    if (i !== 0) w.write(LEVEL_0, initialIndent + innerIndent);
    w.write(LEVEL_0, `${taintString(t)}\n`);
  });
}

/** printTolerationsMultilineWithIndent: `key[=value][:effect][ op=Exists][ for Ns]`, by key. */
export function printTolerationsMultiline(w: PrefixWriter, title: string, tolerations: any[] | undefined, initialIndent = '', innerIndent = '\t'): void {
  w.write(LEVEL_0, `${initialIndent}${title}:${innerIndent}`);
  if (!tolerations?.length) {
    w.line('<none>');
    return;
  }
  goSort([...tolerations], (a, b) => compareGo(a.key ?? '', b.key ?? '') < 0).forEach((t, i) => {
    if (i !== 0) w.write(LEVEL_0, initialIndent + innerIndent);
    let text = t.key ?? '';
    if (t.value) text += `=${t.value}`;
    if (t.effect) text += `:${t.effect}`;
    // `operator: Exists` alone tolerates everything and reads `op=Exists`.
    if (t.operator === 'Exists' && !t.value) text += t.key || t.effect ? ' op=Exists' : 'op=Exists';
    if (t.tolerationSeconds !== undefined && t.tolerationSeconds !== null) text += ` for ${t.tolerationSeconds}s`;
    w.write(LEVEL_0, `${text}\n`);
  });
}

/** printController: `Kind/name` of the controller owner reference, or ''. */
export function controllerString(obj: KubeObject): string {
  const ref = controllerOf(obj);
  return ref ? `${ref.kind}/${ref.name}` : '';
}

/** Writes `Controlled By:` when the object has a controller. */
export function printControlledBy(w: PrefixWriter, obj: KubeObject): void {
  const controlledBy = controllerString(obj);
  if (controlledBy) w.write(LEVEL_0, `Controlled By:\t${controlledBy}\n`);
}

/** A Go `%v` of a boolean-ish API field: false when unset. */
export function goBool(value: unknown): string {
  return value ? 'true' : 'false';
}

/** `printBool`: True / False. */
export function printBool(value: unknown): string {
  return value ? 'True' : 'False';
}

/** `printBoolPtr`: True / False, `<unset>` when nil. */
export function printBoolPtr(value: unknown): string {
  return value === undefined || value === null ? '<unset>' : printBool(value);
}

/** `%d` of an optional integer field: Go prints the zero value for an unset one. */
export function int(value: unknown): number {
  return typeof value === 'number' ? value : 0;
}

/** The time an event is sorted by (SortableEvents: lastTimestamp; unset is Go's zero time). */
function lastTimestampMs(e: KubeObject): number {
  return (e.lastTimestamp && parseRFC3339(e.lastTimestamp)) ?? ZERO_TIME_MS;
}

function sinceMicro(timestamp: string | undefined | null, now: number): string {
  const t = timestamp ? parseRFC3339(timestamp) : undefined;
  if (t === undefined || t === ZERO_TIME_MS) return '<unknown>';
  return humanDuration(now - t);
}

/** One row's Age: `80s`, or `80s (x2 over 2m9s)` for a repeated event. */
export function eventInterval(e: KubeObject, now: number): string {
  const eventTime = e.eventTime ? parseRFC3339(e.eventTime) : undefined;
  const first = eventTime === undefined || eventTime === ZERO_TIME_MS ? translateTimestampSince(e.firstTimestamp, now) : sinceMicro(e.eventTime, now);
  if (e.series) return `${sinceMicro(e.series.lastObservedTime, now)} (x${int(e.series.count)} over ${first})`;
  if (int(e.count) > 1) return `${translateTimestampSince(e.lastTimestamp, now)} (x${e.count} over ${first})`;
  return first;
}

/**
 * DescribeEvents: `Events:  <none>`, or a table aligned on its own (the writer is flushed first),
 * rows in lastTimestamp order as Go's unstable sort leaves them.
 */
export function describeEvents(w: PrefixWriter, events: readonly KubeObject[], now: number): void {
  if (events.length === 0) {
    w.write(LEVEL_0, 'Events:\t<none>\n');
    return;
  }
  w.flush();
  const sorted = goSort([...events], (a, b) => lastTimestampMs(a) < lastTimestampMs(b));
  w.write(LEVEL_0, 'Events:\n  Type\tReason\tAge\tFrom\tMessage\n');
  w.write(LEVEL_1, '----\t------\t----\t----\t-------\n');
  for (const e of sorted) {
    const source = e.source?.component || e.reportingComponent || '';
    w.write(LEVEL_1, `${e.type ?? ''}\t${e.reason ?? ''}\t${eventInterval(e, now)}\t${source}\t${(e.message ?? '').trim()}\n`);
  }
}

/** Optional events: describers print the section only when events were fetched (--show-events). */
export function maybeEvents(w: PrefixWriter, events: readonly KubeObject[] | undefined, now: number): void {
  if (events) describeEvents(w, events, now);
}

/** The opening of most describers: `Name`, `Namespace`, `Labels`, `Annotations`. */
export function describeHeader(w: PrefixWriter, obj: KubeObject): void {
  w.write(LEVEL_0, `Name:\t${obj.metadata.name ?? ''}\n`);
  w.write(LEVEL_0, `Namespace:\t${obj.metadata.namespace ?? ''}\n`);
  printLabelsMultiline(w, 'Labels', obj.metadata.labels);
  printAnnotationsMultiline(w, 'Annotations', obj.metadata.annotations);
}
