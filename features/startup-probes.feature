Feature: Startup probes hold back liveness and readiness until a slow container has started
  A container with a startup probe is not "started" until that probe succeeds once. Until then the
  kubelet runs neither its liveness nor its readiness probe, the container is not ready, and
  failureThreshold failures of the startup probe restart it, as a failed liveness probe would.

  Background:
    Given a cluster with 1 node
    And the image "slow-server" starts listening after 45 seconds

  Scenario: A slow server is left alone by its liveness probe until its startup probe passes
    # Probes tick every 10 s from the pod's start. The startup probe is refused at 10, 20, 30
    # and 40 s and succeeds at 50 s; only then does the liveness probe (one failure would restart
    # the container) begin, and the readiness probe runs at once.
    Given the manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: slow
      spec:
        containers:
        - name: app
          image: slow-server
          ports:
          - name: http
            containerPort: 8080
          startupProbe:
            httpGet:
              path: /healthz
              port: http
            failureThreshold: 30
          livenessProbe:
            httpGet:
              path: /healthz
              port: http
            failureThreshold: 1
          readinessProbe:
            httpGet:
              path: /ready
              port: 8080
      """
    When 45 seconds pass
    Then the pod "slow" matches:
      """
      status:
        containerStatuses:
        - name: app
          ready: false
          started: false
          restartCount: 0
      """
    When I run "kubectl get pod slow"
    Then the output is:
      """
      NAME   READY   STATUS    RESTARTS   AGE
      slow   0/1     Running   0          45s
      """
    And an event "Unhealthy" is recorded for pod "slow"
    When I run "kubectl get events --field-selector reason=Unhealthy"
    Then the output is:
      """
      LAST SEEN   TYPE      REASON      OBJECT     MESSAGE
      5s          Warning   Unhealthy   pod/slow   Startup probe failed: Get "http://10.244.0.2:8080/healthz": dial tcp 10.244.0.2:8080: connect: connection refused
      """
    When 5 seconds pass
    Then the pod "slow" matches:
      """
      status:
        containerStatuses:
        - name: app
          ready: true
          started: true
          restartCount: 0
      """
    When I run "kubectl get pod slow"
    Then the output is:
      """
      NAME   READY   STATUS    RESTARTS   AGE
      slow   1/1     Running   0          50s
      """
    And for 10 minutes, pod "slow" has restarted 0 times

  Scenario: Without a startup probe the same liveness probe restarts the slow server at once
    # The first probe, 10 s after the start, finds nothing listening; one failure is the threshold.
    # The process exits on SIGTERM (code 0) and is restarted at once, to be killed again at 20 s.
    Given the manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: impatient
      spec:
        containers:
        - name: app
          image: slow-server
          livenessProbe:
            tcpSocket:
              port: 8080
            failureThreshold: 1
      """
    Then within 15 seconds, pod "impatient" has restarted 1 time
    And the pod "impatient" matches:
      """
      status:
        containerStatuses:
        - name: app
          started: true
          lastState:
            terminated:
              exitCode: 0
              reason: Completed
      """
    When I run "kubectl get events --field-selector reason=Unhealthy"
    Then the output is:
      """
      LAST SEEN   TYPE      REASON      OBJECT          MESSAGE
      0s          Warning   Unhealthy   pod/impatient   Liveness probe failed: dial tcp 10.244.0.2:8080: connect: connection refused
      """

  Scenario: A startup probe that never passes restarts the container after failureThreshold tries
    Given the manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: never
      spec:
        containers:
        - name: app
          image: slow-server
          startupProbe:
            tcpSocket:
              port: 8080
            periodSeconds: 5
            failureThreshold: 3
      """
    Then for 14 seconds, pod "never" has restarted 0 times
    And within 1 second, pod "never" has restarted 1 time
    And an event "Killing" is recorded for pod "never"
    When I run "kubectl get events --field-selector reason=Killing"
    Then the output is:
      """
      LAST SEEN   TYPE     REASON    OBJECT      MESSAGE
      0s          Normal   Killing   pod/never   Container app failed startup probe, will be restarted
      """
    And the pod "never" matches:
      """
      status:
        containerStatuses:
        - name: app
          started: false
          ready: false
      """
