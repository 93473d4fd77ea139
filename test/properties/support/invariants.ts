/**
 * What must hold in any cluster once it has settled long enough (the controller manager running,
 * every eviction, garbage collection and rollout done): each check returns the violations it
 * finds, worded for a failure message. They read the store directly and compute what Kubernetes
 * promises independently of the controllers' own code.
 */
import { RESOURCE_TYPES } from '../../../src/api/kinds';
import { KubeObject } from '../../../src/api/types';
import { Cluster } from '../../../src/cluster';

const nameOf = (o: KubeObject) => `${o.kind} ${o.metadata.namespace ? `${o.metadata.namespace}/` : ''}${o.metadata.name}`;

function allObjects(c: Cluster): KubeObject[] {
  return RESOURCE_TYPES.flatMap((t) => c.api.list(t.kind));
}

const deleting = (o: KubeObject) => o.metadata.deletionTimestamp !== undefined;
const terminal = (p: KubeObject) => p.status?.phase === 'Succeeded' || p.status?.phase === 'Failed';
/** A pod a controller counts: not being deleted and not finished. */
const active = (p: KubeObject) => !deleting(p) && !terminal(p);
const isReady = (node: KubeObject) => (node.status?.conditions ?? []).some((c: any) => c.type === 'Ready' && c.status === 'True');

function podsControlledBy(c: Cluster, owner: KubeObject): KubeObject[] {
  return c.list('Pod', owner.metadata.namespace).filter((p) => p.metadata.ownerReferences?.some((r) => r.controller && r.uid === owner.metadata.uid));
}

/**
 * Whether node-loss evictions go on. Kubernetes stops them when a zone looks like an outage
 * rather than a few lost machines: no Ready node, or more than 2 and at least 55% NotReady (in a
 * cluster of 50 nodes or fewer). All nodes here are in one zone.
 */
function evictionsGoOn(c: Cluster): boolean {
  const nodes = c.list('Node');
  const notReady = nodes.filter((n) => !isReady(n)).length;
  if (notReady > 0 && notReady === nodes.length) return false;
  return !(notReady > 2 && notReady / nodes.length >= 0.55);
}

/** A pod that tolerates an unreachable node forever (DaemonSet pods do). */
function staysOnLostNodes(p: KubeObject): boolean {
  return (p.spec?.tolerations ?? []).some(
    (t: any) => (t.key === 'node.kubernetes.io/unreachable' || (!t.key && t.operator === 'Exists')) && (!t.effect || t.effect === 'NoExecute') && t.tolerationSeconds === undefined,
  );
}

/** The pods among these bound to a node that is not Ready (left there only while evictions are suspended). */
function onLostNodes(c: Cluster, pods: readonly KubeObject[]): KubeObject[] {
  const ready = new Set(c.list('Node').filter(isReady).map((n) => n.metadata.name));
  return pods.filter((p) => p.spec?.nodeName && !ready.has(p.spec.nodeName));
}

/** Whether a new pod without node constraints has somewhere to run. */
function canHostPods(c: Cluster): boolean {
  return c.list('Node').some((n) => isReady(n) && !n.spec?.unschedulable && !(n.spec?.taints ?? []).some((t: any) => t.effect !== 'PreferNoSchedule'));
}

/** uids are unique across kinds; (kind, namespace, name) is unique. */
export function uniqueIdentities(c: Cluster): string[] {
  const seen = new Map<string, string>();
  const keys = new Set<string>();
  const out: string[] = [];
  for (const o of allObjects(c)) {
    const uid = o.metadata.uid!;
    if (seen.has(uid)) out.push(`${nameOf(o)} has the uid of ${seen.get(uid)}`);
    seen.set(uid, nameOf(o));
    if (keys.has(nameOf(o))) out.push(`${nameOf(o)} is stored twice`);
    keys.add(nameOf(o));
  }
  return out;
}

/** Every ownerReference names a live owner with that uid, unless the dependent is being deleted; at most one controller. */
export function ownersAndDependentsAgree(c: Cluster): string[] {
  const out: string[] = [];
  for (const o of allObjects(c)) {
    const refs = o.metadata.ownerReferences ?? [];
    if (refs.filter((r) => r.controller).length > 1) out.push(`${nameOf(o)} has ${refs.filter((r) => r.controller).length} controllers`);
    if (deleting(o)) continue;
    for (const r of refs) {
      const owner = c.get(r.kind, r.name, o.metadata.namespace);
      if (!owner) out.push(`${nameOf(o)} is owned by ${r.kind} ${r.name}, which does not exist`);
      else if (owner.metadata.uid !== r.uid) out.push(`${nameOf(o)} is owned by ${r.kind} ${r.name} uid ${r.uid}, but that name now has uid ${owner.metadata.uid}`);
    }
  }
  return out;
}

