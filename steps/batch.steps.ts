/** Assertions about Jobs and CronJobs, each also as `within …,` and `for …,`. */
import { cronJobCreatedJobAt, cronJobCreatedJobs, jobComplete, jobFailedWithReason, jobPodCounts } from '../src/assertions';
import { defineAssertion } from './assert';
import { KubeWorld } from './world';

/** The Job has the condition Complete (it reached its completions, every pod counted). */
defineAssertion('job {string} is complete', function (this: KubeWorld, name: string) {
  return jobComplete(this.cluster, name);
});

/** The Job has the condition Failed with that reason, e.g. `BackoffLimitExceeded`, `DeadlineExceeded`. */
defineAssertion('job {string} has failed with reason {string}', function (this: KubeWorld, name: string, reason: string) {
  return jobFailedWithReason(this.cluster, name, reason);
});

/** The Job's status counts: `succeeded` and `failed` pods (as counted by the job controller). */
defineAssertion('job {string} has {int} succeeded and {int} failed pod(s)', function (this: KubeWorld, name: string, succeeded: number, failed: number) {
  return jobPodCounts(this.cluster, name, succeeded, failed);
});

/** How many Jobs the CronJob has created since the scenario began (deleted ones included). */
defineAssertion('cronjob {string} has created {int} job(s)', function (this: KubeWorld, name: string, n: number) {
  return cronJobCreatedJobs(this.cluster, name, n);
});

/** The CronJob created the Job of that scheduled time ("10:30" today, UTC, or RFC 3339), however late. */
defineAssertion('cronjob {string} created a job at {string}', function (this: KubeWorld, name: string, when: string) {
  return cronJobCreatedJobAt(this.cluster, name, when, true);
});

/** The CronJob never created a Job for that scheduled time ("10:30" today, UTC, or RFC 3339). */
defineAssertion('cronjob {string} did not create a job at {string}', function (this: KubeWorld, name: string, when: string) {
  return cronJobCreatedJobAt(this.cluster, name, when, false);
});
