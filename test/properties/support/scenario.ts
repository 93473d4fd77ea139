/**
 * A cluster under test: it performs operations (operations.ts), keeps track of the nodes that are
 * part of it and which of them are down, checks that resourceVersions only grow, and that a
 * refused command changed nothing (a canonical dump of the store before and after).
 */
import assert from 'node:assert/strict';
import { Cluster, KubectlError } from '../../../src/cluster';
import { canonicalDump } from './dump';
import { JOB_IMAGE, manifest } from './manifests';
import { NODE_NAMES, Op } from './operations';

/** A cluster under test and the nodes that are part of it (joined, not removed). */
export class Scenario {
  readonly cluster: Cluster;
  readonly nodes: string[];
  /** The nodes among them whose machine is down. */
  readonly down = new Set<string>();
  /** Violations seen while running (resourceVersions going back). */
  readonly violations: string[] = [];
  private lastResourceVersion = 0;

  constructor(nodes = 3) {
    this.cluster = new Cluster({ nodes });
    this.cluster.declareImage(JOB_IMAGE, { runsForMs: 20_000, exitCode: 0 });
    this.nodes = NODE_NAMES.slice(0, nodes);
    this.cluster.api.store.watchAll((type, obj) => {
      if (type === 'DELETED') return;
      const rv = Number(obj.metadata.resourceVersion);
      if (!(rv > this.lastResourceVersion)) this.violations.push(`${type} ${obj.kind} ${obj.metadata.name} has resourceVersion ${obj.metadata.resourceVersion} after ${this.lastResourceVersion}`);
      this.lastResourceVersion = Math.max(this.lastResourceVersion, rv);
    });
  }

  run(op: Op): void {
    const c = this.cluster;
    switch (op.op) {
      case 'apply':
        return this.refusalChangesNothing(`apply ${op.workload.kind} ${op.workload.name}`, () => {
          try {
            c.apply(manifest(op.workload));
            return undefined;
          } catch (e) {
            if (e instanceof KubectlError) return e.result.stderr;
            throw e;
          }
        });
      case 'kubectl': {
        const line = this.resolve(op.line, op.pick);
        return this.refusalChangesNothing(line, () => {
          const r = c.kubectl(line);
          return r.exitCode === 0 ? undefined : r.stderr;
        });
      }
      case 'failNode':
      case 'recoverNode':
      case 'removeNode': {
        if (this.nodes.length === 0) return;
        const name = this.nodes[op.pick % this.nodes.length];
        if (op.op === 'removeNode') this.nodes.splice(this.nodes.indexOf(name), 1);
        if (op.op === 'failNode') this.down.add(name);
        else this.down.delete(name);
        return c[op.op](name);
      }
      case 'joinNode':
        if (this.nodes.includes(op.name)) return;
        this.nodes.push(op.name);
        return c.addNode({ name: op.name, labels: op.ssd ? { disk: 'ssd' } : {} });
      case 'stopControllerManager':
        return c.stopControllerManager();
      case 'startControllerManager':
        return c.startControllerManager();
      case 'advance':
        return c.advance(op.ms);
    }
  }

  private resolve(line: string, pick: number): string {
    const pods = this.cluster.list('Pod', 'default').map((p) => p.metadata.name!);
    return line.replace('{pod}', pods.length ? pods[pick % pods.length] : 'ghost').replace('{node}', this.nodes.length ? this.nodes[pick % this.nodes.length] : 'ghost');
  }

  /** Runs a command; when it is refused (returns its error text), the store must be as it was. */
  private refusalChangesNothing(what: string, command: () => string | undefined): void {
    const before = canonicalDump(this.cluster);
    const refusal = command();
    if (refusal === undefined) return;
    assert.ok(refusal.length > 0, `${what} was refused without a message`);
    assert.ok(!/TypeError|\n\s+at /.test(refusal), `${what} leaked an internal error: ${refusal}`);
    const after = canonicalDump(this.cluster);
    if (after !== before) assert.fail(`${what} was refused (${refusal.trim()}) but changed the cluster`);
  }
}
