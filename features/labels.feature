Feature: Labels and annotations
  Labels organise pods; kubectl shows them as columns and refuses to overwrite one silently.

  Background:
    Given the manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: kubia-manual-v2
        labels:
          creation_method: manual
          env: prod
      spec:
        containers:
        - image: luksa/kubia
          name: kubia
      """
    And the manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: kubia-manual
      spec:
        containers:
        - image: luksa/kubia
          name: kubia
      """

  Scenario: --show-labels lists every label, sorted
    When I run "kubectl get po --show-labels"
    Then the output is:
      """
      NAME              READY   STATUS    RESTARTS   AGE   LABELS
      kubia-manual      1/1     Running   0          0s    <none>
      kubia-manual-v2   1/1     Running   0          0s    creation_method=manual,env=prod
      """

  Scenario: -L shows chosen labels as columns, empty where a pod lacks one
    When I run "kubectl get po -L creation_method,env"
    Then the output is:
      """
      NAME              READY   STATUS    RESTARTS   AGE   CREATION_METHOD   ENV
      kubia-manual      1/1     Running   0          0s
      kubia-manual-v2   1/1     Running   0          0s    manual            prod
      """

  Scenario: Adding a label
    When I run "kubectl label po kubia-manual creation_method=manual"
    Then the output is:
      """
      pod/kubia-manual labeled
      """
    And the pod "kubia-manual" matches:
      """
      metadata:
        labels:
          creation_method: manual
      """

  Scenario: Changing a label needs --overwrite
    When I try to run "kubectl label po kubia-manual-v2 env=debug"
    Then the command fails with "error: 'env' already has a value (prod), and --overwrite is false"
    And the pod "kubia-manual-v2" matches:
      """
      metadata:
        labels:
          env: prod
      """
    When I run "kubectl label po kubia-manual-v2 env=debug --overwrite"
    Then the output is:
      """
      pod/kubia-manual-v2 labeled
      """

  Scenario: Removing a label
    When I run "kubectl label po kubia-manual-v2 env-"
    Then the output is:
      """
      pod/kubia-manual-v2 unlabeled
      """
    When I run "kubectl get po -l env"
    Then the output is empty

  Scenario: Setting a label to the value it has changes nothing
    When I run "kubectl label po kubia-manual-v2 env=prod"
    Then the output is:
      """
      pod/kubia-manual-v2 not labeled
      """

  Scenario: An invalid label value is refused by kubectl
    When I try to run "kubectl label po kubia-manual app=a/b"
    Then the command fails with "error: invalid label value: \"app=a/b\": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character"

  Scenario: An invalid label key is refused by the API server
    When I try to run "kubectl label po kubia-manual bad_=x"
    Then the command fails with "The Pod \"kubia-manual\" is invalid: metadata.labels: Invalid value: \"bad_\""

  Scenario: Annotations
    When I run "kubectl annotate pod kubia-manual mycompany.com/someannotation='foo bar'"
    Then the output is:
      """
      pod/kubia-manual annotated
      """
    And the pod "kubia-manual" matches:
      """
      metadata:
        annotations:
          mycompany.com/someannotation: foo bar
      """
    When I try to run "kubectl annotate pod kubia-manual mycompany.com/someannotation=other"
    Then the command fails with "error: --overwrite is false but found the following declared annotation(s): 'mycompany.com/someannotation' already has a value (foo bar)"
