/**
 * `ControllerRefManager.ClaimObjects`: of the candidates, a controller keeps what it controls and
 * still selects, adopts selected orphans (adding its controller reference) and releases what it
 * controls but no longer selects (removing the reference), so another controller — or a
 * replacement — can take over. Nothing is adopted or released while the owner is being deleted.
 */
import { KubeObject, controllerOf } from '../../api/types';
import { StatusError } from '../../api/status';
import { ApiServer } from '../../store/apiserver';
import { newControllerRef } from './ownerref';
import { copyWith, shallowCopy } from '../../util/copy';
import { labelSelectorAsSelector } from '../../labels';
import { cachedMatcher } from './matcher';
import { claimCandidates } from './indexes';

function withOwnerRefs(obj: KubeObject, refs: any[]): KubeObject {
  const metadata = shallowCopy(obj.metadata);
  if (refs.length) metadata.ownerReferences = refs;
  else delete metadata.ownerReferences;
  return copyWith(obj, { metadata });
}

function tryUpdate(api: ApiServer, obj: KubeObject): KubeObject | undefined {
  try {
    return api.update(obj);
  } catch (e) {
    if (e instanceof StatusError) return undefined;
    throw e;
  }
}

/** Candidates: what the owner controls now (from the owner index) and the orphans of its namespace. */
export interface Candidates {
  readonly owned: readonly KubeObject[];
  readonly orphans: readonly KubeObject[];
}

/** The objects `owner` controls after claiming; `match` says whether it selects an object. */
export function claimObjects(api: ApiServer, owner: KubeObject, candidates: Candidates, match: (o: KubeObject) => boolean): KubeObject[] {
  const uid = owner.metadata.uid!;
  const claimed: KubeObject[] = [];
  for (const obj of candidates.owned) {
    if (match(obj)) claimed.push(obj);
    else if (!owner.metadata.deletionTimestamp) tryUpdate(api, withOwnerRefs(obj, (obj.metadata.ownerReferences ?? []).filter((r) => r.uid !== uid)));
  }
  if (owner.metadata.deletionTimestamp) return claimed;
  let ownerGone: boolean | undefined;
  for (const obj of candidates.orphans) {
    if (controllerOf(obj) || !match(obj) || obj.metadata.deletionTimestamp || obj.metadata.namespace !== owner.metadata.namespace) continue;
    // Adopt only if a fresh read still shows the owner, not being deleted (RecheckDeletionTimestamp).
    if (ownerGone === undefined) {
      const fresh = api.tryGet(owner.kind!, owner.metadata.namespace, owner.metadata.name!);
      ownerGone = !fresh || fresh.metadata.uid !== uid || !!fresh.metadata.deletionTimestamp;
    }
    if (ownerGone) break;
    const adopted = tryUpdate(api, withOwnerRefs(obj, [...(obj.metadata.ownerReferences ?? []), newControllerRef(owner)]));
    if (adopted) claimed.push(adopted);
  }
  return claimed;
}

/**
 * Claims the objects of `kind` the owner's `spec.selector` picks (a selector that cannot be
 * converted picks nothing); `keep` limits the candidates first.
 */
export function claimSelected(api: ApiServer, owner: KubeObject, kind: string, keep: (o: KubeObject) => boolean = () => true): KubeObject[] {
  let matches: (labels: KubeObject['metadata']['labels']) => boolean;
  try {
    matches = cachedMatcher(labelSelectorAsSelector(owner.spec?.selector));
  } catch {
    return [];
  }
  const { owned, orphans } = claimCandidates(api, kind, owner);
  return claimObjects(api, owner, { owned: owned.filter(keep), orphans: orphans.filter(keep) }, (o) => matches(o.metadata.labels));
}
