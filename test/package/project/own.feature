Feature: A project that installed kubespec
  Its own feature, kubespec's steps, and a step of its own that reads the cluster.

  Scenario: kubespec's steps and the project's step in one scenario
    Given a cluster with 2 nodes
    And a pod "web"
    Then pod "web" is Running
    And the cluster has 2 Ready nodes

  Scenario: The timeline of a crash loop
    Given the image "example/crash" runs for 10 seconds and exits with code 1
    And a pod "worker" of image "example/crash"
    Then within 2 minutes, pod "worker" is CrashLoopBackOff
