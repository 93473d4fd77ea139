Feature: kubectl logs shows what a container wrote
  The kubelet keeps each container's output; kubectl logs reads the current run, or the previous
  one with --previous, and refuses as the API server and kubelet do when there is nothing to read.

  Scenario: The logs of a container that has not started yet are refused
    Given the image "slow" takes 30 seconds to start
    And a pod "web" of image "slow"
    When I try to run "kubectl logs web"
    Then the command fails with "Error from server (BadRequest): container \"web\" in pod \"web\" is waiting to start: ContainerCreating"

  Scenario: Asking for a container the pod does not have is refused
    Given a pod "web"
    When I try to run "kubectl logs web -c sidecar"
    Then the command fails with "Error from server (BadRequest): container sidecar is not valid for pod web"

  Scenario: A container that never restarted has no previous logs
    Given a pod "web"
    When I try to run "kubectl logs web --previous"
    Then the command fails with "Error from server (BadRequest): previous terminated container \"web\" in pod \"web\" not found"

  Scenario: The previous run's logs survive a restart
    Given the time is "2026-03-01T10:29:00Z"
    And the image "luksa/batch-job" fails 1 time with exit code 1 before it succeeds
    # The book's Chapter04/batch-job.yaml
    And the manifest:
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
    When 2 minutes 1 second pass
    And I run "kubectl logs job/batch-job --previous"
    Then the output is:
      """
      Sun Mar  1 10:29:00 UTC 2026 Batch job starting
      Sun Mar  1 10:31:00 UTC 2026 Finished succesfully
      """
    When I run "kubectl logs job/batch-job"
    Then the output is:
      """
      Sun Mar  1 10:31:00 UTC 2026 Batch job starting
      """

  Scenario: A pod that does not exist has no logs
    When I try to run "kubectl logs nope"
    Then the command fails with "Error from server (NotFound): pods \"nope\" not found"
