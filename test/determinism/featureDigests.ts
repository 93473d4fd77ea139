/**
 * Cucumber support code for `KUBESPEC_DIGESTS=file npm run digests`: after each scenario, the
 * digest of what its cluster did, appended to that file (one `uri name digest` a line).
 * Run it before and after a change that must not change behaviour, and compare the files.
 */
import { appendFileSync } from 'node:fs';
import { After } from '@cucumber/cucumber';
import { KubeWorld } from '../../steps/world';
import { clusterDigest } from './digest';

const out = process.env.KUBESPEC_DIGESTS;

After(function (this: KubeWorld, { pickle }) {
  if (!out) return;
  const digest = this.hasCluster ? clusterDigest(this.cluster) : 'no cluster';
  appendFileSync(out, `${pickle.uri} ${pickle.name} ${digest}\n`);
});
