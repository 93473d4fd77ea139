Feature: Deleting a controller deletes or orphans its pods
  Pods carry a controller reference to their ReplicaSet (and ReplicaSets to their Deployment).
  Deleting the owner deletes them in the background by default; `--cascade=orphan` (or the old
  `--cascade=false`) leaves them running without an owner, for another controller to adopt.

  Background:
    Given a cluster with 3 nodes

  Scenario: Deleting a ReplicaSet deletes its pods
    Given a ReplicaSet "kubia" with 3 replicas of image "luksa/kubia"
    When I run "kubectl delete rs kubia"
    Then the output is:
      """
      replicaset.apps "kubia" deleted from default namespace
      """
    And 3 pods matching "app=kubia" are Terminating
    And within 1 minute, 0 pods matching "app=kubia" are Terminating

  Scenario: Orphaned pods keep running and a new ReplicaSet adopts them
    Given a ReplicaSet "kubia" with 3 replicas of image "luksa/kubia"
    When I run "kubectl delete rs kubia --cascade=orphan"
    Then for 1 minute, 3 pods matching "app=kubia" are Running
    When I apply the manifest:
      """
      apiVersion: apps/v1
      kind: ReplicaSet
      metadata:
        name: kubia-v2
      spec:
        replicas: 3
        selector:
          matchLabels:
            app: kubia
        template:
          metadata:
            labels:
              app: kubia
          spec:
            containers:
            - name: kubia
              image: luksa/kubia
      """
    Then 3 pods of replicaset "kubia-v2" are Running
    And 3 pods matching "app=kubia" were created in total

  Scenario: The old --cascade=false orphans too, with kubectl's deprecation warning
    # The book's Chapter04/kubia-rc.yaml
    Given the manifest:
      """
      apiVersion: v1
      kind: ReplicationController
      metadata:
        name: kubia
      spec:
        replicas: 3
        selector:
          app: kubia
        template:
          metadata:
            labels:
              app: kubia
          spec:
            containers:
            - name: kubia
              image: luksa/kubia
              ports:
              - containerPort: 8080
      """
    When I run the session:
      """
      $ kubectl delete rc kubia --cascade=false
      warning: --cascade=false is deprecated (boolean value) and can be replaced with --cascade=orphan.
      replicationcontroller "kubia" deleted from default namespace
      """
    And for 1 minute, 3 pods matching "app=kubia" are Running
    When I run "kubectl get rc"
    Then the output is empty

  Scenario: Deleting a Deployment deletes its ReplicaSets and their pods
    Given a Deployment "web" with 3 replicas
    When I run "kubectl delete deployment web"
    Then within 1 minute, 0 pods matching "app=web" are Running
    When I run "kubectl get rs"
    Then the output is empty

  Scenario: Foreground deletion waits for the pods before removing the ReplicaSet
    Given a ReplicaSet "kubia" with 2 replicas of image "luksa/kubia"
    When I run "kubectl delete rs kubia --cascade=foreground --wait=false"
    And I run "kubectl get rs"
    Then the output shows:
      | NAME  | DESIRED |
      | kubia | 2       |
    And 2 pods matching "app=kubia" are Terminating
    When 31 seconds pass
    And I run "kubectl get rs"
    Then the output is empty
