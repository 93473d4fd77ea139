Feature: Pods picked by their labels
  Pods made by controllers have generated names, so scenarios act on them by label: the first
  matching pod by name that is not already being deleted.

  Background:
    Given a cluster with 2 nodes
    And the random seed is 7
    # kubectl apply refuses generateName; kubectl create takes it.
    And the file "web-pods.yaml":
      """
      apiVersion: v1
      kind: Pod
      metadata: {generateName: web-, labels: {app: web}}
      spec: {containers: [{name: web, image: nginx}]}
      ---
      apiVersion: v1
      kind: Pod
      metadata: {generateName: web-, labels: {app: web}}
      spec: {containers: [{name: web, image: nginx}]}
      ---
      apiVersion: v1
      kind: Pod
      metadata: {generateName: web-, labels: {app: web}}
      spec: {containers: [{name: web, image: nginx}]}
      """
    And I run "kubectl create -f web-pods.yaml"

  Scenario: Generated names come from the scenario's random seed
    When I run "kubectl get pods -o name"
    Then the output is:
      """
      pod/web-*
      pod/web-*
      pod/web-*
      """

  Scenario: Labelling one pod of several
    When I label a pod matching "app=web" with "canary=true"
    Then 1 pod matching "canary=true" is Running
    And 3 pods matching "app=web" are Running

  Scenario: Deleting pods one at a time
    When I delete a pod matching "app=web"
    And I delete a pod matching "app=web"
    Then 1 pod matching "app=web" is Running
    And at most 3 pods matching "app=web" ran at the same time
    And 3 pods matching "app=web" were created in total
