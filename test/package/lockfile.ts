/**
 * A package-lock.json for a throwaway project that installs our tarball, made from this
 * repository's own lock: the same versions, resolved and integrity for every dependency, so
 * `npm ci --offline` installs it from the npm cache that `npm ci` filled (which holds tarballs
 * but no registry metadata: a plain `npm install --offline` cannot resolve version ranges).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

interface LockEntry {
  version?: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  [key: string]: unknown;
}

export interface Lock {
  packages: Record<string, LockEntry>;
}

/** Where Node would find `name` from the package installed at `from` (`node_modules/a/node_modules/b`). */
function resolveIn(packages: Lock['packages'], from: string, name: string): string | undefined {
  let dir = from;
  for (;;) {
    const candidate = `${dir ? `${dir}/` : ''}node_modules/${name}`;
    if (packages[candidate]) return candidate;
    if (!dir) return undefined;
    const up = dir.lastIndexOf('/node_modules/');
    dir = up < 0 ? '' : dir.slice(0, up);
  }
}

/** The lock entries of `roots` and everything they depend on, as this repository installs them. */
export function closure(lock: Lock, roots: readonly string[]): Record<string, LockEntry> {
  const out: Record<string, LockEntry> = {};
  const queue: string[] = [];
  const visit = (path: string | undefined) => {
    if (!path || out[path]) return;
    const { dev, devOptional, peer, ...entry } = lock.packages[path] as LockEntry & { dev?: boolean; devOptional?: boolean; peer?: boolean };
    out[path] = entry;
    queue.push(path);
  };
  for (const r of roots) visit(resolveIn(lock.packages, '', r));
  while (queue.length > 0) {
    const path = queue.shift()!;
    const e = lock.packages[path];
    for (const dep of Object.keys({ ...e.dependencies, ...e.optionalDependencies })) visit(resolveIn(lock.packages, path, dep));
  }
  return out;
}

export interface Consumer {
  readonly packageJson: object;
  readonly packageLock: object;
  /** Directories of this repository the consumer needs a copy of, at the same relative path. */
  readonly linkedDirs: readonly string[];
}

/** package.json and package-lock.json of a project that depends on the tarball and on `others`. */
export interface RepoPackage {
  readonly version: string;
  readonly dependencies: Record<string, string>;
  readonly devDependencies?: Record<string, string>;
  readonly overrides?: Record<string, string>;
  readonly peerDependencies?: Record<string, string>;
  readonly bin?: Record<string, string>;
  readonly engines?: Record<string, string>;
}

export function consumerProject(repoLock: Lock, repoPackage: RepoPackage, tarball: string, others: Record<string, string>): Consumer {
  const integrity = `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`;
  const file = `file:${tarball}`;
  const deps = closure(repoLock, [...Object.keys(others), ...Object.keys(repoPackage.dependencies)]);
  // A dependency this repository overrides with a directory of its own (vendor/…) is linked
  // there: the consumer gets the same override, the same directory and the same lock entries.
  const linked = Object.entries(deps).filter(([, e]) => e.link === true);
  const linkedDirs = linked.map(([, e]) => e.resolved as string);
  const names = linked.map(([at]) => at.slice(at.lastIndexOf('node_modules/') + 'node_modules/'.length));
  const pick = (from: Record<string, string> | undefined) => Object.fromEntries(names.map((n) => [n, from?.[n]]).filter(([, v]) => v !== undefined));
  const root = {
    name: 'kubespec-consumer',
    version: '1.0.0',
    private: true,
    dependencies: { kubespec: file, ...others },
    ...(names.length ? { devDependencies: pick(repoPackage.devDependencies), overrides: pick(repoPackage.overrides) } : {}),
  };
  for (const dir of linkedDirs) {
    const { dev, devOptional, ...entry } = repoLock.packages[dir] as LockEntry & { dev?: boolean; devOptional?: boolean };
    deps[dir] = entry;
  }
  const packages = {
    '': root,
    ...deps,
    // npm ci links bins and checks peers from the lock, not from the tarball.
    'node_modules/kubespec': {
      version: repoPackage.version,
      resolved: file,
      integrity,
      dependencies: repoPackage.dependencies,
      peerDependencies: repoPackage.peerDependencies,
      bin: repoPackage.bin,
      engines: repoPackage.engines,
    },
  };
  return { packageJson: root, packageLock: { name: root.name, version: root.version, lockfileVersion: 3, requires: true, packages }, linkedDirs };
}
