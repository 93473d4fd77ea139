Feature: Workload specs the API server refuses
  Every kind of workload checks its spec on the way in. A refused manifest is not stored: the
  refusal names the field and the rule in the API server's words, and no pod is started.

  Scenario Outline: A Deployment whose spec breaks a rule: <rule>
    When I try to apply the manifest:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: web}
      spec:
        selector: {matchLabels: {app: web}}
        template:
          metadata: {labels: {app: web}}
          spec: {containers: [{name: web, image: nginx}]}
        <field>
      """
    Then the command fails with "The Deployment \"web\" is invalid: <error>"
    When I run "kubectl get deployments,replicasets,pods"
    Then the output is empty

    Examples:
      | rule                                    | field                                                    | error                                                                                                                                                                                                   |
      | negative replicas                       | replicas: -1                                             | spec.replicas: Invalid value: -1: must be greater than or equal to 0                                                                                                                                    |
      | negative minReadySeconds                | minReadySeconds: -1                                      | spec.minReadySeconds: Invalid value: -1: must be greater than or equal to 0                                                                                                                             |
      | negative revisionHistoryLimit           | revisionHistoryLimit: -1                                 | spec.revisionHistoryLimit: Invalid value: -1: must be greater than or equal to 0                                                                                                                        |
      | rollingUpdate with the Recreate type    | strategy: {type: Recreate, rollingUpdate: {maxSurge: 1}} | spec.strategy.rollingUpdate: Forbidden: may not be specified when strategy `type` is 'Recreate'                                                                                                         |
      | negative maxSurge                       | strategy: {rollingUpdate: {maxSurge: -1}}                | spec.strategy.rollingUpdate.maxSurge: Invalid value: -1: must be greater than or equal to 0                                                                                                             |
      | maxUnavailable above 100%               | strategy: {rollingUpdate: {maxUnavailable: 120%}}        | spec.strategy.rollingUpdate.maxUnavailable: Invalid value: \"120%\": must not be greater than 100%                                                                                                      |
      | maxSurge neither a number nor a percent | strategy: {rollingUpdate: {maxSurge: some}}              | spec.strategy.rollingUpdate.maxSurge: Invalid value: \"some\": a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%') |

  Scenario: A Deployment's progress deadline must leave time for its pods to become ready
    When I try to apply the manifest:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: web}
      spec:
        minReadySeconds: 30
        progressDeadlineSeconds: 20
        selector: {matchLabels: {app: web}}
        template:
          metadata: {labels: {app: web}}
          spec: {containers: [{name: web, image: nginx}]}
      """
    Then the command fails with "The Deployment \"web\" is invalid: spec.progressDeadlineSeconds: Invalid value: 20: must be greater than minReadySeconds"
    When I run "kubectl get deployments"
    Then the output is empty

  Scenario: A Deployment without a selector is refused twice over
    When I try to apply the manifest:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: web}
      spec:
        template:
          metadata: {labels: {app: web}}
          spec: {containers: [{name: web, image: nginx}]}
      """
    Then the command fails with "The Deployment \"web\" is invalid: "
    And the command fails with "* spec.selector: Required value"
    And the command fails with "* spec.template.metadata.labels: Invalid value: {\"app\":\"web\"}: `selector` does not match template `labels`"
    When I run "kubectl get deployments"
    Then the output is empty

  Scenario Outline: A ReplicaSet whose spec breaks a rule: <rule>
    When I try to apply the manifest:
      """
      apiVersion: apps/v1
      kind: ReplicaSet
      metadata: {name: kubia}
      spec:
        selector: {matchLabels: {app: kubia}}
        template:
          metadata: {labels: {app: kubia}}
          spec: {containers: [{name: kubia, image: luksa/kubia}]}
        <field>
      """
    Then the command fails with "The ReplicaSet \"kubia\" is invalid: <error>"
    When I run "kubectl get replicasets,pods"
    Then the output is empty

    Examples:
      | rule                     | field               | error                                                                       |
      | negative replicas        | replicas: -1        | spec.replicas: Invalid value: -1: must be greater than or equal to 0        |
      | negative minReadySeconds | minReadySeconds: -1 | spec.minReadySeconds: Invalid value: -1: must be greater than or equal to 0 |

  Scenario Outline: The pods of a <kind> must always restart, so <policy> is refused
    When I try to apply the manifest:
      """
      apiVersion: apps/v1
      kind: <kind>
      metadata: {name: web}
      spec:
        selector: {matchLabels: {app: web}}
        template:
          metadata: {labels: {app: web}}
          spec:
            restartPolicy: <policy>
            containers: [{name: web, image: nginx}]
      """
    Then the command fails with "The <kind> \"web\" is invalid: spec.template.spec.restartPolicy: Unsupported value: \"<policy>\": supported values: \"Always\""
    When I run "kubectl get deployments,replicasets,daemonsets,pods"
    Then the output is empty

    Examples:
      | kind       | policy    |
      | Deployment | Never     |
      | ReplicaSet | OnFailure |
      | DaemonSet  | Never     |

  Scenario Outline: A DaemonSet whose spec breaks a rule: <rule>
    When I try to apply the manifest:
      """
      apiVersion: apps/v1
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        selector: {matchLabels: {app: agent}}
        template:
          metadata: {labels: {app: agent}}
          spec: {containers: [{name: agent, image: nginx}]}
        <field>
      """
    Then the command fails with "The DaemonSet \"agent\" is invalid: <error>"
    When I run "kubectl get daemonsets,pods"
    Then the output is empty

    Examples:
      | rule                                 | field                                                                                  | error                                                                                                        |
      | a rolling update that can do nothing | updateStrategy: {type: RollingUpdate, rollingUpdate: {maxUnavailable: 0}}              | spec.updateStrategy.rollingUpdate.maxUnavailable: Required value: cannot be 0 when maxSurge is 0             |
      | both a surge and unavailable pods    | updateStrategy: {type: RollingUpdate, rollingUpdate: {maxUnavailable: 1, maxSurge: 1}} | spec.updateStrategy.rollingUpdate.maxSurge: Invalid value: 1: may not be set when maxUnavailable is non-zero |
      | negative minReadySeconds             | minReadySeconds: -5                                                                    | spec.minReadySeconds: Invalid value: -5: must be greater than or equal to 0                                  |
      | negative revisionHistoryLimit        | revisionHistoryLimit: -1                                                               | spec.revisionHistoryLimit: Invalid value: -1: must be greater than or equal to 0                             |

  Scenario: A DaemonSet's pods may not have a deadline
    When I try to apply the manifest:
      """
      apiVersion: apps/v1
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        selector: {matchLabels: {app: agent}}
        template:
          metadata: {labels: {app: agent}}
          spec:
            activeDeadlineSeconds: 60
            containers: [{name: agent, image: nginx}]
      """
    Then the command fails with "The DaemonSet \"agent\" is invalid: spec.template.spec.activeDeadlineSeconds: Forbidden: activeDeadlineSeconds in DaemonSet is not Supported"
    When I run "kubectl get daemonsets,pods"
    Then the output is empty

  Scenario Outline: A Job whose spec breaks a rule: <rule>
    When I try to apply the manifest:
      """
      apiVersion: batch/v1
      kind: Job
      metadata: {name: pi}
      spec:
        <field>
        template:
          spec:
            restartPolicy: Never
            containers: [{name: pi, image: busybox}]
      """
    Then the command fails with "The Job \"pi\" is invalid: <error>"
    When I run "kubectl get jobs,pods"
    Then the output is empty

    Examples:
      | rule                                | field                       | error                                                                                                |
      | negative completions                | completions: -1             | spec.completions: Invalid value: -1: must be greater than or equal to 0                              |
      | negative parallelism                | parallelism: -2             | spec.parallelism: Invalid value: -2: must be greater than or equal to 0                              |
      | an unknown completion mode          | completionMode: Sometimes   | spec.completionMode: Unsupported value: \"Sometimes\": supported values: \"NonIndexed\", \"Indexed\" |
      | a negative time to live             | ttlSecondsAfterFinished: -1 | spec.ttlSecondsAfterFinished: Invalid value: -1: must be greater than or equal to 0                  |
      | a manual selector that is not given | manualSelector: true        | spec.selector: Required value                                                                        |

  Scenario: An Indexed Job needs its completions when its parallelism is set
    When I try to apply the manifest:
      """
      apiVersion: batch/v1
      kind: Job
      metadata: {name: pi}
      spec:
        completionMode: Indexed
        parallelism: 2
        template:
          spec:
            restartPolicy: Never
            containers: [{name: pi, image: busybox}]
      """
    Then the command fails with "The Job \"pi\" is invalid: spec.completions: Required value: when completion mode is Indexed"
    When I run "kubectl get jobs,pods"
    Then the output is empty

  Scenario Outline: A CronJob whose schedule is <what>
    When I try to apply the manifest:
      """
      apiVersion: batch/v1
      kind: CronJob
      metadata: {name: nightly}
      spec:
        <schedule>
        jobTemplate:
          spec:
            template:
              spec:
                restartPolicy: Never
                containers: [{name: main, image: busybox}]
      """
    Then the command fails with "The CronJob \"nightly\" is invalid: <error>"
    When I run "kubectl get cronjobs,jobs"
    Then the output is empty

    Examples:
      | what                  | schedule               | error                                                                             |
      | missing               | suspend: false         | spec.schedule: Required value                                                     |
      | an unknown descriptor | schedule: "@sometimes" | spec.schedule: Invalid value: \"@sometimes\": unrecognized descriptor: @sometimes |
