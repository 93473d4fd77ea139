/** Scenario set-up: where the feature file lives, and a generous step timeout for long simulations. */
import { Before, setDefaultTimeout } from '@cucumber/cucumber';
import { KubeWorld } from './world';

setDefaultTimeout(120_000);

Before(function (this: KubeWorld, { pickle }) {
  this.setFeature(pickle.uri);
});
