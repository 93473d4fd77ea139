Feature: Nodes that fail
  A failed node stops renewing its lease. After the node monitor grace period (50 s) the node
  lifecycle controller marks it NotReady and taints it unreachable; pods that tolerate that for
  300 s (the default) are then evicted. A pod on an unreachable node stays Terminating, and a
  bare pod is never replaced.

  Background:
    Given a cluster with 3 nodes
    And the manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata: {name: bare}
      spec:
        nodeSelector: {kubernetes.io/hostname: node-2}
        containers: [{name: c, image: nginx}]
      """

  Scenario: The node turns NotReady after the grace period and is tainted unreachable
    When node "node-2" fails
    Then for 50 seconds, node "node-2" has status Ready
    And within 10 seconds, node "node-2" has status NotReady
    And node "node-2" has the taint "node.kubernetes.io/unreachable:NoExecute"
    And node "node-2" has the taint "node.kubernetes.io/unreachable:NoSchedule"
    And the node "node-2" matches:
      """
      status:
        conditions:
        - type: MemoryPressure
          status: Unknown
        - type: DiskPressure
          status: Unknown
        - type: PIDPressure
          status: Unknown
        - type: Ready
          status: Unknown
          reason: NodeStatusUnknown
          message: Kubelet stopped posting node status.
      """
    And an event "NodeNotReady" is recorded for node "node-2"

  Scenario: Pods on the lost node lose their Ready condition but keep showing Running
    # MarkPodsNotReady changes only the pod's Ready condition: the container statuses the
    # READY column counts still say what the kubelet last reported.
    When node "node-2" fails
    And 1 minute passes
    When I run "kubectl get pod bare"
    Then the output shows:
      | NAME | READY | STATUS  |
      | bare | 1/1   | Running |
    And the pod "bare" matches:
      """
      status:
        conditions:
        - type: PodReadyToStartContainers
        - type: Initialized
        - type: Ready
          status: "False"
      """
    And an event "NodeNotReady" is recorded for pod "bare"

  Scenario: The pod is evicted when its toleration runs out, and stays Terminating
    When node "node-2" fails
    Then for 5 minutes, pod "bare" is Running
    And within 1 minute, pod "bare" is Terminating
    And an event "TaintManagerEviction" is recorded for pod "bare"
    And for 1 hour, pod "bare" is Terminating
    And 1 pod matching "" was created in total

  Scenario: When the node recovers, its kubelet finishes the deletion
    When node "node-2" fails
    And 7 minutes pass
    Then pod "bare" is Terminating
    When node "node-2" recovers
    Then node "node-2" has status Ready
    And within 30 seconds, pod "bare" does not exist

  Scenario: A node that recovers before the eviction keeps its pods
    When node "node-2" fails
    And 2 minutes pass
    Then node "node-2" has status NotReady
    When node "node-2" recovers
    Then node "node-2" has status Ready
    And for 10 minutes, pod "bare" is Running
    And pod "bare" has restarted 1 time

  Scenario: A removed node's pods are deleted by the pod garbage collector
    When node "node-2" is removed
    Then within 1 minute, pod "bare" does not exist
