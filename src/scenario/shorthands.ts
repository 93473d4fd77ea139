/**
 * The manifests behind the shorthand steps: labels `app=<name>`, one container named after the
 * object, image `nginx` unless one is named. They go through `kubectl apply` like any manifest.
 */
import { stringify } from 'yaml';

export function podManifest(name: string, image: string): string {
  return stringify({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, labels: { app: name } },
    spec: { containers: [{ name, image }] },
  });
}
