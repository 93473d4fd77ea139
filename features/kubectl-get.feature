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

  Scenario: get all lists the workload kinds in discovery order, each with its kind
    Given a Deployment "kubia" with 2 replicas of image "luksa/kubia"
    And a ReplicationController "legacy" with 1 replica
    And the manifest:
      """
      apiVersion: batch/v1
      kind: CronJob
      metadata: {name: hello}
      spec:
        schedule: "*/5 * * * *"
        jobTemplate:
          spec:
            template:
              spec:
                restartPolicy: OnFailure
                containers: [{name: hello, image: busybox}]
      """
    When I run "kubectl get all"
    Then the output is:
      """
      NAME                         READY   STATUS    RESTARTS   AGE
      pod/kubia-*-*                1/1     Running   0          0s
      pod/kubia-*-*                1/1     Running   0          0s
      pod/legacy-*                 1/1     Running   0          0s
      pod/web                      1/1     Running   0          0s

      NAME                           DESIRED   CURRENT   READY   AGE
      replicationcontroller/legacy   1         1         1       0s

      NAME                 TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE
      service/kubernetes   ClusterIP   10.96.0.1    <none>        443/TCP   0s

      NAME                    READY   UP-TO-DATE   AVAILABLE   AGE
      deployment.apps/kubia   2/2     2            2           0s

      NAME                               DESIRED   CURRENT   READY   AGE
      replicaset.apps/kubia-*   2         2         2       0s

      NAME                  SCHEDULE      TIMEZONE   SUSPEND   ACTIVE   LAST SCHEDULE   AGE
      cronjob.batch/hello   */5 * * * *   <none>     False     0        <none>          0s
      """

  Scenario: Kinds without a controller print the columns the API server gives them
    Given the manifest:
      """
      apiVersion: v1
      kind: ConfigMap
      metadata: {name: settings}
      data: {a: "1", b: "2"}
      ---
      apiVersion: v1
      kind: Secret
      metadata: {name: creds}
      stringData: {user: admin}
      ---
      apiVersion: policy/v1
      kind: PodDisruptionBudget
      metadata: {name: web}
      spec:
        minAvailable: 1
        selector: {matchLabels: {app: web}}
      ---
      apiVersion: autoscaling/v2
      kind: HorizontalPodAutoscaler
      metadata: {name: web}
      spec:
        scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
        minReplicas: 1
        maxReplicas: 5
        metrics:
        - type: Resource
          resource: {name: cpu, target: {type: Utilization, averageUtilization: 80}}
      ---
      apiVersion: networking.k8s.io/v1
      kind: Ingress
      metadata: {name: web}
      spec:
        tls: [{hosts: [kubia.example.com]}]
        rules:
        - host: kubia.example.com
          http:
            paths:
            - {path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}
      """
    When I run "kubectl get cm,secrets,pdb,hpa,ing"
    Then the output is:
      """
      NAME                         DATA   AGE
      configmap/kube-root-ca.crt   1      0s
      configmap/settings           2      0s

      NAME           TYPE     DATA   AGE
      secret/creds   Opaque   1      0s

      NAME                             MIN AVAILABLE   MAX UNAVAILABLE   ALLOWED DISRUPTIONS   AGE
      poddisruptionbudget.policy/web   1               N/A               0                     0s

      NAME                                      REFERENCE        TARGETS              MINPODS   MAXPODS   REPLICAS   AGE
      horizontalpodautoscaler.autoscaling/web   Deployment/web   cpu: <unknown>/80%   1         5         0          0s

      NAME                            CLASS    HOSTS               ADDRESS   PORTS     AGE
      ingress.networking.k8s.io/web   <none>   kubia.example.com             80, 443   0s
      """

  Scenario: Service accounts, leases and namespaces across the cluster
    When I run "kubectl get sa,leases -A"
    Then the output is:
      """
      NAMESPACE         NAME                     SECRETS   AGE
      default           serviceaccount/default   0         0s
      kube-node-lease   serviceaccount/default   0         0s
      kube-public       serviceaccount/default   0         0s
      kube-system       serviceaccount/default   0         0s

      NAMESPACE         NAME                               HOLDER   AGE
      kube-node-lease   lease.coordination.k8s.io/node-1   node-1   0s
      kube-node-lease   lease.coordination.k8s.io/node-2   node-2   0s
      """

  Scenario: Nothing of a cluster-wide kind to show
    When I run "kubectl get nodes -l gpu=true"
    Then the output is empty
    And the error output is:
      """
      No resources found
      """

  Scenario: Objects that exist are printed before the ones that do not are reported
    When I run the session:
      """
      $ kubectl get pods web nope
      NAME   READY   STATUS    RESTARTS   AGE
      web    1/1     Running   0          0s
      Error from server (NotFound): pods "nope" not found
      $ kubectl get pods,svc web kubernetes -o name
      pod/web
      service/kubernetes
      Error from server (NotFound): pods "kubernetes" not found
      Error from server (NotFound): services "web" not found
      $ kubectl get pod/web service/kubernetes pod/web
      NAME      READY   STATUS    RESTARTS   AGE
      pod/web   1/1     Running   0          0s

      NAME                 TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE
      service/kubernetes   ClusterIP   10.96.0.1    <none>        443/TCP   0s

      NAME      READY   STATUS    RESTARTS   AGE
      pod/web   1/1     Running   0          0s
      """

  Scenario: A list as YAML
    When I run "kubectl get pods -l app=nothing -o yaml"
    Then the output is:
      """
      apiVersion: v1
      items: []
      kind: List
      metadata:
        resourceVersion: ""
      """

  Scenario: Events, newest information first in each row
    When 2 minutes pass
    And I run "kubectl get events --field-selector involvedObject.name=web"
    Then the output is:
      """
      LAST SEEN   TYPE     REASON      OBJECT    MESSAGE
      2m          Normal   Scheduled   pod/web   Successfully assigned default/web to node-1
      2m          Normal   Pulled      pod/web   Container image "nginx:1.27" already present on machine
      2m          Normal   Created     pod/web   Created container: web
      2m          Normal   Started     pod/web   Started container web
      """
