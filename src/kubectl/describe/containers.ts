/**
 * describeContainers: each container's block in a pod (with its status) or a pod template
 * (without): image, ports, command, state, resources, probes, environment and mounts.
 */
import { KubeObject } from '../../api/types';
import { compareGo, goQuote } from '../../labels/goString';
import { rfc1123, sortedKeys } from './common';
import { describeProbe } from './probe';
import { Quantity, quantityOf } from './quantity';
import { LEVEL_0, LEVEL_1, LEVEL_2, LEVEL_3, PrefixWriter } from './writer';

/** How an env var's `fieldRef` reads: kubectl resolves metadata fields of a pod, '' otherwise. */
export type EnvResolver = ((fieldPath: string) => string) | undefined;

/** EnvValueRetriever + fieldpath.ExtractFieldPathAsString (only metadata fields resolve). */
export function podEnvResolver(pod: KubeObject): EnvResolver {
  const meta = pod.metadata;
  const formatMap = (m: Record<string, string> | undefined) =>
    sortedKeys(m)
      .map((k) => `${k}=${goQuote(m![k])}`)
      .join('\n');
  return (fieldPath) => {
    const sub = /^(metadata\.(?:annotations|labels))\['(.*)'\]$/.exec(fieldPath);
    if (sub) return (sub[1] === 'metadata.labels' ? meta.labels : meta.annotations)?.[sub[2]] ?? '';
    switch (fieldPath) {
      case 'metadata.annotations':
        return formatMap(meta.annotations);
      case 'metadata.labels':
        return formatMap(meta.labels);
      case 'metadata.name':
        return meta.name ?? '';
      case 'metadata.namespace':
        return meta.namespace ?? '';
      case 'metadata.uid':
        return meta.uid ?? '';
      default:
        return '';
    }
  };
}

function portList(ports: any[] | undefined, field: 'containerPort' | 'hostPort'): string {
  return (ports ?? []).map((p) => `${p[field] ?? 0}/${p.protocol ?? ''}${p.name ? ` (${p.name})` : ''}`).join(', ');
}

function describeBasicInfo(w: PrefixWriter, c: any, status: any | undefined, space: string): void {
  w.write(LEVEL_1, `${space ? ' ' : ''}${c.name}:\n`);
  if (status) w.write(LEVEL_2, `Container ID:\t${status.containerID ?? ''}\n`);
  w.write(LEVEL_2, `Image:\t${c.image ?? ''}\n`);
  if (status) w.write(LEVEL_2, `Image ID:\t${status.imageID ?? ''}\n`);
  const ports = portList(c.ports, 'containerPort');
  if (ports.includes(',')) w.write(LEVEL_2, `Ports:\t${ports}\n`);
  else w.write(LEVEL_2, `Port:\t${ports || '<none>'}\n`);
  const hostPorts = portList(c.ports, 'hostPort');
  if (hostPorts.includes(',')) w.write(LEVEL_2, `Host Ports:\t${hostPorts}\n`);
  else w.write(LEVEL_2, `Host Port:\t${hostPorts || '<none>'}\n`);
  const seccomp = c.securityContext?.seccompProfile;
  if (seccomp) {
    w.write(LEVEL_2, `SeccompProfile:\t${seccomp.type ?? ''}\n`);
    if (seccomp.type === 'Localhost') w.write(LEVEL_3, `LocalhostProfile:\t${seccomp.localhostProfile ?? ''}\n`);
  }
}

function describeCommand(w: PrefixWriter, c: any): void {
  for (const [title, items] of [['Command', c.command], ['Args', c.args]] as const) {
    if (!items?.length) continue;
    w.write(LEVEL_2, `${title}:\n`);
    for (const item of items) for (const s of String(item).split('\n')) w.write(LEVEL_3, `${s}\n`);
  }
}

/** describeStatus: one container state (`State:` or `Last State:`). */
function describeState(w: PrefixWriter, name: string, state: any): void {
  if (state?.running) {
    w.write(LEVEL_2, `${name}:\tRunning\n`);
    w.write(LEVEL_3, `Started:\t${rfc1123(state.running.startedAt)}\n`);
  } else if (state?.waiting) {
    w.write(LEVEL_2, `${name}:\tWaiting\n`);
    if (state.waiting.reason) w.write(LEVEL_3, `Reason:\t${state.waiting.reason}\n`);
  } else if (state?.terminated) {
    const t = state.terminated;
    w.write(LEVEL_2, `${name}:\tTerminated\n`);
    if (t.reason) w.write(LEVEL_3, `Reason:\t${t.reason}\n`);
    if (t.message) w.write(LEVEL_3, `Message:\t${t.message}\n`);
    w.write(LEVEL_3, `Exit Code:\t${t.exitCode ?? 0}\n`);
    if ((t.signal ?? 0) > 0) w.write(LEVEL_3, `Signal:\t${t.signal}\n`);
    w.write(LEVEL_3, `Started:\t${rfc1123(t.startedAt)}\n`);
    w.write(LEVEL_3, `Finished:\t${rfc1123(t.finishedAt)}\n`);
  } else {
    w.write(LEVEL_2, `${name}:\tWaiting\n`);
  }
}

/** describeResources: `Limits:` / `Requests:` with one sorted resource per line. */
export function describeResources(w: PrefixWriter, resources: any, level: number): void {
  if (!resources) return;
  for (const [title, list] of [['Limits', resources.limits], ['Requests', resources.requests]] as const) {
    const names = sortedKeys(list);
    if (names.length > 0) w.write(level, `${title}:\n`);
    for (const name of names) w.write(level + 1, `${name}:\t${quantityOf(list[name]).toString()}\n`);
  }
}

