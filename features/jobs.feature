Feature: Jobs run pods until enough of them succeed
  A Job creates pods from its template, counts the ones that succeed or fail, and finishes:
  Complete once `completions` pods succeeded, Failed when it runs out of retries or time.

  Background:
    Given the time is "2026-03-01T10:29:00Z"

  Scenario: The book's batch job runs for two minutes and completes
    # luksa/batch-job prints a line, sleeps 120 seconds, prints another and exits 0.
    # The book's Chapter04/batch-job.yaml
    Given the manifest:
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
    Then 1 pod of job "batch-job" is Running
    And for 1 minute 59 seconds, job "batch-job" has 0 succeeded and 0 failed pods
    And within 2 seconds, 1 pod of job "batch-job" is Completed
    And within 1 second, job "batch-job" is complete
    And job "batch-job" has 1 succeeded and 0 failed pods

  Scenario: A finished batch job shows in kubectl and keeps its pod and its logs
    # The book's Chapter04/batch-job.yaml
    Given the manifest:
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
    When 3 minutes pass
    And I run "kubectl get jobs"
    Then the output is:
      """
      NAME        STATUS     COMPLETIONS   DURATION   AGE
      batch-job   Complete   1/1           2m1s       3m
      """
    When I run "kubectl get pods -l job-name=batch-job"
    Then the output shows:
      | NAME        | READY | STATUS    |
      | batch-job-* | 0/1   | Completed |
    When I run "kubectl logs job/batch-job"
    Then the output is:
      """
      Sun Mar  1 10:29:00 UTC 2026 Batch job starting
      Sun Mar  1 10:31:00 UTC 2026 Finished succesfully
      """

  Scenario: The Job's pods carry the labels, owner and finalizer the API server and controller give them
    # The book's Chapter04/batch-job.yaml
    Given the manifest:
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
    When I run "kubectl get pods -L job-name,batch.kubernetes.io/job-name"
    Then the output shows:
      | NAME        | JOB-NAME  | JOB-NAME  |
      | batch-job-* | batch-job | batch-job |
    # Pod changes reach the Job's status in batches, a second later.
    When 1 second passes
    Then the job "batch-job" matches:
      """
      spec:
        backoffLimit: 6
        completionMode: NonIndexed
        completions: 1
        parallelism: 1
        suspend: false
      status:
        active: 1
        ready: 1
        terminating: 0
      """
    And an event "SuccessfulCreate" is recorded for job "batch-job"

  Scenario: Five completions run one after another
    # The book's Chapter04/multi-completion-batch-job.yaml
    Given the manifest:
      """
      apiVersion: batch/v1
      kind: Job
      metadata:
        name: multi-completion-batch-job
      spec:
        completions: 5
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
    Then within 11 minutes, job "multi-completion-batch-job" is complete
    And job "multi-completion-batch-job" has 5 succeeded and 0 failed pods
    And at most 1 pod matching "app=batch-job" ran at the same time
    And 5 pods matching "app=batch-job" were created in total

  Scenario: Five completions two at a time
    # The book's Chapter04/multi-completion-parallel-batch-job.yaml
    Given the manifest:
      """
      apiVersion: batch/v1
      kind: Job
      metadata:
        name: multi-completion-batch-job
      spec:
        completions: 5
        parallelism: 2
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
    Then 2 pods of job "multi-completion-batch-job" are Running
    And within 7 minutes, job "multi-completion-batch-job" is complete
    And at most 2 pods matching "app=batch-job" ran at the same time
    And 5 pods matching "app=batch-job" were created in total

  Scenario: Raising parallelism while the Job runs starts more pods at once
    # The book's Chapter04/multi-completion-parallel-batch-job.yaml
    Given the manifest:
      """
      apiVersion: batch/v1
      kind: Job
      metadata:
        name: multi-completion-batch-job
      spec:
        completions: 5
        parallelism: 2
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
    When 10 seconds pass
    And I run:
      """
      kubectl patch job multi-completion-batch-job -p '{"spec":{"parallelism":3}}'
      """
    Then the output is:
      """
      job.batch/multi-completion-batch-job patched
      """
    And within 1 second, 3 pods of job "multi-completion-batch-job" are Running
    And within 5 minutes, job "multi-completion-batch-job" is complete
    And at most 3 pods matching "app=batch-job" ran at the same time
    And 5 pods matching "app=batch-job" were created in total

  Scenario: Lowering parallelism deletes the surplus pods without counting them as failed
    # The book's Chapter04/multi-completion-parallel-batch-job.yaml
    Given the manifest:
      """
      apiVersion: batch/v1
      kind: Job
      metadata:
        name: multi-completion-batch-job
      spec:
        completions: 5
        parallelism: 2
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
    When I run:
      """
      kubectl patch job multi-completion-batch-job --type=merge -p '{"spec":{"parallelism":1}}'
      """
    Then within 1 minute, 1 pod of job "multi-completion-batch-job" is Running
    And job "multi-completion-batch-job" has 0 succeeded and 0 failed pods
    And an event "SuccessfulDelete" is recorded for job "multi-completion-batch-job"

  Scenario: A Job that runs longer than its 30-second deadline fails and its pod is deleted
    # The book's Chapter04/time-limited-batch-job.yaml
    Given the manifest:
      """
      apiVersion: batch/v1
      kind: Job
      metadata:
        name: time-limited-batch-job
      spec:
        activeDeadlineSeconds: 30
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
    When 30 seconds pass
    Then the job "time-limited-batch-job" matches:
      """
      status:
        conditions:
        - type: FailureTarget
          reason: DeadlineExceeded
          message: Job was active longer than specified deadline
      """
    And 1 pod of job "time-limited-batch-job" is Terminating
    # The batch job ignores SIGTERM: its pod takes the 30-second grace period to go.
    And within 31 seconds, job "time-limited-batch-job" has failed with reason "DeadlineExceeded"
    And 0 pods matching "app=batch-job" are Running
    And job "time-limited-batch-job" has 0 succeeded and 1 failed pod
    And an event "DeadlineExceeded" is recorded for job "time-limited-batch-job"

  Scenario: A pod that keeps failing exhausts the back-off limit after seven failures
    Given the image "broken" fails 100 times with exit code 1 before it succeeds
    And the manifest:
      """
      apiVersion: batch/v1
      kind: Job
      metadata: {name: flaky}
      spec:
        template:
          spec:
            restartPolicy: Never
            containers: [{name: main, image: broken}]
      """
    # Replacements wait 10 s, 20 s, 40 s, 80 s, 160 s and 320 s after each failure.
    Then within 11 minutes, job "flaky" has failed with reason "BackoffLimitExceeded"
    And job "flaky" has 0 succeeded and 7 failed pods
    And 7 pods matching "job-name=flaky" were created in total
    And an event "BackoffLimitExceeded" is recorded for job "flaky"

  Scenario: A replacement for a failed pod waits out the 10-second back-off
    Given the image "broken" fails 100 times with exit code 1 before it succeeds
    And the manifest:
      """
      apiVersion: batch/v1
      kind: Job
      metadata: {name: flaky}
      spec:
        template:
          spec:
            restartPolicy: Never
            containers: [{name: main, image: broken}]
      """
    Then for 9 seconds, 1 pod matching "job-name=flaky" was created in total
    And within 2 seconds, 2 pods matching "job-name=flaky" were created in total

  Scenario: With restartPolicy OnFailure the container restarts count against the back-off limit
    Given the image "broken" fails 100 times with exit code 1 before it succeeds
    And the manifest:
      """
      apiVersion: batch/v1
      kind: Job
      metadata: {name: restarts}
      spec:
        backoffLimit: 2
        template:
          spec:
            restartPolicy: OnFailure
            containers: [{name: main, image: broken}]
      """
    Then within 1 minute, job "restarts" has failed with reason "BackoffLimitExceeded"
    And 1 pod matching "job-name=restarts" was created in total
    # The failed Job's running pod is deleted.
    When I run "kubectl get pods -l job-name=restarts"
    Then the output is empty

  Scenario: A work-queue Job stops starting pods after the first success
    Given the image "worker" runs for 1 minute and exits with code 0
    And the manifest:
      """
      apiVersion: batch/v1
      kind: Job
      metadata: {name: queue}
      spec:
        parallelism: 3
        template:
          spec:
            restartPolicy: Never
            containers: [{name: main, image: worker}]
      """
    When I run "kubectl get jobs"
    Then the output shows:
      | NAME  | STATUS  | COMPLETIONS |
      | queue | Running | 0/1 of 3    |
    And within 2 minutes, job "queue" is complete
    And job "queue" has 3 succeeded and 0 failed pods
    And 3 pods matching "job-name=queue" were created in total

  Scenario: Suspending a Job deletes its pods; resuming starts them again
    # The book's Chapter04/batch-job.yaml
    Given the manifest:
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
    When 30 seconds pass
    And I run:
      """
      kubectl patch job batch-job -p '{"spec":{"suspend":true}}'
      """
    Then within 1 minute, 0 pods of job "batch-job" are Running
    And the job "batch-job" matches:
      """
      status:
        conditions:
        - type: Suspended
          status: "True"
          reason: JobSuspended
      """
    When I run "kubectl get job batch-job"
    Then the output shows:
      | NAME      | STATUS    |
      | batch-job | Suspended |
    When I run:
      """
      kubectl patch job batch-job -p '{"spec":{"suspend":false}}'
      """
    Then 1 pod of job "batch-job" is Running
    And within 2 minutes 2 seconds, job "batch-job" is complete
    And an event "Resumed" is recorded for job "batch-job"

  Scenario: A finished Job with ttlSecondsAfterFinished is deleted with its pods
    Given the image "quick" runs for 5 seconds and exits with code 0
    And the manifest:
      """
      apiVersion: batch/v1
      kind: Job
      metadata: {name: short-lived}
      spec:
        ttlSecondsAfterFinished: 60
        template:
          spec:
            restartPolicy: Never
            containers: [{name: main, image: quick}]
      """
    Then within 10 seconds, job "short-lived" is complete
    And for 55 seconds, 1 pod matching "job-name=short-lived" is Completed
    And within 10 seconds, 0 pods matching "job-name=short-lived" are Completed
    When I try to run "kubectl get job short-lived"
    Then the command fails with "Error from server (NotFound): jobs.batch \"short-lived\" not found"

  Scenario: An Indexed Job gives each pod its completion index
    Given the image "quick" runs for 5 seconds and exits with code 0
    And the manifest:
      """
      apiVersion: batch/v1
      kind: Job
      metadata: {name: indexed}
      spec:
        completions: 3
        parallelism: 3
        completionMode: Indexed
        template:
          spec:
            restartPolicy: Never
            containers: [{name: main, image: quick}]
      """
    Then 1 pod matching "batch.kubernetes.io/job-completion-index=0" is Running
    And 1 pod matching "batch.kubernetes.io/job-completion-index=2" is Running
    And within 10 seconds, job "indexed" is complete
    And the job "indexed" matches:
      """
      status:
        completedIndexes: 0-2
        succeeded: 3
      """

  Scenario: A pod failure policy fails the Job at the first matching exit code
    Given the image "exit42" fails 1 time with exit code 42 before it succeeds
    And the manifest:
      """
      apiVersion: batch/v1
      kind: Job
      metadata: {name: policy}
      spec:
        podFailurePolicy:
          rules:
          - action: FailJob
            onExitCodes: {operator: In, values: [42]}
        template:
          spec:
            restartPolicy: Never
            containers: [{name: main, image: exit42}]
      """
    Then within 2 seconds, job "policy" has failed with reason "PodFailurePolicy"
    And 1 pod matching "job-name=policy" was created in total
