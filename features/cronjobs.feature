Feature: CronJobs create Jobs on a schedule
  The CronJob controller starts a Job for each run time of a cron schedule, named after that time,
  keeps the last few finished Jobs, and after an outage starts only the most recent missed run.

  Background:
    Given the time is "2026-03-01T10:29:00Z"
    And the image "quick" runs for 10 seconds and exits with code 0
    And the image "forever" runs forever

  Scenario: The every-fifteen-minutes CronJob runs 96 times a day and keeps the last three Jobs
    Given the manifest:
      """
      apiVersion: batch/v1
      kind: CronJob
      metadata:
        name: batch-job-every-fifteen-minutes
      spec:
        schedule: "0,15,30,45 * * * *"
        jobTemplate:
          spec:
            template:
              metadata:
                labels:
                  app: periodic-batch-job
              spec:
                restartPolicy: OnFailure
                containers:
                - name: main
                  image: luksa/batch-job
      """
    When 1 day passes
    Then cronjob "batch-job-every-fifteen-minutes" has created 96 jobs
    And cronjob "batch-job-every-fifteen-minutes" created a job at "2026-03-01T10:30:00Z"
    And cronjob "batch-job-every-fifteen-minutes" created a job at "2026-03-02T10:15:00Z"
    When I run "kubectl get jobs"
    Then the output is:
      """
      NAME                                       STATUS     COMPLETIONS   DURATION   AGE
      batch-job-every-fifteen-minutes-29540745   Complete   1/1           2m1s       44m
      batch-job-every-fifteen-minutes-29540760   Complete   1/1           2m1s       29m
      batch-job-every-fifteen-minutes-29540775   Complete   1/1           2m1s       14m
      """
    And 3 pods matching "app=periodic-batch-job" are Completed

  Scenario: kubectl shows a CronJob's schedule, zone, suspension, active Jobs and last run
    Given the manifest:
      """
      apiVersion: batch/v1
      kind: CronJob
      metadata: {name: hello}
      spec:
        schedule: "*/5 * * * *"
        jobTemplate:
          spec:
            template:
              spec:
                restartPolicy: Never
                containers: [{name: main, image: forever}]
      """
    When the clock reaches "10:32"
    And I run "kubectl get cronjobs -o wide"
    Then the output is:
      """
      NAME    SCHEDULE      TIMEZONE   SUSPEND   ACTIVE   LAST SCHEDULE   AGE   CONTAINERS   IMAGES    SELECTOR
      hello   */5 * * * *   <none>     False     1        2m              3m    main         forever   <none>
      """
    And an event "SuccessfulCreate" is recorded for cronjob "hello"

  Scenario: The book's batch/v1beta1 CronJob is refused by Kubernetes 1.34
    # The book's Chapter04/cronjob.yaml
    When I try to apply the manifest:
      """
      apiVersion: batch/v1beta1
      kind: CronJob
      metadata:
        name: batch-job-every-fifteen-minutes
      spec:
        schedule: "0,15,30,45 * * * *"
        jobTemplate:
          spec:
            template:
              metadata:
                labels:
                  app: periodic-batch-job
              spec:
                restartPolicy: OnFailure
                containers:
                - name: main
                  image: luksa/batch-job
      """
    Then the command fails with "error: resource mapping not found for name: \"batch-job-every-fifteen-minutes\" namespace: \"\" from \"STDIN\": no matches for kind \"CronJob\" in version \"batch/v1beta1\""
    When I run "kubectl get cronjobs"
    Then the output is empty

  Scenario: The book's batch/v1beta1 CronJob works on Kubernetes 1.24
    Given the Kubernetes version is "1.24"
    # The book's Chapter04/cronjob.yaml
    And the manifest:
      """
      apiVersion: batch/v1beta1
      kind: CronJob
      metadata:
        name: batch-job-every-fifteen-minutes
      spec:
        schedule: "0,15,30,45 * * * *"
        jobTemplate:
          spec:
            template:
              metadata:
                labels:
                  app: periodic-batch-job
              spec:
                restartPolicy: OnFailure
                containers:
                - name: main
                  image: luksa/batch-job
      """
    When the clock reaches "10:31"
    Then cronjob "batch-job-every-fifteen-minutes" created a job at "10:30"
    And 1 pod matching "app=periodic-batch-job" is Running

  Scenario: A misspelt field is refused by strict validation and dropped with --validate=false
    When I try to run "kubectl apply -f manifests/cronjob-misspelled.yaml"
    Then the command fails with "Error from server (BadRequest): error when creating \"manifests/cronjob-misspelled.yaml\": CronJob in version \"v1\" cannot be handled as a CronJob: strict decoding error: unknown field \"spec.startingDeadlineSecond\""
    When I try to run "kubectl get cronjob typo"
    Then the command fails with "Error from server (NotFound): cronjobs.batch \"typo\" not found"
    When I run "kubectl apply --validate=false -f manifests/cronjob-misspelled.yaml"
    Then the output is:
      """
      cronjob.batch/typo created
      """
    When I run "kubectl get cronjob typo -o yaml"
    Then the output does not contain "startingDeadlineSecond: 15"

  Scenario: A run missed by more than startingDeadlineSeconds is skipped after an outage
    Given the manifest:
      """
      apiVersion: batch/v1
      kind: CronJob
      metadata: {name: hourly}
      spec:
        schedule: "0 * * * *"
        startingDeadlineSeconds: 60
        jobTemplate:
          spec:
            template:
              spec:
                restartPolicy: Never
                containers: [{name: main, image: quick}]
      """
    When the controller manager stops
    And the clock reaches "11:02"
    And the controller manager starts
    Then cronjob "hourly" did not create a job at "11:00"
    And cronjob "hourly" has created 0 jobs
    And within 1 hour, cronjob "hourly" created a job at "12:00"

  Scenario: A run missed by less than startingDeadlineSeconds starts late when the controllers return
    Given the manifest:
      """
      apiVersion: batch/v1
      kind: CronJob
      metadata: {name: hourly}
      spec:
        schedule: "0 * * * *"
        startingDeadlineSeconds: 300
        jobTemplate:
          spec:
            template:
              spec:
                restartPolicy: Never
                containers: [{name: main, image: quick}]
      """
    When the controller manager stops
    And the clock reaches "11:02"
    And the controller manager starts
    Then cronjob "hourly" created a job at "11:00"
    And the job "hourly-29539380" matches:
      """
      metadata:
        annotations:
          batch.kubernetes.io/cronjob-scheduled-timestamp: "2026-03-01T11:00:00Z"
        creationTimestamp: "2026-03-01T11:02:00Z"
      """

  Scenario: After a long outage only the most recent missed run is started
    Given the manifest:
      """
      apiVersion: batch/v1
      kind: CronJob
      metadata: {name: hourly}
      spec:
        schedule: "0 * * * *"
        jobTemplate:
          spec:
            template:
              spec:
                restartPolicy: Never
                containers: [{name: main, image: quick}]
      """
    When the controller manager stops
    And the clock reaches "13:10"
    And the controller manager starts
    Then cronjob "hourly" has created 1 job
    And cronjob "hourly" created a job at "13:00"
    And cronjob "hourly" did not create a job at "11:00"
    And cronjob "hourly" did not create a job at "12:00"

  Scenario: More than a hundred missed runs still start one Job, with a warning
    Given the manifest:
      """
      apiVersion: batch/v1
      kind: CronJob
      metadata: {name: minutely}
      spec:
        schedule: "* * * * *"
        jobTemplate:
          spec:
            template:
              spec:
                restartPolicy: Never
                containers: [{name: main, image: quick}]
      """
    When the controller manager stops
    And 3 hours pass
    And the controller manager starts
    Then cronjob "minutely" has created 1 job
    And cronjob "minutely" created a job at "13:29"
    And an event "TooManyMissedTimes" is recorded for cronjob "minutely"

  Scenario: With concurrencyPolicy Forbid a run is skipped while the previous Job still runs
    Given the manifest:
      """
      apiVersion: batch/v1
      kind: CronJob
      metadata: {name: exclusive}
      spec:
        schedule: "* * * * *"
        concurrencyPolicy: Forbid
        jobTemplate:
          spec:
            template:
              metadata: {labels: {app: exclusive}}
              spec:
                restartPolicy: Never
                containers: [{name: main, image: forever}]
      """
    When the clock reaches "10:35:30"
    Then cronjob "exclusive" has created 1 job
    And cronjob "exclusive" did not create a job at "10:31"
    And 1 pod matching "app=exclusive" is Running
    And an event "JobAlreadyActive" is recorded for cronjob "exclusive"

  Scenario: With concurrencyPolicy Replace each run replaces the Job still running
    Given the manifest:
      """
      apiVersion: batch/v1
      kind: CronJob
      metadata: {name: latest}
      spec:
        schedule: "* * * * *"
        concurrencyPolicy: Replace
        jobTemplate:
          spec:
            template:
              metadata: {labels: {app: latest}}
              spec:
                restartPolicy: Never
                containers: [{name: main, image: forever}]
      """
    When the clock reaches "10:33:30"
    Then cronjob "latest" has created 4 jobs
    And 1 pod matching "app=latest" is Running
    And 0 pods matching "app=latest" are Terminating
    When I run "kubectl get jobs"
    Then the output shows:
      | NAME            | STATUS  |
      | latest-29539353 | Running |

  Scenario: With concurrencyPolicy Allow runs overlap
    Given the manifest:
      """
      apiVersion: batch/v1
      kind: CronJob
      metadata: {name: overlapping}
      spec:
        schedule: "* * * * *"
        jobTemplate:
          spec:
            template:
              metadata: {labels: {app: overlapping}}
              spec:
                restartPolicy: Never
                containers: [{name: main, image: forever}]
      """
    When the clock reaches "10:32:30"
    Then 3 pods matching "app=overlapping" are Running

  Scenario: A suspended CronJob creates no Jobs
    Given the manifest:
      """
      apiVersion: batch/v1
      kind: CronJob
      metadata: {name: paused}
      spec:
        schedule: "* * * * *"
        suspend: true
        jobTemplate:
          spec:
            template:
              spec:
                restartPolicy: Never
                containers: [{name: main, image: quick}]
      """
    When 1 hour passes
    Then cronjob "paused" has created 0 jobs

  Scenario: In a time zone, the run that daylight saving time skips does not happen
    Given the time is "2026-03-06T12:00:00Z"
    And the manifest:
      """
      apiVersion: batch/v1
      kind: CronJob
      metadata: {name: nightly}
      spec:
        schedule: "30 2 * * *"
        timeZone: America/New_York
        jobTemplate:
          spec:
            template:
              spec:
                restartPolicy: Never
                containers: [{name: main, image: quick}]
      """
    When 4 days pass
    # 02:30 does not exist in New York on 8 March 2026: clocks go from 02:00 to 03:00.
    Then cronjob "nightly" created a job at "2026-03-07T07:30:00Z"
    And cronjob "nightly" did not create a job at "2026-03-08T07:30:00Z"
    And cronjob "nightly" did not create a job at "2026-03-08T06:30:00Z"
    And cronjob "nightly" created a job at "2026-03-09T06:30:00Z"
    And cronjob "nightly" has created 3 jobs
    And the job "nightly-29552070" matches:
      """
      metadata:
        annotations:
          batch.kubernetes.io/cronjob-scheduled-timestamp: "2026-03-10T02:30:00-04:00"
      """

  Scenario: In a time zone, the run in the hour daylight saving time repeats happens twice
    Given the time is "2026-10-31T12:00:00Z"
    And the manifest:
      """
      apiVersion: batch/v1
      kind: CronJob
      metadata: {name: nightly}
      spec:
        schedule: "30 1 * * *"
        timeZone: America/New_York
        jobTemplate:
          spec:
            template:
              spec:
                restartPolicy: Never
                containers: [{name: main, image: quick}]
      """
    When 1 day passes
    Then cronjob "nightly" created a job at "2026-11-01T05:30:00Z"
    And cronjob "nightly" created a job at "2026-11-01T06:30:00Z"

  Scenario: kubectl create job --from=cronjob runs the CronJob's template by hand
    Given the manifest:
      """
      apiVersion: batch/v1
      kind: CronJob
      metadata: {name: nightly}
      spec:
        schedule: "0 3 * * *"
        jobTemplate:
          spec:
            template:
              metadata: {labels: {app: nightly}}
              spec:
                restartPolicy: Never
                containers: [{name: main, image: quick}]
      """
    When I run "kubectl create job manual-run --from=cronjob/nightly"
    Then the output is:
      """
      job.batch/manual-run created
      """
    And 1 pod matching "app=nightly" is Running
    And the job "manual-run" matches:
      """
      metadata:
        annotations:
          cronjob.kubernetes.io/instantiate: manual
        ownerReferences:
        - kind: CronJob
          name: nightly
          controller: true
      """
    And cronjob "nightly" has created 0 jobs
