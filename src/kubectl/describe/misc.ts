/** Namespace, ConfigMap, Secret, ServiceAccount and PodDisruptionBudget describers. */
import { KubeObject } from '../../api/types';
import { formatLabelSelector } from '../../labels';
import { describeHeader, maybeEvents, printAnnotationsMultiline, printLabelsMultiline, rfc1123, sortedKeys } from './common';
import { SimpleDescription } from './network';
import { intOrString } from './probe';
import { LEVEL_0, LEVEL_1, LEVEL_2, tabbed } from './writer';

/** describeNamespace; the simulated API serves no ResourceQuotas or LimitRanges, so there are none. */
export function describeNamespace(ns: KubeObject): string {
  return tabbed((w) => {
    w.write(LEVEL_0, `Name:\t${ns.metadata.name}\n`);
    printLabelsMultiline(w, 'Labels', ns.metadata.labels);
    printAnnotationsMultiline(w, 'Annotations', ns.metadata.annotations);
    w.write(LEVEL_0, `Status:\t${ns.status?.phase ?? ''}\n`);
    const conditions: any[] = ns.status?.conditions ?? [];
    if (conditions.length) {
      w.write(LEVEL_0, 'Conditions:\n');
      w.write(LEVEL_1, 'Type\tStatus\tLastTransitionTime\tReason\tMessage\n');
      w.write(LEVEL_1, '----\t------\t------------------\t------\t-------\n');
      for (const c of conditions) {
        w.write(LEVEL_1, `${c.type ?? ''}\t${c.status ?? ''}\t${rfc1123(c.lastTransitionTime)}\t${c.reason ?? ''}\t${c.message ?? ''}\n`);
      }
    }
    w.write(LEVEL_0, '\n');
    w.write(LEVEL_0, 'No resource quota.\n');
    w.write(LEVEL_0, '\n');
    w.write(LEVEL_0, 'No LimitRange resource.\n');
  });
}

/** Go's len() of a Secret's data value: the decoded bytes of the base64 text. */
function decodedLength(value: unknown): number {
  return typeof value === 'string' ? Buffer.from(value, 'base64').length : 0;
}

export function describeConfigMap({ obj: cm, events, now }: SimpleDescription): string {
  return tabbed((w) => {
    describeHeader(w, cm);
    w.write(LEVEL_0, '\nData\n====\n');
    for (const k of sortedKeys(cm.data)) {
      w.write(LEVEL_0, `${k}:\n----\n`);
      w.write(LEVEL_0, `${cm.data[k]}\n`);
      w.write(LEVEL_0, '\n');
    }
    w.write(LEVEL_0, '\nBinaryData\n====\n');
    for (const k of sortedKeys(cm.binaryData)) w.write(LEVEL_0, `${k}: ${decodedLength(cm.binaryData[k])} bytes\n`);
    w.write(LEVEL_0, '\n');
    maybeEvents(w, events, now);
  });
}

export function describeSecret(secret: KubeObject): string {
  return tabbed((w) => {
    describeHeader(w, secret);
    w.write(LEVEL_0, `\nType:\t${secret.type ?? ''}\n`);
    w.write(LEVEL_0, '\nData\n====\n');
    for (const k of sortedKeys(secret.data)) {
      // A service account token is shown in clear; everything else only by its size.
      if (k === 'token' && secret.type === 'kubernetes.io/service-account-token') {
        w.write(LEVEL_0, `${k}:\t${Buffer.from(String(secret.data[k]), 'base64').toString('utf8')}\n`);
      } else {
        w.write(LEVEL_0, `${k}:\t${decodedLength(secret.data[k])} bytes\n`);
      }
    }
  });
}

export interface ServiceAccountDescription extends SimpleDescription {
  /** The namespace's secrets (to find tokens and missing references); undefined if unreadable. */
  readonly secrets?: readonly KubeObject[];
}

export function describeServiceAccount({ obj: sa, secrets, events, now }: ServiceAccountDescription): string {
  const tokens: string[] = [];
  const missing = new Set<string>();
  if (secrets) {
    const existing = new Set(secrets.map((s) => s.metadata.name));
    for (const s of secrets) {
      const a = s.metadata.annotations ?? {};
      if (s.type === 'kubernetes.io/service-account-token' && a['kubernetes.io/service-account.name'] === sa.metadata.name && (a['kubernetes.io/service-account.uid'] ?? '') === (sa.metadata.uid ?? '')) {
        tokens.push(s.metadata.name!);
      }
    }
    for (const r of [...(sa.secrets ?? []), ...(sa.imagePullSecrets ?? [])]) if (!existing.has(r.name)) missing.add(r.name);
  }
  // Headers are padded to one width by hand and sorted as strings, as kubectl does.
  const sections: [string, string[]][] = [
    ['Image pull secrets:', (sa.imagePullSecrets ?? []).map((s: any) => s.name)],
    ['Mountable secrets: ', (sa.secrets ?? []).map((s: any) => s.name)],
    ['Tokens:            ', tokens],
  ];
  return tabbed((w) => {
    describeHeader(w, sa);
    for (const [header, names] of sections) {
      if (names.length === 0) {
        w.write(LEVEL_0, `${header}\t<none>\n`);
        continue;
      }
      names.forEach((name, i) => {
        const prefix = i === 0 ? header : ' '.repeat(19);
        w.write(LEVEL_0, `${prefix}\t${name}${missing.has(name) ? ' (not found)' : ''}\n`);
      });
    }
    maybeEvents(w, events, now);
  });
}

export function describePodDisruptionBudget({ obj: pdb, events, now }: SimpleDescription): string {
  const spec = pdb.spec ?? {};
  const status = pdb.status ?? {};
  return tabbed((w) => {
    w.write(LEVEL_0, `Name:\t${pdb.metadata.name}\n`);
    w.write(LEVEL_0, `Namespace:\t${pdb.metadata.namespace ?? ''}\n`);
    if (spec.minAvailable !== undefined && spec.minAvailable !== null) w.write(LEVEL_0, `Min available:\t${intOrString(spec.minAvailable)}\n`);
    else if (spec.maxUnavailable !== undefined && spec.maxUnavailable !== null) w.write(LEVEL_0, `Max unavailable:\t${intOrString(spec.maxUnavailable)}\n`);
    w.write(LEVEL_0, `Selector:\t${spec.selector ? formatLabelSelector(spec.selector) : '<unset>'}\n`);
    w.write(LEVEL_0, 'Status:\n');
    w.write(LEVEL_2, `Allowed disruptions:\t${status.disruptionsAllowed ?? 0}\n`);
    w.write(LEVEL_2, `Current:\t${status.currentHealthy ?? 0}\n`);
    w.write(LEVEL_2, `Desired:\t${status.desiredHealthy ?? 0}\n`);
    w.write(LEVEL_2, `Total:\t${status.expectedPods ?? 0}\n`);
    maybeEvents(w, events, now);
  });
}
