/**
 * The EndpointSliceTracker (staging/src/k8s.io/endpointslice/util/endpointslice_tracker.go): the
 * generation a controller last wrote for each slice, by Service, so that its handlers let pass
 * only what others changed. Own deletions are not tracked here: the sim's watches are synchronous,
 * so a controller forgets a slice it deletes at once (ExpectDeletion then HandleDeletion).
 */
import { KubeObject, keyOf } from '../../api/types';
import { SERVICE_NAME_LABEL } from './slices';

export class EndpointSliceTracker {
  private readonly byService = new Map<string, Map<string, number>>();

  private serviceOf(slice: KubeObject): string {
    return keyOf(slice.metadata.namespace, slice.metadata.labels?.[SERVICE_NAME_LABEL] ?? '');
  }

  /** Has: a generation is tracked for the slice. */
  has(slice: KubeObject): boolean {
    return this.byService.get(this.serviceOf(slice))?.has(slice.metadata.uid!) ?? false;
  }

  /** ShouldSync: the slice is not tracked, or has a newer generation than the one written. */
  shouldSync(slice: KubeObject): boolean {
    const g = this.byService.get(this.serviceOf(slice))?.get(slice.metadata.uid!);
    return g === undefined || (slice.metadata.generation ?? 0) > g;
  }

  /** Update: the generation just written. */
  update(slice: KubeObject): void {
    const service = this.serviceOf(slice);
    let gens = this.byService.get(service);
    if (!gens) this.byService.set(service, (gens = new Map()));
    gens.set(slice.metadata.uid!, slice.metadata.generation ?? 0);
  }

  /** HandleDeletion of a slice someone else deleted: false (sync again) when it was tracked. */
  handleDeletion(slice: KubeObject): boolean {
    const gens = this.byService.get(this.serviceOf(slice));
    const tracked = gens?.has(slice.metadata.uid!) ?? false;
    gens?.delete(slice.metadata.uid!);
    return !tracked;
  }

  /** The slice this controller deleted itself. */
  forget(slice: KubeObject): void {
    this.byService.get(this.serviceOf(slice))?.delete(slice.metadata.uid!);
  }

  deleteService(namespace: string | undefined, name: string): void {
    this.byService.delete(keyOf(namespace, name));
  }
}
