Feature: DaemonSets run one pod on each eligible node
  A DaemonSet runs a pod on every node its nodeSelector, node affinity and taints allow, bound
  to the node through node affinity and placed by the default scheduler. Its pods follow nodes
  joining, leaving and being relabelled; they tolerate cordoning and node failure.

  Scenario: The book's ssd-monitor runs on the nodes labelled disk=ssd (Kubernetes 1.15)
    Given the Kubernetes version is "1.15"
    And a cluster with nodes:
      | name   | labels   |
      | node-1 | disk=ssd |
      | node-2 |          |
      | node-3 | disk=ssd |
    # The book's Chapter04/ssd-monitor-daemonset.yaml
    When I apply the manifest:
      """
      apiVersion: apps/v1beta2
      kind: DaemonSet
      metadata:
        name: ssd-monitor
      spec:
        selector:
          matchLabels:
            app: ssd-monitor
        template:
          metadata:
            labels:
              app: ssd-monitor
          spec:
            nodeSelector:
              disk: ssd
            containers:
            - name: main
              image: luksa/ssd-monitor
      """
    Then 2 pods matching "app=ssd-monitor" are Running
    And every pod matching "app=ssd-monitor" runs on a node matching "disk=ssd"
    When I run "kubectl get ds"
    Then the output is:
      """
      NAME          DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR   AGE
      ssd-monitor   2         2         2       2            2           disk=ssd        0s
      """

  Scenario: The DaemonSet follows node labels
    Given a cluster with 3 nodes
    And a DaemonSet "ssd-monitor" on nodes matching "disk=ssd"
    Then 0 pods matching "app=ssd-monitor" are Running
    When I label node "node-2" with "disk=ssd"
    Then 1 pod matching "app=ssd-monitor" is Running
    And every pod matching "app=ssd-monitor" runs on a node matching "disk=ssd"
    When I run "kubectl label node node-2 disk-"
    Then 0 pods matching "app=ssd-monitor" are Running
    And 1 pod matching "app=ssd-monitor" was created in total

  Scenario: A DaemonSet placed by node affinity
    Given a cluster with nodes:
      | name   | labels    |
      | node-1 | disk=ssd  |
      | node-2 | disk=nvme |
      | node-3 | disk=hdd  |
    And a DaemonSet "fast" on nodes matching "disk in (ssd,nvme)"
    Then 2 pods matching "app=fast" are Running
    And every pod matching "app=fast" runs on a node matching "disk!=hdd"

  Scenario: A node that joins gets a pod, and a deleted pod comes back
    Given a cluster with 2 nodes
    And a DaemonSet "agent"
    Then 2 pods matching "app=agent" are Running
    When node "node-3" joins
    Then 3 pods matching "app=agent" are Running
    And node "node-3" runs 1 pod
    When I delete a pod matching "app=agent"
    Then 3 pods matching "app=agent" are Running
    And 4 pods matching "app=agent" were created in total

  Scenario: A node removed takes its pod with it
    Given a cluster with 3 nodes
    And a DaemonSet "agent"
    When node "node-3" is removed
    Then within 2 minutes, 2 pods matching "app=agent" are Running
    And 0 pods matching "app=agent" are Terminating
    And 3 pods matching "app=agent" were created in total

  Scenario: Daemon pods tolerate cordoned nodes and failed nodes
    Given a cluster with 3 nodes
    And a DaemonSet "agent"
    When I run "kubectl cordon node-1"
    And node "node-2" fails
    Then for 10 minutes, 3 pods matching "app=agent" are Running
    And 0 pods matching "app=agent" are Terminating
    And 3 pods matching "app=agent" were created in total

  Scenario: Daemon pods carry the tolerations and labels of the DaemonSet controller
    Given a cluster with 1 node
    And a DaemonSet "agent"
    When I run "kubectl get pods -l app=agent -o yaml"
    Then the output contains "controller-revision-hash: "
    And the output contains "pod-template-generation: \"1\""
    And the output contains "key: node.kubernetes.io/unreachable"
    And the output contains "key: metadata.name"

  Scenario: A new template is rolled out one node at a time
    Given the image "nginx:1.27" takes 10 seconds to start
    And a cluster with 3 nodes
    And a DaemonSet "agent"
    When I run "kubectl set image ds/agent agent=nginx:1.27"
    Then for 40 seconds, at least 2 pods matching "app=agent" are Running
    And 3 pods matching "app=agent" are Running
    And 6 pods matching "app=agent" were created in total
    When I run "kubectl rollout status ds/agent"
    Then the output is:
      """
      daemon set "agent" successfully rolled out
      """
    When I run "kubectl rollout history ds/agent"
    Then the output is:
      """
      daemonset.apps/agent 
      REVISION  CHANGE-CAUSE
      1         <none>
      2         <none>

      """

  Scenario: An empty selector is refused
    When I try to apply the manifest:
      """
      apiVersion: apps/v1
      kind: DaemonSet
      metadata:
        name: agent
      spec:
        selector: {}
        template:
          metadata:
            labels:
              app: agent
          spec:
            containers:
            - name: agent
              image: nginx
      """
    Then the command fails with 'The DaemonSet "agent" is invalid: spec.selector: Invalid value: {}: empty selector is invalid for daemonset'
