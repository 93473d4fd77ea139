Feature: Namespaces
  A namespace gets its default ServiceAccount and the kube-root-ca.crt ConfigMap. Deleting it
  makes it Terminating while the namespace controller deletes everything in it; nothing new may
  be created there meanwhile, and it goes once it is empty. Some namespaces may not be deleted.

  Background:
    Given the manifest:
      """
      apiVersion: v1
      kind: Namespace
      metadata:
        name: custom-namespace
      """

  Scenario: A new namespace gets its default ServiceAccount and the cluster's CA
    When I run "kubectl get sa,cm -n custom-namespace"
    Then the output is:
      """
      NAME                     SECRETS   AGE
      serviceaccount/default   0         0s

      NAME                         DATA   AGE
      configmap/kube-root-ca.crt   1      0s
      """

  Scenario: A deleted namespace terminates with its content, then goes
    Given the manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata: {name: kubia-manual, namespace: custom-namespace}
      spec:
        containers: [{name: kubia, image: luksa/kubia}]
      """
    When I run "kubectl delete ns custom-namespace --wait=false"
    Then the output is:
      """
      namespace "custom-namespace" deleted
      """
    # The namespace controller looks 5 s after each change to the namespace (namespaceDeletionGracePeriod).
    When 5 seconds pass
    Then the namespace "custom-namespace" matches:
      """
      status:
        phase: Terminating
        conditions:
        - type: NamespaceDeletionDiscoveryFailure
          status: "False"
        - type: NamespaceDeletionGroupVersionParsingFailure
        - type: NamespaceDeletionContentFailure
        - type: NamespaceContentRemaining
          status: "True"
          reason: SomeResourcesRemain
          message: "Some resources are remaining: pods. has 1 resource instances"
      """
    When I run "kubectl get pods -n custom-namespace"
    Then the output shows:
      | NAME         | STATUS      |
      | kubia-manual | Terminating |
    # luksa/kubia ignores SIGTERM: the pod takes its 30 s grace period. The controller is not told
    # when it goes: it looks again estimate/2 + 1 = 16 s after each pass (at 10 s — its own status
    # write woke it — 26 s and 42 s), so the namespace goes 42 s after its deletion.
    And for 36 seconds, the namespace "custom-namespace" matches:
      """
      status:
        phase: Terminating
      """
    And within 2 seconds, the namespace "custom-namespace" does not exist
    When I try to run "kubectl get ns custom-namespace"
    Then the command fails with "Error from server (NotFound): namespaces \"custom-namespace\" not found"

  Scenario: Nothing new goes into a terminating namespace
    Given the manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata: {name: slow, namespace: custom-namespace}
      spec:
        containers: [{name: kubia, image: luksa/kubia}]
      """
    When I run "kubectl delete namespace custom-namespace --wait=false"
    And I try to run "kubectl run other --image=nginx -n custom-namespace"
    Then the command fails with "Error from server (Forbidden): pods \"other\" is forbidden: unable to create new content in namespace custom-namespace because it is being terminated"

  Scenario Outline: The namespaces a cluster needs may not be deleted
    When I try to run "kubectl delete namespace <namespace>"
    Then the command fails with "Error from server (Forbidden): namespaces \"<namespace>\" is forbidden: this namespace may not be deleted"

    Examples:
      | namespace   |
      | default     |
      | kube-system |
      | kube-public |
