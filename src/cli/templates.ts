/** The files `kubespec init` writes: a feature that passes, the Cucumber config, and steps. */

export const CUCUMBER_JS = `// Cucumber configuration, used by \`npx kubespec\` (and \`npx cucumber-js\`).
// Steps are TypeScript, loaded with tsx; kubespec's own come from steps/kubespec.ts.
module.exports = {
  default: {
    requireModule: ['tsx/cjs'],
    require: ['steps/**/*.ts'],
    format: [['kubespec/formatter', 'reports/behaviour.html']],
  },
};
`;

export const STEPS_TS = `// kubespec's step language (see \`npx kubespec steps\`). Your own steps go in other files here.
import 'kubespec/steps';
`;

export const OWN_STEPS_TS = `// A step of your own: the scenario's simulated cluster is \`this.cluster\`.
import { Then } from '@cucumber/cucumber';
import type { KubeWorld } from 'kubespec/steps';

/** Every pod of the scenario has been given a node. */
Then('every pod is scheduled', function (this: KubeWorld) {
  const unscheduled = this.cluster.list('Pod').filter((pod) => !pod.spec?.nodeName);
  if (unscheduled.length > 0) throw new Error(\`not scheduled: \${unscheduled.map((pod) => pod.metadata.name).join(', ')}\`);
});
`;

export const EXAMPLE_FEATURE = `Feature: Pods on a small cluster
  A first scenario: change it, or add your own beside it. \`npx kubespec steps\` lists every step.

  Scenario: A pod that keeps exiting is restarted
    Given a cluster with 2 nodes
    And the image "example/worker" runs for 30 seconds and exits with code 1
    When I apply the manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: worker
      spec:
        containers:
        - name: worker
          image: example/worker
      """
    Then pod "worker" is Running
    And every pod is scheduled
    And within 1 minute, pod "worker" has restarted 1 time
`;

export const INIT_FILES: Readonly<Record<string, string>> = {
  'cucumber.js': CUCUMBER_JS,
  'steps/kubespec.ts': STEPS_TS,
  'steps/example.steps.ts': OWN_STEPS_TS,
  'features/example.feature': EXAMPLE_FEATURE,
};
