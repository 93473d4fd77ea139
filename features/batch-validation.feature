Feature: Jobs and CronJobs the API server refuses
  Bad input gets the API server's exact refusal, and nothing is created or changed.

  Scenario: A schedule with four fields is refused with robfig/cron's message
    When I try to apply the manifest:
      """
      apiVersion: batch/v1
      kind: CronJob
      metadata: {name: bad}
      spec:
        schedule: "* * * *"
        jobTemplate:
          spec:
            template:
              spec:
                restartPolicy: Never
                containers: [{name: main, image: busybox}]
      """
    Then the command fails with "The CronJob \"bad\" is invalid: spec.schedule: Invalid value: \"* * * *\": expected exactly 5 fields, found 4: [* * * *]"
    When I run "kubectl get cronjobs"
    Then the output is empty

  Scenario: A minute out of range is refused
    When I try to apply the manifest:
      """
      apiVersion: batch/v1
      kind: CronJob
      metadata: {name: bad}
      spec:
        schedule: "61 * * * *"
        jobTemplate:
          spec:
            template:
              spec:
                restartPolicy: Never
                containers: [{name: main, image: busybox}]
      """
    Then the command fails with "The CronJob \"bad\" is invalid: spec.schedule: Invalid value: \"61 * * * *\": end of range (61) above maximum (59): 61"
    When I run "kubectl get cronjobs"
    Then the output is empty

  Scenario: A time zone in the schedule is refused in favour of spec.timeZone
    When I try to apply the manifest:
      """
      apiVersion: batch/v1
      kind: CronJob
      metadata: {name: bad}
      spec:
        schedule: "CRON_TZ=Europe/Paris 0 3 * * *"
        jobTemplate:
          spec:
            template:
              spec:
                restartPolicy: Never
                containers: [{name: main, image: busybox}]
      """
    Then the command fails with "spec.schedule: Invalid value: \"CRON_TZ=Europe/Paris 0 3 * * *\": cannot use TZ or CRON_TZ in schedule, use timeZone field instead"
    When I run "kubectl get cronjobs"
    Then the output is empty

  Scenario: An unknown time zone is refused
    When I try to apply the manifest:
      """
      apiVersion: batch/v1
      kind: CronJob
      metadata: {name: bad}
      spec:
        schedule: "0 3 * * *"
        timeZone: Mars/Olympus
        jobTemplate:
          spec:
            template:
              spec:
                restartPolicy: Never
                containers: [{name: main, image: busybox}]
      """
    Then the command fails with "The CronJob \"bad\" is invalid: spec.timeZone: Invalid value: \"Mars/Olympus\": unknown time zone Mars/Olympus"
    When I run "kubectl get cronjobs"
    Then the output is empty

  Scenario: Negative deadlines and history limits are refused, each named
    When I try to apply the manifest:
      """
      apiVersion: batch/v1
      kind: CronJob
      metadata: {name: bad}
      spec:
        schedule: "0 3 * * *"
        startingDeadlineSeconds: -5
        successfulJobsHistoryLimit: -1
        failedJobsHistoryLimit: -2
        jobTemplate:
          spec:
            template:
              spec:
                restartPolicy: Never
                containers: [{name: main, image: busybox}]
      """
    Then the command fails with "The CronJob \"bad\" is invalid: "
    And the command fails with "* spec.startingDeadlineSeconds: Invalid value: -5: must be greater than or equal to 0"
    And the command fails with "* spec.successfulJobsHistoryLimit: Invalid value: -1: must be greater than or equal to 0"
    And the command fails with "* spec.failedJobsHistoryLimit: Invalid value: -2: must be greater than or equal to 0"
    When I run "kubectl get cronjobs"
    Then the output is empty

  Scenario: An unknown concurrency policy is refused
    When I try to apply the manifest:
      """
      apiVersion: batch/v1
      kind: CronJob
      metadata: {name: bad}
      spec:
        schedule: "0 3 * * *"
        concurrencyPolicy: Sometimes
        jobTemplate:
          spec:
            template:
              spec:
                restartPolicy: Never
                containers: [{name: main, image: busybox}]
      """
    Then the command fails with "The CronJob \"bad\" is invalid: spec.concurrencyPolicy: Unsupported value: \"Sometimes\": supported values: \"Allow\", \"Forbid\", \"Replace\""
    When I run "kubectl get cronjobs"
    Then the output is empty

  Scenario: A CronJob name longer than 52 characters is refused
    When I try to apply the manifest:
      """
      apiVersion: batch/v1
      kind: CronJob
      metadata: {name: a-cronjob-name-that-is-much-too-long-for-its-job-names}
      spec:
        schedule: "0 3 * * *"
        jobTemplate:
          spec:
            template:
              spec:
                restartPolicy: Never
                containers: [{name: main, image: busybox}]
      """
    Then the command fails with "The CronJob \"a-cronjob-name-that-is-much-too-long-for-its-job-names\" is invalid: metadata.name: Invalid value: \"a-cronjob-name-that-is-much-too-long-for-its-job-names\": must be no more than 52 characters"
    When I run "kubectl get cronjobs"
    Then the output is empty

  Scenario: A Job whose pods would restart Always is refused
    When I try to apply the manifest:
      """
      apiVersion: batch/v1
      kind: Job
      metadata: {name: bad}
      spec:
        template:
          spec:
            restartPolicy: Always
            containers: [{name: main, image: busybox}]
      """
    Then the command fails with "The Job \"bad\" is invalid: spec.template.spec.restartPolicy: Required value: valid values: \"OnFailure\", \"Never\""
    When I run "kubectl get jobs,pods"
    Then the output is empty

  Scenario: A Job without a restart policy is refused, since the pod default is Always
    When I try to apply the manifest:
      """
      apiVersion: batch/v1
      kind: Job
      metadata: {name: bad}
      spec:
        template:
          spec:
            containers: [{name: main, image: busybox}]
      """
    Then the command fails with "The Job \"bad\" is invalid: spec.template.spec.restartPolicy: Required value: valid values: \"OnFailure\", \"Never\""
    When I run "kubectl get jobs"
    Then the output is empty

  Scenario: A CronJob whose job template restarts Always is refused
    When I try to apply the manifest:
      """
      apiVersion: batch/v1
      kind: CronJob
      metadata: {name: bad}
      spec:
        schedule: "0 3 * * *"
        jobTemplate:
          spec:
            template:
              spec:
                containers: [{name: main, image: busybox}]
      """
    Then the command fails with "The CronJob \"bad\" is invalid: spec.jobTemplate.spec.template.spec.restartPolicy: Required value: valid values: \"OnFailure\", \"Never\""
    When I run "kubectl get cronjobs"
    Then the output is empty

  Scenario: Negative back-off limit and deadline are refused
    When I try to apply the manifest:
      """
      apiVersion: batch/v1
      kind: Job
      metadata: {name: bad}
      spec:
        backoffLimit: -1
        activeDeadlineSeconds: -30
        template:
          spec:
            restartPolicy: Never
            containers: [{name: main, image: busybox}]
      """
    Then the command fails with "The Job \"bad\" is invalid: "
    And the command fails with "* spec.activeDeadlineSeconds: Invalid value: -30: must be greater than or equal to 0"
    And the command fails with "* spec.backoffLimit: Invalid value: -1: must be greater than or equal to 0"
    When I run "kubectl get jobs"
    Then the output is empty

  Scenario: A Job's completions cannot change once it exists
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
    When I try to apply the manifest:
      """
      apiVersion: batch/v1
      kind: Job
      metadata:
        name: batch-job
      spec:
        completions: 3
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
    Then the command fails with "The Job \"batch-job\" is invalid: spec.completions: Invalid value: 3: field is immutable"
    And the job "batch-job" matches:
      """
      metadata:
        generation: 1
      spec:
        completions: 1
      """

  Scenario: A Job's pod template cannot change once it exists
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
    When I try to apply the manifest:
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
              image: busybox
      """
    Then the command fails with "spec.template: Invalid value: "
    And the command fails with ": field is immutable"
    And the job "batch-job" matches:
      """
      spec:
        template:
          spec:
            containers:
            - image: luksa/batch-job
      """
