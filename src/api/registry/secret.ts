/**
 * Secrets: the v1 → internal conversion folds `stringData` into `data` (base64, stringData
 * winning) and drops it, and defaulting gives an untyped Secret the type `Opaque`, so what is
 * stored (and printed by `kubectl get secrets`) never carries stringData.
 */
import { KubeObject } from '../types';
import { Strategy, plainStrategy } from './strategy';
import { subdomainName } from '../validation/objectmeta';

function foldStringData(secret: KubeObject): void {
  const s = secret as KubeObject & { data?: Record<string, string>; stringData?: Record<string, string>; type?: string };
  if (s.stringData) {
    const data: Record<string, string> = { ...(s.data ?? {}) };
    for (const [k, v] of Object.entries(s.stringData)) data[k] = Buffer.from(String(v), 'utf8').toString('base64');
    s.data = data;
    delete s.stringData;
  }
  if (!s.type) s.type = 'Opaque';
}

export const secretStrategy: Strategy = plainStrategy(subdomainName, {
  prepareForCreate: (obj) => foldStringData(obj),
  prepareForUpdate: (obj) => foldStringData(obj),
});
