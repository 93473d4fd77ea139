/**
 * What a ReplicaSet's sync needs to know of the active pods it controls, kept up to date from
 * pod events instead of being recounted from every pod on every sync: with thousands of pods
 * per ReplicaSet and a sync at each instant a few of them change, recounting made the cost grow
 * with the square of the cluster. The counts hold for one version of the selector and template
 * labels (stored objects never change, so the same objects mean the same rules); when they
 * change, the sync counts afresh.
 */
import { KubeObject, controllerOf } from '../../api/types';
import { Selector, selectorFromSet } from '../../labels';
import { ApiServer } from '../../store/apiserver';
import { controlledBy } from '../workload/indexes';
import { podFacts } from '../workload/podutil';
import { WatchEventType } from '../../store/objects';

/** Counts over the active pods a controller controls. */
export interface OwnedCounts {
  /** Those its selector picks (the replicas). */
  readonly selected: number;
  /** Of those, the ones carrying every template label, and the Ready ones. */
  readonly fullyLabeled: number;
  readonly ready: number;
  /** Those its selector no longer picks: a sync must release them. */
  readonly unselected: number;
}

class Counts implements OwnedCounts {
  selected = 0;
  fullyLabeled = 0;
  ready = 0;
  unselected = 0;

  constructor(
    /** The objects the rules come from: `spec.selector` and the template's labels. */
    readonly selectorSource: unknown,
    readonly templateSource: unknown,
    private readonly selector: Selector,
    private readonly template: Selector,
  ) {}

  count(pod: KubeObject, sign: 1 | -1): void {
    const facts = podFacts(pod);
    if (!facts.active) return;
    const labels = pod.metadata.labels;
    if (!this.selector.matches(labels)) {
      this.unselected += sign;
      return;
    }
    this.selected += sign;
    if (this.template.matches(labels)) this.fullyLabeled += sign;
    if (facts.ready) this.ready += sign;
  }

  snapshot(): OwnedCounts {
    return { selected: this.selected, fullyLabeled: this.fullyLabeled, ready: this.ready, unselected: this.unselected };
  }
}

export class OwnedPods {
  /** Controller uid → the counts of its pods. */
  private readonly counts = new Map<string, Counts>();

  constructor(private readonly api: ApiServer) {}

  /** A pod event: the pod leaves its previous controller's counts and joins its current one's. */
  observe(type: WatchEventType, pod: KubeObject, old: KubeObject | undefined): void {
    if (this.counts.size === 0) return;
    if (old) {
      const uid = controllerOf(old)?.uid;
      if (uid) this.counts.get(uid)?.count(old, -1);
    }
    if (type !== 'DELETED') {
      const uid = controllerOf(pod)?.uid;
      if (uid) this.counts.get(uid)?.count(pod, 1);
    }
  }

  /** The counts for `owner` if they are kept for its current selector and template labels. */
  current(owner: KubeObject, selectorSource: unknown): OwnedCounts | undefined {
    const c = this.counts.get(owner.metadata.uid!);
    if (!c || c.selectorSource !== selectorSource || c.templateSource !== owner.spec?.template?.metadata?.labels) return undefined;
    return c.snapshot();
  }

  /** Counts `owner`'s pods afresh, to be kept up to date from now on. */
  recount(owner: KubeObject, selectorSource: unknown, selector: Selector): void {
    const template = owner.spec?.template?.metadata?.labels;
    const c = new Counts(selectorSource, template, selector, selectorFromSet(template ?? {}));
    for (const pod of controlledBy(this.api, 'Pod', owner.metadata.uid!)) c.count(pod, 1);
    this.counts.set(owner.metadata.uid!, c);
  }

  forget(uid: string): void {
    this.counts.delete(uid);
  }
}
