/** The controllers of the kube-controller-manager, in the order they start. */
import { ClusterContext } from '../context';
import { Controller } from './controller';
import { NodeLifecycleController } from './nodelifecycle/controller';
import { TaintEvictionController } from './tainteviction';
import { PodGCController } from './podgc';

export function createControllers(ctx: ClusterContext): Controller[] {
  return [new NodeLifecycleController(ctx), new TaintEvictionController(ctx), new PodGCController(ctx)];
}
