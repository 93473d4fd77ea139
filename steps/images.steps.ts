/** What simulated containers do, image by image. */
import { DataTable, Given } from '@cucumber/cucumber';
import { parseImageTable } from '../src/scenario/imageTable';
import { KubeWorld } from './world';

/** The image's process runs that long, then exits with that code. */
Given('the image {string} runs for {duration} and exits with code {int}', function (this: KubeWorld, image: string, ms: number, code: number) {
  this.images.declare(image, { runsForMs: ms, exitCode: code });
});

/** The image's process never exits by itself. */
Given('the image {string} runs forever', function (this: KubeWorld, image: string) {
  this.images.declare(image, { runsForMs: undefined });
});

/** HTTP requests (probes and service traffic) after the first N of a run are answered 500. */
Given('the image {string} answers HTTP 500 after {int} requests', function (this: KubeWorld, image: string, n: number) {
  this.images.declare(image, { unhealthyAfterRequests: n });
});

/** The first N runs of the image in the cluster, whichever pod runs them, fail with that code. */
Given('the image {string} fails {int} time(s) with exit code {int} before it succeeds', function (this: KubeWorld, image: string, n: number, code: number) {
  this.images.declare(image, { failFirst: n, failExitCode: code });
});

/** Containers of the image stay ContainerCreating that long (the image pull). */
Given('the image {string} takes {duration} to start', function (this: KubeWorld, image: string, ms: number) {
  this.images.declare(image, { startTimeMs: ms });
});

/** The process ignores SIGTERM: stopping it takes the grace period and ends with SIGKILL (137). */
Given('the image {string} ignores SIGTERM', function (this: KubeWorld, image: string) {
  this.images.declare(image, { onSigterm: 'ignore' });
});

/** The process exits with that code on SIGTERM (143 is what a default handler gives). */
Given('the image {string} exits with code {int} on SIGTERM', function (this: KubeWorld, image: string, code: number) {
  this.images.declare(image, { onSigterm: { exitCode: code } });
});

/**
 * Readiness probes of the image fail (an exec probe's command exits 1, as the book's
 * `ls /var/ready` does before the file exists; HTTP gets 503): its pods run but never become
 * Ready, so Services send them no traffic. Liveness probes are not affected.
 */
Given('the image {string} is not ready', function (this: KubeWorld, image: string) {
  this.images.declare(image, { notReady: true });
});

/**
 * A slow-starting server: its process opens its ports that long after it started. Until then
 * HTTP and TCP probes are refused (`connect: connection refused`) and so are service requests;
 * exec probes still succeed. A startup probe is how a pod waits for it.
 */
Given('the image {string} starts listening after {duration}', function (this: KubeWorld, image: string, ms: number) {
  this.images.declare(image, { listensAfterMs: ms });
});

/** Several images at once: `image`, `runs for`, `exit code`, `fails first`, `unhealthy after requests`, `start time`, `listens after`, `ignores SIGTERM`. */
Given('the images:', function (this: KubeWorld, table: DataTable) {
  for (const { image, behaviour } of parseImageTable(table.hashes())) this.images.declare(image, behaviour);
});
