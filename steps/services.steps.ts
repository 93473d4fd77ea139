/** Traffic to Services: requests routed as kube-proxy does, answered by the pods' images. */
import { When } from '@cucumber/cucumber';
import { answeredByPods, failedRequests } from '../src/assertions';
import { defineAssertion } from './assert';
import { KubeWorld } from './world';

/**
 * One client sends N HTTP requests to the Service (in the default namespace), one after the
 * other at the current instant. Each goes to a ready endpoint chosen at random (seeded), or keeps
 * its pod with `sessionAffinity: ClientIP`; the pod answers as its image does. With no ready
 * endpoint a request is refused. The replies are kept for the steps below.
 */
When('I send {int} request(s) to service {string}', function (this: KubeWorld, n: number, service: string) {
  this.lastRequests = this.cluster.sendRequests(service, n);
});

/** Exactly N different pods answered the last requests (whatever their HTTP status). */
defineAssertion('the requests were answered by {int} different pod(s)', function (this: KubeWorld, n: number) {
  return answeredByPods(this.lastRequests, n);
});

/** Exactly N of the last requests failed: no answer (refused, nothing listening) or an HTTP 5xx. */
defineAssertion('{int} request(s) failed', function (this: KubeWorld, n: number) {
  return failedRequests(this.lastRequests, n);
});
