/**
 * What the API server fills in on a new pod: the v1 defaults (SetDefaults_Pod, _PodSpec,
 * _Container, _Probe), then the admission plugins that run by default: ServiceAccount (the
 * `kube-api-access-*` volume), DefaultTolerationSeconds and Priority.
 */
import { KubeObject } from '../../types';
import { StrategyContext } from '../strategy';
import { NAME_ALPHABET } from '../../../store/names';
import { deepFreeze } from '../../../store/freeze';

/** `:latest` or no tag means the kubelet pulls every time (SetDefaults_Container). */
export function defaultPullPolicy(image: string): string {
  const afterSlash = image.slice(image.lastIndexOf('/') + 1);
  if (image.includes('@')) return 'IfNotPresent';
  const colon = afterSlash.lastIndexOf(':');
  const tag = colon < 0 ? '' : afterSlash.slice(colon + 1);
  return tag === '' || tag === 'latest' ? 'Always' : 'IfNotPresent';
}

function defaultProbe(probe: any): void {
  if (!probe) return;
  probe.timeoutSeconds ??= 1;
  probe.periodSeconds ??= 10;
  probe.successThreshold ??= 1;
  probe.failureThreshold ??= 3;
  if (probe.httpGet) probe.httpGet.scheme ??= 'HTTP';
}

function defaultContainer(c: any): void {
  if (typeof c.image === 'string') c.imagePullPolicy ??= defaultPullPolicy(c.image);
  c.terminationMessagePath ??= '/dev/termination-log';
  c.terminationMessagePolicy ??= 'File';
  c.resources ??= {};
  for (const p of c.ports ?? []) p.protocol ??= 'TCP';
  for (const e of c.env ?? []) {
    if (e.valueFrom?.fieldRef) e.valueFrom.fieldRef.apiVersion ??= 'v1';
  }
  defaultProbe(c.livenessProbe);
  defaultProbe(c.readinessProbe);
  defaultProbe(c.startupProbe);
}

/** The pod spec defaults; shared by pods and by pod templates of workloads. */
export function defaultPodSpec(spec: any): void {
  spec.restartPolicy ??= 'Always';
  spec.terminationGracePeriodSeconds ??= 30;
  spec.dnsPolicy ??= 'ClusterFirst';
  spec.securityContext ??= {};
  spec.schedulerName ??= 'default-scheduler';
  for (const c of spec.containers ?? []) defaultContainer(c);
  for (const c of spec.initContainers ?? []) defaultContainer(c);
}

const TOLERATION_SECONDS = 300;

/**
 * The parts every new pod gets alike are built once and shared by all of them (deep-frozen:
 * stored objects are never changed, and a writer that tried would throw rather than change every
 * pod). Pods live as long as the cluster, and these were a dozen objects of each one.
 */
const shared = deepFreeze;

const DEFAULT_TOLERATIONS: readonly { readonly key: string; readonly toleration: object }[] = [
  'node.kubernetes.io/not-ready',
  'node.kubernetes.io/unreachable',
].map((key) => ({ key, toleration: shared({ effect: 'NoExecute', key, operator: 'Exists', tolerationSeconds: TOLERATION_SECONDS }) }));

/** DefaultTolerationSeconds: tolerate not-ready and unreachable nodes for five minutes. */
function addDefaultTolerations(spec: any): void {
  let tolerations: any[] = (spec.tolerations ??= []);
  for (const { key, toleration } of DEFAULT_TOLERATIONS) {
    const tolerated = tolerations.some(
      (t) => (t.effect === 'NoExecute' || !t.effect) && (t.key === key || (!t.key && t.operator === 'Exists')),
    );
    if (!tolerated) {
      if (copiable(tolerations)) spec.tolerations = tolerations = tolerations.concat([toleration]);
      else tolerations.push(toleration);
    }
  }
}

/**
 * The lists a new pod gets here are kept as long as it lives, and one grown by `push` keeps room
 * for 17 items (a hundred bytes more each): a list that can grow gets a copy of exactly its size
 * instead (`concat`, same items). Anything else (a manifest's non-list) still meets `push`, and
 * fails as it did.
 */
function copiable(list: unknown): boolean {
  return Array.isArray(list) && Object.isExtensible(list);
}

const SERVICE_ACCOUNT_MOUNT = '/var/run/secrets/kubernetes.io/serviceaccount';

/** The projected token volume's content: the same for every pod (only its name differs). */
const PROJECTED_TOKEN = shared({
  defaultMode: 420,
  sources: [
    { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
    { configMap: { items: [{ key: 'ca.crt', path: 'ca.crt' }], name: 'kube-root-ca.crt' } },
    { downwardAPI: { items: [{ fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' }, path: 'namespace' }] } },
  ],
});

/** ServiceAccount admission: the default account and its projected token volume. */
function addServiceAccount(spec: any, ctx: StrategyContext): void {
  spec.serviceAccountName ??= spec.serviceAccount ?? 'default';
  spec.serviceAccount = spec.serviceAccountName;
  if (spec.automountServiceAccountToken === false) return;
  const volumes: any[] = (spec.volumes ??= []);
  const name = `kube-api-access-${ctx.rng.string(5, NAME_ALPHABET)}`;
  const volume = { name, projected: PROJECTED_TOKEN };
  if (copiable(volumes)) spec.volumes = volumes.concat([volume]);
  else volumes.push(volume);
  for (const c of spec.containers ?? []) {
    const mounts: any[] = (c.volumeMounts ??= []);
    if (mounts.some((m) => m.mountPath === SERVICE_ACCOUNT_MOUNT)) continue;
    const mount = { mountPath: SERVICE_ACCOUNT_MOUNT, name, readOnly: true };
    if (copiable(mounts)) c.volumeMounts = mounts.concat([mount]);
    else mounts.push(mount);
  }
}

/** QoS class from requests and limits (pkg/apis/core/helper/qos). */
export function qosClass(spec: any): string {
  let requests = 0;
  let guaranteed = true;
  for (const c of [...(spec.containers ?? []), ...(spec.initContainers ?? [])]) {
    const req = c.resources?.requests ?? {};
    const lim = c.resources?.limits ?? {};
    const keys = ['cpu', 'memory'];
    for (const k of keys) {
      if (req[k] !== undefined || lim[k] !== undefined) requests++;
      if (lim[k] === undefined || (req[k] !== undefined && String(req[k]) !== String(lim[k]))) guaranteed = false;
    }
  }
  if (requests === 0) return 'BestEffort';
  return guaranteed ? 'Guaranteed' : 'Burstable';
}

export function prepareNewPod(pod: KubeObject, ctx: StrategyContext): void {
  const spec = (pod.spec ??= {});
  defaultPodSpec(spec);
  spec.enableServiceLinks ??= true;
  spec.priority ??= 0;
  spec.preemptionPolicy ??= 'PreemptLowerPriority';
  addServiceAccount(spec, ctx);
  addDefaultTolerations(spec);
  pod.status = { phase: 'Pending', qosClass: qosClass(spec) };
}
