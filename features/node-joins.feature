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

  Scenario: The node lifecycle controller registers a new node at its next look
    # It looks every 5 seconds from its start (monitorNodeHealth): a node that joins 37 s in
    # is registered at 40 s.
    Given a cluster with 1 node
    When 37 seconds pass
    And node "node-2" joins
    And 2 seconds pass
    And I run "kubectl get events --field-selector reason=RegisteredNode"
    Then the output is:
      """
      LAST SEEN   TYPE     REASON           OBJECT        MESSAGE
      39s         Normal   RegisteredNode   node/node-1   Node node-1 event: Registered Node node-1 in Controller
      """
    When 1 second passes
    And I run "kubectl get events --field-selector reason=RegisteredNode"
    Then the output is:
      """
      LAST SEEN   TYPE     REASON           OBJECT        MESSAGE
      40s         Normal   RegisteredNode   node/node-1   Node node-1 event: Registered Node node-1 in Controller
      0s          Normal   RegisteredNode   node/node-2   Node node-2 event: Registered Node node-2 in Controller
      """
