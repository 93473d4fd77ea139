/** The workload kinds' strategies, keyed by kind, for the registry. */
import { Strategy } from '../strategy';
import { replicaSetStrategy } from './replicaset';
import { replicationControllerStrategy } from './replicationcontroller';
import { deploymentStrategy } from './deployment';
import { daemonSetStrategy } from './daemonset';

export const workloadStrategies: readonly (readonly [string, Strategy])[] = [
  ['ReplicaSet', replicaSetStrategy],
  ['ReplicationController', replicationControllerStrategy],
  ['Deployment', deploymentStrategy],
  ['DaemonSet', daemonSetStrategy],
];
