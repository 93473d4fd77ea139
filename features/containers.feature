Feature: Containers run as their image says
  A container's behaviour comes from its image: how long it runs, how it exits, how long it
  takes to start. The restart policy decides what the kubelet does when it exits.

  Scenario: A container that exits 0 under restartPolicy Never is Completed
    Given the image "task" runs for 30 seconds and exits with code 0
    And the manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata: {name: task}
      spec:
        restartPolicy: Never
        containers: [{name: main, image: task}]
      """
    Then pod "task" is Running
    And within 30 seconds, pod "task" is Completed
    And the pod "task" matches:
      """
      status:
        phase: Succeeded
        containerStatuses:
        - state:
            terminated:
              exitCode: 0
              reason: Completed
      """

  Scenario: A container that exits 1 under restartPolicy Never is Error
    Given the image "broken" runs for 5 seconds and exits with code 1
    And the manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata: {name: broken}
      spec:
        restartPolicy: Never
        containers: [{name: main, image: broken}]
      """
    Then within 5 seconds, pod "broken" is Error
    And the pod "broken" matches:
      """
      status:
        phase: Failed
      """

  Scenario: A crashing container is restarted with a growing back-off
    # The first restart is immediate; later ones wait 10 s, 20 s, 40 s… after the crash.
    Given the image "crasher" runs for 1 second and exits with code 1
    And a pod "crasher" of image "crasher"
    Then within 1 second, pod "crasher" has restarted 1 time
    And within 1 second, pod "crasher" is CrashLoopBackOff
    And for 9 seconds, pod "crasher" has restarted 1 time
    And within 1 second, pod "crasher" has restarted 2 times
    And within 1 second, pod "crasher" is CrashLoopBackOff
    And for 19 seconds, pod "crasher" has restarted 2 times
    And within 1 second, pod "crasher" has restarted 3 times
    And an event "BackOff" is recorded for pod "crasher"

  Scenario: A crash is shown with the previous state and the time since the last restart
    Given a pod "web" of image "nginx:1.27"
    When 1 minute passes
    And the container "web" of pod "web" crashes
    And 5 seconds pass
    And I run "kubectl get pods"
    Then the output is:
      """
      NAME   READY   STATUS    RESTARTS     AGE
      web    1/1     Running   1 (5s ago)   65s
      """

  Scenario: A slow image keeps the pod ContainerCreating
    Given the image "big" takes 20 seconds to start
    And a pod "big" of image "big"
    Then pod "big" is ContainerCreating
    And for 19 seconds, pod "big" is ContainerCreating
    And within 1 second, pod "big" is Running

  Scenario: An image that fails its first runs succeeds afterwards
    Given the image "flaky" runs for 10 seconds and exits with code 0
    And the image "flaky" fails 2 times with exit code 3 before it succeeds
    And the manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata: {name: flaky}
      spec:
        restartPolicy: OnFailure
        containers: [{name: main, image: flaky}]
      """
    Then within 1 minute, pod "flaky" is Completed
    And pod "flaky" has restarted 2 times

  Scenario: The images table declares several images at once
    Given the images:
      | image | runs for | exit code | start time | ignores SIGTERM |
      | job-a | 30s      | 0         | 5s         | yes             |
    And the manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata: {name: a}
      spec:
        restartPolicy: Never
        containers: [{name: main, image: job-a}]
      """
    Then for 4 seconds, pod "a" is ContainerCreating
    And within 1 second, pod "a" is Running
    And within 30 seconds, pod "a" is Completed
