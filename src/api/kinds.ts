/**
 * The API's resource types: kind, group, plural and short names, scope, and which versions a
 * given Kubernetes release serves (e.g. `batch/v1beta1` CronJob until 1.24, `apps/v1beta2`
 * until 1.15). The store keeps every object in its kind's current version.
 */

export interface ServedVersion {
  readonly version: string;
  /** First minor release serving it (inclusive), e.g. 21 for 1.21. */
  readonly from: number;
  /** Last minor release serving it (inclusive); undefined = still served. */
  readonly until?: number;
}

export interface ResourceType {
  readonly kind: string;
  readonly group: string;
  readonly resource: string;
  readonly singular: string;
  readonly shortNames: readonly string[];
  readonly namespaced: boolean;
  /** Versions per group: the first group listed is the one objects are stored and shown in. */
  readonly groups: readonly { readonly group: string; readonly versions: readonly ServedVersion[] }[];
  /** The version objects are stored in (within `group`). */
  readonly storageVersion: string;
}

function type(
  kind: string,
  resource: string,
  shortNames: string[],
  namespaced: boolean,
  groups: { group: string; versions: ServedVersion[] }[],
): ResourceType {
  const main = groups[0];
  const storage = main.versions.find((v) => v.until === undefined) ?? main.versions[main.versions.length - 1];
  return { kind, group: main.group, resource, singular: kind.toLowerCase(), shortNames, namespaced, groups, storageVersion: storage.version };
}

const ga = (version: string, from = 0): ServedVersion => ({ version, from });
const old = (version: string, from: number, until: number): ServedVersion => ({ version, from, until });

export const RESOURCE_TYPES: readonly ResourceType[] = [
  type('Pod', 'pods', ['po'], true, [{ group: '', versions: [ga('v1')] }]),
  type('Node', 'nodes', ['no'], false, [{ group: '', versions: [ga('v1')] }]),
  type('Namespace', 'namespaces', ['ns'], false, [{ group: '', versions: [ga('v1')] }]),
  type('Service', 'services', ['svc'], true, [{ group: '', versions: [ga('v1')] }]),
  type('Endpoints', 'endpoints', ['ep'], true, [{ group: '', versions: [ga('v1')] }]),
  type('ReplicationController', 'replicationcontrollers', ['rc'], true, [{ group: '', versions: [ga('v1')] }]),
  type('Event', 'events', ['ev'], true, [{ group: '', versions: [ga('v1')] }]),
  type('ConfigMap', 'configmaps', ['cm'], true, [{ group: '', versions: [ga('v1')] }]),
  type('Secret', 'secrets', [], true, [{ group: '', versions: [ga('v1')] }]),
  type('ServiceAccount', 'serviceaccounts', ['sa'], true, [{ group: '', versions: [ga('v1')] }]),
  type('Deployment', 'deployments', ['deploy'], true, [
    { group: 'apps', versions: [old('v1beta1', 6, 15), old('v1beta2', 8, 15), ga('v1', 9)] },
    { group: 'extensions', versions: [old('v1beta1', 2, 15)] },
  ]),
  type('ReplicaSet', 'replicasets', ['rs'], true, [
    { group: 'apps', versions: [old('v1beta2', 8, 15), ga('v1', 9)] },
    { group: 'extensions', versions: [old('v1beta1', 2, 15)] },
  ]),
  type('DaemonSet', 'daemonsets', ['ds'], true, [
    { group: 'apps', versions: [old('v1beta2', 8, 15), ga('v1', 9)] },
    { group: 'extensions', versions: [old('v1beta1', 2, 15)] },
  ]),
  type('StatefulSet', 'statefulsets', ['sts'], true, [
    { group: 'apps', versions: [old('v1beta1', 5, 15), old('v1beta2', 8, 15), ga('v1', 9)] },
  ]),
  type('ControllerRevision', 'controllerrevisions', [], true, [
    { group: 'apps', versions: [old('v1beta1', 7, 15), old('v1beta2', 8, 15), ga('v1', 9)] },
  ]),
  type('Job', 'jobs', [], true, [{ group: 'batch', versions: [ga('v1')] }]),
  type('CronJob', 'cronjobs', ['cj'], true, [
    { group: 'batch', versions: [old('v2alpha1', 5, 20), old('v1beta1', 8, 24), ga('v1', 21)] },
  ]),
  type('Lease', 'leases', [], true, [{ group: 'coordination.k8s.io', versions: [old('v1beta1', 12, 21), ga('v1', 14)] }]),
  type('EndpointSlice', 'endpointslices', [], true, [
    { group: 'discovery.k8s.io', versions: [old('v1beta1', 16, 24), ga('v1', 21)] },
  ]),
  type('HorizontalPodAutoscaler', 'horizontalpodautoscalers', ['hpa'], true, [
    { group: 'autoscaling', versions: [ga('v2', 23), ga('v1'), old('v2beta1', 8, 24), old('v2beta2', 12, 25)] },
  ]),
  type('PodDisruptionBudget', 'poddisruptionbudgets', ['pdb'], true, [
    { group: 'policy', versions: [ga('v1', 21), old('v1beta1', 5, 24)] },
  ]),
  type('Ingress', 'ingresses', ['ing'], true, [
    { group: 'networking.k8s.io', versions: [ga('v1', 19), old('v1beta1', 14, 21)] },
    { group: 'extensions', versions: [old('v1beta1', 1, 21)] },
  ]),
];

