Feature: kubectl wait blocks until a condition holds, and the clock moves while it waits
  As on a real cluster, `kubectl wait` returns once every object named meets every condition,
  or fails when the timeout (30 s unless --timeout says otherwise) runs out. In a scenario the
  simulated clock moves while it waits, so what the next command shows is what a terminal shows.

  Background:
    Given a cluster with 1 node
    And the image "example/slow" takes 20 seconds to start

  Scenario: Waiting for a pod to be Ready takes as long as its image pull
    When I run the session:
      """
      $ kubectl run web --image=example/slow
      pod/web created
      $ kubectl wait --for=condition=Ready pod/web
      pod/web condition met
      $ kubectl get pod web
      NAME   READY   STATUS    RESTARTS   AGE
      web    1/1     Running   0          20s
      """

  Scenario: A wait that runs out of time says on what, and the clock has moved by the timeout
    When I run the session:
      """
      $ kubectl run web --image=example/slow
      pod/web created
      $ kubectl wait --for=condition=Ready pod/web --timeout=5s
      error: timed out waiting for the condition on pods/web
      $ kubectl get pod web
      NAME   READY   STATUS              RESTARTS   AGE
      web    0/1     ContainerCreating   0          5s
      """

  Scenario: Waiting for the book's batch Job to complete
    Given the file "batch-job.yaml":
      """
      apiVersion: batch/v1
      kind: Job
      metadata:
        name: batch-job
      spec:
        template:
          metadata:
            labels:
              app: batch-job
          spec:
            restartPolicy: OnFailure
            containers:
            - name: main
              image: luksa/batch-job
      """
    When I run the session:
      """
      $ kubectl create -f batch-job.yaml
      job.batch/batch-job created
      $ kubectl wait --for=condition=complete job/batch-job --timeout=3m
      job.batch/batch-job condition met
      $ kubectl get job batch-job
      NAME        STATUS     COMPLETIONS   DURATION   AGE
      batch-job   Complete   1/1           2m1s       2m1s
      """

  Scenario: Waiting on a field's value, and for a deletion
    # The process ignores SIGTERM: the pod goes when its 30 s grace period ends.
    Given the image "example/slow" ignores SIGTERM
    When I run the session:
      """
      $ kubectl run web --image=example/slow
      pod/web created
      $ kubectl wait --for=jsonpath='{.status.phase}'=Running pod/web
      pod/web condition met
      $ kubectl delete pod web --wait=false
      pod "web" deleted from default namespace
      $ kubectl wait --for=delete pod/web --timeout=1m
      pod/web condition met
      $ kubectl get pods
      No resources found in default namespace.
      """

  Scenario: kubectl wait refuses what it cannot wait for, and moves no clock doing so
    When I try to run "kubectl wait pod/web"
    Then the command fails with "error: unrecognized condition: []"
    When I try to run "kubectl wait --for=ready pod/web"
    Then the command fails with "error: unrecognized condition: \"ready\""
    When I try to run "kubectl wait --for=condition=Ready pod/web"
    Then the command fails with "Error from server (NotFound): pods \"web\" not found"
    When I try to run "kubectl wait --for=condition=Ready pods -l app=none"
    Then the command fails with "error: no matching resources found"
    When I try to run "kubectl wait --for=condition=Ready pod/web --timeout=soon"
    Then the command fails with "error: invalid argument \"soon\" for \"--timeout\" flag: time: invalid duration \"soon\""
    When I run "kubectl get nodes"
    Then the output shows:
      | NAME   | STATUS | AGE |
      | node-1 | Ready  | 0s  |

  Scenario: Waiting for a Deployment to be available
    When I run the session:
      """
      $ kubectl create deployment web --image=example/slow --replicas=3
      deployment.apps/web created
      $ kubectl wait --for=condition=available deployment/web --timeout=1m
      deployment.apps/web condition met
      $ kubectl get deployment web
      NAME   READY   UP-TO-DATE   AVAILABLE   AGE
      web    3/3     3            3           20s
      $ kubectl wait --for=jsonpath='{.status.readyReplicas}'=3 deploy/web
      deployment.apps/web condition met
      """
