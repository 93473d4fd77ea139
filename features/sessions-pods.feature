Feature: Sessions from the book: pods, labels, annotations and namespaces
  Kubernetes in Action, chapter 3, replayed as pasted terminal sessions. What kubectl 1.34 prints
  differs from the book's (older) kubectl in places: success lines read `pod/x created`, deletions
  name the namespace, and ages follow today's format.

  Background:
    Given the file "kubia-manual.yaml":
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
    And the file "kubia-manual-with-labels.yaml":
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: kubia-manual-v2
        labels:
          creation_method: manual
          env: prod
      spec:
        containers:
        - image: luksa/kubia
          name: kubia
          ports:
          - containerPort: 8080
            protocol: TCP
      """

  Scenario: Creating a pod from a file and listing it
    When I run the session:
      """
      $ kubectl create -f kubia-manual.yaml
      pod/kubia-manual created
      $ kubectl get po kubia-manual
      NAME           READY   STATUS    RESTARTS   AGE
      kubia-manual   1/1     Running   0          0s
      $ kubectl get po kubia-manual -o jsonpath='{.spec.containers[0].ports[0].containerPort}'
      8080
      """

  Scenario: Labels shown as a column, all of them or the chosen ones
    When I run "kubectl create -f kubia-manual.yaml"
    And 16 minutes pass
    And I run the session:
      """
      $ kubectl create -f kubia-manual-with-labels.yaml
      pod/kubia-manual-v2 created
      $ kubectl get po --show-labels
      NAME              READY   STATUS    RESTARTS   AGE   LABELS
      kubia-manual      1/1     Running   0          16m   <none>
      kubia-manual-v2   1/1     Running   0          0s    creation_method=manual,env=prod
      $ kubectl get po -L creation_method,env
      NAME              READY   STATUS    RESTARTS   AGE   CREATION_METHOD   ENV
      kubia-manual      1/1     Running   0          16m
      kubia-manual-v2   1/1     Running   0          0s    manual            prod
      """

  Scenario: Adding a label, and changing one only with --overwrite
    Given the manifest "kubia-manual.yaml"
    And the manifest "kubia-manual-with-labels.yaml"
    When I run the session:
      """
      $ kubectl label po kubia-manual creation_method=manual
      pod/kubia-manual labeled
      $ kubectl label po kubia-manual-v2 env=debug
      error: 'env' already has a value (prod), and --overwrite is false
      $ kubectl label po kubia-manual-v2 env=debug --overwrite
      pod/kubia-manual-v2 labeled
      $ kubectl get po -L creation_method,env
      NAME              READY   STATUS    RESTARTS   AGE   CREATION_METHOD   ENV
      kubia-manual      1/1     Running   0          0s    manual
      kubia-manual-v2   1/1     Running   0          0s    manual            debug
      """

  Scenario: Listing pods with label selectors
    Given the manifest "kubia-manual.yaml"
    And the manifest "kubia-manual-with-labels.yaml"
    When I run the session:
      """
      $ kubectl get po -l creation_method=manual
      NAME              READY   STATUS    RESTARTS   AGE
      kubia-manual-v2   1/1     Running   0          0s
      $ kubectl get po -l env
      NAME              READY   STATUS    RESTARTS   AGE
      kubia-manual-v2   1/1     Running   0          0s
      $ kubectl get po -l '!env'
      NAME           READY   STATUS    RESTARTS   AGE
      kubia-manual   1/1     Running   0          0s
      $ kubectl get po -l 'env in (debug,devel)'
      No resources found in default namespace.
      $ kubectl get po -l creation_method!=manual --show-labels
      NAME           READY   STATUS    RESTARTS   AGE   LABELS
      kubia-manual   1/1     Running   0          0s    <none>
      """

  Scenario: Labelling a node and scheduling onto it
    When I run the session:
      """
      $ kubectl label node minikube gpu=true
      node/minikube labeled
      $ kubectl get nodes -l gpu=true
      NAME       STATUS   ROLES    AGE   VERSION
      minikube   Ready    <none>   0s    v1.34.0
      $ kubectl get nodes -L gpu
      NAME       STATUS   ROLES    AGE   VERSION   GPU
      minikube   Ready    <none>   0s    v1.34.0   true
      $ kubectl get nodes -l gpu=false
      No resources found
      """

  Scenario: Annotating a pod
    Given the manifest "kubia-manual.yaml"
    When I run the session:
      """
      $ kubectl annotate pod kubia-manual mycompany.com/someannotation="foo bar"
      pod/kubia-manual annotated
      $ kubectl get po kubia-manual -o jsonpath='{.metadata.annotations.mycompany\.com/someannotation}'
      foo bar
      $ kubectl annotate pod kubia-manual mycompany.com/someannotation=other
      error: --overwrite is false but found the following declared annotation(s): 'mycompany.com/someannotation' already has a value (foo bar)
      """

  Scenario: Namespaces group objects
    Given the file "custom-namespace.yaml":
      """
      apiVersion: v1
      kind: Namespace
      metadata:
        name: custom-namespace
      """
    When I run the session:
      """
      $ kubectl get ns
      NAME              STATUS   AGE
      default           Active   0s
      kube-node-lease   Active   0s
      kube-public       Active   0s
      kube-system       Active   0s
      $ kubectl get po --namespace kube-system
      No resources found in kube-system namespace.
      $ kubectl create -f custom-namespace.yaml
      namespace/custom-namespace created
      $ kubectl create namespace custom-namespace
      Error from server (AlreadyExists): namespaces "custom-namespace" already exists
      $ kubectl create -f kubia-manual.yaml -n custom-namespace
      pod/kubia-manual created
      $ kubectl create -f kubia-manual.yaml
      pod/kubia-manual created
      $ kubectl get po -A
      NAMESPACE          NAME           READY   STATUS    RESTARTS   AGE
      custom-namespace   kubia-manual   1/1     Running   0          0s
      default            kubia-manual   1/1     Running   0          0s
      $ kubectl get po kubia-manual -n custom-namespace -o name
      pod/kubia-manual
      """

  Scenario: Deleting pods by name, by selector and all of them
    Given the manifest "kubia-manual.yaml"
    And the manifest "kubia-manual-with-labels.yaml"
    # The book's kubectl returned at once and showed the pod Terminating; 1.34's waits until it is
    # gone (luksa/kubia ignores SIGTERM: 30 s each).
    When I run the session:
      """
      $ kubectl delete po -l creation_method=manual
      pod "kubia-manual-v2" deleted from default namespace
      $ kubectl get po
      NAME           READY   STATUS    RESTARTS   AGE
      kubia-manual   1/1     Running   0          30s
      """
    And I run the session:
      """
      $ kubectl delete po --all
      pod "kubia-manual" deleted from default namespace
      $ kubectl delete po kubia-gpu
      Error from server (NotFound): pods "kubia-gpu" not found
      """
