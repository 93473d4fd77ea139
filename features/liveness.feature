Feature: Liveness probes restart unhealthy containers
  The kubelet probes a container every periodSeconds; after failureThreshold failures in a row it
  kills the container, waits the grace period for it to stop, and starts it again.

  Scenario: The book's unhealthy pod is restarted when its HTTP probe starts failing
    # luksa/kubia-unhealthy answers 500 from its sixth request on; probes come every 10 s from the
    # pod's start, so the 6th, 7th and 8th fail at 60, 70 and 80 s. The process ignores SIGTERM, so
    # the kill takes the 30 s grace period and ends with SIGKILL.
    Given the manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: kubia-liveness
      spec:
        containers:
        - image: luksa/kubia-unhealthy
          name: kubia
          livenessProbe:
            httpGet:
              path: /
              port: 8080
      """
    Then pod "kubia-liveness" is Running
    And for 105 seconds, pod "kubia-liveness" has restarted 0 times
    And within 10 seconds, pod "kubia-liveness" has restarted 1 time
    And the pod "kubia-liveness" matches:
      """
      status:
        containerStatuses:
        - name: kubia
          restartCount: 1
          lastState:
            terminated:
              exitCode: 137
              reason: Error
      """
    And an event "Unhealthy" is recorded for pod "kubia-liveness"
    And an event "Killing" is recorded for pod "kubia-liveness"
