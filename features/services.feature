Feature: Services spread requests over the ready pods they select
  A Service selects pods by label; the endpoints controllers list those with an IP, and kube-proxy
  sends each new connection to one of the ready ones at random. Pods that are not ready, or
  being deleted, get no traffic; with nothing to send to, connections are refused.

  Background:
    Given the manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata: {name: kubia-a, labels: {app: kubia}}
      spec: {containers: [{name: kubia, image: luksa/kubia, ports: [{containerPort: 8080}]}]}
      ---
      apiVersion: v1
      kind: Pod
      metadata: {name: kubia-b, labels: {app: kubia}}
      spec: {containers: [{name: kubia, image: luksa/kubia, ports: [{containerPort: 8080}]}]}
      ---
      apiVersion: v1
      kind: Pod
      metadata: {name: kubia-c, labels: {app: kubia}}
      spec: {containers: [{name: kubia, image: luksa/kubia, ports: [{containerPort: 8080}]}]}
      """
    And within 10 seconds, 3 pods matching "app=kubia" are Running

  Scenario: Requests to a Service reach every pod it selects
    Given the manifest "../../shared/book/Chapter05/kubia-svc.yaml"
    When I send 100 requests to service "kubia"
    Then the requests were answered by 3 different pods
    And 0 requests failed
    When I run "kubectl get endpoints kubia"
    Then the output is:
      """
      NAME    ENDPOINTS                                         AGE
      kubia   10.244.0.2:8080,10.244.0.3:8080,10.244.0.4:8080   *
      """

  Scenario: A pod that is not ready gets no traffic
    # The book's readiness probe runs `ls /var/ready`; this image never has the file.
    Given the image "luksa/kubia:unready" is not ready
    And the manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata: {name: kubia-unready, labels: {app: kubia}}
      spec:
        containers:
        - name: kubia
          image: luksa/kubia:unready
          ports: [{containerPort: 8080}]
          readinessProbe:
            exec:
              command: [ls, /var/ready]
      """
    And the manifest "../../shared/book/Chapter05/kubia-svc.yaml"
    When 30 seconds pass
    Then pod "kubia-unready" is Running
    When I run "kubectl get pods kubia-unready"
    Then the output shows:
      | NAME          | READY | STATUS  |
      | kubia-unready | 0/1   | Running |
    When I send 60 requests to service "kubia"
    Then the requests were answered by 3 different pods
    When I run "kubectl get endpoints kubia -o yaml"
    Then the output contains "notReadyAddresses:"
    And an event "Unhealthy" is recorded for pod "kubia-unready"

  Scenario: A pod being deleted leaves the Service at once
    # luksa/kubia ignores SIGTERM: the pod stays Terminating for its 30 s grace period.
    Given the manifest "../../shared/book/Chapter05/kubia-svc.yaml"
    When I delete pod "kubia-a"
    And I send 50 requests to service "kubia"
    Then the requests were answered by 2 different pods
    And pod "kubia-a" is Terminating

  Scenario: ClientIP session affinity keeps a client on one pod
    Given the manifest "../../shared/book/Chapter05/kubia-svc-client-ip-session-affinity.yaml"
    When I send 50 requests to service "kubia"
    Then the requests were answered by 1 different pod
    When I run "kubectl get svc kubia -o yaml"
    Then the output contains "timeoutSeconds: 10800"

  Scenario: A Service that selects no pod refuses connections
    Given the manifest:
      """
      apiVersion: v1
      kind: Service
      metadata: {name: nobody}
      spec:
        selector: {app: nobody}
        ports: [{port: 80, targetPort: 8080}]
      """
    When I send 5 requests to service "nobody"
    Then 5 requests failed
    And the requests were answered by 0 different pods
    When I run "kubectl get endpoints nobody"
    Then the output is:
      """
      NAME     ENDPOINTS   AGE
      nobody   <none>      *
      """

  Scenario: An unhealthy image answers 500 after five requests, and those count as failures
    Given the manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata: {name: sick, labels: {app: sick}}
      spec: {containers: [{name: sick, image: luksa/kubia-unhealthy, ports: [{containerPort: 8080}]}]}
      ---
      apiVersion: v1
      kind: Service
      metadata: {name: sick}
      spec:
        selector: {app: sick}
        ports: [{port: 80, targetPort: 8080}]
      """
    And within 5 seconds, pod "sick" is Running
    When I send 8 requests to service "sick"
    Then 3 requests failed
    And the requests were answered by 1 different pod

  Scenario: Requests fail while the node of the only pod is down
    Given the manifest:
      """
      apiVersion: v1
      kind: Service
      metadata: {name: kubia}
      spec:
        selector: {app: kubia, name: a}
        ports: [{port: 80, targetPort: 8080}]
      """
    And I label a pod matching "app=kubia" with "name=a"
    When node "minikube" fails
    And I send 3 requests to service "kubia"
    Then 3 requests failed
