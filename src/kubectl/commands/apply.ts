/**
 * `kubectl apply -f` and `kubectl create -f`: every document of every file, each decoded and
 * checked as the API server does (strict field validation by default), created — or, for apply,
 * merged three ways into the live object. Errors are reported per object; the rest go through.
 */
import { KubeObject, clone } from '../../api/types';
import { deepEqual } from '../../store/equal';
import { CommandContext, Command } from '../context';
import { CommandError, withSource } from '../errors';
import { objectName } from '../output';
import { ManifestError, parseManifests } from '../../manifests/parse';
import { ValidationMode, decodeObject, objectKindErrors, resolveType, sortedJSON } from '../../manifests/decode';
import { threeWayMerge } from '../merge';
import { klogWarning, warnAbout } from '../warnings';

export const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

const FILE_FLAGS = [
  { name: 'filename', short: 'f', type: 'strings' as const },
  { name: 'dry-run', type: 'string' as const, noOptDefault: 'unchanged' },
  { name: 'validate', type: 'string' as const, noOptDefault: 'strict' },
  { name: 'output', short: 'o', type: 'string' as const },
  { name: 'record', type: 'bool' as const },
  { name: 'save-config', type: 'bool' as const },
  { name: 'recursive', short: 'R', type: 'bool' as const },
  { name: 'server-side', type: 'bool' as const },
  { name: 'force', type: 'bool' as const },
  { name: 'overwrite', type: 'bool' as const },
  { name: 'prune', type: 'bool' as const },
  { name: 'selector', short: 'l', type: 'string' as const },
];

export interface Source {
  readonly name: string;
  readonly text: string;
}

export type DryRun = 'none' | 'client' | 'server';

/** `GetDryRunStrategy`: the three strategies, and the deprecated spellings with klog's warning. */
export function dryRunFlag(cc: CommandContext): DryRun {
  if (!cc.flags.has('dry-run')) return 'none';
  const v = cc.flags.string('dry-run');
  const truth = parseGoBool(v);
  if (truth === undefined) {
    if (v === 'unchanged') {
      klogWarning(cc, 'helpers.go:731', '--dry-run is deprecated and can be replaced with --dry-run=client.');
      return 'client';
    }
    if (v === 'client' || v === 'server' || v === 'none') return v;
    throw new CommandError(`Invalid dry-run value (${v}). Must be "none", "server", or "client".`);
  }
  const replacement = truth ? 'client' : 'none';
  klogWarning(cc, `helpers.go:${truth ? 745 : 748}`, `--dry-run=${v} is deprecated (boolean value) and can be replaced with --dry-run=${replacement}.`);
  return replacement;
}

/** strconv.ParseBool's spellings. */
export function parseGoBool(v: string): boolean | undefined {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(v)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(v)) return false;
  return undefined;
}

export function dryRunSuffix(d: DryRun): string {
  return d === 'client' ? ' (dry run)' : d === 'server' ? ' (server dry run)' : '';
}

function validationMode(cc: CommandContext): ValidationMode {
  if (!cc.flags.has('validate')) return 'Strict';
  const v = cc.flags.string('validate').toLowerCase();
  if (v === 'strict' || v === 'true') return 'Strict';
  if (v === 'warn') return 'Warn';
  if (v === 'ignore' || v === 'false') return 'Ignore';
  throw new CommandError(`invalid - validate option "${cc.flags.string('validate')}"; must be one of: strict (or true), warn, ignore (or false)`);
}

function sources(cc: CommandContext): Source[] {
  const files = cc.flags.strings('filename');
  if (files.length === 0) throw new CommandError('must specify one of -f and -k');
  return files.map((f) => ({ name: f, text: readSource(cc, f) }));
}

/** The text of a file named with `-f`, or kubectl's refusal. */
export function readSource(cc: CommandContext, path: string): string {
  try {
    if (!cc.deps.readFile) throw new Error('no files');
    return cc.deps.readFile(path);
  } catch {
    throw new CommandError(`the path "${path}" does not exist`);
  }
}

