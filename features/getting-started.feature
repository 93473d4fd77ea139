Feature: Getting started
  The smallest useful scenario: a cluster, an image that behaves in a known way, a manifest,
  time passing, and what kubectl shows. docs/steps.md opens with it.

  Scenario: A container that keeps exiting is restarted, then backed off
    Given a cluster with 2 nodes
    And the image "example/worker" runs for 30 seconds and exits with code 1
    When I apply the manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: worker
      spec:
        containers:
        - name: worker
          image: example/worker
      """
    Then pod "worker" is Running
    And within 1 minute, pod "worker" has restarted 1 time
    When I run "kubectl get pod worker"
    Then the output shows:
      | NAME   | READY | STATUS  | RESTARTS |
      | worker | 1/1   | Running | 1 (*ago) |
    And within 5 minutes, pod "worker" is CrashLoopBackOff
    And an event "BackOff" is recorded for pod "worker"
