/**
 * kubespec: a simulated Kubernetes cluster on a simulated clock, and the pure rules it is built
 * on. `Cluster` is what steps, tests and users' own code drive.
 *
 * @packageDocumentation
 */
export { Cluster, KubectlError } from './cluster';
export type { ClusterOptions, NodeSpec } from './cluster';
export type { KubectlResult } from './kubectl';
export { parseSelector, labelSelectorAsSelector, validateLabelKey, validateLabelValue } from './labels';
export type { Selector, LabelSelector } from './labels';
export { nextCronTime } from './cron';
export { parseDuration } from './util/duration';
