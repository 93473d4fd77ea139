/**
 * What `kubectl expose` reads from the object it exposes (kubectl's polymorphichelpers): which
 * kinds can be exposed, the pod selector (`MapBasedSelectorForObject`), the container or service
 * ports (`PortsForObject`) and their protocols (`MultiProtocolsForObject`), with kubectl's texts.
 */
import { KubeObject } from '../../api/types';

/** `canBeExposed`: an error text, or undefined for the kinds expose handles. */
export function cannotExpose(kind: string, group: string): string | undefined {
  const ok = (group === '' && ['ReplicationController', 'Service', 'Pod'].includes(kind)) || ((group === 'apps' || group === 'extensions') && ['Deployment', 'ReplicaSet'].includes(kind));
  return ok ? undefined : `cannot expose a ${group ? `${kind}.${group}` : kind}`;
}

/** `MakeLabels`: `k=v,k2=v2` (Go iterates the map in any order; this one is stable). */
export function makeLabels(labels: Record<string, string> | undefined): string {
  return Object.entries(labels ?? {})
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
}

/** `%+v` of a list of LabelSelectorRequirement, as kubectl quotes it in its refusal. */
function formatExpressions(exprs: any[]): string {
  return `[${exprs.map((e) => `{Key:${e.key ?? ''} Operator:${e.operator ?? ''} Values:[${(e.values ?? []).join(' ')}]}`).join(' ')}]`;
}

/** The selector a new Service gets, or throws kubectl's reason why there is none. */
export function mapBasedSelector(obj: KubeObject): string {
  const spec = obj.spec ?? {};
  switch (obj.kind) {
    case 'ReplicationController':
      return makeLabels(spec.selector);
    case 'Pod':
      if (!Object.keys(obj.metadata.labels ?? {}).length) throw new Error('the pod has no labels and cannot be exposed');
      return makeLabels(obj.metadata.labels);
    case 'Service':
      if (spec.selector == null) throw new Error('the service has no pod selector set');
      return makeLabels(spec.selector);
    case 'Deployment':
    case 'ReplicaSet': {
      const what = obj.kind === 'Deployment' ? 'deployment' : 'replicaset';
      if (!spec.selector || !Object.keys(spec.selector.matchLabels ?? {}).length) throw new Error(`invalid ${what}: no selectors, therefore cannot be exposed`);
      if ((spec.selector.matchExpressions ?? []).length) {
        throw new Error(`couldn't convert expressions - "${formatExpressions(spec.selector.matchExpressions)}" to map-based selector format`);
      }
      return makeLabels(spec.selector.matchLabels);
    }
  }
  throw new Error(`cannot extract pod selector from *v1.${obj.kind}`);
}

function podSpecOf(obj: KubeObject): any {
  return obj.kind === 'Pod' ? obj.spec ?? {} : obj.spec?.template?.spec ?? {};
}

/** Container ports (or a Service's ports), without duplicates, as strings. */
export function portsFor(obj: KubeObject): string[] {
  const out: string[] = [];
  const add = (n: unknown) => {
    const key = String(n ?? 0);
    if (!out.includes(key)) out.push(key);
  };
  if (obj.kind === 'Service') for (const p of obj.spec?.ports ?? []) add(p.port);
  else for (const c of podSpecOf(obj).containers ?? []) for (const p of c.ports ?? []) add(p.containerPort);
  return out;
}

/** Each port's protocols, in declaration order (TCP when unset). */
export function protocolsFor(obj: KubeObject): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (port: unknown, protocol: string | undefined) => {
    const key = String(port ?? 0);
    out.set(key, [...(out.get(key) ?? []), protocol || 'TCP']);
  };
  if (obj.kind === 'Service') for (const p of obj.spec?.ports ?? []) add(p.port, p.protocol);
  else for (const c of podSpecOf(obj).containers ?? []) for (const p of c.ports ?? []) add(p.containerPort, p.protocol);
  return out;
}
