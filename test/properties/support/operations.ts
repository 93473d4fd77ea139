/**
 * What a user (and the machines) may do to a cluster, as data fast-check can generate and shrink:
 * applies, kubectl commands, node failures, recoveries, removals and joins, the controller
 * manager stopping and starting, and time passing. `Scenario` (scenario.ts) performs them.
 */
import fc from 'fast-check';
import { Workload, WorkloadKind } from './manifests';

export type Op =
  | { readonly op: 'apply'; readonly workload: Workload }
  /** A kubectl line; `{pod}` and `{node}` stand for an existing pod or node, chosen by `pick`. */
  | { readonly op: 'kubectl'; readonly line: string; readonly pick: number }
  | { readonly op: 'failNode' | 'recoverNode' | 'removeNode'; readonly pick: number }
  | { readonly op: 'joinNode'; readonly name: string; readonly ssd: boolean }
  | { readonly op: 'stopControllerManager' | 'startControllerManager' }
  | { readonly op: 'advance'; readonly ms: number };

const NAMES = ['a', 'b', 'c'];
const APPS = ['a', 'b'];
export const NODE_NAMES = ['node-1', 'node-2', 'node-3', 'node-4'];

const workload: fc.Arbitrary<Workload> = fc.record({
  kind: fc.constantFrom<WorkloadKind>('Pod', 'ReplicaSet', 'Deployment', 'DaemonSet', 'Job', 'Service'),
  name: fc.constantFrom(...NAMES),
  app: fc.constantFrom(...APPS),
  replicas: fc.integer({ min: 0, max: 4 }),
  image: fc.constantFrom('nginx', 'nginx:1.27'),
  ssdOnly: fc.boolean(),
  nodeName: fc.option(fc.constantFrom('node-1', 'ghost'), { nil: undefined, freq: 4 }),
  strategy: fc.constantFrom<Workload['strategy']>('default', 'Recreate', 'surge-only'),
  invalid: fc.integer({ min: 0, max: 6 }).map((n) => n === 0),
});

const kubectlLine: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(fc.constantFrom('rs', 'deploy', 'ds', 'job', 'svc'), fc.constantFrom(...NAMES), fc.constantFrom('background', 'foreground', 'orphan'))
    .map(([kind, name, cascade]) => `kubectl delete ${kind} ${name} --cascade=${cascade} --wait=false`),
  fc.constantFrom('background', 'foreground', 'orphan').map((cascade) => `kubectl delete pod {pod} --cascade=${cascade} --wait=false`),
  fc.tuple(fc.constantFrom('rs', 'deploy'), fc.constantFrom(...NAMES), fc.integer({ min: 0, max: 4 })).map(([k, n, r]) => `kubectl scale ${k} ${n} --replicas=${r}`),
  fc.constantFrom('app=a --overwrite', 'app=b --overwrite', 'app=c --overwrite', 'app-', 'app=a').map((spec) => `kubectl label pod {pod} ${spec}`),
  fc.constantFrom('disk=ssd --overwrite', 'disk-').map((spec) => `kubectl label node {node} ${spec}`),
  fc.tuple(fc.constantFrom(...NAMES), fc.constantFrom('c', 'x'), fc.constantFrom('nginx', 'nginx:1.27', 'nginx:1.28')).map(([n, c, i]) => `kubectl set image deploy/${n} ${c}=${i}`),
  fc.constantFrom('cordon', 'uncordon').map((verb) => `kubectl ${verb} {node}`),
  fc.constantFrom(...NAMES).map((n) => `kubectl rollout undo deploy/${n}`),
);

export const operation: fc.Arbitrary<Op> = fc.oneof(
  { weight: 6, arbitrary: workload.map((w): Op => ({ op: 'apply', workload: w })) },
  { weight: 6, arbitrary: fc.record({ op: fc.constant('kubectl' as const), line: kubectlLine, pick: fc.nat(20) }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constantFrom('failNode' as const, 'recoverNode' as const, 'removeNode' as const), pick: fc.nat(20) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('joinNode' as const), name: fc.constantFrom(...NODE_NAMES, 'node-5'), ssd: fc.boolean() }) },
  { weight: 1, arbitrary: fc.constantFrom<Op>({ op: 'stopControllerManager' }, { op: 'startControllerManager' }) },
  { weight: 3, arbitrary: fc.constantFrom(1_000, 10_000, 45_000, 60_000, 180_000, 400_000).map((ms): Op => ({ op: 'advance', ms })) },
);

/** Builders for regression cases written by hand (defaults as the shrunk counterexamples have them). */
export const ops = {
  apply: (kind: WorkloadKind, name: string, w: Partial<Workload> = {}): Op => ({
    op: 'apply',
    workload: { kind, name, app: 'a', replicas: 0, image: 'nginx', ssdOnly: false, strategy: 'default', invalid: false, ...w },
  }),
  kubectl: (line: string, pick = 0): Op => ({ op: 'kubectl', line, pick }),
  node: (op: 'failNode' | 'recoverNode' | 'removeNode', pick = 0): Op => ({ op, pick }),
  join: (name: string, ssd = false): Op => ({ op: 'joinNode', name, ssd }),
  advance: (ms: number): Op => ({ op: 'advance', ms }),
  stopControllerManager: { op: 'stopControllerManager' } as Op,
  startControllerManager: { op: 'startControllerManager' } as Op,
};

/** One line per operation, for failure messages and regression cases. */
export function describeOp(op: Op): string {
  switch (op.op) {
    case 'apply':
      return `apply ${JSON.stringify(op.workload)}`;
    case 'kubectl':
      return `${op.line} (pick ${op.pick})`;
    case 'joinNode':
      return `join ${op.name}${op.ssd ? ' with disk=ssd' : ''}`;
    case 'advance':
      return `advance ${op.ms / 1000}s`;
    case 'failNode':
    case 'recoverNode':
    case 'removeNode':
      return `${op.op} (pick ${op.pick})`;
    default:
      return op.op;
  }
}