/** The pod garbage collector has removed every pod bound to a node that does not exist. */
export function noPodOnMissingNode(c: Cluster): string[] {
  const nodes = new Set(c.list('Node').map((n) => n.metadata.name));
  return c
    .list('Pod')
    .filter((p) => p.spec?.nodeName && !nodes.has(p.spec.nodeName))
    .map((p) => `${nameOf(p)} (${p.status?.phase}) is still bound to missing node ${p.spec.nodeName}`);
}

/** Once node-loss evictions have run, no pod that does not tolerate it is left active on a lost node. */
export function lostNodesAreEvacuated(c: Cluster): string[] {
  if (!evictionsGoOn(c)) return [];
  return onLostNodes(c, c.list('Pod').filter((p) => active(p) && !staysOnLostNodes(p))).map((p) => `${nameOf(p)} is still active on lost node ${p.spec.nodeName}`);
}

/** A ReplicaSet has exactly its replicas of active pods; those not on a lost node are Running when a node can host them. */
export function replicaSetsConverge(c: Cluster): string[] {
  const out: string[] = [];
  const hosting = canHostPods(c);
  for (const rs of c.list('ReplicaSet')) {
    if (deleting(rs)) continue;
    const want = rs.spec.replicas ?? 1;
    const pods = podsControlledBy(c, rs).filter(active);
    if (pods.length !== want) out.push(`${nameOf(rs)} wants ${want} replicas and has ${pods.length} active pods`);
    if (rs.status?.replicas !== pods.length) out.push(`${nameOf(rs)} reports ${rs.status?.replicas} replicas for ${pods.length} active pods`);
    const stuck = new Set(onLostNodes(c, pods));
    if (hosting) for (const p of pods.filter((p) => !stuck.has(p) && p.status?.phase !== 'Running')) out.push(`${nameOf(rs)}: ${nameOf(p)} is ${p.status?.phase} though nodes can host it`);
  }
  return out;
}

/**
 * A rollout cannot finish while one of its pods is left on a lost node (while evictions are
 * suspended); a Recreate rollout also waits for old pods stuck terminating there, since
 * Kubernetes cannot tell they have stopped.
 */
function waitsForLostNode(c: Cluster, d: KubeObject, sets: readonly KubeObject[]): boolean {
  const pods = sets.flatMap((rs) => podsControlledBy(c, rs)).filter((p) => !terminal(p) && (d.spec.strategy?.type === 'Recreate' || !deleting(p)));
  return onLostNodes(c, pods).length > 0;
}

/**
 * Kubernetes' own dead end: a Recreate Deployment that adopted ReplicaSets (another Deployment's,
 * through an overlapping selector) whose desired-replicas annotation differs from its replicas
 * takes every sync for a scaling event, and `scale` does nothing for Recreate with two active
 * ReplicaSets, so the rollout never moves (deployment controller, sync.go).
 */
function recreateStuckOnAdoption(d: KubeObject, sets: readonly KubeObject[]): boolean {
  if (d.spec.strategy?.type !== 'Recreate') return false;
  const activeSets = sets.filter((rs) => (rs.spec.replicas ?? 1) > 0);
  const desired = (rs: KubeObject) => rs.metadata.annotations?.['deployment.kubernetes.io/desired-replicas'];
  return activeSets.length > 1 && activeSets.some((rs) => desired(rs) !== undefined && Number(desired(rs)) !== (d.spec.replicas ?? 1));
}

