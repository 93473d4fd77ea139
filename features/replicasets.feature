Feature: ReplicaSets keep a number of pods running
  A ReplicaSet (apps/v1) selects its pods with matchLabels and matchExpressions, adopts matching
  pods that have no controller, scales down the least established pods first, and applies
  template changes only to the pods it creates afterwards.

  Background:
    Given a cluster with 3 nodes

  Scenario: The book's apps/v1beta2 ReplicaSet is refused by a current API server
    # The book's Chapter04/kubia-replicaset.yaml
    When I try to apply the manifest:
      """
      apiVersion: apps/v1beta2
      kind: ReplicaSet
      metadata:
        name: kubia
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
    Then the command fails with 'error: resource mapping not found for name: "kubia" namespace: "" from "STDIN": no matches for kind "ReplicaSet" in version "apps/v1beta2"'
    And 0 pods are Running

  Scenario: The book's ReplicaSet runs on Kubernetes 1.15, which still served apps/v1beta2
    Given the Kubernetes version is "1.15"
    # The book's Chapter04/kubia-replicaset.yaml
    When I apply the manifest:
      """
      apiVersion: apps/v1beta2
      kind: ReplicaSet
      metadata:
        name: kubia
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
    Then 3 pods of replicaset "kubia" are Running
    When I run "kubectl get rs"
    Then the output is:
      """
      NAME    DESIRED   CURRENT   READY   AGE
      kubia   3         3         3       0s
      """

  Scenario: A ReplicaSet selects its pods with matchExpressions
    Given the Kubernetes version is "1.15"
    # The book's Chapter04/kubia-replicaset-matchexpressions.yaml
    When I apply the manifest:
      """
      apiVersion: apps/v1beta2
      kind: ReplicaSet
      metadata:
        name: kubia
      spec:
        replicas: 3
        selector:
          matchExpressions:
            - key: app
              operator: In
              values:
               - kubia
        template:
          metadata:
            labels:
              app: kubia
          spec:
            containers:
            - name: kubia
              image: luksa/kubia
      """
    Then 3 pods matching "app in (kubia)" are Running
    When I run "kubectl get rs kubia -o wide"
    Then the output shows:
      | NAME  | DESIRED | CURRENT | SELECTOR       |
      | kubia | 3       | 3       | app in (kubia) |

  Scenario: The shorthand ReplicaSet names its pods after itself
    Given a ReplicaSet "kubia" with 2 replicas of image "luksa/kubia"
    When I run "kubectl get pods"
    Then the output is:
      """
      NAME          READY   STATUS    RESTARTS   AGE
      kubia-*   1/1     Running   0          0s
      kubia-*   1/1     Running   0          0s
      """

  Scenario: Pods without a controller that match the selector are adopted
    Given the manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: stray
        labels:
          app: kubia
      spec:
        containers:
        - name: kubia
          image: luksa/kubia
      """
    When I apply the manifest:
      """
      apiVersion: apps/v1
      kind: ReplicaSet
      metadata:
        name: kubia
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
    Then 3 pods of replicaset "kubia" are Running
    And 3 pods matching "app=kubia" were created in total
    And the pod "stray" matches:
      """
      metadata:
        ownerReferences:
        - apiVersion: apps/v1
          kind: ReplicaSet
          name: kubia
          controller: true
          blockOwnerDeletion: true
      """

  Scenario: Scaling down deletes the pods that are not running first
    Given a cluster with nodes:
      | name   | pods |
      | node-1 | 3    |
    And a ReplicaSet "kubia" with 4 replicas
    Then 3 pods matching "app=kubia" are Running
    And 1 pod matching "app=kubia" is Pending
    When I run "kubectl scale rs kubia --replicas=3"
    Then 3 pods matching "app=kubia" are Running
    And 0 pods matching "app=kubia" are Pending

  Scenario: Scaling down keeps pods that have run longest
    Given a ReplicaSet "kubia" with 2 replicas
    When 1 hour passes
    And I run "kubectl scale rs kubia --replicas=4"
    And 1 minute passes
    And I run "kubectl scale rs kubia --replicas=2"
    Then 2 pods matching "app=kubia" are Running
    When I run "kubectl get pods"
    Then the output shows:
      | NAME    | STATUS  | AGE |
      | kubia-* | Running | 61m |
      | kubia-* | Running | 61m |

  Scenario: Template changes only affect pods created afterwards
    Given the image "nginx:1.27" takes 30 seconds to start
    And a ReplicaSet "kubia" with 3 replicas
    When I run "kubectl set image rs/kubia kubia=nginx:1.27"
    Then the output is:
      """
      replicaset.apps/kubia image updated
      """
    And for 1 minute, 3 pods matching "app=kubia" are Running
    When I delete a pod matching "app=kubia"
    Then 2 pods matching "app=kubia" are Running
    And 1 pod matching "app=kubia" is ContainerCreating

  Scenario: The status counts available pods after minReadySeconds
    Given the manifest:
      """
      apiVersion: apps/v1
      kind: ReplicaSet
      metadata:
        name: kubia
      spec:
        replicas: 2
        minReadySeconds: 30
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
    Then the replicaset "kubia" matches:
      """
      status:
        replicas: 2
        fullyLabeledReplicas: 2
        readyReplicas: 2
        observedGeneration: 1
      """
    And within 32 seconds, the replicaset "kubia" matches:
      """
      status:
        availableReplicas: 2
      """

  Scenario: A selector that does not match the template labels is refused
    When I try to apply the manifest:
      """
      apiVersion: apps/v1
      kind: ReplicaSet
      metadata:
        name: kubia
      spec:
        replicas: 3
        selector:
          matchLabels:
            app: kubia
        template:
          metadata:
            labels:
              app: other
          spec:
            containers:
            - name: kubia
              image: luksa/kubia
      """
    Then the command fails with 'The ReplicaSet "kubia" is invalid: spec.template.metadata.labels: Invalid value: {"app":"other"}: `selector` does not match template `labels`'
    And 0 pods are Running

  Scenario: An empty selector is refused
    When I try to apply the manifest:
      """
      apiVersion: apps/v1
      kind: ReplicaSet
      metadata:
        name: kubia
      spec:
        selector: {}
        template:
          metadata:
            labels:
              app: kubia
          spec:
            containers:
            - name: kubia
              image: luksa/kubia
      """
    Then the command fails with 'The ReplicaSet "kubia" is invalid: spec.selector: Invalid value: {}: empty selector is invalid for deployment'

  Scenario: An invalid selector operator is refused
    When I try to apply the manifest:
      """
      apiVersion: apps/v1
      kind: ReplicaSet
      metadata:
        name: kubia
      spec:
        selector:
          matchExpressions:
          - key: app
            operator: Is
            values: [kubia]
        template:
          metadata:
            labels:
              app: kubia
          spec:
            containers:
            - name: kubia
              image: luksa/kubia
      """
    Then the command fails with '* spec.selector.matchExpressions[0].operator: Invalid value: "Is": not a valid selector operator'
    And the command fails with '* spec.selector: Invalid value: {"matchExpressions":[{"key":"app","operator":"Is","values":["kubia"]}]}: invalid label selector'

  Scenario: A ReplicaSet's selector cannot change
    Given a ReplicaSet "kubia" with 3 replicas
    When I try to apply the manifest:
      """
      apiVersion: apps/v1
      kind: ReplicaSet
      metadata:
        name: kubia
      spec:
        replicas: 3
        selector:
          matchLabels:
            app: kubia
            tier: web
        template:
          metadata:
            labels:
              app: kubia
              tier: web
          spec:
            containers:
            - name: kubia
              image: nginx
      """
    Then the command fails with 'spec.selector: Invalid value: {"matchLabels":{"app":"kubia","tier":"web"}}: field is immutable'
    And 3 pods matching "app=kubia,!tier" are Running
