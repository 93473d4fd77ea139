Feature: The command line as a shell and kubectl read it
  Words are split as a POSIX shell splits them, flags as spf13/pflag reads them, resource
  arguments as kubectl's resource builder does; what kubectl refuses, the simulator refuses with
  the same words, and changes nothing.

  Background:
    Given the manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata: {name: web, labels: {app: web, tier: front}}
      spec: {containers: [{name: web, image: nginx:1.27}]}
      """

  Scenario: Flags with = or a separate value, short flags stuck to their value, flags anywhere
    When I run the session:
      """
      $ kubectl get pods --selector=app=web -o name
      pod/web
      $ kubectl get pods --selector app=web --output name
      pod/web
      $ kubectl get pods -lapp=web -oname
      pod/web
      $ kubectl -n default get pods -o=name
      pod/web
      $ kubectl get -o name pods
      pod/web
      $ kubectl get po -L app -L tier
      NAME   READY   STATUS    RESTARTS   AGE   APP   TIER
      web    1/1     Running   0          0s    web   front
      $ kubectl get po -L app,tier --no-headers
      web   1/1   Running   0     0s    web   front
      """

  Scenario: Quotes and escapes as a shell reads them
    When I run the session:
      """
      $ kubectl annotate pod web "note=hello world" 'owner=ops team' size=big\ box
      pod/web annotated
      $ kubectl get pod web -o jsonpath='{.metadata.annotations.note}, {.metadata.annotations.owner}, {.metadata.annotations.size}'
      hello world, ops team, big box
      $ kubectl get po -l '!tier' -o name
      $ kubectl get po -l "tier in (front, back)" -o name
      pod/web
      """

  Scenario: Short names, singular and plural names, kinds and groups name the same type
    When I run the session:
      """
      $ kubectl get po web -o name
      pod/web
      $ kubectl get pod web -o name
      pod/web
      $ kubectl get pods web -o name
      pod/web
      $ kubectl get Pod web -o name
      pod/web
      $ kubectl get svc,ep,no,ns -o name
      Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice
      service/kubernetes
      endpoints/kubernetes
      node/minikube
      namespace/default
      namespace/kube-node-lease
      namespace/kube-public
      namespace/kube-system
      $ kubectl get deploy,rs,ds,sts,cj,rc -o name
      $ kubectl get deployments.apps,cronjobs.batch -o name
      """

  Scenario: Several types at once, type/name pairs, and every type with every name
    Given a Deployment "web" with 1 replica
    When I run the session:
      """
      $ kubectl get pod/web deploy/web -o name
      pod/web
      deployment.apps/web
      $ kubectl get pods,deployments web -o name
      pod/web
      deployment.apps/web
      $ kubectl get po,pod,pods -l app=web -o name
      pod/web
      pod/web-*
      """

  Scenario: -n picks a namespace, -A all of them
    Given the manifest:
      """
      apiVersion: v1
      kind: Namespace
      metadata: {name: dev}
      ---
      apiVersion: v1
      kind: Pod
      metadata: {name: web, namespace: dev}
      spec: {containers: [{name: web, image: nginx:1.27}]}
      """
    When I run the session:
      """
      $ kubectl get pods -n dev
      NAME   READY   STATUS    RESTARTS   AGE
      web    1/1     Running   0          0s
      $ kubectl get pods -A
      NAMESPACE   NAME   READY   STATUS    RESTARTS   AGE
      default     web    1/1     Running   0          0s
      dev         web    1/1     Running   0          0s
      $ kubectl get pods --all-namespaces --show-labels
      NAMESPACE   NAME   READY   STATUS    RESTARTS   AGE   LABELS
      default     web    1/1     Running   0          0s    app=web,tier=front
      dev         web    1/1     Running   0          0s    <none>
      $ kubectl get pod web -A
      error: a resource cannot be retrieved by name across all namespaces
      $ kubectl delete pods --all -n dev
      pod "web" deleted from dev namespace
      """

  Scenario: Mistyped commands get cobra's suggestions
    When I run the session:
      """
      $ kubectl gett pods
      error: unknown command "gett" for "kubectl"

      Did you mean this?
      	set
      	get
      $ kubectl descibe pod web
      error: unknown command "descibe" for "kubectl"

      Did you mean this?
      	describe
      $ kubectl rollout statuss deploy/web
      error: unknown command "statuss"
      See 'kubectl rollout -h' for help and examples
      $ kubectl create foo
      error: Unexpected args: [foo]
      See 'kubectl create -h' for help and examples
      """

  Scenario: Unknown and malformed flags
    When I run the session:
      """
      $ kubectl get pods --show-all
      error: unknown flag: --show-all
      See 'kubectl get --help' for usage.
      $ kubectl get pods -a
      error: unknown shorthand flag: 'a' in -a
      See 'kubectl get --help' for usage.
      $ kubectl get pods -o
      error: flag needs an argument: 'o' in -o
      See 'kubectl get --help' for usage.
      $ kubectl scale rc kubia --replicas=three
      error: invalid argument "three" for "--replicas" flag: strconv.ParseInt: parsing "three": invalid syntax
      See 'kubectl scale --help' for usage.
      $ kubectl get pods -o wid
      error: unable to match a printer suitable for the output format "wid", allowed formats are: custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml
      $ kubectl get pods -o yaml --show-labels
      error: --show-labels option cannot be used with yaml printer
      """

  Scenario: Resource arguments kubectl refuses
    When I run the session:
      """
      $ kubectl get
      You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.

      error: Required resource not specified.
      Use "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).
      See 'kubectl get -h' for help and examples
      $ kubectl get foos
      error: the server doesn't have a resource type "foos"
      $ kubectl get pods pod/web
      error: there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'
      $ kubectl get pod/web/x
      error: arguments in resource/name form may not have more than one slash
      $ kubectl get pod web -l app=web
      error: name cannot be provided when a selector is specified
      $ kubectl label pod/web x=y -l app=web
      error: selectors and the all flag cannot be used when passing resource/name arguments
      $ kubectl delete pods
      error: resource(s) were provided, but no name was specified
      $ kubectl delete pods web --all
      error: name cannot be provided when a selector is specified
      $ kubectl delete pods --all -l app=web
      error: cannot set --all and --selector at the same time
      $ kubectl get pods --selector='a=b=c'
      Error from server (BadRequest): Unable to find "/v1, Resource=pods" that match label selector "a=b=c", field selector "": found '=', expected: ',' or 'end of string'
      """
    And pod "web" is Running
