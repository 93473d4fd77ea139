Feature: Placing pods on nodes
  The scheduler only uses nodes whose labels match the pod's nodeSelector, whose taints the pod
  tolerates, that are not cordoned and that have room; a pod that fits nowhere stays Pending
  with a FailedScheduling event, and is placed as soon as a node fits.

  Background:
    Given a cluster with nodes:
      | name   | labels   |
      | node-1 |          |
      | node-2 | gpu=true |

  Scenario: A nodeSelector sends the pod to a matching node
    Given the manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: kubia-gpu
      spec:
        nodeSelector:
          gpu: "true"
        containers:
        - image: luksa/kubia
          name: kubia
      """
    Then pod "kubia-gpu" runs on node "node-2"
    And every pod matching "" runs on a node matching "gpu=true"

  Scenario: A pod that no node matches stays Pending until a node is labelled
    Given the manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: kubia-ssd
      spec:
        nodeSelector:
          disk: ssd
        containers:
        - image: luksa/kubia
          name: kubia
      """
    Then pod "kubia-ssd" is Pending
    And an event "FailedScheduling" is recorded for pod "kubia-ssd"
    When I run "kubectl get events --field-selector involvedObject.name=kubia-ssd"
    When I label node "node-1" with "disk=ssd"
    Then within 1 second, pod "kubia-ssd" is Running
    And pod "kubia-ssd" runs on node "node-1"

  Scenario: The FailedScheduling message counts the nodes by reason
    Given the manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: nowhere
      spec:
        nodeSelector:
          zone: mars
        containers:
        - image: nginx
          name: nginx
      """
    Then the pod "nowhere" matches:
      """
      status:
        phase: Pending
        conditions:
        - type: PodScheduled
          status: "False"
          reason: Unschedulable
          message: "0/2 nodes are available: 2 node(s) didn't match Pod's node affinity/selector. no new claims to deallocate, preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling."
      """

  Scenario: A pod waits for a node that joins the cluster
    Given the manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata: {name: wants-ssd}
      spec:
        nodeSelector: {disk: ssd}
        containers: [{name: c, image: nginx}]
      """
    Then pod "wants-ssd" is Pending
    When node "node-3" joins with labels "disk=ssd"
    Then within 10 seconds, pod "wants-ssd" runs on node "node-3"

  Scenario: A cordoned node takes no new pods
    When I run "kubectl cordon node-1"
    Then the output is:
      """
      node/node-1 cordoned
      """
    And node "node-1" has status Ready,SchedulingDisabled
    And node "node-1" has the taint "node.kubernetes.io/unschedulable:NoSchedule"
    Given a pod "a"
    And a pod "b"
    Then pod "a" runs on node "node-2"
    And pod "b" runs on node "node-2"
    When I run "kubectl uncordon node-1"
    Then the output is:
      """
      node/node-1 uncordoned
      """
    And node "node-1" has status Ready

  Scenario: A taint keeps away pods that do not tolerate it
    Given a cluster with nodes:
      | name     | taints                   |
      | plain    |                          |
      | reserved | dedicated=gpu:NoSchedule |
    And the manifest:
      """
      apiVersion: v1
      kind: List
      items:
      - apiVersion: v1
        kind: Pod
        metadata: {name: tolerant}
        spec:
          nodeSelector: {kubernetes.io/hostname: reserved}
          tolerations: [{key: dedicated, operator: Equal, value: gpu, effect: NoSchedule}]
          containers: [{name: c, image: nginx}]
      - apiVersion: v1
        kind: Pod
        metadata: {name: intolerant}
        spec:
          nodeSelector: {kubernetes.io/hostname: reserved}
          containers: [{name: c, image: nginx}]
      """
    Then pod "tolerant" runs on node "reserved"
    And pod "intolerant" is Pending
    And the pod "intolerant" matches:
      """
      status:
        conditions:
        - type: PodScheduled
          message: "0/2 nodes are available: 1 node(s) didn't match Pod's node affinity/selector, 1 node(s) had untolerated taint(s). no new claims to deallocate, preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling."
      """

  Scenario: A pod that asks for more CPU than any node has stays Pending
    Given the manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata: {name: greedy}
      spec:
        containers:
        - name: c
          image: nginx
          resources:
            requests: {cpu: "5"}
      """
    Then pod "greedy" is Pending
    And the pod "greedy" matches:
      """
      status:
        conditions:
        - type: PodScheduled
          message: "0/2 nodes are available: 2 Insufficient cpu. no new claims to deallocate, preemption: 0/2 nodes are available: 2 No preemption victims found for incoming pod."
      """
