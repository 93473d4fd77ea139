Feature: The controller manager
  While the kube-controller-manager is down no controller acts (the scheduler and kubelets go
  on); when it starts again, every controller lists what exists and catches up.

  Scenario: While the controller manager is stopped, no controller acts
    Given the controller manager stops
    When I apply the manifest:
      """
      apiVersion: apps/v1
      kind: ReplicaSet
      metadata: {name: web}
      spec:
        replicas: 2
        selector: {matchLabels: {app: web}}
        template:
          metadata: {labels: {app: web}}
          spec: {containers: [{name: web, image: nginx}]}
      """
    Then for 10 minutes, 0 pods of replicaset "web" are Running

  Scenario: The garbage collector catches up when the controller manager starts
    Given the controller manager stops
    And the manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: orphan
        ownerReferences:
        - {apiVersion: apps/v1, kind: ReplicaSet, name: gone, uid: 6f1c2d3e-0000-4000-8000-000000000001, controller: true}
      spec: {containers: [{name: c, image: nginx}]}
      """
    Then for 5 minutes, pod "orphan" is Running
    When the controller manager starts
    Then within 5 seconds, pod "orphan" does not exist