const byKind = new Map(RESOURCE_TYPES.map((t) => [t.kind, t]));

export function resourceTypeOfKind(kind: string): ResourceType | undefined {
  return byKind.get(kind);
}

export function mustResourceType(kind: string): ResourceType {
  const t = byKind.get(kind);
  if (!t) throw new Error(`unknown kind ${kind}`);
  return t;
}

/** `apps/v1` or `v1`. */
export function apiVersionOf(t: ResourceType, version = t.storageVersion, group = t.group): string {
  return group ? `${group}/${version}` : version;
}

/** The newest release simulated: its behaviour is what every scenario runs. */
export const NEWEST_MINOR = 34;

/** `1.34`, `v1.34` or `1.34.2` → minor and patch; a release newer than the simulator's is refused. */
export function releaseOf(kubernetesVersion: string): { minor: number; patch: number } {
  const m = /^v?1\.(\d+)(?:\.(\d+))?$/.exec(kubernetesVersion.trim());
  if (!m) throw new Error(`invalid Kubernetes version "${kubernetesVersion}": expected a version such as "1.34"`);
  const minor = Number(m[1]);
  if (minor > NEWEST_MINOR) throw new Error(`Kubernetes ${kubernetesVersion} is newer than kubespec simulates: 1.${NEWEST_MINOR} at most`);
  return { minor, patch: Number(m[2] ?? 0) };
}

/** Parses `1.24` or `v1.24.3` to its minor number (24). */
export function minorOf(kubernetesVersion: string): number {
  return releaseOf(kubernetesVersion).minor;
}

/** Whether `apiVersion` serves `kind` in the release with that minor. */
export function serves(t: ResourceType, apiVersion: string, minor: number): boolean {
  const slash = apiVersion.indexOf('/');
  const group = slash < 0 ? '' : apiVersion.slice(0, slash);
  const version = slash < 0 ? apiVersion : apiVersion.slice(slash + 1);
  const g = t.groups.find((x) => x.group === group);
  const v = g?.versions.find((x) => x.version === version);
  return !!v && minor >= v.from && (v.until === undefined || minor <= v.until);
}

/** The version kubectl uses for a kind in a release (the preferred one served then). */
export function preferredApiVersion(t: ResourceType, minor: number): string | undefined {
  for (const g of t.groups) {
    const served = g.versions.filter((v) => minor >= v.from && (v.until === undefined || minor <= v.until));
    if (served.length === 0) continue;
    // A version still served wins (the first listed); else the one served longest.
    const v = served.find((x) => x.until === undefined) ?? served.reduce((a, b) => (b.until! > a.until! ? b : a));
    return g.group ? `${g.group}/${v.version}` : v.version;
  }
  return undefined;
}

/** Finds a type by what a kubectl user types: plural, singular, short name or kind, with an optional group. */
export function resourceTypeByName(name: string): ResourceType | undefined {
  const lower = name.toLowerCase();
  const dot = lower.indexOf('.');
  const base = dot < 0 ? lower : lower.slice(0, dot);
  const group = dot < 0 ? undefined : lower.slice(dot + 1);
  return RESOURCE_TYPES.find(
    (t) =>
      (t.resource === base || t.singular === base || t.shortNames.includes(base) || t.kind.toLowerCase() === base) &&
      (group === undefined || t.groups.some((g) => g.group === group || g.group.startsWith(group + '.'))),
  );
}

/** The kubectl spelling `kind[.group]` in lower case: `pod`, `deployment.apps`. */
export function kindWithGroup(t: ResourceType): string {
  return t.group ? `${t.kind.toLowerCase()}.${t.group}` : t.kind.toLowerCase();
}
