Feature: Manifests in files
  A manifest named in a step is looked up next to the feature file first, then in the working
  directory, and applied as `kubectl apply -f` would.

  Scenario: Pods from a manifest file, then kubectl commands on them
    Given the manifest "manifests/web-pod.yaml"
    When I apply the manifest "manifests/web-pod.yaml"
    Then pod "web" is Running
    When I run:
      """
      $ kubectl label pod web tier=frontend
      $ kubectl get pods -L tier
      """
    Then the output shows:
      | NAME | STATUS  | TIER     |
      | web  | Running | frontend |

  Scenario: A manifest file the API server refuses
    When I try to apply the manifest "manifests/web-pod-without-image.yaml"
    Then the command fails with "spec.containers[0].image: Required value"
    And pod "web" does not exist
