Feature: Shorthands for the common objects
  Objects without YAML: labels `app=<name>`, one container named after the object, image nginx
  unless one is named. They go through `kubectl apply` like any manifest.

  Scenario: A ReplicationController keeps its pods labelled app=<name>
    Given a cluster with 2 nodes
    And a ReplicationController "frontend" with 2 replicas
    Then 2 pods matching "app=frontend" are Running
    And the replicationcontroller "frontend" matches:
      """
      spec:
        replicas: 2
        selector:
          app: frontend
        template:
          spec:
            containers:
            - name: frontend
              image: nginx
      """

  Scenario: A Deployment of a named image
    Given a cluster with 2 nodes
    And a Deployment "web" with 2 replicas of image "nginx:1.27"
    Then 2 pods of deployment "web" are Running
    When I run "kubectl get deployment web -o wide"
    Then the output shows:
      | NAME | READY | IMAGES     | SELECTOR |
      | web  | 2/2   | nginx:1.27 | app=web  |
