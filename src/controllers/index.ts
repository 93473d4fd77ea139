/** The controllers of the kube-controller-manager, in the order they start. */
import { ClusterContext } from '../context';
import { Controller } from './controller';
import { NodeLifecycleController } from './nodelifecycle/controller';
import { TaintEvictionController } from './tainteviction';
import { PodGCController } from './podgc';
import { GarbageCollector } from './garbagecollector';
import { JobController } from './job/controller';
import { CronJobController } from './cronjob/controller';
import { TTLAfterFinishedController } from './ttlafterfinished';
import { EndpointsController } from './endpoints/endpointsController';
import { EndpointSliceController } from './endpoints/endpointSliceController';
import { EndpointSliceMirroringController } from './endpoints/mirroringController';
import { workloadControllers } from './workloads';
import { NamespaceController } from './namespace';
import { NamespaceContentController } from './namespaceContent';

export function createControllers(ctx: ClusterContext): Controller[] {
  return [
    new GarbageCollector(ctx),
    new NodeLifecycleController(ctx),
    new TaintEvictionController(ctx),
    new PodGCController(ctx),
    new JobController(ctx),
    new CronJobController(ctx),
    new TTLAfterFinishedController(ctx),
    new EndpointsController(ctx),
    new EndpointSliceController(ctx),
    new EndpointSliceMirroringController(ctx),
    ...workloadControllers(ctx),
    new NamespaceController(ctx),
    new NamespaceContentController(ctx),
  ];
}
