/**
 * kubespec's step definitions, for projects that install the package: add a support file with
 * `import 'kubespec/steps';` and write scenarios in the step language.
 */
import './parameters';
import './world';
import './hooks';
import './cluster.steps';
import './images.steps';
import './manifests.steps';
import './pods.steps';
import './shorthands.steps';
import './nodes.steps';
import './time.steps';
import './controlplane.steps';
import './assertions.steps';
import './history.steps';
import './batch.steps';
import './output.steps';
import './services.steps';

export { KubeWorld } from './world';
export { defineAssertion } from './assert';
