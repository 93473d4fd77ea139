Feature: kubectl's refusals, word for word, and nothing changed
  API errors read `Error from server (Reason): …`, invalid objects `The Kind "name" is invalid: …`,
  kubectl's own refusals `error: …`; all go to stderr, and the refused change is not made.

  Background:
    Given the file "pod.yaml":
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: kubia-manual
      spec:
        containers:
        - image: luksa/kubia
          name: kubia
      """
    And the file "rs-v1beta2.yaml":
      """
      apiVersion: apps/v1beta2
      kind: ReplicaSet
      metadata:
        name: kubia
      spec:
        replicas: 3
        selector:
          matchLabels:
            app: kubia
        template:
          metadata:
            labels:
              app: kubia
          spec:
            containers:
            - name: kubia
              image: luksa/kubia
      """
    And the file "typo.yaml":
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: typo
      spec:
        containers:
        - image: luksa/kubia
          name: kubia
          imagePullPolicyy: Always
      """

  Scenario: Creating what exists, applying what was created
    When I run the session:
      """
      $ kubectl create -f pod.yaml
      pod/kubia-manual created
      $ kubectl create -f pod.yaml
      Error from server (AlreadyExists): error when creating "pod.yaml": pods "kubia-manual" already exists
      $ kubectl run kubia-manual --image=luksa/kubia
      Error from server (AlreadyExists): pods "kubia-manual" already exists
      $ kubectl apply -f pod.yaml
      Warning: resource pods/kubia-manual is missing the kubectl.kubernetes.io/last-applied-configuration annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.
      pod/kubia-manual configured
      $ kubectl apply -f pod.yaml
      pod/kubia-manual unchanged
      $ kubectl create -f missing.yaml
      error: the path "missing.yaml" does not exist
      """

  Scenario: A kind or version the server does not serve, a field it does not know
    When I run the session:
      """
      $ kubectl apply -f rs-v1beta2.yaml
      error: resource mapping not found for name: "kubia" namespace: "" from "rs-v1beta2.yaml": no matches for kind "ReplicaSet" in version "apps/v1beta2"
      ensure CRDs are installed first
      $ kubectl create -f typo.yaml
      Error from server (BadRequest): error when creating "typo.yaml": Pod in version "v1" cannot be handled as a Pod: strict decoding error: unknown field "spec.containers[0].imagePullPolicyy"
      $ kubectl get pods
      No resources found in default namespace.
      $ kubectl create -f typo.yaml --validate=warn
      Warning: unknown field "spec.containers[0].imagePullPolicyy"
      pod/typo created
      """

  Scenario: Objects that are not there
    When I run the session:
      """
      $ kubectl get pod nope
      Error from server (NotFound): pods "nope" not found
      $ kubectl get deploy nope
      Error from server (NotFound): deployments.apps "nope" not found
      $ kubectl describe node nope
      Error from server (NotFound): nodes "nope" not found
      $ kubectl delete pod nope
      Error from server (NotFound): pods "nope" not found
      $ kubectl delete pod nope --ignore-not-found
      $ kubectl label pod nope a=b
      Error from server (NotFound): pods "nope" not found
      $ kubectl scale deploy nope --replicas=2
      error: no objects passed to scale deployments.apps "nope" not found
      """

  Scenario: Label changes kubectl refuses
    Given the manifest "pod.yaml"
    When I run the session:
      """
      $ kubectl label pod kubia-manual app=kubia
      pod/kubia-manual labeled
      $ kubectl label pod kubia-manual app=other
      error: 'app' already has a value (kubia), and --overwrite is false
      $ kubectl label pod kubia-manual app=a=b
      error: invalid label spec: app=a=b
      $ kubectl label pod kubia-manual app
      error: at least one label update is required
      $ kubectl label pod kubia-manual app=x app-
      error: can not both modify and remove a label in the same command
      $ kubectl label pod kubia-manual app-
      pod/kubia-manual unlabeled
      $ kubectl label pod kubia-manual app-
      label "app" not found.
      pod/kubia-manual not labeled
      """

  Scenario: Deletion options kubectl refuses
    Given the manifest "pod.yaml"
    When I run the session:
      """
      $ kubectl delete pod kubia-manual --force --grace-period=5
      error: --force and --grace-period greater than 0 cannot be specified together
      $ kubectl delete pod kubia-manual --now --grace-period=5
      error: --now and --grace-period cannot be specified together
      $ kubectl delete pod kubia-manual -o yaml
      error: unexpected -o output mode: yaml. We only support '-o name'
      $ kubectl delete pod kubia-manual --cascade=sometimes
      error: invalid cascade value (sometimes). Must be "background", "foreground", or "orphan".
      $ kubectl delete pod kubia-manual --force
      Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.
      pod "kubia-manual" force deleted from default namespace
      $ kubectl get pods
      No resources found in default namespace.
      """
