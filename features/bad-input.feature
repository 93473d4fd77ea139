Feature: Bad input is refused in Kubernetes' own words
  A refused manifest or command changes nothing and says what is wrong: the line, the field,
  the value — as the API server and kubectl word it.

  Scenario: Malformed YAML names the line
    When I try to apply the manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: broken
       spec: {}
      """
    # go-yaml reports a parser error on the line before the one it stopped at.
    Then the command fails with "error: error parsing STDIN: error converting YAML to JSON: yaml: line 4: did not find expected key"
    And 0 pods are Running

  Scenario: A manifest without a kind
    # kubectl checks apiVersion and kind itself before it sends anything (unless --validate=false).
    When I try to apply the manifest:
      """
      apiVersion: v1
      metadata: {name: p}
      """
    Then the command fails with "error: error validating \"STDIN\": error validating data: kind not set; if you choose to ignore these errors, turn validation off with --validate=false"
    And the output does not contain "created"

  Scenario: Without validation, a manifest without a kind cannot be decoded
    Given the file "nokind.yaml":
      """
      apiVersion: v1
      metadata: {name: p}
      """
    When I try to run "kubectl apply -f nokind.yaml --validate=false"
    Then the command fails with "error: unable to decode \"nokind.yaml\": Object 'Kind' is missing in '{\"apiVersion\":\"v1\",\"metadata\":{\"name\":\"p\"}}'"

  Scenario: A manifest with neither apiVersion nor kind stops the file there
    Given the file "pods.yaml":
      """
      apiVersion: v1
      kind: Pod
      metadata: {name: first}
      spec: {containers: [{name: a, image: nginx}]}
      ---
      metadata: {name: second}
      ---
      apiVersion: v1
      kind: Pod
      metadata: {name: third}
      spec: {containers: [{name: a, image: nginx}]}
      """
    When I try to run "kubectl apply -f pods.yaml"
    Then the command fails with "error: error validating \"pods.yaml\": error validating data: [apiVersion not set, kind not set]; if you choose to ignore these errors, turn validation off with --validate=false"
    And the output contains "pod/first created"
    And the pod "third" does not exist

  Scenario: An apiVersion with two slashes
    When I try to apply the manifest:
      """
      apiVersion: apps/v1/beta
      kind: Deployment
      metadata: {name: d}
      """
    Then the command fails with "error: error validating \"STDIN\": error validating data: unexpected GroupVersion string: apps/v1/beta; if you choose to ignore these errors, turn validation off with --validate=false"

  Scenario: An unknown kind
    When I try to apply the manifest:
      """
      apiVersion: v1
      kind: Nonsense
      metadata: {name: x}
      """
    Then the command fails with "error: resource mapping not found for name: \"x\" namespace: \"\" from \"STDIN\": no matches for kind \"Nonsense\" in version \"v1\""
    And the command fails with "ensure CRDs are installed first"

  Scenario: An API version the release no longer serves
    When I try to apply the manifest:
      """
      apiVersion: apps/v1beta2
      kind: ReplicaSet
      metadata: {name: kubia}
      spec:
        replicas: 3
        selector: {matchLabels: {app: kubia}}
        template:
          metadata: {labels: {app: kubia}}
          spec: {containers: [{name: kubia, image: luksa/kubia}]}
      """
    Then the command fails with "no matches for kind \"ReplicaSet\" in version \"apps/v1beta2\""

  Scenario: An unknown field is refused by strict field validation
    When I try to apply the manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata: {name: typo}
      spec:
        containers:
        - name: c
          image: nginx
          imagePullPolicyy: Always
      """
    Then the command fails with "Error from server (BadRequest): error when creating \"STDIN\": Pod in version \"v1\" cannot be handled as a Pod: strict decoding error: unknown field \"spec.containers[0].imagePullPolicyy\""
    And pod "typo" does not exist

  Scenario: A value of the wrong type
    When I try to apply the manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata: {name: typed}
      spec:
        containers:
        - name: c
          image: nginx
          ports:
          - containerPort: eighty
      """
    Then the command fails with "json: cannot unmarshal string into Go struct field ContainerPort.spec.containers.ports.containerPort of type int32"

  Scenario: A pod without containers
    When I try to apply the manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata: {name: empty}
      spec:
        containers: []
      """
    Then the command fails with "The Pod \"empty\" is invalid: spec.containers: Required value"

  Scenario: Several problems are listed one per line
    When I try to apply the manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata: {name: Bad_Name}
      spec:
        restartPolicy: Sometimes
        containers:
        - name: c
      """
    Then the command fails with "The Pod \"Bad_Name\" is invalid: "
    And the command fails with "* metadata.name: Invalid value: \"Bad_Name\": a lowercase RFC 1123 subdomain must consist of"
    And the command fails with "* spec.containers[0].image: Required value"
    And the command fails with "* spec.restartPolicy: Unsupported value: \"Sometimes\": supported values: \"Always\", \"OnFailure\", \"Never\""

  Scenario: An invalid label in a manifest
    When I try to apply the manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: labelled
        labels: {"app": "-kubia"}
      spec:
        containers: [{name: c, image: nginx}]
      """
    Then the command fails with "The Pod \"labelled\" is invalid: metadata.labels: Invalid value: \"-kubia\": a valid label must be an empty string or consist of alphanumeric characters"

  Scenario: Creating a pod that exists
    Given a pod "twice"
    When I try to run "kubectl create -f twice.yaml"
    Then the command fails with "error: the path \"twice.yaml\" does not exist"
    When I try to run "kubectl run twice --image=nginx"
    Then the command fails with "Error from server (AlreadyExists): pods \"twice\" already exists"

  Scenario: A pod in a namespace that does not exist
    When I try to apply the manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata: {name: p, namespace: nowhere}
      spec:
        containers: [{name: c, image: nginx}]
      """
    Then the command fails with "Error from server (NotFound): error when creating \"STDIN\": namespaces \"nowhere\" not found"

  Scenario: Changing a pod's spec beyond what updates allow
    Given a pod "fixed"
    When I try to apply the manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata: {name: fixed, labels: {app: fixed}}
      spec:
        restartPolicy: Never
        containers: [{name: fixed, image: nginx}]
      """
    Then the command fails with "The Pod \"fixed\" is invalid: spec: Forbidden: pod updates may not change fields other than"
    And the pod "fixed" matches:
      """
      spec:
        restartPolicy: Always
      """

  Scenario Outline: kubectl refuses what it does not know
    When I try to run "<command>"
    Then the command fails with "<error>"

    Examples:
      | command                        | error                                                    |
      | kubectl gett pods              | error: unknown command \"gett\" for \"kubectl\"          |
      | kubectl get pods --colour      | error: unknown flag: --colour                            |
      | kubectl get pods -a            | error: unknown shorthand flag: 'a' in -a                 |
      | kubectl get foos               | error: the server doesn't have a resource type \"foos\"  |
      | kubectl get pod nope           | Error from server (NotFound): pods \"nope\" not found    |
      | kubectl get node nope          | Error from server (NotFound): nodes \"nope\" not found   |
      | kubectl label pod nope a=b     | Error from server (NotFound): pods \"nope\" not found    |
      | kubectl cordon nope            | Error from server (NotFound): nodes \"nope\" not found   |
      | kubectl run                    | error: NAME is required for run                          |
      | kubectl run x                  | error: --image is required                               |
      | kubectl label pods             | error: at least one label update is required             |

  Scenario: An unquoted yes is a boolean, as kubectl's YAML 1.1 reads it
    # The book quotes `gpu: "true"` for this reason: a label value must be a string.
    When I try to apply the manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata: {name: gpu}
      spec:
        nodeSelector: {gpu: yes}
        containers: [{name: c, image: nginx}]
      """
    Then the command fails with "Pod in version \"v1\" cannot be handled as a Pod: json: cannot unmarshal bool into Go struct field PodSpec.spec.nodeSelector of type string"
    And pod "gpu" does not exist
