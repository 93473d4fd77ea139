Feature: Simulated time
  Time moves only when a scenario says so; a day passes in milliseconds, and the clock can be
  set and moved to a time of day.

  Scenario: The clock starts where the scenario says
    Given the time is "2026-03-01T10:29:00Z"
    And a pod "web"
    When the clock reaches "10:30:15"
    And I run "kubectl get pod web"
    Then the output shows:
      | NAME | AGE |
      | web  | 75s |

  Scenario: The clock reaches an instant
    Given the time is "2026-03-01T23:00:00Z"
    And a pod "web"
    When the clock reaches "2026-03-02T00:00:00Z"
    Then the pod "web" matches:
      """
      metadata:
        creationTimestamp: "2026-03-01T23:00:00Z"
      """
    When I run "kubectl get pod web"
    Then the output shows:
      | NAME | AGE |
      | web  | 60m |

  Scenario: A time of day already past today means tomorrow
    Given the time is "2026-03-01T12:00:00Z"
    And a pod "web"
    When the clock reaches "11:00"
    And I run "kubectl get pod web"
    Then the output shows:
      | NAME | AGE |
      | web  | 23h |

  Scenario: Durations in several spellings
    Given a pod "web"
    When 90s pass
    And 1m30s pass
    And 500ms pass
    And 1 day passes
    And I run "kubectl get pod web"
    Then the output shows:
      | NAME | AGE |
      | web  | 24h |

  Scenario: Nothing happens between steps: the clock does not move by itself
    Given the image "slow" takes 5 seconds to start
    And a pod "slow" of image "slow"
    Then pod "slow" is ContainerCreating
    And pod "slow" is ContainerCreating
    When 5 seconds pass
    Then pod "slow" is Running

  Scenario: Long waits: a month in one step, a yearly schedule over two years
    Given the time is "2026-12-31T23:00:00Z"
    And the manifest:
      """
      apiVersion: batch/v1
      kind: CronJob
      metadata: {name: yearly}
      spec:
        schedule: "@yearly"
        jobTemplate:
          spec:
            template:
              spec:
                restartPolicy: Never
                containers: [{name: c, image: nginx}]
      """
    When 30 days pass
    Then cronjob "yearly" created a job at "2027-01-01T00:00:00Z"
    When 400 days pass
    Then cronjob "yearly" has created 2 jobs
    And cronjob "yearly" created a job at "2028-01-01T00:00:00Z"
