Feature: Deployments roll out new versions of their pods
  A Deployment owns a ReplicaSet per pod template, named after the template's hash; a new
  template is rolled out by growing the new ReplicaSet and shrinking the old ones within
  maxSurge and maxUnavailable (25% each by default), or all at once with Recreate. Revisions
  are kept for `kubectl rollout undo`.

  Background:
    Given a cluster with 3 nodes

  Scenario: kubectl create deployment makes a Deployment, a ReplicaSet and its pods
    When I run "kubectl create deployment web --image=nginx --replicas=3"
    Then the output is:
      """
      deployment.apps/web created
      """
    And 3 pods of deployment "web" are Running
    When I run "kubectl get deploy,rs"
    Then the output is:
      """
      NAME                  READY   UP-TO-DATE   AVAILABLE   AGE
      deployment.apps/web   3/3     3            3           0s

      NAME*DESIRED   CURRENT   READY   AGE
      replicaset.apps/web-*   3         3         3       0s
      """
    When I run "kubectl get pods"
    Then the output shows:
      | NAME    | STATUS  |
      | web-*-* | Running |
      | web-*-* | Running |
      | web-*-* | Running |

  Scenario: A Deployment that exists already is not created again
    Given a Deployment "web" with 1 replica
    When I try to run "kubectl create deployment web --image=nginx"
    Then the command fails with 'error: failed to create deployment: deployments.apps "web" already exists'

  Scenario: The defaults are filled in and the revision recorded
    Given a Deployment "web" with 2 replicas
    Then the deployment "web" matches:
      """
      metadata:
        generation: 1
        annotations:
          deployment.kubernetes.io/revision: "1"
      spec:
        progressDeadlineSeconds: 600
        revisionHistoryLimit: 10
        strategy:
          type: RollingUpdate
          rollingUpdate:
            maxSurge: 25%
            maxUnavailable: 25%
      status:
        observedGeneration: 1
        replicas: 2
        updatedReplicas: 2
        readyReplicas: 2
        availableReplicas: 2
        conditions:
        - type: Available
          status: "True"
          reason: MinimumReplicasAvailable
        - type: Progressing
          status: "True"
          reason: NewReplicaSetAvailable
      """

  Scenario: Scaling a Deployment scales its ReplicaSet
    Given a Deployment "web" with 2 replicas
    When I run "kubectl scale deployment web --replicas=5"
    Then the output is:
      """
      deployment.apps/web scaled
      """
    And 5 pods of deployment "web" are Running
    And an event "ScalingReplicaSet" is recorded for deployment "web"

  Scenario: A rolling update never drops below the minimum available, nor exceeds the surge
    Given the image "nginx:1.27" takes 10 seconds to start
    And a Deployment "web" with 4 replicas
    When I run "kubectl set image deployment/web web=nginx:1.27"
    Then the output is:
      """
      deployment.apps/web image updated
      """
    And for 2 minutes, at least 3 pods matching "app=web" are Running
    And 4 pods matching "app=web" are Running
    And at most 5 pods matching "app=web" ran at the same time
    And 8 pods matching "app=web" were created in total
    When I run "kubectl get rs"
    Then the output shows:
      | NAME  | DESIRED | CURRENT | READY |
      | web-* | 4       | 4       | 4     |
      | web-* | 0       | 0       | 0     |

  Scenario: rollout status --watch=false reports the rollout as far as it has gone
    Given the image "nginx:1.27" takes 10 seconds to start
    And a Deployment "web" with 4 replicas
    When I run "kubectl set image deployment/web web=nginx:1.27"
    And I run "kubectl rollout status deployment/web --watch=false"
    Then the output is:
      """
      Waiting for deployment "web" rollout to finish: 2 out of 4 new replicas have been updated...
      """
    When 1 minute passes
    And I run "kubectl rollout status deployment/web --watch=false"
    Then the output is:
      """
      deployment "web" successfully rolled out
      """

  Scenario: rollout status watches until the rollout is done, the clock moving meanwhile
    # One message per change of the Deployment, as kubectl prints one per watch event: two new
    # pods start (10 s), the next two (10 s more), then the last old one goes.
    Given the image "nginx:1.27" takes 10 seconds to start
    And a Deployment "web" with 4 replicas
    When I run the session:
      """
      $ kubectl set image deployment/web web=nginx:1.27
      deployment.apps/web image updated
      $ kubectl rollout status deployment/web
      Waiting for deployment "web" rollout to finish: 2 out of 4 new replicas have been updated...
      Waiting for deployment "web" rollout to finish: 2 out of 4 new replicas have been updated...
      Waiting for deployment "web" rollout to finish: 2 out of 4 new replicas have been updated...
      Waiting for deployment "web" rollout to finish: 1 old replicas are pending termination...
      Waiting for deployment "web" rollout to finish: 1 old replicas are pending termination...
      deployment "web" successfully rolled out
      $ kubectl get deployment web
      NAME   READY   UP-TO-DATE   AVAILABLE   AGE
      web    4/4     4            4           20s
      """

  Scenario: rollout status gives up at its timeout
    Given the image "nginx:1.27" takes 10 seconds to start
    And a Deployment "web" with 4 replicas
    When I run "kubectl set image deployment/web web=nginx:1.27"
    And I try to run "kubectl rollout status deployment/web --timeout=5s"
    Then the command fails with "error: timed out waiting for the condition"
    And the output contains "Waiting for deployment \"web\" rollout to finish: 2 out of 4 new replicas have been updated..."
    And 2 pods matching "app=web" are ContainerCreating

  Scenario: Recreate stops every old pod before starting the new ones
    Given the manifest:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        replicas: 3
        strategy:
          type: Recreate
        selector:
          matchLabels:
            app: web
        template:
          metadata:
            labels:
              app: web
          spec:
            containers:
            - name: web
              image: nginx
      """
    When I run "kubectl set image deployment/web web=nginx:1.27"
    And 1 minute passes
    Then 3 pods matching "app=web" are Running
    And 6 pods matching "app=web" were created in total
    And at most 3 pods matching "app=web" ran at the same time

  Scenario: rollout history lists the revisions with their change causes
    Given a Deployment "web" with 2 replicas
    When I run "kubectl set image deployment/web web=nginx:1.27 --record"
    And 1 minute passes
    And I run "kubectl rollout history deployment/web"
    Then the output is:
      """
      deployment.apps/web 
      REVISION  CHANGE-CAUSE
      1         <none>
      2         kubectl set image deployment/web web=nginx:1.27 --record=true

      """

  Scenario: rollout undo goes back to the previous revision
    Given a Deployment "web" with 2 replicas
    When I run "kubectl set image deployment/web web=nginx:1.27"
    And 1 minute passes
    And I run "kubectl rollout undo deployment/web"
    Then the output is:
      """
      deployment.apps/web rolled back
      """
    When 1 minute passes
    Then the deployment "web" matches:
      """
      metadata:
        annotations:
          deployment.kubernetes.io/revision: "3"
      spec:
        template:
          spec:
            containers:
            - name: web
              image: nginx
      """
    When I run "kubectl rollout history deployment/web"
    Then the output is:
      """
      deployment.apps/web 
      REVISION  CHANGE-CAUSE
      2         <none>
      3         <none>

      """

  Scenario: rollout undo refuses a revision that does not exist, and a Deployment without history
    Given a Deployment "web" with 2 replicas
    When I try to run "kubectl rollout undo deployment/web"
    Then the command fails with 'error: no rollout history found for deployment "web"'
    When I try to run "kubectl rollout undo deployment/web --to-revision=5"
    Then the command fails with "error: unable to find specified revision 5 in history"

  Scenario: A paused Deployment does not roll out until resumed
    Given a Deployment "web" with 2 replicas
    When I run "kubectl rollout pause deployment/web"
    And I run "kubectl set image deployment/web web=nginx:1.27"
    And 1 minute passes
    Then 2 pods matching "app=web" were created in total
    When I run "kubectl rollout resume deployment/web"
    Then the output is:
      """
      deployment.apps/web resumed
      """
    And within 1 minute, 4 pods matching "app=web" were created in total

  Scenario: Resizing during a rollout is shared proportionally between the ReplicaSets
    Given the image "nginx:1.27" takes 1 hour to start
    And a Deployment "web" with 10 replicas
    When I run "kubectl set image deployment/web web=nginx:1.27"
    And I run "kubectl get rs"
    Then the output shows:
      | NAME  | DESIRED |
      | web-* | 8       |
      | web-* | 5       |
    When I run "kubectl scale deployment web --replicas=20"
    And I run "kubectl get rs"
    Then the output shows:
      | NAME  | DESIRED |
      | web-* | 15      |
      | web-* | 10      |

  Scenario: A rollout that makes no progress exceeds its deadline
    Given the image "nginx:1.27" takes 1 hour to start
    And the manifest:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        replicas: 2
        progressDeadlineSeconds: 60
        selector:
          matchLabels:
            app: web
        template:
          metadata:
            labels:
              app: web
          spec:
            containers:
            - name: web
              image: nginx
      """
    When I run "kubectl set image deployment/web web=nginx:1.27"
    Then within 2 minutes, the deployment "web" matches:
      """
      status:
        conditions:
        - type: Available
        - type: Progressing
          status: "False"
          reason: ProgressDeadlineExceeded
      """
    When I try to run "kubectl rollout status deployment/web"
    Then the command fails with 'error: deployment "web" exceeded its progress deadline'

  Scenario: Old ReplicaSets beyond the revision history limit are deleted
    Given the manifest:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        replicas: 1
        revisionHistoryLimit: 1
        selector:
          matchLabels:
            app: web
        template:
          metadata:
            labels:
              app: web
          spec:
            containers:
            - name: web
              image: nginx
      """
    When I run "kubectl set image deployment/web web=nginx:1.26"
    And 1 minute passes
    And I run "kubectl set image deployment/web web=nginx:1.27"
    And 1 minute passes
    And I run "kubectl get rs"
    Then the output shows:
      | NAME  | DESIRED |
      | web-* | 1       |
      | web-* | 0       |

  Scenario: maxSurge and maxUnavailable cannot both be zero
    When I try to apply the manifest:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        strategy:
          rollingUpdate:
            maxSurge: 0
            maxUnavailable: 0
        selector:
          matchLabels:
            app: web
        template:
          metadata:
            labels:
              app: web
          spec:
            containers:
            - name: web
              image: nginx
      """
    Then the command fails with 'The Deployment "web" is invalid: spec.strategy.rollingUpdate.maxUnavailable: Invalid value: 0: may not be 0 when `maxSurge` is 0'

  Scenario: A Deployment's selector cannot change
    Given a Deployment "web" with 1 replica
    When I try to apply the manifest:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        selector:
          matchLabels:
            app: web2
        template:
          metadata:
            labels:
              app: web2
          spec:
            containers:
            - name: web
              image: nginx
      """
    Then the command fails with 'The Deployment "web" is invalid: spec.selector: Invalid value: {"matchLabels":{"app":"web2"}}: field is immutable'
    And 1 pod matching "app=web" is Running
