Feature: --dry-run shows what a command would do and changes nothing
  `--dry-run=client` stops in kubectl, `--dry-run=server` goes through the API server's
  defaulting and validation without storing anything; each success line says which it was.

  Background:
    Given a cluster with 1 node
    And a Deployment "web" with 1 replica
    And the file "pod.yaml":
      """
      apiVersion: v1
      kind: Pod
      metadata: {name: p, labels: {app: p}}
      spec: {containers: [{name: p, image: nginx}]}
      """

  Scenario: Every mutating command has both dry runs
    When I run the session:
      """
      $ kubectl create -f pod.yaml --dry-run=client
      pod/p created (dry run)
      $ kubectl apply -f pod.yaml --dry-run=server
      pod/p created (server dry run)
      $ kubectl run x --image=nginx --dry-run=server
      pod/x created (server dry run)
      $ kubectl create deployment api --image=nginx --dry-run=client
      deployment.apps/api created (dry run)
      $ kubectl create job once --image=busybox --dry-run=server
      job.batch/once created (server dry run)
      $ kubectl create namespace dev --dry-run=client
      namespace/dev created (dry run)
      $ kubectl label deploy web env=prod --dry-run=client
      deployment.apps/web labeled (dry run)
      $ kubectl annotate deploy web note=x --dry-run=server
      deployment.apps/web annotated (server dry run)
      $ kubectl scale deploy web --replicas=5 --dry-run=server
      deployment.apps/web scaled (server dry run)
      $ kubectl expose deploy web --port=80 --dry-run=server
      service/web exposed (server dry run)
      $ kubectl patch deploy web -p '{"spec":{"replicas":4}}' --dry-run=server
      deployment.apps/web patched (server dry run)
      $ kubectl set image deploy/web web=nginx:1.27 --dry-run=client
      deployment.apps/web image updated (dry run)
      $ kubectl cordon node-1 --dry-run=client
      node/node-1 cordoned (dry run)
      $ kubectl delete deploy web --dry-run=server
      deployment.apps "web" deleted from default namespace (server dry run)
      """
    Then the deployment "web" matches:
      """
      metadata:
        labels:
          app: web
      spec:
        replicas: 1
        template:
          spec:
            containers:
            - image: nginx
      """
    When I run the session:
      """
      $ kubectl get all
      NAME                       READY   STATUS    RESTARTS   AGE
      pod/web-*                  1/1     Running   0          0s

      NAME                 TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE
      service/kubernetes   ClusterIP   10.96.0.1    <none>        443/TCP   0s

      NAME                  READY   UP-TO-DATE   AVAILABLE   AGE
      deployment.apps/web   1/1     1            1           0s

      NAME                        DESIRED   CURRENT   READY   AGE
      replicaset.apps/web-*       1         1         1       0s
      $ kubectl get nodes
      NAME     STATUS   ROLES    AGE   VERSION
      node-1   Ready    <none>   0s    v1.34.0
      $ kubectl get ns dev
      Error from server (NotFound): namespaces "dev" not found
      """

  Scenario: A server dry run is refused as the real request would be
    When I run the session:
      """
      $ kubectl scale deploy web --replicas=-1 --dry-run=server
      error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0
      $ kubectl create namespace Bad_Name --dry-run=server
      The Namespace "Bad_Name" is invalid: metadata.name: Invalid value: "Bad_Name": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')
      $ kubectl create deployment web --image=nginx --dry-run=server
      error: failed to create deployment: deployments.apps "web" already exists
      """

  Scenario: What a client dry run would send, as YAML
    When I run the session:
      """
      $ kubectl create deployment api --image=luksa/kubia --dry-run=client -o yaml
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        labels:
          app: api
        name: api
      spec:
        replicas: 1
        selector:
          matchLabels:
            app: api
        strategy: {}
        template:
          metadata:
            labels:
              app: api
          spec:
            containers:
            - image: luksa/kubia
              name: kubia
              resources: {}
      status: {}
      $ kubectl run x --image=nginx --dry-run=client -o yaml
      apiVersion: v1
      kind: Pod
      metadata:
        labels:
          run: x
        name: x
      spec:
        containers:
        - image: nginx
          name: x
          resources: {}
        dnsPolicy: ClusterFirst
        restartPolicy: Always
      status: {}
      """

  Scenario: The deprecated spellings still work, with a warning from kubectl's log
    When I run the session:
      """
      $ kubectl run x --image=nginx --dry-run
      W0101 00:00:00.000000   12345 helpers.go:731] --dry-run is deprecated and can be replaced with --dry-run=client.
      pod/x created (dry run)
      $ kubectl run x --image=nginx --dry-run=true
      W0101 00:00:00.000000   12345 helpers.go:745] --dry-run=true is deprecated (boolean value) and can be replaced with --dry-run=client.
      pod/x created (dry run)
      $ kubectl run x --image=nginx --dry-run=maybe
      error: Invalid dry-run value (maybe). Must be "none", "server", or "client".
      """
