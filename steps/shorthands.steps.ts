/** Objects without YAML for the common case: labels `app=<name>`, one container named after the object. */
import { Given } from '@cucumber/cucumber';
import { podManifest } from '../src/scenario/shorthands';
import { KubeWorld } from './world';

/** A bare pod `NAME` labelled `app=NAME`, one container `NAME` of image nginx. */
Given('a pod {string}', function (this: KubeWorld, name: string) {
  this.cluster.apply(podManifest(name, 'nginx'));
});

Given('a pod {string} of image {string}', function (this: KubeWorld, name: string, image: string) {
  this.cluster.apply(podManifest(name, image));
});
