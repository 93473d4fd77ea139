/**
 * `controller.RealPodControl`: pods made from a controller's template (labels, annotations and
 * finalizers of the template, `generateName` `<owner>-`, the controller reference) and deleted
 * on its behalf, each with the controller's event: `SuccessfulCreate "Created pod: x"`,
 * `FailedCreate "Error creating: …"`, `SuccessfulDelete "Deleted pod: x"`.
 */
import { KubeObject, clone } from '../../api/types';
import { NAMESPACE_TERMINATING_CAUSE, StatusError, hasStatusCause } from '../../api/status';
import { ApiServer } from '../../store/apiserver';
import { Recorder } from '../../events/recorder';
import { isDNS1123Subdomain } from '../../api/validation/dns';
import { newControllerRef } from './ownerref';

/** The last owner's prefix: an owner creates its pods one after another, and they share it. */
let lastPrefix: { readonly name: string; readonly prefix: string } | undefined;

/** `getPodsPrefix`: `<name>-` when that is a valid name prefix, else the name. */
function podsPrefix(name: string): string {
  if (lastPrefix?.name === name) return lastPrefix.prefix;
  const prefix = `${name}-`;
  // ValidatePodName(prefix, true) checks the prefix with a trailing character appended.
  lastPrefix = { name, prefix: isDNS1123Subdomain(`${prefix}a`).length === 0 ? prefix : name };
  return lastPrefix.prefix;
}

export class PodControl {
  constructor(
    private readonly api: ApiServer,
    private readonly recorder: Recorder,
  ) {}

  /** The pod a template describes, before the API server defaults it. */
  static podFromTemplate(template: any, owner: KubeObject): KubeObject {
    const meta = template?.metadata ?? {};
    const metadata: Record<string, unknown> = { generateName: podsPrefix(owner.metadata.name!), namespace: owner.metadata.namespace };
    if (meta.labels) metadata.labels = { ...meta.labels };
    if (meta.annotations) metadata.annotations = { ...meta.annotations };
    if (meta.finalizers) metadata.finalizers = [...meta.finalizers];
    metadata.ownerReferences = [newControllerRef(owner)];
    return { apiVersion: 'v1', kind: 'Pod', metadata, spec: clone(template?.spec ?? {}) };
  }

  /** Creates one pod; throws what the API server refused (after the FailedCreate event). */
  create(template: any, owner: KubeObject, customize?: (pod: KubeObject) => void): KubeObject {
    const pod = PodControl.podFromTemplate(template, owner);
    customize?.(pod);
    if (!pod.metadata.labels || Object.keys(pod.metadata.labels).length === 0) throw new Error('unable to create pods, no labels');
    let created: KubeObject;
    try {
      created = this.api.create(pod, { handOver: true });
    } catch (e) {
      // controller_utils createPods: no event when the namespace is being terminated.
      if (e instanceof StatusError && !hasStatusCause(e, NAMESPACE_TERMINATING_CAUSE)) this.recorder.event(owner, 'Warning', 'FailedCreate', `Error creating: ${e.message}`);
      throw e;
    }
    this.recorder.event(owner, 'Normal', 'SuccessfulCreate', `Created pod: ${created.metadata.name}`);
    return created;
  }

  /** Deletes a pod (gracefully); NotFound is passed on without an event. */
  delete(namespace: string, name: string, owner: KubeObject): void {
    try {
      this.api.delete('Pod', namespace, name);
    } catch (e) {
      if (e instanceof StatusError && e.reason !== 'NotFound') this.recorder.event(owner, 'Warning', 'FailedDelete', `Error deleting: ${e.message}`);
      throw e;
    }
    this.recorder.event(owner, 'Normal', 'SuccessfulDelete', `Deleted pod: ${name}`);
  }
}
