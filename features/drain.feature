Feature: kubectl drain empties a node for maintenance
  Drain cordons the node and evicts its pods, whose controllers recreate them elsewhere. It
  refuses — leaving the node cordoned — when a pod would not come back (no controller), when a
  DaemonSet would put its pod right back, or when a pod keeps data in an emptyDir, unless told
  otherwise.

  Background:
    Given a cluster with 2 nodes

  Scenario: Pods of a ReplicaSet are evicted and recreated on the other node
    Given a ReplicaSet "kubia" with 4 replicas
    When I run "kubectl drain node-1"
    Then the output contains "node/node-1 cordoned"
    And the output contains "node/node-1 drained"
    And the output contains "evicting pod default/kubia-"
    And 4 pods matching "app=kubia" are Running
    And node "node-2" runs 4 pods
    And no pod runs on node "node-1"

  Scenario: A pod without a controller blocks the drain
    Given the manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: bare
      spec:
        nodeName: node-1
        containers:
        - name: bare
          image: nginx
      """
    When I run the session:
      """
      $ kubectl drain node-1
      node/node-1 cordoned
      error: unable to drain node "node-1" due to error: cannot delete cannot delete Pods that declare no controller (use --force to override): default/bare, continuing command...
      There are pending nodes to be drained:
       node-1
      error: cannot delete cannot delete Pods that declare no controller (use --force to override): default/bare
      """
    And pod "bare" is Running

  Scenario: --force deletes a pod without a controller, with a warning
    Given the manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: bare
      spec:
        nodeName: node-1
        containers:
        - name: bare
          image: nginx
      """
    When I run "kubectl drain node-1 --force"
    Then the output is:
      """
      node/node-1 cordoned
      evicting pod default/bare
      pod/bare evicted
      node/node-1 drained
      """
    And pod "bare" does not exist

  Scenario: DaemonSet pods block the drain unless ignored
    Given a DaemonSet "agent"
    When I try to run "kubectl drain node-1"
    Then the command fails with "error: cannot delete DaemonSet-managed Pods (use --ignore-daemonsets to ignore): default/agent-"
    When I run "kubectl drain node-1 --ignore-daemonsets"
    Then the output is:
      """
      node/node-1 already cordoned
      node/node-1 drained
      """
    And 2 pods matching "app=agent" are Running

  Scenario: Pods with emptyDir data block the drain unless their data may go
    Given the manifest:
      """
      apiVersion: apps/v1
      kind: ReplicaSet
      metadata:
        name: cache
      spec:
        replicas: 1
        selector:
          matchLabels:
            app: cache
        template:
          metadata:
            labels:
              app: cache
          spec:
            nodeSelector:
              kubernetes.io/hostname: node-1
            containers:
            - name: cache
              image: nginx
              volumeMounts:
              - name: data
                mountPath: /data
            volumes:
            - name: data
              emptyDir: {}
      """
    When I try to run "kubectl drain node-1"
    Then the command fails with "cannot delete Pods with local storage (use --delete-emptydir-data to override): default/cache-"
    When I run "kubectl drain node-1 --delete-emptydir-data"
    Then the output contains "node/node-1 drained"

  Scenario: Drain waits for the evicted pods to go, the clock moving meanwhile
    # luksa/kubia ignores SIGTERM: each evicted pod takes its 30 s grace period; kubectl polls
    # every second and reports each pod once it is gone.
    Given a ReplicaSet "kubia" with 2 replicas of image "luksa/kubia"
    When I run "kubectl drain node-1"
    Then the output contains "node/node-1 drained"
    And no pod runs on node "node-1"
    And 2 pods matching "app=kubia" are Running
    When I run "kubectl get nodes"
    Then the output shows:
      | NAME   | STATUS                   | AGE |
      | node-1 | Ready,SchedulingDisabled | 30s |
      | node-2 | Ready                    | 30s |
