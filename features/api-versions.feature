Feature: The API versions of a Kubernetes release
  Which apiVersion serves a kind depends on the release: `apps/v1beta2` until 1.15,
  `batch/v1beta1` CronJobs until 1.24. Manifests written for an older cluster are refused by a
  newer one, as kubectl reports it.

  Scenario: A ReplicaSet in apps/v1beta2 is accepted by Kubernetes 1.15
    Given the Kubernetes version is "1.15"
    When I apply the manifest:
      """
      apiVersion: apps/v1beta2
      kind: ReplicaSet
      metadata: {name: kubia}
      spec:
        replicas: 3
        selector: {matchLabels: {app: kubia}}
        template:
          metadata: {labels: {app: kubia}}
          spec: {containers: [{name: kubia, image: luksa/kubia}]}
      """
    Then the replicaset "kubia" matches:
      """
      apiVersion: apps/v1
      spec:
        replicas: 3
      """

  Scenario: The same manifest is refused by Kubernetes 1.34
    When I try to apply the manifest:
      """
      apiVersion: apps/v1beta2
      kind: ReplicaSet
      metadata: {name: kubia}
      spec:
        replicas: 3
        selector: {matchLabels: {app: kubia}}
        template:
          metadata: {labels: {app: kubia}}
          spec: {containers: [{name: kubia, image: luksa/kubia}]}
      """
    Then the command fails with "error: resource mapping not found for name: \"kubia\" namespace: \"\" from \"STDIN\": no matches for kind \"ReplicaSet\" in version \"apps/v1beta2\""

  Scenario: A CronJob in batch/v1beta1 is served until 1.24
    Given the Kubernetes version is "1.24"
    When I apply the manifest:
      """
      apiVersion: batch/v1beta1
      kind: CronJob
      metadata: {name: every-fifteen}
      spec:
        schedule: "0,15,30,45 * * * *"
        jobTemplate:
          spec:
            template:
              spec:
                restartPolicy: OnFailure
                containers: [{name: main, image: luksa/batch-job}]
      """
    Then the cronjob "every-fifteen" matches:
      """
      spec:
        schedule: "0,15,30,45 * * * *"
      """

  Scenario: The kubelets report the release
    Given the Kubernetes version is "1.24"
    When I run "kubectl get nodes"
    Then the output shows:
      | NAME     | VERSION |
      | minikube | v1.24.0 |
