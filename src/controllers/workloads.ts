/** The workload controllers of the kube-controller-manager. */
import { ClusterContext } from '../context';
import { Controller } from './controller';
import { DeploymentController } from './deployment/controller';
import { DaemonSetController } from './daemonset/controller';
import { REPLICATION_CONTROLLER, REPLICA_SET, ReplicaSetController } from './replicaset/controller';

export function workloadControllers(ctx: ClusterContext): Controller[] {
  return [new ReplicaSetController(ctx, REPLICA_SET), new ReplicaSetController(ctx, REPLICATION_CONTROLLER), new DeploymentController(ctx), new DaemonSetController(ctx)];
}