/** A Deployment's rollout is complete when nodes can host its pods: one ReplicaSet with every replica, all available. */
export function deploymentsConverge(c: Cluster): string[] {
  const out: string[] = [];
  if (!canHostPods(c)) return out;
  for (const d of c.list('Deployment')) {
    if (deleting(d)) continue;
    const want = d.spec.replicas ?? 1;
    const sets = c.list('ReplicaSet', d.metadata.namespace).filter((rs) => rs.metadata.ownerReferences?.some((r) => r.controller && r.uid === d.metadata.uid));
    if (waitsForLostNode(c, d, sets) || recreateStuckOnAdoption(d, sets)) continue;
    const scaled = sets.filter((rs) => (rs.spec.replicas ?? 1) > 0);
    if (want > 0 && scaled.length !== 1) out.push(`${nameOf(d)} has ${scaled.length} ReplicaSets with replicas: ${scaled.map((rs) => rs.metadata.name).join(', ')}`);
    const s = d.status ?? {};
    if ((s.updatedReplicas ?? 0) !== want || (s.availableReplicas ?? 0) !== want || (s.replicas ?? 0) !== want) {
      out.push(`${nameOf(d)} wants ${want} replicas; status replicas ${s.replicas}, updated ${s.updatedReplicas}, available ${s.availableReplicas}`);
    }
  }
  return out;
}

/** A DaemonSet runs exactly one pod on each Ready node it selects, and none on the nodes it does not. */
export function daemonSetsCoverTheirNodes(c: Cluster): string[] {
  const out: string[] = [];
  for (const ds of c.list('DaemonSet')) {
    if (deleting(ds)) continue;
    const selector: Record<string, string> = ds.spec.template.spec.nodeSelector ?? {};
    const pods = podsControlledBy(c, ds).filter(active);
    for (const node of c.list('Node')) {
      const name = node.metadata.name!;
      const eligible = Object.entries(selector).every(([k, v]) => node.metadata.labels?.[k] === v);
      const here = pods.filter((p) => p.spec.nodeName === name);
      if (!eligible && here.length > 0) out.push(`${nameOf(ds)} runs ${here.length} pod(s) on ${name}, which it does not select`);
      if (eligible && isReady(node)) {
        if (here.length !== 1) out.push(`${nameOf(ds)} has ${here.length} active pods on Ready node ${name}`);
        else if (here[0].status?.phase !== 'Running') out.push(`${nameOf(ds)}: ${nameOf(here[0])} on ${name} is ${here[0].status?.phase}`);
      }
      if (here.length > 1) out.push(`${nameOf(ds)} has ${here.length} pods on ${name}`);
    }
    // An adopted bare pod waits for the scheduler like any other.
    if (canHostPods(c)) for (const p of pods.filter((p) => !p.spec.nodeName)) out.push(`${nameOf(ds)}: ${nameOf(p)} is not bound to a node`);
  }
  return out;
}

/**
 * A Job whose pods can run reaches its outcome (its pods run for 20 seconds). The outcome may stay
 * SuccessCriteriaMet or FailureTarget: the final condition waits for terminating pods, and a pod
 * on an unreachable node stays terminating until the node returns or is removed.
 */
export function jobsFinish(c: Cluster): string[] {
  if (!canHostPods(c)) return [];
  return c
    .list('Job')
    .filter((j) => !deleting(j) && onLostNodes(c, podsControlledBy(c, j).filter(active)).length === 0)
    .filter((j) => !(j.status?.conditions ?? []).some((x: any) => ['Complete', 'Failed', 'SuccessCriteriaMet', 'FailureTarget'].includes(x.type) && x.status === 'True'))
    .map((j) => `${nameOf(j)} has not finished: ${JSON.stringify(j.status)}`);
}

/** Every node of the cluster is Ready exactly when its machine is up. */
export function nodesTellTheirMachines(c: Cluster, nodes: readonly string[], down: ReadonlySet<string>): string[] {
  const out: string[] = [];
  const names = c.list('Node').map((n) => n.metadata.name!);
  if ([...names].sort().join() !== [...nodes].sort().join()) out.push(`the nodes are ${names.join(', ')}; expected ${nodes.join(', ')}`);
  for (const node of c.list('Node')) {
    const up = !down.has(node.metadata.name!);
    if (isReady(node) !== up) out.push(`node ${node.metadata.name} is ${isReady(node) ? 'Ready' : 'not Ready'} though its machine is ${up ? 'up' : 'down'}`);
  }
  return out;
}

export const INVARIANTS = {
  uniqueIdentities,
  ownersAndDependentsAgree,
  noPodOnMissingNode,
  lostNodesAreEvacuated,
  replicaSetsConverge,
  deploymentsConverge,
  daemonSetsCoverTheirNodes,
  jobsFinish,
};

export function violations(c: Cluster): string[] {
  return Object.entries(INVARIANTS).flatMap(([name, check]) => check(c).map((v) => `${name}: ${v}`));
}
