/** Moving simulated time. */
import { When } from '@cucumber/cucumber';
import { clockTarget } from '../src/scenario/clockTarget';
import { KubeWorld } from './world';

/** The clock moves forward; everything due on the way happens, in order. */
When('{duration} pass(es)', function (this: KubeWorld, ms: number) {
  this.cluster.advance(ms);
});

/** The clock moves to the next time it shows "10:30:15" (UTC), or to an RFC 3339 instant. */
When('the clock reaches {string}', function (this: KubeWorld, when: string) {
  const now = this.cluster.now().getTime();
  this.cluster.advance(clockTarget(when, now) - now);
});
