Feature: Pods, Services and object metadata the API server refuses
  Containers, ports, resources, Service types and the names, labels and annotations of any
  object are checked on the way in. A refused manifest stores nothing, and the refusal says which
  field and why, in the API server's words.

  Scenario Outline: A container that breaks a rule: <rule>
    When I try to apply the manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata: {name: web}
      spec:
        containers:
        - name: web
          image: nginx
          <field>
      """
    Then the command fails with "The Pod \"web\" is invalid: <error>"
    And pod "web" does not exist

    Examples:
      | rule                                   | field                                                | error                                                                                                                                                    |
      | an unknown pull policy                 | imagePullPolicy: Sometimes                           | spec.containers[0].imagePullPolicy: Unsupported value: \"Sometimes\": supported values: \"Always\", \"IfNotPresent\", \"Never\"                          |
      | a container port of zero               | ports: [{containerPort: 0}]                          | spec.containers[0].ports[0].containerPort: Invalid value: 0: must be between 1 and 65535, inclusive                                                      |
      | an unknown port protocol               | ports: [{containerPort: 80, protocol: HTTP}]         | spec.containers[0].ports[0].protocol: Unsupported value: \"HTTP\": supported values: \"SCTP\", \"TCP\", \"UDP\"                                          |
      | an environment variable name with '='  | env: [{name: "A=B", value: x}]                       | spec.containers[0].env[0].name: Invalid value: \"A=B\": a valid environment variable name must consist only of printable ASCII characters other than '=' |
      | an environment variable without a name | env: [{value: x}]                                    | spec.containers[0].env[0].name: Required value                                                                                                           |
      | a request above its limit              | resources: {requests: {cpu: 2}, limits: {cpu: 500m}} | spec.containers[0].resources.requests: Invalid value: \"2\": must be less than or equal to cpu limit of 500m                                             |

  Scenario: Container names must be DNS labels, and unique within the pod
    When I try to apply the manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata: {name: web}
      spec:
        containers:
        - {name: Web_1, image: nginx}
        - {name: sidecar, image: busybox}
        - {name: sidecar, image: busybox}
      """
    Then the command fails with "The Pod \"web\" is invalid: "
    And the command fails with "* spec.containers[0].name: Invalid value: \"Web_1\": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')"
    And the command fails with "* spec.containers[2].name: Duplicate value: \"sidecar\""
    And pod "web" does not exist

  Scenario Outline: A Service that breaks a rule: <rule>
    When I try to apply the manifest:
      """
      apiVersion: v1
      kind: Service
      metadata: {name: web}
      spec:
        selector: {app: web}
        ports: [<port>]
        <field>
      """
    Then the command fails with "The Service \"web\" is invalid: <error>"
    When I try to run "kubectl get service web"
    Then the command fails with "Error from server (NotFound): services \"web\" not found"

    Examples:
      | rule                                   | port                             | field                   | error                                                                                                                                                                                                                                                                                  |
      | an unknown type                        | {port: 80}                       | type: Public            | spec.type: Unsupported value: \"Public\": supported values: \"ClusterIP\", \"ExternalName\", \"LoadBalancer\", \"NodePort\"                                                                                                                                                            |
      | a node port on a ClusterIP Service     | {port: 80, nodePort: 30080}      | type: ClusterIP         | spec.ports[0].nodePort: Forbidden: may not be used when `type` is 'ClusterIP'                                                                                                                                                                                                          |
      | an unknown protocol                    | {port: 80, protocol: HTTP}       | type: ClusterIP         | spec.ports[0].protocol: Unsupported value: \"HTTP\": supported values: \"SCTP\", \"TCP\", \"UDP\"                                                                                                                                                                                      |
      | a port name that is not a DNS label    | {name: HTTP, port: 80}           | type: ClusterIP         | spec.ports[0].name: Invalid value: \"HTTP\": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?') |
      | a target port name with an underscore  | {port: 80, targetPort: http_web} | type: ClusterIP         | spec.ports[0].targetPort: Invalid value: \"http_web\": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)                                                                                                                                                          |
      | an unknown session affinity            | {port: 80}                       | sessionAffinity: Sticky | spec.sessionAffinity: Unsupported value: \"Sticky\": supported values: \"ClientIP\", \"None\"                                                                                                                                                                                          |
      | an ExternalName Service without a name | {port: 80}                       | type: ExternalName      | spec.externalName: Required value                                                                                                                                                                                                                                                      |

  Scenario Outline: Object metadata that breaks a rule: <rule>
    When I try to apply the manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
        <field>
      spec:
        containers: [{name: web, image: nginx}]
      """
    Then the command fails with "The Pod \"web\" is invalid: <error>"
    And pod "web" does not exist

    Examples:
      | rule                           | field                             | error                                                                                                                                                                                                                                                                                                                                       |
      | a label prefix in capitals     | labels: {"Example.com/tier": web} | metadata.labels: Invalid value: \"Example.com/tier\": prefix part a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*') |
      | an annotation key with a space | annotations: {"owner team": ops}  | metadata.annotations: Invalid value: \"owner team\": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')                                       |

  Scenario: A namespace name must be a DNS label
    When I try to apply the manifest:
      """
      apiVersion: v1
      kind: Namespace
      metadata: {name: Staging}
      """
    Then the command fails with "The Namespace \"Staging\" is invalid: metadata.name: Invalid value: \"Staging\": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')"
    When I try to run "kubectl get namespace Staging"
    Then the command fails with "Error from server (NotFound): namespaces \"Staging\" not found"

  Scenario: kubectl apply cannot use a generated name
    # apply finds the object it updates by its name, which a generateName has not got yet.
    When I try to apply the manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata: {generateName: batch-}
      spec:
        containers: [{name: main, image: busybox}]
      """
    Then the command fails with "error: from batch-: cannot use generate name with apply"
    And 0 pods are Running

  Scenario: kubectl apply of an object without a name
    When I try to apply the manifest:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata: {labels: {app: web}}
      spec:
        selector: {matchLabels: {app: web}}
        template:
          metadata: {labels: {app: web}}
          spec: {containers: [{name: web, image: nginx}]}
      """
    Then the error output is:
      """
      error: error when retrieving current configuration of:
      Resource: "apps/v1, Resource=deployments", GroupVersionKind: "apps/v1, Kind=Deployment"
      Name: "", Namespace: "default"
      from server for: "STDIN": resource name may not be empty
      """
    When I run "kubectl get deployments"
    Then the output is empty
