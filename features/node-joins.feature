Feature: Nodes joining the cluster
  A node that joins registers, turns Ready, and the scheduler starts placing pods on it.

  Scenario: A pod goes to the node that joined when the others are cordoned
    Given a cluster with 1 node
    When I run "kubectl cordon node-1"
    And node "node-2" joins
    And I apply the manifest "manifests/web-pod.yaml"
    Then pod "web" runs on node "node-2"
    And node "node-2" runs 1 pod
    And no pod runs on node "node-1"
