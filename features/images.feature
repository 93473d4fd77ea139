Feature: Images decide what containers do
  A simulated container does what its image is declared to do: run for a while or forever, exit
  with a code, fail its first runs, answer HTTP probes until it turns unhealthy, handle SIGTERM
  or ignore it. An image nobody declared runs forever and answers every probe.

  Scenario: An image that runs forever is never restarted
    Given the image "example/server" runs forever
    And a pod "server" of image "example/server"
    Then for 7 days, pod "server" is Running
    And pod "server" has restarted 0 times

  Scenario: A container that crashes is restarted at once the first time
    Given a pod "web"
    When pod "web" crashes
    Then pod "web" has restarted 1 time
    And pod "web" is Running

  Scenario: A liveness probe restarts a container once it answers 500, and SIGTERM stops it at once
    Given the image "example/api" answers HTTP 500 after 3 requests
    And the image "example/api" exits with code 143 on SIGTERM
    And the manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata: {name: api}
      spec:
        containers:
        - name: api
          image: example/api
          livenessProbe:
            httpGet: {path: /, port: 8080}
            periodSeconds: 10
      """
    Then for 55 seconds, pod "api" has restarted 0 times
    And within 10 seconds, pod "api" has restarted 1 time
    And the pod "api" matches:
      """
      status:
        containerStatuses:
        - name: api
          lastState:
            terminated:
              exitCode: 143
      """

  Scenario: A process that ignores SIGTERM is killed after the grace period
    Given the image "example/stubborn" ignores SIGTERM
    And a pod "stubborn" of image "example/stubborn"
    When I delete pod "stubborn"
    Then for 29 seconds, pod "stubborn" is Terminating
    And within 1 second, pod "stubborn" does not exist
