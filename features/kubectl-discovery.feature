Feature: What kubectl learns about the API: api-resources and version
  `kubectl api-resources` lists the simulated API's types in each group's preferred version,
  sorted by group then name; `kubectl version` reports the client (kubectl 1.34) and the server
  (the scenario's release), warning when they are more than one minor release apart.

  Scenario: The resource types of the simulated API
    When I run "kubectl api-resources"
    Then the output is:
      """
      NAME                       SHORTNAMES   APIVERSION               NAMESPACED   KIND
      configmaps                 cm           v1                       true         ConfigMap
      endpoints                  ep           v1                       true         Endpoints
      events                     ev           v1                       true         Event
      namespaces                 ns           v1                       false        Namespace
      nodes                      no           v1                       false        Node
      pods                       po           v1                       true         Pod
      replicationcontrollers     rc           v1                       true         ReplicationController
      secrets                                 v1                       true         Secret
      serviceaccounts            sa           v1                       true         ServiceAccount
      services                   svc          v1                       true         Service
      controllerrevisions                     apps/v1                  true         ControllerRevision
      daemonsets                 ds           apps/v1                  true         DaemonSet
      deployments                deploy       apps/v1                  true         Deployment
      replicasets                rs           apps/v1                  true         ReplicaSet
      statefulsets               sts          apps/v1                  true         StatefulSet
      horizontalpodautoscalers   hpa          autoscaling/v2           true         HorizontalPodAutoscaler
      cronjobs                   cj           batch/v1                 true         CronJob
      jobs                                    batch/v1                 true         Job
      leases                                  coordination.k8s.io/v1   true         Lease
      endpointslices                          discovery.k8s.io/v1      true         EndpointSlice
      ingresses                  ing          networking.k8s.io/v1     true         Ingress
      poddisruptionbudgets       pdb          policy/v1                true         PodDisruptionBudget
      """

  Scenario: Filtering and sorting the list
    When I run the session:
      """
      $ kubectl api-resources --namespaced=false
      NAME         SHORTNAMES   APIVERSION   NAMESPACED   KIND
      namespaces   ns           v1           false        Namespace
      nodes        no           v1           false        Node
      $ kubectl api-resources --api-group=batch -o wide
      NAME       SHORTNAMES   APIVERSION   NAMESPACED   KIND      VERBS                                                        CATEGORIES
      cronjobs   cj           batch/v1     true         CronJob   create,delete,deletecollection,get,list,patch,update,watch   all
      jobs                    batch/v1     true         Job       create,delete,deletecollection,get,list,patch,update,watch   all
      $ kubectl api-resources --categories=all -o name
      pods
      replicationcontrollers
      services
      daemonsets.apps
      deployments.apps
      replicasets.apps
      statefulsets.apps
      horizontalpodautoscalers.autoscaling
      cronjobs.batch
      jobs.batch
      $ kubectl api-resources --api-group=apps --sort-by=kind --no-headers
      controllerrevisions            apps/v1   true   ControllerRevision
      daemonsets            ds       apps/v1   true   DaemonSet
      deployments           deploy   apps/v1   true   Deployment
      replicasets           rs       apps/v1   true   ReplicaSet
      statefulsets          sts      apps/v1   true   StatefulSet
      $ kubectl api-resources --sort-by=age
      error: --sort-by accepts only name or kind
      """

  Scenario: An older release serves older versions
    Given the Kubernetes version is "1.22"
    When I run "kubectl api-resources --api-group=autoscaling"
    Then the output is:
      """
      NAME                       SHORTNAMES   APIVERSION       NAMESPACED   KIND
      horizontalpodautoscalers   hpa          autoscaling/v1   true         HorizontalPodAutoscaler
      """

  Scenario: Client and server versions
    When I run the session:
      """
      $ kubectl version
      Client Version: v1.34.0
      Kustomize Version: v5.7.1
      Server Version: v1.34.0
      $ kubectl version --client
      Client Version: v1.34.0
      Kustomize Version: v5.7.1
      """

  Scenario: A server more than one minor release away is warned about
    Given the Kubernetes version is "1.24"
    When I run the session:
      """
      $ kubectl version
      Client Version: v1.34.0
      Kustomize Version: v5.7.1
      Server Version: v1.24.0
      Warning: version difference between client (1.34) and server (1.24) exceeds the supported minor version skew of +/-1
      """
