Feature: Sessions from the book: jobs
  Kubernetes in Action, chapter 4: the batch job's pod runs for two minutes and stays Completed;
  a job of five completions runs them one after the other. (`kubectl get po -a` of the book is
  gone: kubectl lists completed pods by default.)

  Background:
    Given a cluster with 2 nodes
    And the random seed is 1

  Scenario: A job's pod goes from Running to Completed
    Given the file "batch-job.yaml":
      """
      apiVersion: batch/v1
      kind: Job
      metadata:
        name: batch-job
      spec:
        template:
          metadata:
            labels:
              app: batch-job
          spec:
            restartPolicy: OnFailure
            containers:
            - name: main
              image: luksa/batch-job
      """
    When I run the session:
      """
      $ kubectl create -f batch-job.yaml
      job.batch/batch-job created
      $ kubectl get jobs
      NAME        STATUS    COMPLETIONS   DURATION   AGE
      batch-job   Running   0/1           0s         0s
      $ kubectl get po
      NAME              READY   STATUS    RESTARTS   AGE
      batch-job-mbsxl   1/1     Running   0          0s
      """
    When 2 minutes 5 seconds pass
    And I run the session:
      """
      $ kubectl get po
      NAME              READY   STATUS      RESTARTS   AGE
      batch-job-mbsxl   0/1     Completed   0          2m5s
      $ kubectl get jobs
      NAME        STATUS     COMPLETIONS   DURATION   AGE
      batch-job   Complete   1/1           *          2m5s
      $ kubectl get jobs -o wide
      NAME        STATUS     COMPLETIONS   DURATION   AGE    CONTAINERS   IMAGES            SELECTOR
      batch-job   Complete   1/1           *          2m5s   main         luksa/batch-job   batch.kubernetes.io/controller-uid=*
      """

  Scenario: A job of five completions runs its pods one after the other
    Given the file "multi-completion-batch-job.yaml":
      """
      apiVersion: batch/v1
      kind: Job
      metadata:
        name: multi-completion-batch-job
      spec:
        completions: 5
        template:
          metadata:
            labels:
              app: batch-job
          spec:
            restartPolicy: OnFailure
            containers:
            - name: main
              image: luksa/batch-job
      """
    When I run "kubectl create -f multi-completion-batch-job.yaml"
    And 1 minute passes
    And I run the session:
      """
      $ kubectl get po
      NAME                               READY   STATUS    RESTARTS   AGE
      multi-completion-batch-job-mbsxl   1/1     Running   0          60s
      $ kubectl get jobs
      NAME                         STATUS    COMPLETIONS   DURATION   AGE
      multi-completion-batch-job   Running   0/5           60s        60s
      """
    When 65 seconds pass
    And I run the session:
      """
      $ kubectl get po
      NAME                               READY   STATUS      RESTARTS   AGE
      multi-completion-batch-job-jwtp2   1/1     Running     0          4s
      multi-completion-batch-job-mbsxl   0/1     Completed   0          2m5s
      $ kubectl get jobs
      NAME                         STATUS    COMPLETIONS   DURATION   AGE
      multi-completion-batch-job   Running   1/5           2m5s       2m5s
      """
    When 8 minutes pass
    And I run the session:
      """
      $ kubectl get jobs
      NAME                         STATUS     COMPLETIONS   DURATION   AGE
      multi-completion-batch-job   Complete   5/5           10m        10m
      $ kubectl get po -l app=batch-job -o name
      pod/multi-completion-batch-job-d8b7k
      pod/multi-completion-batch-job-jbzzd
      pod/multi-completion-batch-job-jwtp2
      pod/multi-completion-batch-job-mbsxl
      pod/multi-completion-batch-job-qdk2q
      """

  Scenario: Two of the five completions at a time
    Given the manifest:
      """
      apiVersion: batch/v1
      kind: Job
      metadata:
        name: multi-completion-batch-job
      spec:
        completions: 5
        parallelism: 2
        template:
          metadata:
            labels:
              app: batch-job
          spec:
            restartPolicy: OnFailure
            containers:
            - name: main
              image: luksa/batch-job
      """
    When 30 seconds pass
    And I run the session:
      """
      $ kubectl get po
      NAME                               READY   STATUS    RESTARTS   AGE
      multi-completion-batch-job-*       1/1     Running   0          30s
      multi-completion-batch-job-*       1/1     Running   0          30s
      $ kubectl get jobs
      NAME                         STATUS    COMPLETIONS   DURATION   AGE
      multi-completion-batch-job   Running   0/5           30s        30s
      """
