/** `kubectl get events` (printEvent): since the last time seen, the object as `kind/name`. */
import { KubeObject } from '../api/types';
import { translateTimestampSince } from '../kubectl/print/duration';
import { KindPrinter, col } from './columns';

/** `formatEventSource`: component (or reporting controller), then host (or reporting instance). */
function eventSource(ev: KubeObject): string {
  const component = ev.source?.component || ev.reportingController || '';
  const host = ev.source?.host || ev.reportingInstance || '';
  return host ? `${component}, ${host}` : component;
}

function printEvent(ev: KubeObject, now: number): (string | number)[] {
  const firstSeen = translateTimestampSince(ev.firstTimestamp || ev.eventTime, now);
  let lastSeen = ev.lastTimestamp ? translateTimestampSince(ev.lastTimestamp, now) : firstSeen;
  let count: number = ev.count ?? 0;
  if (ev.series) {
    lastSeen = translateTimestampSince(ev.series.lastObservedTime, now);
    count = ev.series.count ?? 0;
  } else if (count === 0) {
    // Singleton events of the new API carry no count.
    count = 1;
  }
  const involved = ev.involvedObject ?? {};
  const kind = String(involved.kind ?? '').toLowerCase();
  const target = involved.name ? `${kind}/${involved.name}` : kind;
  const message = String(ev.message ?? '').trim();
  return [lastSeen, ev.type ?? '', ev.reason ?? '', target, involved.fieldPath ?? '', eventSource(ev), message, firstSeen, count, ev.metadata.name!];
}

export const EVENT_PRINTER: KindPrinter = {
  columns: [
    col('Last Seen'),
    col('Type'),
    col('Reason'),
    col('Object'),
    col('Subobject', 1),
    col('Source', 1),
    col('Message'),
    col('First Seen', 1),
    col('Count', 1),
    { name: 'Name', priority: 1, format: 'name' },
  ],
  row: printEvent,
};