/** Applies or creates every object in `source`, writing kubectl's lines. */
export function applySource(cc: CommandContext, source: Source, mode: 'apply' | 'create', dryRun: DryRun, validation: ValidationMode): void {
  let docs;
  try {
    docs = parseManifests(source.text, source.name);
  } catch (e) {
    cc.fail(e);
    return;
  }
  if (docs.length === 0) {
    cc.fail(new CommandError('no objects passed to ' + mode));
    return;
  }
  const { api } = cc.cluster;
  for (const doc of docs) {
    // kubectl validates each document as it reads the stream, and stops reading at a refusal.
    const invalid = validation === 'Ignore' ? undefined : objectKindErrors(doc.object);
    if (invalid) {
      cc.fail(new CommandError(`error validating ${JSON.stringify(source.name)}: error validating data: ${invalid}; if you choose to ignore these errors, turn validation off with --validate=false`));
      return;
    }
    try {
      const type = resolveType(doc.object, source.name, api.minor);
      let decoded;
      try {
        decoded = decodeObject(doc.object, type, validation);
      } catch (e) {
        throw withSource('creating', source.name, e);
      }
      for (const w of decoded.warnings) cc.err(`Warning: ${w}\n`);
      const obj = decoded.object;
      if (type.namespaced) {
        const fileNs = obj.metadata.namespace;
        if (fileNs && cc.namespaceGiven && fileNs !== cc.namespace) {
          throw new CommandError(`the namespace from the provided object "${fileNs}" does not match the namespace "${cc.namespace}". You must pass '--namespace=${fileNs}' to perform this operation.`);
        }
        obj.metadata.namespace = fileNs || cc.namespace;
      } else {
        delete obj.metadata.namespace;
      }
      const suffix = dryRunSuffix(dryRun);
      if (mode === 'apply' && !obj.metadata.name) throw nameless(obj, doc.object, type.resource, source.name);
      warnAbout(cc, type.kind);
      const live = api.tryGet(type.kind, obj.metadata.namespace, obj.metadata.name ?? '');
      if (mode === 'create' || !live || !obj.metadata.name) {
        if (mode === 'apply' || cc.flags.bool('save-config')) {
          obj.metadata.annotations = { ...(obj.metadata.annotations ?? {}), [LAST_APPLIED]: lastAppliedOf(doc.object, obj) };
        }
        if (dryRun === 'client') {
          cc.out(`${objectName(obj)} created${suffix}\n`);
          continue;
        }
        let created: KubeObject;
        try {
          created = api.create(obj, { dryRun: dryRun === 'server' });
        } catch (e) {
          throw withSource('creating', source.name, e);
        }
        cc.out(`${objectName(created)} created${suffix}\n`);
        continue;
      }
      if (dryRun !== 'client' && live.metadata.annotations?.[LAST_APPLIED] === undefined) {
        cc.err(
          `Warning: resource ${type.resource}/${live.metadata.name} is missing the ${LAST_APPLIED} annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.\n`,
        );
      }
      const merged = mergeApplied(live, obj, doc.object);
      if (deepEqual(merged, live)) {
        cc.out(`${objectName(live)} unchanged${suffix}\n`);
        continue;
      }
      if (dryRun !== 'client') {
        try {
          api.update(merged, { dryRun: dryRun === 'server' });
        } catch (e) {
          throw withSource('patching', source.name, e);
        }
      }
      cc.out(`${objectName(live)} configured${suffix}\n`);
    } catch (e) {
      cc.fail(e);
    }
  }
}

/**
 * apply finds the live object by name (applyOneObject): a generated name cannot be applied, and
 * without any name the GET that client-go refuses to build fails.
 */
function nameless(obj: KubeObject, doc: Record<string, any>, resource: string, source: string): CommandError {
  if (obj.metadata.generateName) return new CommandError(`from ${obj.metadata.generateName}: cannot use generate name with apply`);
  const apiVersion = String(doc.apiVersion ?? '');
  const groupVersion = apiVersion.includes('/') ? apiVersion : `/${apiVersion}`;
  return new CommandError(
    `error when retrieving current configuration of:\nResource: "${groupVersion}, Resource=${resource}", GroupVersionKind: "${groupVersion}, Kind=${obj.kind}"\n` +
      `Name: "", Namespace: "${obj.metadata.namespace ?? ''}"\nfrom server for: ${JSON.stringify(source)}: resource name may not be empty`,
  );
}

/** The annotation kubectl keeps: the applied configuration as JSON, without the annotation itself. */
function lastAppliedOf(doc: Record<string, any>, obj: KubeObject): string {
  const copy = clone(doc);
  copy.metadata = { ...(copy.metadata ?? {}) };
  if (obj.metadata.namespace) copy.metadata.namespace = obj.metadata.namespace;
  if (copy.metadata.annotations) {
    delete copy.metadata.annotations[LAST_APPLIED];
    if (Object.keys(copy.metadata.annotations).length === 0) delete copy.metadata.annotations;
  }
  return sortedJSON(copy) + '\n';
}

function mergeApplied(live: KubeObject, desired: KubeObject, doc: Record<string, any>): KubeObject {
  const lastText = live.metadata.annotations?.[LAST_APPLIED];
  let last: Record<string, any> = {};
  try {
    if (lastText) last = JSON.parse(lastText);
  } catch {
    last = {};
  }
  const want = clone(desired) as Record<string, any>;
  delete want.status;
  const merged = threeWayMerge(clone(live), last, want) as KubeObject;
  merged.metadata = {
    ...merged.metadata,
    annotations: { ...(merged.metadata.annotations ?? {}), [LAST_APPLIED]: lastAppliedOf(doc, desired) },
  };
  merged.status = live.status;
  if (merged.status === undefined) delete merged.status;
  return merged;
}

function fileCommand(name: 'apply' | 'create'): Command {
  return {
    name,
    flags: FILE_FLAGS,
    run(cc) {
      if (cc.args.length > 0) {
        throw new CommandError(`Unexpected args: [${cc.args.join(' ')}]\nSee '${cc.path ?? `kubectl ${name}`} -h' for help and examples`);
      }
      const dryRun = dryRunFlag(cc);
      const validation = validationMode(cc);
      for (const source of sources(cc)) applySource(cc, source, name, dryRun, validation);
    },
  };
}

export const applyCommand = fileCommand('apply');
export const createFromFileCommand = fileCommand('create');
export { ManifestError };
