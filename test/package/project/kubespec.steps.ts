import 'kubespec/steps';
