/**
 * Zone health as the node lifecycle controller judges it (ComputeZoneState) and the eviction rate
 * that follows (setLimiterInZone): a zone with every node down is in full disruption, one with
 * more than two and at least 55 % down is in partial disruption; partial disruption slows
 * tainting to 0.01 nodes/s in zones of more than 50 nodes, and stops it in smaller ones.
 */

export type ZoneState = 'Initial' | 'Normal' | 'PartialDisruption' | 'FullDisruption';

export const EVICTION_QPS = 0.1;
export const SECONDARY_EVICTION_QPS = 0.01;
export const LARGE_CLUSTER_THRESHOLD = 50;
export const UNHEALTHY_ZONE_THRESHOLD = 0.55;

export function computeZoneState(ready: number, notReady: number): ZoneState {
  if (ready === 0 && notReady > 0) return 'FullDisruption';
  if (notReady > 2 && notReady / (ready + notReady) >= UNHEALTHY_ZONE_THRESHOLD) return 'PartialDisruption';
  return 'Normal';
}

export function evictionQPS(state: ZoneState, zoneSize: number): number {
  switch (state) {
    case 'PartialDisruption':
      return zoneSize > LARGE_CLUSTER_THRESHOLD ? SECONDARY_EVICTION_QPS : 0;
    default:
      return EVICTION_QPS;
  }
}

/** The zone key of a node: region and zone labels joined (empty when unlabelled). */
export function zoneOf(labels: Record<string, string> | undefined): string {
  const l = labels ?? {};
  const region = l['topology.kubernetes.io/region'] ?? l['failure-domain.beta.kubernetes.io/region'] ?? '';
  const zone = l['topology.kubernetes.io/zone'] ?? l['failure-domain.beta.kubernetes.io/zone'] ?? '';
  return region || zone ? `${region}:\u0000:${zone}` : '';
}
