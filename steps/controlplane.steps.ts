/** The control plane: stopping and starting the kube-controller-manager. */
import { When } from '@cucumber/cucumber';
import { KubeWorld } from './world';

/** No controller acts until it starts again; the scheduler and kubelets go on. */
When('the controller manager stops', function (this: KubeWorld) {
  this.cluster.stopControllerManager();
});

/** The controllers list everything again and catch up, as Kubernetes' do after a restart. */
When('the controller manager starts', function (this: KubeWorld) {
  this.cluster.startControllerManager();
});
