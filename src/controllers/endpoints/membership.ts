/**
 * Which pods a Service selects and which Services select a pod, through two store indexes keyed
 * by `namespace/key=value`: a pod event costs the Services sharing one of its labels, not every
 * Service in the namespace; a Service sync costs the pods carrying its rarest selector pair.
 * A Service without selector (or with an empty one) selects nothing.
 */
import { KubeObject, keyOf } from '../../api/types';
import { ApiServer } from '../../store/apiserver';
import { sameLabels } from '../../labels';
import { NO_STRINGS } from '../../util/empty';
import { byName } from '../../util/sort';

const POD_LABELS = 'labelPair';
const SERVICE_SELECTOR = 'selectorPair';

const pair = (ns: string | undefined, k: string, v: string) => `${ns ?? ''}/${k}=${v}`;


export function selectorOf(svc: KubeObject): Record<string, string> | undefined {
  const sel = svc.spec?.selector;
  return sel && Object.keys(sel).length ? sel : undefined;
}

export function matches(selector: Record<string, string>, labels: Record<string, string> | undefined): boolean {
  for (const [k, v] of Object.entries(selector)) if (labels?.[k] !== v) return false;
  return true;
}

export class Membership {
  private podIndex = false;

  constructor(private readonly api: ApiServer) {
    api.store.addIndex('Service', SERVICE_SELECTOR, (s) => Object.entries(selectorOf(s) ?? {}).map(([k, v]) => pair(s.metadata.namespace, k, v)), (s) => s.spec?.selector);
  }

  /** Pods of the Service's namespace matching its selector, by name. */
  podsFor(svc: KubeObject): KubeObject[] {
    const selector = selectorOf(svc);
    if (!selector) return [];
    // The pods' label pairs are indexed from the first Service that selects: until then (a
    // cluster of Jobs) nobody asks, and every pod write would build and index its pairs.
    if (!this.podIndex) {
      this.api.store.addIndex('Pod', POD_LABELS, (p) => Object.entries(p.metadata.labels ?? {}).map(([k, v]) => pair(p.metadata.namespace, k, v)), (p) => p.metadata.labels);
      this.podIndex = true;
    }
    const ns = svc.metadata.namespace;
    let smallest: KubeObject[] | undefined;
    for (const [k, v] of Object.entries(selector)) {
      const bucket = this.api.store.byIndex('Pod', POD_LABELS, pair(ns, k, v));
      if (!smallest || bucket.length < smallest.length) smallest = bucket;
      if (bucket.length === 0) break;
    }
    return (smallest ?? []).filter((p) => matches(selector, p.metadata.labels)).sort(byName);
  }

  /** Keys of the Services whose selector matches these labels. */
  private servicesFor(namespace: string | undefined, labels: Record<string, string> | undefined): ReadonlySet<string> {
    const keys = new Set<string>();
    for (const [k, v] of Object.entries(labels ?? {})) {
      for (const svc of this.api.store.byIndex('Service', SERVICE_SELECTOR, pair(namespace, k, v))) {
        const selector = selectorOf(svc);
        if (selector && matches(selector, labels)) keys.add(keyOf(svc.metadata.namespace, svc.metadata.name!));
      }
    }
    return keys;
  }

  /**
   * `GetServicesToUpdateOnPodChange`: on add and delete, the pod's Services; on update, nothing
   * unless its endpoint-relevant fields or labels changed; with changed labels, the Services it
   * left or joined (all of both sets if the pod changed too).
   */
  servicesToSync(type: string, pod: KubeObject, old: KubeObject | undefined): ReadonlySet<string> {
    // No Service selects anything: every answer below would be empty (every pod write of a
    // cluster of ReplicaSets and Jobs, twice: the endpoints and EndpointSlice controllers).
    if (this.api.store.indexSize('Service', SERVICE_SELECTOR) === 0) return NO_STRINGS;
    const ns = pod.metadata.namespace;
    if (type !== 'MODIFIED' || !old) return this.servicesFor(ns, pod.metadata.labels);
    const labelsChanged = !sameLabels(pod.metadata.labels, old.metadata.labels) || pod.spec?.hostname !== old.spec?.hostname || pod.spec?.subdomain !== old.spec?.subdomain;
    const podChanged = endpointFieldsChanged(old, pod);
    if (!podChanged && !labelsChanged) return NO_STRINGS;
    const now = this.servicesFor(ns, pod.metadata.labels);
    if (!labelsChanged) return now;
    const before = this.servicesFor(ns, old.metadata.labels);
    if (podChanged) return new Set([...now, ...before]);
    return new Set([...[...now].filter((k) => !before.has(k)), ...[...before].filter((k) => !now.has(k))]);
  }
}

/** `podEndpointsChanged`: deletion, readiness or pod IPs (name, UID and node never change once set). */
function endpointFieldsChanged(old: KubeObject, pod: KubeObject): boolean {
  if (old.metadata.deletionTimestamp !== pod.metadata.deletionTimestamp) return true;
  if (isPodReady(old) !== isPodReady(pod)) return true;
  // Compared in place: every pod write of a selected pod comes here.
  const a: any[] = old.status?.podIPs ?? [];
  const b: any[] = pod.status?.podIPs ?? [];
  if (a.length !== b.length) return true;
  for (let i = 0; i < a.length; i++) if (a[i].ip !== b[i].ip) return true;
  return false;
}

export function isPodReady(pod: KubeObject): boolean {
  return (pod.status?.conditions ?? []).some((c: any) => c.type === 'Ready' && c.status === 'True');
}

