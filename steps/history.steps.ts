/** Assertions about what happened over the whole scenario. */
import { atMostRunningAtOnce, podsCreatedInTotal } from '../src/assertions';
import { defineAssertion } from './assert';
import { KubeWorld } from './world';

/** The largest number of matching pods in phase Running at one instant. */
defineAssertion('at most {int} pod(s) matching {string} ran at the same time', function (this: KubeWorld, n: number, selector: string) {
  return atMostRunningAtOnce(this.cluster, selector, n);
});

/** How many matching pods were ever created. */
defineAssertion('{int} pod(s) matching {string} was/were created in total', function (this: KubeWorld, n: number, selector: string) {
  return podsCreatedInTotal(this.cluster, selector, n);
});
