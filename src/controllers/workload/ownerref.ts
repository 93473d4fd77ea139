/** Controller references (`metav1.NewControllerRef`) and who controls an object. */
import { KubeObject, OwnerReference, controllerOf } from '../../api/types';

export function newControllerRef(owner: KubeObject): OwnerReference {
  return {
    apiVersion: owner.apiVersion!,
    kind: owner.kind!,
    name: owner.metadata.name!,
    uid: owner.metadata.uid!,
    controller: true,
    blockOwnerDeletion: true,
  };
}

/** Whether `obj` is controlled by the object with that uid. */
export function isControlledBy(obj: KubeObject, uid: string | undefined): boolean {
  return !!uid && controllerOf(obj)?.uid === uid;
}
