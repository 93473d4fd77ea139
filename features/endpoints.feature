Feature: Endpoints and EndpointSlices follow the pods a Service selects
  The endpoints controller writes an Endpoints object per selector Service, the EndpointSlice
  controller its slices; a Service without selector keeps the Endpoints its user writes, which
  are mirrored into a slice. Target ports given by name are looked up on each pod.

  Scenario: Named target ports resolve to each pod's own container port
    # Kubernetes orders an Endpoints' subsets by a hash of each, pod uids included (SortSubsets):
    # which pod's subset comes first depends on the random seed, so this scenario fixes it.
    Given the random seed is 1
    And the manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata: {name: web-a, labels: {app: kubia}}
      spec:
        containers:
        - name: kubia
          image: luksa/kubia
          ports: [{name: http, containerPort: 8080}, {name: https, containerPort: 8443}]
      ---
      apiVersion: v1
      kind: Pod
      metadata: {name: web-b, labels: {app: kubia}}
      spec:
        containers:
        - name: kubia
          image: luksa/kubia
          ports: [{name: http, containerPort: 9090}, {name: https, containerPort: 9443}]
      ---
      apiVersion: v1
      kind: Service
      metadata: {name: kubia}
      spec:
        selector: {app: kubia}
        ports:
        - {name: http, port: 80, targetPort: http}
        - {name: https, port: 443, targetPort: https}
      """
    And within 5 seconds, 2 pods matching "app=kubia" are Running
    When I run "kubectl get endpointslices -l kubernetes.io/service-name=kubia"
    Then the output shows:
      | NAME    | ADDRESSTYPE | PORTS     | ENDPOINTS  |
      | kubia-* | IPv4        | 8080,8443 | 10.244.0.2 |
      | kubia-* | IPv4        | 9090,9443 | 10.244.0.3 |
    When I run "kubectl get endpoints kubia"
    Then the output is:
      """
      NAME    ENDPOINTS                                                     AGE
      kubia   10.244.0.2:8443,10.244.0.2:8080,10.244.0.3:9443 + 1 more...   *
      """

  Scenario: A slice lists every pod with its conditions, labels and owner
    Given the manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata: {name: one, labels: {app: one}}
      spec: {containers: [{name: one, image: luksa/kubia, ports: [{containerPort: 8080}]}]}
      ---
      apiVersion: v1
      kind: Service
      metadata: {name: one, labels: {team: blue}}
      spec:
        selector: {app: one}
        ports: [{port: 80, targetPort: 8080}]
      """
    And within 5 seconds, pod "one" is Running
    When I run "kubectl get endpointslices -l kubernetes.io/service-name=one -o yaml"
    Then the output contains "endpointslice.kubernetes.io/managed-by: endpointslice-controller.k8s.io"
    And the output contains "team: blue"
    And the output contains "kind: Service"
    And the output contains "ready: true"
    And the output contains "serving: true"
    And the output contains "terminating: false"
    And the output contains "nodeName: minikube"
    When I delete pod "one"
    And I run "kubectl get endpointslices -l kubernetes.io/service-name=one -o yaml"
    Then the output contains "ready: false"
    And the output contains "terminating: true"

  Scenario: Many endpoints are summed up after three
    Given the manifest:
      """
      apiVersion: v1
      kind: Service
      metadata: {name: many}
      spec:
        selector: {app: many}
        ports: [{port: 80}]
      """
    And the manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata: {name: m1, labels: {app: many}}
      spec: {containers: [{name: m, image: nginx}]}
      ---
      apiVersion: v1
      kind: Pod
      metadata: {name: m2, labels: {app: many}}
      spec: {containers: [{name: m, image: nginx}]}
      ---
      apiVersion: v1
      kind: Pod
      metadata: {name: m3, labels: {app: many}}
      spec: {containers: [{name: m, image: nginx}]}
      ---
      apiVersion: v1
      kind: Pod
      metadata: {name: m4, labels: {app: many}}
      spec: {containers: [{name: m, image: nginx}]}
      ---
      apiVersion: v1
      kind: Pod
      metadata: {name: m5, labels: {app: many}}
      spec: {containers: [{name: m, image: nginx}]}
      """
    And within 5 seconds, 5 pods matching "app=many" are Running
    When I run "kubectl get endpoints many"
    Then the output is:
      """
      NAME   ENDPOINTS                                               AGE
      many   10.244.0.2:80,10.244.0.3:80,10.244.0.4:80 + 2 more...   *
      """

  Scenario: A Service without selector uses the Endpoints its user writes
    # The book's Chapter05/external-service.yaml
    Given the manifest:
      """
      apiVersion: v1
      kind: Service
      metadata:
        name: external-service
      spec:
        ports:
        - port: 80
      """
    # The book's Chapter05/external-service-endpoints.yaml
    And the manifest:
      """
      apiVersion: v1
      kind: Endpoints
      metadata:
        name: external-service
      subsets:
        - addresses:
          - ip: 11.11.11.11
          - ip: 22.22.22.22
          ports:
          - port: 80 
      """
    When I run "kubectl get endpoints external-service"
    Then the output is:
      """
      NAME               ENDPOINTS                       AGE
      external-service   11.11.11.11:80,22.22.22.22:80   *
      """
    When I run "kubectl get endpointslices"
    Then the output shows:
      | NAME               | ADDRESSTYPE | PORTS | ENDPOINTS               |
      | external-service-* | IPv4        | 80    | 11.11.11.11,22.22.22.22 |
      | kubernetes         | IPv4        | 8443  | 192.168.49.2            |
    # Nothing in the simulated cluster has those addresses.
    When I send 4 requests to service "external-service"
    Then 4 requests failed

  Scenario: Hand-written Endpoints can point at a pod
    Given the manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata: {name: backend}
      spec: {containers: [{name: b, image: luksa/kubia, ports: [{containerPort: 8080}]}]}
      """
    And within 5 seconds, pod "backend" is Running
    And the manifest:
      """
      apiVersion: v1
      kind: Service
      metadata: {name: manual}
      spec:
        ports: [{port: 80}]
      ---
      apiVersion: v1
      kind: Endpoints
      metadata: {name: manual}
      subsets:
      - addresses: [{ip: 10.244.0.2}]
        ports: [{port: 8080}]
      """
    When I send 5 requests to service "manual"
    Then the requests were answered by 1 different pod
    And 0 requests failed

  Scenario: publishNotReadyAddresses lists pods that are not ready
    Given the image "unready" is not ready
    And the manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata: {name: slow, labels: {app: slow}}
      spec:
        containers:
        - name: slow
          image: unready
          readinessProbe: {exec: {command: [ls, /var/ready]}}
      ---
      apiVersion: v1
      kind: Service
      metadata: {name: all}
      spec:
        publishNotReadyAddresses: true
        selector: {app: slow}
        ports: [{port: 80}]
      ---
      apiVersion: v1
      kind: Service
      metadata: {name: ready-only}
      spec:
        selector: {app: slow}
        ports: [{port: 80}]
      """
    When 20 seconds pass
    And I run "kubectl get endpoints"
    Then the output shows:
      | NAME       | ENDPOINTS         |
      | all        | 10.244.0.2:80     |
      | kubernetes | 192.168.49.2:8443 |
      | ready-only |                   |
    When I send 3 requests to service "all"
    Then the requests were answered by 1 different pod

  Scenario: Endpoints and slices go with their Service
    # The book's Chapter05/kubia-svc.yaml
    Given the manifest:
      """
      apiVersion: v1
      kind: Service
      metadata:
        name: kubia
      spec:
        ports:
        - port: 80
          targetPort: 8080
        selector:
          app: kubia
      """
    When I run "kubectl delete svc kubia"
    And I try to run "kubectl get endpoints kubia"
    Then the command fails with "endpoints \"kubia\" not found"
    When I run "kubectl get endpointslices -l kubernetes.io/service-name=kubia"
    Then the output is empty

  Scenario: A Service without pods keeps an empty placeholder slice
    # The book's Chapter05/kubia-svc.yaml
    Given the manifest:
      """
      apiVersion: v1
      kind: Service
      metadata:
        name: kubia
      spec:
        ports:
        - port: 80
          targetPort: 8080
        selector:
          app: kubia
      """
    When I run "kubectl get endpointslices -l kubernetes.io/service-name=kubia"
    Then the output shows:
      | NAME    | ADDRESSTYPE | PORTS   | ENDPOINTS |
      | kubia-* | IPv4        | <unset> | <unset>   |
    When I run "kubectl get endpoints kubia"
    Then the output shows:
      | NAME  | ENDPOINTS |
      | kubia | <none>    |
