Feature: kubectl usage errors, immutable fields and malformed YAML
  kubectl refuses a command it cannot carry out before it changes anything, in its own words;
  the API server refuses to change a field that is fixed once set; YAML that cannot be read is
  refused with the line go-yaml stops at.

  Scenario Outline: kubectl refuses <what>, and nothing changes
    Given a Deployment "web" with 1 replica
    And a pod "kubia"
    When I try to run "<command>"
    Then the command fails with "<error>"
    And the deployment "web" matches:
      """
      spec:
        replicas: 1
        template:
          spec:
            containers:
            - name: web
              image: nginx
      """
    When I run "kubectl get deployments,pods --show-labels"
    Then the output is:
      """
      NAME                  READY   UP-TO-DATE   AVAILABLE   AGE   LABELS
      deployment.apps/web   1/1     1            1           0s    app=web

      NAME                       READY   STATUS    RESTARTS   AGE   LABELS
      pod/kubia                  1/1     Running   0          0s    app=kubia
      pod/web-*-*   1/1     Running   0          0s    app=web,pod-template-hash=*
      """

    Examples:
      | what                                            | command                                                        | error                                                                                                                                                                                                                                             |
      | to scale without a count                        | kubectl scale deployment web                                   | error: required flag(s) \"replicas\" not set                                                                                                                                                                                                      |
      | to scale from a count it does not have          | kubectl scale deployment web --replicas=3 --current-replicas=2 | error: Expected replicas to be 2, was 1                                                                                                                                                                                                           |
      | a misspelt flag                                 | kubectl scale deployment web --replica=3                       | error: unknown flag: --replica                                                                                                                                                                                                                    |
      | the rollout status of a pod                     | kubectl rollout status pod/kubia                               | error: no status viewer has been implemented for Pod                                                                                                                                                                                              |
      | to undo a pod                                   | kubectl rollout undo pod/kubia                                 | error: no rollbacker has been implemented for \"Pod\"                                                                                                                                                                                             |
      | the rollout history of a pod                    | kubectl rollout history pod/kubia                              | error: no history viewer has been implemented for \"Pod\"                                                                                                                                                                                         |
      | a new image for a container the pod has not got | kubectl set image deployment/web nginx=busybox                 | error: unable to find container named \"nginx\"                                                                                                                                                                                                   |
      | a label spec with two equals signs              | kubectl label pod kubia tier=a=b                               | error: invalid label spec: tier=a=b                                                                                                                                                                                                               |
      | to set and remove a label at once               | kubectl label pod kubia tier=web tier-                         | error: can not both modify and remove a label in the same command                                                                                                                                                                                 |
      | to set and remove an annotation at once         | kubectl annotate pod kubia note=x note-                        | error: can not both modify and remove an annotation in the same command                                                                                                                                                                           |
      | to delete by name and by selector               | kubectl delete pod kubia -l app=kubia                          | error: name cannot be provided when a selector is specified                                                                                                                                                                                       |
      | to get by name and by selector                  | kubectl get pod kubia -l app=kubia                             | error: name cannot be provided when a selector is specified                                                                                                                                                                                       |
      | to delete a type without a name                 | kubectl delete pod                                             | error: resource(s) were provided, but no name was specified                                                                                                                                                                                       |
      | to delete a type the server does not have       | kubectl delete widgets kubia                                   | error: the server doesn't have a resource type \"widgets\"                                                                                                                                                                                        |
      | an unknown cascade                              | kubectl delete pod kubia --cascade=sometimes                   | error: invalid cascade value (sometimes). Must be \"background\", \"foreground\", or \"orphan\".                                                                                                                                                  |
      | an unknown output format                        | kubectl get pods -o table                                      | error: unable to match a printer suitable for the output format \"table\", allowed formats are: custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml |
      | custom columns without columns                  | kubectl get pods -o custom-columns=                            | error: custom-columns format specified but no custom columns given                                                                                                                                                                                |
      | a JSON patch that is not a list of operations   | kubectl patch pod kubia --type=json -p '{\"op\":\"add\"}'      | Error from server (BadRequest): json: cannot unmarshal object into Go value of type jsonpatch.Patch                                                                                                                                               |
      | an unknown patch type                           | kubectl patch pod kubia --type=yaml -p '{}'                    | error: --type must be one of [json merge strategic], not \"yaml\"                                                                                                                                                                                 |
      | a patch without a patch                         | kubectl patch pod kubia                                        | error: must specify --patch or --patch-file containing the contents of the patch                                                                                                                                                                  |
      | a deployment without an image                   | kubectl create deployment api                                  | error: required flag(s) \"image\" not set                                                                                                                                                                                                         |
      | an unknown restart policy                       | kubectl run api --image=nginx --restart=Sometimes              | error: invalid restart policy: Sometimes                                                                                                                                                                                                          |
      | logs of nothing                                 | kubectl logs                                                   | error: expected 'logs [-f] [-p] (POD \| TYPE/NAME) [-c CONTAINER]'.                                                                                                                                                                               |
      | to expose as an unknown Service type            | kubectl expose deployment web --port=80 --type=Public          | The Service \"web\" is invalid: spec.type: Unsupported value: \"Public\": supported values: \"ClusterIP\", \"ExternalName\", \"LoadBalancer\", \"NodePort\"                                                                                       |

  Scenario: A DaemonSet's selector cannot change
    Given a DaemonSet "agent"
    When I try to apply the manifest:
      """
      apiVersion: apps/v1
      kind: DaemonSet
      metadata: {name: agent, labels: {app: agent}}
      spec:
        selector: {matchLabels: {app: agent, tier: node}}
        template:
          metadata: {labels: {app: agent, tier: node}}
          spec: {containers: [{name: agent, image: nginx}]}
      """
    Then the command fails with "The DaemonSet \"agent\" is invalid: spec.selector: Invalid value: {\"matchLabels\":{\"app\":\"agent\",\"tier\":\"node\"}}: field is immutable"
    And the daemonset "agent" matches:
      """
      spec:
        selector:
          matchLabels: {app: agent}
      """

  Scenario: A Job's completion mode cannot change
    Given the manifest:
      """
      apiVersion: batch/v1
      kind: Job
      metadata: {name: pi}
      spec:
        completions: 2
        template:
          spec:
            restartPolicy: Never
            containers: [{name: pi, image: busybox}]
      """
    When I try to apply the manifest:
      """
      apiVersion: batch/v1
      kind: Job
      metadata: {name: pi}
      spec:
        completions: 2
        completionMode: Indexed
        template:
          spec:
            restartPolicy: Never
            containers: [{name: pi, image: busybox}]
      """
    Then the command fails with "The Job \"pi\" is invalid: spec.completionMode: Invalid value: \"Indexed\": field is immutable"
    And the job "pi" matches:
      """
      metadata:
        generation: 1
      spec:
        completionMode: NonIndexed
      """

  Scenario: A tab in the indentation names its line
    When I try to apply the manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata:
      	name: tabbed
      spec:
        containers: [{name: c, image: nginx}]
      """
    Then the command fails with "error: error parsing STDIN: error converting YAML to JSON: yaml: line 4: found character that cannot start any token"
    And 0 pods are Running

  Scenario: A key indented deeper than its siblings is read as a value that cannot hold a mapping
    When I try to apply the manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
          labels: {app: web}
      spec:
        containers: [{name: c, image: nginx}]
      """
    Then the command fails with "error: error parsing STDIN: error converting YAML to JSON: yaml: line 5: mapping values are not allowed in this context"
    And pod "web" does not exist

  Scenario: An unquoted value with a colon and a space names its line
    When I try to apply the manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
        annotations:
          note: ready: yes
      spec:
        containers: [{name: c, image: nginx}]
      """
    Then the command fails with "error: error parsing STDIN: error converting YAML to JSON: yaml: line 6: mapping values are not allowed in this context"
    And pod "web" does not exist

  Scenario: A key given twice is not refused: the last one wins
    # kubectl's YAML decoding is lenient about duplicate keys, unlike a strict YAML parser.
    When I apply the manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
        labels: {app: web}
        labels: {app: api}
      spec:
        containers: [{name: c, image: nginx}]
      """
    Then the pod "web" matches:
      """
      metadata:
        labels: {app: api}
      """
