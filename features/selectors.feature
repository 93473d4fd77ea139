Feature: Label selectors
  `kubectl get -l` takes equality-based and set-based selectors with apimachinery's semantics.

  Background:
    Given the manifest:
      """
      apiVersion: v1
      kind: List
      items:
      - apiVersion: v1
        kind: Pod
        metadata: {name: prod-a, labels: {app: kubia, env: prod}}
        spec: {containers: [{name: c, image: nginx}]}
      - apiVersion: v1
        kind: Pod
        metadata: {name: debug-b, labels: {app: kubia, env: debug}}
        spec: {containers: [{name: c, image: nginx}]}
      - apiVersion: v1
        kind: Pod
        metadata: {name: plain-c, labels: {app: other}}
        spec: {containers: [{name: c, image: nginx}]}
      """

  Scenario Outline: Selecting pods by label
    When I run "kubectl get pods -l '<selector>' -o name"
    Then the output is:
      """
      <pods>
      """

    Examples:
      | selector                 | pods                   |
      | env=prod                 | pod/prod-a             |
      | env==prod                | pod/prod-a             |
      | env!=prod                | pod/debug-b\npod/plain-c |
      | env                      | pod/debug-b\npod/prod-a  |
      | !env                     | pod/plain-c            |
      | env in (prod,devel)      | pod/prod-a             |
      | env notin (prod)         | pod/debug-b\npod/plain-c |
      | app=kubia,env=debug      | pod/debug-b            |

  Scenario: Selectors in assertions
    Then 2 pods matching "app=kubia" are Running
    And 1 pod matching "env in (prod,devel)" is Running
    And 1 pod matching "!env" is Running

  Scenario: A malformed selector is refused with the parser's message
    When I try to run "kubectl get pods -l 'a=b=c'"
    Then the command fails with "Error from server (BadRequest): Unable to find \"/v1, Resource=pods\" that match label selector \"a=b=c\", field selector \"\": found '=', expected: ',' or 'end of string'"

  Scenario: Nothing matching prints nothing on stdout
    When I run "kubectl get pods -l app=none"
    Then the output is empty
