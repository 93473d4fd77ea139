Feature: ReplicationControllers keep a number of pods running
  A ReplicationController selects pods by an equality selector (defaulted from the template
  labels), creates missing ones from its template and deletes excess ones; a pod whose labels
  stop matching leaves it and is replaced.

  Background:
    Given a cluster with 3 nodes

  Scenario: The book's ReplicationController starts three pods
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
    Then 3 pods of replicationcontroller "kubia" are Running
    When I run "kubectl get rc kubia -o wide"
    Then the output is:
      """
      NAME    DESIRED   CURRENT   READY   AGE   CONTAINERS   IMAGES        SELECTOR
      kubia   3         3         3       0s    kubia        luksa/kubia   app=kubia
      """
    And an event "SuccessfulCreate" is recorded for replicationcontroller "kubia"

  Scenario: A deleted pod is replaced at once
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
    When I delete a pod matching "app=kubia"
    Then 3 pods matching "app=kubia" are Running
    And 1 pod matching "app=kubia" is Terminating
    And 4 pods matching "app=kubia" were created in total

  Scenario: A pod relabelled out of the selector leaves the controller and is replaced
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
    When I label a pod matching "app=kubia" with "app=foo"
    Then 3 pods matching "app=kubia" are Running
    And 3 pods of replicationcontroller "kubia" are Running
    And 1 pod matching "app=foo" is Running
    And 0 pods of replicationcontroller "kubia" are Terminating

  Scenario: Scaling up and down with kubectl scale
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
    When I run "kubectl scale rc kubia --replicas=5"
    Then the output is:
      """
      replicationcontroller/kubia scaled
      """
    And 5 pods matching "app=kubia" are Running
    When I run "kubectl scale replicationcontroller/kubia --replicas=2"
    Then 2 pods matching "app=kubia" are Running
    And 3 pods matching "app=kubia" are Terminating

  Scenario: The selector and the controller's labels default to the template labels
    When I apply the manifest:
      """
      apiVersion: v1
      kind: ReplicationController
      metadata:
        name: web
      spec:
        replicas: 2
        template:
          metadata:
            labels:
              app: web
          spec:
            containers:
            - name: nginx
              image: nginx
      """
    And I run "kubectl get rc -o wide --show-labels"
    Then the output is:
      """
      NAME   DESIRED   CURRENT   READY   AGE   CONTAINERS   IMAGES   SELECTOR   LABELS
      web    2         2         2       0s    nginx        nginx    app=web    app=web
      """

  Scenario: A ReplicationController's selector may change
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
    When I apply the manifest:
      """
      apiVersion: v1
      kind: ReplicationController
      metadata:
        name: kubia
      spec:
        replicas: 3
        selector:
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
              image: luksa/kubia
      """
    Then 3 pods matching "app=kubia,tier=web" are Running
    And 3 pods matching "app=kubia,!tier" are Running
    And 0 pods of replicationcontroller "kubia" are Terminating

  Scenario: A selector that does not match the template labels is refused
    When I try to apply the manifest:
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
              app: other
          spec:
            containers:
            - name: kubia
              image: luksa/kubia
      """
    Then the command fails with 'The ReplicationController "kubia" is invalid: spec.template.metadata.labels: Invalid value: {"app":"other"}: `selector` does not match template `labels`'
    And 0 pods are Running

  Scenario: A negative number of replicas is refused
    When I try to run "kubectl scale rc kubia --replicas=-1"
    Then the command fails with "error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0"
    When I try to apply the manifest:
      """
      apiVersion: v1
      kind: ReplicationController
      metadata:
        name: kubia
      spec:
        replicas: -1
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
      """
    Then the command fails with "spec.replicas: Invalid value: -1: must be greater than or equal to 0"
