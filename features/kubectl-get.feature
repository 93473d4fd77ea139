Feature: kubectl get prints what the real kubectl prints
  Columns, alignment, ages, wide columns and output formats as kubectl 1.34 lays them out.

  Background:
    Given a cluster with 2 nodes
    And the manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata: {name: web, labels: {app: web}}
      spec:
        nodeSelector: {kubernetes.io/hostname: node-1}
        containers: [{name: web, image: nginx:1.27}]
      """

  Scenario: Nodes
    When 3 hours 1 minute pass
    And I run "kubectl get nodes"
    Then the output is:
      """
      NAME     STATUS   ROLES    AGE    VERSION
      node-1   Ready    <none>   3h1m   v1.34.0
      node-2   Ready    <none>   3h1m   v1.34.0
      """

  Scenario: Nodes, wide
    When I run "kubectl get nodes -o wide"
    Then the output is:
      """
      NAME     STATUS   ROLES    AGE   VERSION   INTERNAL-IP    EXTERNAL-IP   OS-IMAGE                         KERNEL-VERSION   CONTAINER-RUNTIME
      node-1   Ready    <none>   0s    v1.34.0   192.168.49.2   <none>        Debian GNU/Linux 12 (bookworm)   6.8.0            containerd://2.1.3
      node-2   Ready    <none>   0s    v1.34.0   192.168.49.3   <none>        Debian GNU/Linux 12 (bookworm)   6.8.0            containerd://2.1.3
      """

  Scenario: Pods, wide
    When I run "kubectl get pods -o wide"
    Then the output is:
      """
      NAME   READY   STATUS    RESTARTS   AGE   IP           NODE     NOMINATED NODE   READINESS GATES
      web    1/1     Running   0          0s    10.244.0.2   node-1   <none>           <none>
      """

  Scenario: Names only
    When I run "kubectl get pods,nodes -o name"
    Then the output is:
      """
      pod/web
      node/node-1
      node/node-2
      """

  Scenario: Several kinds at once get a kind prefix and a table each
    When I run "kubectl get pods,nodes"
    Then the output is:
      """
      NAME      READY   STATUS    RESTARTS   AGE
      pod/web   1/1     Running   0          0s

      NAME          STATUS   ROLES    AGE   VERSION
      node/node-1   Ready    <none>   0s    v1.34.0
      node/node-2   Ready    <none>   0s    v1.34.0
      """

  Scenario: JSON
    When I run "kubectl get pod web -o json"
    Then the output contains "\"apiVersion\": \"v1\","
    And the output contains "        \"name\": \"web\","

  Scenario: Nothing to show
    When I run "kubectl get pods -n kube-system"
    Then the output is empty
    And the error output is:
      """
      No resources found in kube-system namespace.
      """

  Scenario: Ages follow kubectl's human format
    When 10 minutes pass
    And I run "kubectl get pod web"
    Then the output shows:
      | NAME | AGE |
      | web  | 10m |
    When 2 days 5 hours pass
    And I run "kubectl get pod web"
    Then the output shows:
      | NAME | AGE   |
      | web  | 2d5h  |

  Scenario: A pasted terminal session
    When I run the session:
      """
      $ kubectl get pods -o name
      pod/web
      $ kubectl label pod web env=prod
      pod/web labeled
      $ kubectl get pods -L env
      NAME   READY   STATUS    RESTARTS   AGE   ENV
      web    1/1     Running   0          *     prod
      $ kubectl get pod nope
      Error from server (NotFound): pods "nope" not found
      """
