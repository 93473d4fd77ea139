/**
 * What every component of the simulated cluster is given: the API server to read and write
 * through, the runtime (clock and work queue), the seeded generator, the event recorders and the
 * image catalogue. Components hold nothing of each other.
 */
import { ApiServer } from './store/apiserver';
import { Runtime } from './sim/runtime';
import { Random } from './sim/rng';
import { EventRecorders } from './events/recorder';
import { ImageCatalogue } from './kubelet/images';

export interface ClusterContext {
  readonly api: ApiServer;
  readonly runtime: Runtime;
  readonly rng: Random;
  readonly events: EventRecorders;
  readonly images: ImageCatalogue;
}