/** ExtractContainerResourceValue: a resourceFieldRef's value in units of its divisor, rounded up; '' if unsupported. */
function resourceFieldValue(ref: any, c: any): string {
  const divisor = Quantity.parse(ref.divisor ?? '') ?? Quantity.zero();
  const by = divisor.isZero() ? Quantity.ofInt(1) : divisor;
  const m = /^(limits|requests)\.(cpu|memory|ephemeral-storage|hugepages-.+)$/.exec(String(ref.resource ?? ''));
  if (!m) return '';
  const q = quantityOf(c.resources?.[m[1]]?.[m[2]]);
  const value = m[2] === 'cpu' ? q.milliValue() / by.milliValue() : q.value() / by.value();
  return String(Math.ceil(value));
}

function describeEnv(w: PrefixWriter, c: any, resolve: EnvResolver): void {
  if (c.envFrom?.length) {
    w.write(LEVEL_2, 'Environment Variables from:\n');
    for (const e of c.envFrom) {
      const ref = e.configMapRef ?? e.secretRef;
      const from = e.configMapRef ? 'ConfigMap' : e.secretRef ? 'Secret' : '';
      const optional = ref?.optional === true;
      const what = e.prefix ? `${from} with prefix '${e.prefix}'` : from;
      w.write(LEVEL_3, `${ref?.name ?? ''}\t${what}\tOptional: ${optional}\n`);
    }
  }
  const env: any[] = c.env ?? [];
  w.write(LEVEL_2, `Environment:${env.length ? '' : '\t<none>'}\n`);
  for (const e of env) {
    const from = e.valueFrom;
    if (!from) {
      String(e.value ?? '')
        .split('\n')
        .forEach((s, i) => w.write(LEVEL_3, i === 0 ? `${e.name}:\t${s}\n` : `\t${s}\n`));
    } else if (from.fieldRef) {
      const value = resolve ? resolve(from.fieldRef.fieldPath ?? '') : '';
      w.write(LEVEL_3, `${e.name}:\t${value} (${from.fieldRef.apiVersion ?? ''}:${from.fieldRef.fieldPath ?? ''})\n`);
    } else if (from.resourceFieldRef) {
      let value = resourceFieldValue(from.resourceFieldRef, c);
      const resource = from.resourceFieldRef.resource ?? '';
      if (value === '0' && (resource === 'limits.cpu' || resource === 'limits.memory')) value = 'node allocatable';
      w.write(LEVEL_3, `${e.name}:\t${value} (${resource})\n`);
    } else if (from.secretKeyRef) {
      const r = from.secretKeyRef;
      w.write(LEVEL_3, `${e.name}:\t<set to the key '${r.key ?? ''}' in secret '${r.name ?? ''}'>\tOptional: ${r.optional === true}\n`);
    } else if (from.configMapKeyRef) {
      const r = from.configMapKeyRef;
      w.write(LEVEL_3, `${e.name}:\t<set to the key '${r.key ?? ''}' of config map '${r.name ?? ''}'>\tOptional: ${r.optional === true}\n`);
    }
  }
}

function describeMounts(w: PrefixWriter, c: any): void {
  const mounts: any[] = [...(c.volumeMounts ?? [])].sort((a, b) => compareGo(a.mountPath ?? '', b.mountPath ?? ''));
  const none = mounts.length ? '' : '\t<none>';
  w.write(LEVEL_2, `Mounts:${none}\n`);
  for (const m of mounts) {
    const flags = [m.readOnly ? 'ro' : 'rw'];
    if (m.subPath) flags.push(`path=${goQuote(m.subPath)}`);
    w.write(LEVEL_3, `${m.mountPath} from ${m.name} (${flags.join(',')})\n`);
  }
  const devices: any[] = [...(c.volumeDevices ?? [])].sort((a, b) => compareGo(a.devicePath ?? '', b.devicePath ?? ''));
  if (devices.length) {
    w.write(LEVEL_2, `Devices:${none}\n`);
    for (const d of devices) w.write(LEVEL_3, `${d.devicePath} from ${d.name}\n`);
  }
}

/**
 * describeContainers: `Containers:` (or `Init Containers:`), then each container. `space` is
 * `'  '` inside a pod template, which indents the title and the name by one more space.
 */
export function describeContainers(
  w: PrefixWriter,
  label: string,
  containers: any[] | undefined,
  statuses: any[] | undefined,
  resolve: EnvResolver,
  space: string,
): void {
  const byName = new Map<string, any>((statuses ?? []).map((s) => [s.name, s]));
  w.write(LEVEL_0, `${space}${label}:${containers?.length ? '' : ' <none>'}\n`);
  for (const c of containers ?? []) {
    const status = byName.get(c.name);
    describeBasicInfo(w, c, status, space);
    describeCommand(w, c);
    if (status) {
      describeState(w, 'State', status.state);
      if (status.lastState?.terminated) describeState(w, 'Last State', status.lastState);
      w.write(LEVEL_2, `Ready:\t${status.ready ? 'True' : 'False'}\n`);
      w.write(LEVEL_2, `Restart Count:\t${status.restartCount ?? 0}\n`);
    }
    describeResources(w, c.resources, LEVEL_2);
    for (const [title, probe] of [['Liveness', c.livenessProbe], ['Readiness', c.readinessProbe], ['Startup', c.startupProbe]] as const) {
      if (probe) w.write(LEVEL_2, `${title}:\t${describeProbe(probe)}\n`);
    }
    describeEnv(w, c, resolve);
    describeMounts(w, c);
  }
}
