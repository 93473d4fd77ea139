/** The controllers of the kube-controller-manager, in the order they start. */
import { ClusterContext } from '../context';
import { Controller } from './controller';
import { NodeLifecycleController } from './nodelifecycle/controller';
import { TaintEvictionController } from './tainteviction';
import { PodGCController } from './podgc';
import { GarbageCollector } from './garbagecollector';
import { workloadControllers } from './workloads';

export function createControllers(ctx: ClusterContext): Controller[] {
  return [
    new GarbageCollector(ctx),
    new NodeLifecycleController(ctx),
    new TaintEvictionController(ctx),
    new PodGCController(ctx),
    ...workloadControllers(ctx),
  ];
}
