Feature: Pods
  A pod is scheduled to a node, its containers start, and kubectl shows it as Kubernetes does.

  Background:
    Given the manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: kubia-manual
      spec:
        containers:
        - image: luksa/kubia
          name: kubia
          ports:
          - containerPort: 8080
            protocol: TCP
      """

  Scenario: A pod from a manifest runs on the only node
    Then pod "kubia-manual" is Running
    And pod "kubia-manual" runs on node "minikube"
    When I run "kubectl get pods"
    Then the output is:
      """
      NAME           READY   STATUS    RESTARTS   AGE
      kubia-manual   1/1     Running   0          0s
      """

  Scenario: The age of a pod grows with simulated time
    When 2 minutes 5 seconds pass
    And I run "kubectl get po kubia-manual"
    Then the output shows:
      | NAME         | STATUS  | AGE  |
      | kubia-manual | Running | 2m5s |

  Scenario: kubectl run creates a pod labelled run=<name>
    When I run "kubectl run nginx --image=nginx:1.27"
    Then the output is:
      """
      pod/nginx created
      """
    When I run "kubectl get pods --show-labels"
    Then the output shows:
      | NAME         | STATUS  | LABELS    |
      | kubia-manual | Running | <none>    |
      | nginx        | Running | run=nginx |

  Scenario: Deleting a pod whose process ignores SIGTERM takes the grace period
    # luksa/kubia runs Node.js as PID 1 without a SIGTERM handler: only SIGKILL stops it.
    # --wait=false returns once the deletion has started, to watch it go.
    When I run "kubectl delete pod kubia-manual --wait=false"
    Then the output is:
      """
      pod "kubia-manual" deleted from default namespace
      """
    And pod "kubia-manual" is Terminating
    And for 29 seconds, pod "kubia-manual" is Terminating
    And within 1 second, pod "kubia-manual" does not exist

  Scenario: kubectl delete waits until the pod is gone, the clock moving meanwhile
    # kubectl's --wait defaults to true: it prints the line once the deletion is accepted, then
    # waits for the pod to go — here the 30 s grace period of a process that ignores SIGTERM.
    When I run the session:
      """
      $ kubectl delete pod kubia-manual
      pod "kubia-manual" deleted from default namespace
      $ kubectl get pods
      No resources found in default namespace.
      $ kubectl get nodes
      NAME       STATUS   ROLES    AGE   VERSION
      minikube   Ready    <none>   30s   v1.34.0
      """

  Scenario: kubectl delete gives up waiting at its timeout, and the deletion goes on
    When I try to run "kubectl delete pod kubia-manual --timeout=5s"
    Then the command fails with "error: timed out waiting for the condition on pods/kubia-manual"
    And the output contains "pod \"kubia-manual\" deleted from default namespace"
    And pod "kubia-manual" is Terminating
    And within 25 seconds, pod "kubia-manual" does not exist

  Scenario: Deleting a pod whose process stops on SIGTERM is immediate
    Given a pod "web" of image "nginx:1.27"
    When I delete pod "web"
    Then pod "web" does not exist

  Scenario: A pod that does not exist cannot be deleted
    When I try to run "kubectl delete pod nope"
    Then the command fails with "Error from server (NotFound): pods \"nope\" not found"

  Scenario: A pod is shown as YAML with the fields the API server fills in
    When I run "kubectl get pod kubia-manual -o yaml"
    Then the output contains "restartPolicy: Always"
    And the output contains "terminationGracePeriodSeconds: 30"
    And the output contains "tolerationSeconds: 300"
    And the output contains "qosClass: BestEffort"
    And the pod "kubia-manual" matches:
      """
      spec:
        dnsPolicy: ClusterFirst
        schedulerName: default-scheduler
        serviceAccountName: default
        containers:
        - imagePullPolicy: Always
          terminationMessagePath: /dev/termination-log
      status:
        phase: Running
        podIP: 10.244.0.2
        hostIP: 192.168.49.2
      """

  Scenario: Pods live in namespaces
    Given the manifest:
      """
      apiVersion: v1
      kind: Namespace
      metadata:
        name: custom-namespace
      """
    And the manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: kubia-manual
        namespace: custom-namespace
      spec:
        containers:
        - image: luksa/kubia
          name: kubia
      """
    When I run "kubectl get pods -n custom-namespace -o name"
    Then the output is:
      """
      pod/kubia-manual
      """
    When I run "kubectl get ns"
    Then the output shows:
      | NAME             | STATUS |
      | custom-namespace | Active |
      | default          | Active |
      | kube-node-lease  | Active |
      | kube-public      | Active |
      | kube-system      | Active |
