Feature: Sessions from the book: replication controllers and deployments
  Kubernetes in Action, chapter 4 (and the Deployment the book's later chapters use), replayed as
  pasted terminal sessions. Generated pod names depend only on the random seed, so a session can
  name one; `*` stands for the parts that do not matter.

  Background:
    Given a cluster with 3 nodes
    And the random seed is 1
    And the file "kubia-rc.yaml":
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
              - containerPort: 8080
      """

  Scenario: A replication controller starts its pods
    When I run the session:
      """
      $ kubectl create -f kubia-rc.yaml
      replicationcontroller/kubia created
      $ kubectl get pods
      NAME          READY   STATUS    RESTARTS   AGE
      kubia-8n8gs   1/1     Running   0          0s
      kubia-gksxz   1/1     Running   0          0s
      kubia-gzchm   1/1     Running   0          0s
      """
    When 1 minute passes
    And I run the session:
      """
      $ kubectl get rc
      NAME    DESIRED   CURRENT   READY   AGE
      kubia   3         3         3       60s
      $ kubectl get rc kubia -o wide
      NAME    DESIRED   CURRENT   READY   AGE   CONTAINERS   IMAGES        SELECTOR
      kubia   3         3         3       60s   kubia        luksa/kubia   app=kubia
      """

  Scenario: A deleted pod is replaced
    Given the manifest "kubia-rc.yaml"
    # --wait=false: the book's kubectl returned at once; 1.34's would wait the pod's 30 s out.
    When I run the session:
      """
      $ kubectl delete pod kubia-8n8gs --wait=false
      pod "kubia-8n8gs" deleted from default namespace
      $ kubectl get pods
      NAME          READY   STATUS        RESTARTS   AGE
      kubia-8n8gs   1/1     Terminating   0          0s
      kubia-bzzdf   1/1     Running       0          0s
      kubia-gksxz   1/1     Running       0          0s
      kubia-gzchm   1/1     Running       0          0s
      """

  Scenario: A pod relabelled out of the controller's selector is replaced, and kept
    Given the manifest "kubia-rc.yaml"
    When 2 minutes pass
    And I run the session:
      """
      $ kubectl label pod kubia-gzchm type=special
      pod/kubia-gzchm labeled
      $ kubectl get pods --show-labels
      NAME          READY   STATUS    RESTARTS   AGE   LABELS
      kubia-8n8gs   1/1     Running   0          2m    app=kubia
      kubia-gksxz   1/1     Running   0          2m    app=kubia
      kubia-gzchm   1/1     Running   0          2m    app=kubia,type=special
      $ kubectl label pod kubia-gzchm app=foo --overwrite
      pod/kubia-gzchm labeled
      $ kubectl get pods -L app
      NAME          READY   STATUS    RESTARTS   AGE   APP
      kubia-8n8gs   1/1     Running   0          2m    kubia
      kubia-9svqm   1/1     Running   0          0s    kubia
      kubia-gksxz   1/1     Running   0          2m    kubia
      kubia-gzchm   1/1     Running   0          2m    foo
      """

  Scenario: Scaling a replication controller up and down
    Given the manifest "kubia-rc.yaml"
    When 10 minutes pass
    And I run the session:
      """
      $ kubectl scale rc kubia --replicas=10
      replicationcontroller/kubia scaled
      $ kubectl get rc
      NAME    DESIRED   CURRENT   READY   AGE
      kubia   10        10        10      10m
      $ kubectl scale rc kubia --replicas=3
      replicationcontroller/kubia scaled
      $ kubectl get rc
      NAME    DESIRED   CURRENT   READY   AGE
      kubia   3         3         3       10m
      """
    When 30 seconds pass
    And I run the session:
      """
      $ kubectl get pods
      NAME          READY   STATUS    RESTARTS   AGE
      kubia-8n8gs   1/1     Running   0          10m
      kubia-gksxz   1/1     Running   0          10m
      kubia-gzchm   1/1     Running   0          10m
      """

  Scenario: Deleting a replication controller but not its pods
    Given the manifest "kubia-rc.yaml"
    When I run the session:
      """
      $ kubectl delete rc kubia --cascade=orphan
      replicationcontroller "kubia" deleted from default namespace
      $ kubectl get rc
      No resources found in default namespace.
      $ kubectl get pods -o name
      pod/kubia-8n8gs
      pod/kubia-gksxz
      pod/kubia-gzchm
      """

  Scenario: A Deployment created, scaled and exposed through a load balancer
    When I run the session:
      """
      $ kubectl create deployment kubia --image=luksa/kubia
      deployment.apps/kubia created
      $ kubectl scale deployment kubia --replicas=3
      deployment.apps/kubia scaled
      $ kubectl get deployments
      NAME    READY   UP-TO-DATE   AVAILABLE   AGE
      kubia   3/3     3            3           0s
      $ kubectl get pods
      NAME                     READY   STATUS    RESTARTS   AGE
      kubia-*-*   1/1     Running   0          0s
      kubia-*-*   1/1     Running   0          0s
      kubia-*-*   1/1     Running   0          0s
      $ kubectl expose deployment kubia --type=LoadBalancer --port 8080
      service/kubia exposed
      $ kubectl get svc
      NAME         TYPE           CLUSTER-IP   EXTERNAL-IP   PORT(S)          AGE
      kubernetes   ClusterIP      10.96.0.1    <none>        443/TCP          0s
      kubia        LoadBalancer   10.*         <pending>     8080:*/TCP       0s
      """
    When 5 minutes pass
    And I run the session:
      """
      $ kubectl get all
      NAME                         READY   STATUS    RESTARTS   AGE
      pod/kubia-*-*   1/1     Running   0          5m
      pod/kubia-*-*   1/1     Running   0          5m
      pod/kubia-*-*   1/1     Running   0          5m

      NAME                 TYPE           CLUSTER-IP   EXTERNAL-IP   PORT(S)          AGE
      service/kubernetes   ClusterIP      10.96.0.1    <none>        443/TCP          5m
      service/kubia        LoadBalancer   10.*         <pending>     8080:*/TCP       5m

      NAME                    READY   UP-TO-DATE   AVAILABLE   AGE
      deployment.apps/kubia   3/3     3            3           5m

      NAME                               DESIRED   CURRENT   READY   AGE
      replicaset.apps/kubia-*   3         3         3       5m
      """
