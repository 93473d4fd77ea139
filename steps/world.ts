/**
 * The World of a scenario: the cluster it builds (lazily, so the version, time, seed and nodes
 * can be set first), the image catalogue, and what the last command printed. Steps reach the
 * cluster through `this.cluster`; users' own steps can too.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { IWorldOptions, World, setWorldConstructor } from '@cucumber/cucumber';
import { Cluster, NodeSpec } from '../src/cluster';
import { ImageCatalogue } from '../src/kubelet/images';
import { KubectlResult } from '../src/kubectl';
import { ServiceReply } from '../src/services/proxy';

export interface KubespecParameters {
  /** The default random seed of every scenario (`--world-parameters '{"seed":7}'`). */
  readonly seed?: number;
}

export class KubeWorld extends World<KubespecParameters> {
  /** The folder of the feature file, where manifest paths are looked up first. */
  featureDir = process.cwd();
  readonly images = new ImageCatalogue();
  private built?: Cluster;
  private nodes?: NodeSpec[];
  private version?: string;
  private start?: string;
  private seed?: number;
  /** What the last kubectl command printed. */
  last?: KubectlResult;
  /** The refusal kept by the last `try` step. */
  lastError?: string;
  /** Replies of the last requests sent to a service. */
  lastRequests?: ServiceReply[];
  /** Files declared by the scenario (`Given the file "x.yaml":`), found before the disk's. */
  readonly files = new Map<string, string>();

  constructor(options: IWorldOptions<KubespecParameters>) {
    super(options);
  }

  /** The scenario's cluster, built at first use. */
  get cluster(): Cluster {
    if (!this.built) {
      this.built = new Cluster({
        nodes: this.nodes,
        version: this.version,
        start: this.start,
        seed: this.seed ?? this.parameters.seed ?? 1,
        images: this.images,
        readFile: (path) => this.readFile(path),
      });
    }
    return this.built;
  }

  get hasCluster(): boolean {
    return this.built !== undefined;
  }

  private beforeCluster(what: string): void {
    if (this.built) throw new Error(`${what} must be given before the cluster is used (put it before the other steps of the scenario)`);
  }

  setNodes(nodes: NodeSpec[]): void {
    this.beforeCluster('The cluster');
    this.nodes = nodes;
  }

  setVersion(version: string): void {
    this.beforeCluster('The Kubernetes version');
    this.version = version;
  }

  setStart(time: string): void {
    this.beforeCluster('The time');
    this.start = time;
  }

  setSeed(seed: number): void {
    this.beforeCluster('The random seed');
    this.seed = seed;
  }

  /** A file named in a step or command: next to the feature first, then in the working directory. */
  resolvePath(path: string): string {
    if (isAbsolute(path)) return path;
    const nearFeature = resolve(this.featureDir, path);
    if (existsSync(nearFeature)) return nearFeature;
    return resolve(process.cwd(), path);
  }

  readFile(path: string): string {
    const declared = this.files.get(path);
    if (declared !== undefined) return declared;
    const full = this.resolvePath(path);
    if (!existsSync(full)) throw new Error(`the path "${path}" does not exist`);
    return readFileSync(full, 'utf8');
  }

  setFeature(uri: string): void {
    this.featureDir = dirname(resolve(process.cwd(), uri));
  }
}

setWorldConstructor(KubeWorld);
