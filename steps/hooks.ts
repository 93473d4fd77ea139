/**
 * Scenario set-up: where the feature file lives, a generous step timeout for long simulations,
 * and the hooks that collect what the behaviour report shows.
 */
import { Before, setDefaultTimeout } from '@cucumber/cucumber';
import { KubeWorld } from './world';
import './report.hooks';

setDefaultTimeout(120_000);

Before(function (this: KubeWorld, { pickle }) {
  this.setFeature(pickle.uri);
});
