Feature: When every node is down, nothing is evicted
  With every zone fully disrupted the node lifecycle controller enters "master disruption mode":
  it removes the NoExecute taints and stops evicting, because the control plane itself is more
  likely to be cut off than every node at once.

  Scenario: In a one-node cluster a failed node keeps its pods
    Given a cluster with 1 node
    And a pod "solo"
    When node "node-1" fails
    Then within 1 minute, node "node-1" has status NotReady
    And node "node-1" has the taint "node.kubernetes.io/unreachable:NoSchedule"
    And for 30 minutes, pod "solo" is Running

  Scenario: When all nodes fail, none is evicted; when one comes back, evictions resume
    Given a cluster with 2 nodes
    And the manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata: {name: on-2}
      spec:
        nodeSelector: {kubernetes.io/hostname: node-2}
        containers: [{name: c, image: nginx}]
      """
    When node "node-1" fails
    And node "node-2" fails
    Then for 10 minutes, pod "on-2" is Running
    When node "node-1" recovers
    Then within 6 minutes, pod "on-2" is Terminating
