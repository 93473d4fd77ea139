/**
 * Field selectors (`--field-selector status.phase=Running,spec.nodeName!=node-1`): the fields each
 * kind supports, as the API server's field label conversion functions list them, and matching.
 */
import { KubeObject } from './types';

interface Term {
  readonly field: string;
  readonly op: '=' | '!=';
  readonly value: string;
}

const COMMON = ['metadata.name', 'metadata.namespace'];

/** The fields a kind can be selected by, beyond name and namespace. */
const FIELDS: Record<string, string[]> = {
  Pod: ['spec.nodeName', 'spec.restartPolicy', 'spec.schedulerName', 'spec.serviceAccountName', 'spec.hostNetwork', 'status.phase', 'status.podIP', 'status.podIPs', 'status.nominatedNodeName'],
  Event: [
    'involvedObject.kind',
    'involvedObject.namespace',
    'involvedObject.name',
    'involvedObject.uid',
    'involvedObject.apiVersion',
    'involvedObject.resourceVersion',
    'involvedObject.fieldPath',
    'reason',
    'reportingComponent',
    'source',
    'type',
  ],
  Node: ['spec.unschedulable'],
  Namespace: ['status.phase'],
  Secret: ['type'],
  ReplicaSet: ['status.replicas'],
  ReplicationController: ['status.replicas'],
  Job: ['status.successful'],
};

export class FieldSelectorError extends Error {}

function valueOf(obj: KubeObject, field: string): string {
  if (field === 'source') return obj.source?.component ?? '';
  if (field === 'status.successful') return String(obj.status?.succeeded ?? 0);
  if (field === 'spec.unschedulable' || field === 'spec.hostNetwork') return String(!!field.split('.').reduce((o: any, k) => o?.[k], obj));
  if (field === 'status.podIPs') return (obj.status?.podIPs ?? []).map((p: any) => p.ip).join(',');
  const v = field.split('.').reduce((o: any, k) => o?.[k], obj);
  return v === undefined || v === null ? '' : String(v);
}

export interface FieldSelector {
  matches(obj: KubeObject): boolean;
}

/** Parses a field selector for a kind; unknown fields are refused with the API server's text. */
export function parseFieldSelector(text: string, kind: string): FieldSelector {
  const terms: Term[] = [];
  for (const part of text.split(',').map((s) => s.trim()).filter(Boolean)) {
    const m = /^([^!=]+)(==|=|!=)(.*)$/.exec(part);
    if (!m) throw new FieldSelectorError(`invalid selector: '${text}'; can't understand '${part}'`);
    terms.push({ field: m[1].trim(), op: m[2] === '!=' ? '!=' : '=', value: m[3].trim() });
  }
  const allowed = [...COMMON, ...(FIELDS[kind] ?? [])];
  for (const t of terms) {
    if (!allowed.includes(t.field)) {
      throw new FieldSelectorError(`field label not supported: ${t.field}`);
    }
  }
  return { matches: (obj) => terms.every((t) => (valueOf(obj, t.field) === t.value) === (t.op === '=')) };
}
