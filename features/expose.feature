Feature: kubectl expose makes a Service for what an object runs
  `kubectl expose` takes the selector and ports of a pod, ReplicationController, ReplicaSet,
  Deployment or Service, and creates a Service with them unless flags say otherwise.

  Scenario: Exposing a pod made by kubectl run, as the book's first chapter does
    When I run "kubectl run kubia --image=luksa/kubia --port=8080"
    And I run "kubectl expose pod kubia --type=LoadBalancer --name kubia-http"
    Then the output is:
      """
      service/kubia-http exposed
      """
    When I run "kubectl get svc kubia-http -o wide"
    Then the output shows:
      | NAME       | TYPE         | EXTERNAL-IP | PORT(S)     | SELECTOR  |
      | kubia-http | LoadBalancer | <pending>   | 8080:3*/TCP | run=kubia |
    And within 5 seconds, pod "kubia" is Running
    When I send 10 requests to service "kubia-http"
    Then the requests were answered by 1 different pod

  Scenario: Exposing a ReplicationController on another port
    # The book's Chapter05/kubia-rc-readinessprobe.yaml
    Given the manifest:
      """
      apiVersion: v1
      kind: ReplicationController
      metadata:
        name: kubia
      spec:
        replicas: 3
        selector:
          app: kubia
        template:
          metadata:
            labels:
              app: kubia
          spec:
            containers:
            - name: kubia
              image: luksa/kubia
              ports:
              - name: http
                containerPort: 8080
              readinessProbe:
                exec:
                  command:
                  - ls
                  - /var/ready
      """
    When I run "kubectl expose rc kubia --port=80 --target-port=8080"
    Then the service "kubia" matches:
      """
      spec:
        selector: {app: kubia}
        ports:
        - port: 80
          protocol: TCP
          targetPort: 8080
      """

  Scenario: Exposing a ReplicaSet with several ports names them
    Given the manifest:
      """
      apiVersion: apps/v1
      kind: ReplicaSet
      metadata: {name: web}
      spec:
        replicas: 1
        selector: {matchLabels: {app: web}}
        template:
          metadata: {labels: {app: web}}
          spec:
            containers:
            - name: web
              image: nginx
              ports: [{containerPort: 80}, {containerPort: 443}]
      """
    When I run "kubectl expose rs web --dry-run=client -o yaml"
    Then the output is:
      """
      apiVersion: v1
      kind: Service
      metadata:
        name: web
      spec:
        ports:
        - name: port-1
          port: 80
          protocol: TCP
          targetPort: 80
        - name: port-2
          port: 443
          protocol: TCP
          targetPort: 443
        selector:
          app: web
      status:
        loadBalancer: {}
      """
    When I try to run "kubectl get svc web"
    Then the command fails with "not found"

  Scenario Outline: Objects kubectl cannot expose
    Given the manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata: {name: bare}
      spec: {containers: [{name: bare, image: nginx}]}
      ---
      apiVersion: v1
      kind: Pod
      metadata: {name: portless, labels: {app: portless}}
      spec: {containers: [{name: portless, image: nginx}]}
      ---
      apiVersion: apps/v1
      kind: ReplicaSet
      metadata: {name: expr}
      spec:
        replicas: 0
        selector:
          matchExpressions: [{key: app, operator: In, values: [a, b]}]
        template:
          metadata: {labels: {app: a}}
          spec: {containers: [{name: c, image: nginx, ports: [{containerPort: 80}]}]}
      """
    When I try to run "kubectl expose <what>"
    Then the command fails with "<error>"

    Examples:
      | what                    | error                                                                                                                                 |
      | pod bare --port=80      | error: couldn't retrieve selectors via --selector flag or introspection: the pod has no labels and cannot be exposed                  |
      | pod portless            | error: couldn't find port via --port flag or introspection                                                                            |
      | svc kubernetes          | error: couldn't retrieve selectors via --selector flag or introspection: the service has no pod selector set                          |
      | rs expr                 | error: couldn't retrieve selectors via --selector flag or introspection: invalid replicaset: no selectors, therefore cannot be exposed |
      | node minikube           | error: cannot expose a Node                                                                                                           |
      | pod missing --port=80   | Error from server (NotFound): pods \"missing\" not found                                                                                |
      | pod                     | error: resource(s) were provided, but no name was specified                                                                           |
      | pod portless --port=x   | error: strconv.Atoi: parsing \"x\": invalid syntax                                                                                      |
