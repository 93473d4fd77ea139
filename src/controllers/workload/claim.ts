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

function withOwnerRefs(obj: KubeObject, refs: any[]): KubeObject {
  const metadata = { ...obj.metadata };
  if (refs.length) metadata.ownerReferences = refs;
  else delete metadata.ownerReferences;
  return { ...obj, metadata };
}

function tryUpdate(api: ApiServer, obj: KubeObject): KubeObject | undefined {
  try {
    return api.update(obj);
  } catch (e) {
    if (e instanceof StatusError) return undefined;
    throw e;
  }
}

/** The objects `owner` controls after claiming; `match` says whether it selects an object. */
export function claimObjects(api: ApiServer, owner: KubeObject, candidates: readonly KubeObject[], match: (o: KubeObject) => boolean): KubeObject[] {
  const uid = owner.metadata.uid!;
  const ownerDeleting = () => {
    const fresh = api.tryGet(owner.kind!, owner.metadata.namespace, owner.metadata.name!);
    return !fresh || fresh.metadata.uid !== uid || !!fresh.metadata.deletionTimestamp;
  };
  const claimed: KubeObject[] = [];
  for (const obj of candidates) {
    const ref = controllerOf(obj);
    if (ref) {
      if (ref.uid !== uid) continue;
      if (match(obj)) {
        claimed.push(obj);
        continue;
      }
      if (owner.metadata.deletionTimestamp) continue;
      tryUpdate(api, withOwnerRefs(obj, (obj.metadata.ownerReferences ?? []).filter((r) => r.uid !== uid)));
      continue;
    }
    if (owner.metadata.deletionTimestamp || !match(obj) || obj.metadata.deletionTimestamp) continue;
    if (obj.metadata.namespace !== owner.metadata.namespace || ownerDeleting()) continue;
    const adopted = tryUpdate(api, withOwnerRefs(obj, [...(obj.metadata.ownerReferences ?? []), newControllerRef(owner)]));
    if (adopted) claimed.push(adopted);
  }
  return claimed;
}
