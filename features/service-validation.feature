Feature: Services the API server refuses
  Bad Services are refused with the API server's messages, and nothing is created or changed.

  Scenario: An unknown field is refused by strict decoding
    # The book's manifest says publishNotReadyEndpoints; the field is publishNotReadyAddresses.
    When I try to apply the manifest "../../shared/book/Chapter05/kubia-svc-publish-not-ready.yaml"
    Then the command fails with "Service in version \"v1\" cannot be handled as a Service: strict decoding error: unknown field \"spec.publishNotReadyEndpoints\""
    When I try to run "kubectl get svc kubia-all"
    Then the command fails with "services \"kubia-all\" not found"

  Scenario: A node port already taken is refused
    Given the manifest "../../shared/book/Chapter05/kubia-svc-nodeport.yaml"
    When I try to apply the manifest:
      """
      apiVersion: v1
      kind: Service
      metadata: {name: clash}
      spec:
        type: NodePort
        selector: {app: clash}
        ports: [{port: 80, nodePort: 30123}]
      """
    Then the command fails with "The Service \"clash\" is invalid: spec.ports[0].nodePort: Invalid value: 30123: provided port is already allocated"
    When I try to run "kubectl get svc clash"
    Then the command fails with "not found"

  Scenario: A node port outside the range is refused
    When I try to apply the manifest:
      """
      apiVersion: v1
      kind: Service
      metadata: {name: low}
      spec:
        type: NodePort
        ports: [{port: 80, nodePort: 8080}]
      """
    Then the command fails with "spec.ports[0].nodePort: Invalid value: 8080: provided port is not in the valid range. The range of valid ports is 30000-32767"

  Scenario: Several ports need names, and ports must be in range
    When I try to apply the manifest:
      """
      apiVersion: v1
      kind: Service
      metadata: {name: ports}
      spec:
        selector: {app: kubia}
        ports:
        - port: 80
        - port: 70000
          name: big
      """
    Then the command fails with "The Service \"ports\" is invalid:"
    And the command fails with "* spec.ports[0].name: Required value"
    And the command fails with "* spec.ports[1].port: Invalid value: 70000: must be between 1 and 65535, inclusive"
    And the command fails with "* spec.ports[1].targetPort: Invalid value: 70000: must be between 1 and 65535, inclusive"

  Scenario: A Service needs ports
    When I try to apply the manifest:
      """
      apiVersion: v1
      kind: Service
      metadata: {name: noports}
      spec:
        selector: {app: kubia}
      """
    Then the command fails with "The Service \"noports\" is invalid: spec.ports: Required value"

  Scenario: Duplicate ports are refused
    When I try to apply the manifest:
      """
      apiVersion: v1
      kind: Service
      metadata: {name: twice}
      spec:
        ports:
        - {name: a, port: 80}
        - {name: b, port: 80}
      """
    Then the command fails with "spec.ports[1]: Duplicate value: core.ServicePort{Name:\"\", Protocol:\"TCP\", AppProtocol:(*string)(nil), Port:80, TargetPort:intstr.IntOrString{Type:0, IntVal:0, StrVal:\"\"}, NodePort:0}"

  Scenario: A cluster IP cannot change, and one already taken cannot be had
    Given the manifest "../../shared/book/Chapter05/kubia-svc.yaml"
    When I try to apply the manifest:
      """
      apiVersion: v1
      kind: Service
      metadata: {name: kubia}
      spec:
        clusterIP: 10.96.100.100
        ports: [{port: 80, targetPort: 8080}]
        selector: {app: kubia}
      """
    Then the command fails with "may not change once set"
    When I try to apply the manifest:
      """
      apiVersion: v1
      kind: Service
      metadata: {name: copycat}
      spec:
        clusterIP: 10.96.0.1
        ports: [{port: 443}]
      """
    Then the command fails with "The Service \"copycat\" is invalid: spec.clusterIPs: Invalid value: []string{\"10.96.0.1\"}: failed to allocate IP 10.96.0.1: provided IP is already allocated"

  Scenario: A Service name must be a DNS-1035 label and a selector must be valid labels
    When I try to apply the manifest:
      """
      apiVersion: v1
      kind: Service
      metadata: {name: 1kubia}
      spec:
        selector: {app: "bad value!"}
        ports: [{port: 80}]
      """
    Then the command fails with "metadata.name: Invalid value: \"1kubia\": a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character"
    And the command fails with "spec.selector: Invalid value: \"bad value!\""
