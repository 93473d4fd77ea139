Feature: Controllers replace the pods of failed nodes
  When a node stops answering, the node lifecycle controller taints it; its pods are evicted
  once their default toleration (5 minutes) runs out, and their controllers create
  replacements on the other nodes. The evicted pods stay Terminating while the node is away.
  DaemonSet pods tolerate the taints for ever.

  Scenario: A ReplicaSet replaces the pod of a failed node after the eviction timeout
    Given a cluster with 3 nodes
    And a ReplicaSet "kubia" with 3 replicas
    When node "node-2" fails
    Then for 5 minutes, 3 pods matching "app=kubia" are Running
    And within 2 minutes, 4 pods matching "app=kubia" were created in total

  Scenario: The replacement runs on a healthy node while the old pod stays Terminating
    Given a cluster with 3 nodes
    And a ReplicaSet "kubia" with 3 replicas
    When node "node-2" fails
    And 7 minutes pass
    Then 3 pods matching "app=kubia" are Running
    And 1 pod matching "app=kubia" is Terminating
    And no pod runs on node "node-2"
    When node "node-2" recovers
    Then within 1 minute, 0 pods matching "app=kubia" are Terminating

  Scenario: A Deployment's pods are replaced too
    Given a cluster with 2 nodes
    And a Deployment "web" with 4 replicas
    When node "node-1" fails
    And 7 minutes pass
    Then 4 pods of deployment "web" are Running
    And node "node-2" runs 4 pods

  Scenario: A DaemonSet pod on a failed node is never evicted
    Given a cluster with 3 nodes
    And a DaemonSet "agent"
    When node "node-2" fails
    Then for 15 minutes, 0 pods matching "app=agent" are Terminating
    And 3 pods matching "app=agent" were created in total
