/** The strategy of each kind. Kinds without special rules get a plain strategy. */
import { Strategy, plainStrategy } from './strategy';
import { labelName, subdomainName } from '../validation/objectmeta';
import { podStrategy } from './pod';
import { namespaceStrategy } from './namespace';
import { nodeStrategy } from './node';
import { cronJobStrategy, jobStrategy } from './batch';
import { serviceStrategy } from './service';
import { endpointSliceStrategy, endpointsStrategy } from './endpoints';
import { workloadStrategies } from './apps';
import { secretStrategy } from './secret';

const strategies = new Map<string, Strategy>([
  ['Pod', podStrategy],
  ['Node', nodeStrategy],
  ['Job', jobStrategy],
  ['CronJob', cronJobStrategy],
  ['Service', serviceStrategy],
  ['Endpoints', endpointsStrategy],
  ['EndpointSlice', endpointSliceStrategy],
  ['Secret', secretStrategy],
  ...workloadStrategies,
  ['Namespace', namespaceStrategy],
]);

const fallback = plainStrategy(subdomainName);

export function strategyFor(kind: string): Strategy {
  return strategies.get(kind) ?? fallback;
}

/** Lets a later module (workloads, services, batch) register its kind's strategy. */
export function registerStrategy(kind: string, strategy: Strategy): void {
  strategies.set(kind, strategy);
}
