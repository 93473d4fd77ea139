Feature: kubectl describe
  `kubectl describe` prints an object as kubectl 1.34 does: fields aligned in blocks, the pod's
  containers with their states and probes, conditions, volumes, tolerations, and the events about
  the object, oldest first, with repeated events counted.

  Scenario: The book's kubia-manual pod, half a minute after it was created
    Given the manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: kubia-manual
      spec:
        containers:
        - image: luksa/kubia
          name: kubia
          ports:
          - containerPort: 8080
            protocol: TCP
      """
    When 30 seconds pass
    And I run "kubectl describe pod kubia-manual"
    Then the output is:
      """
      Name:             kubia-manual
      Namespace:        default
      Priority:         0
      Service Account:  default
      Node:             minikube/192.168.49.2
      Start Time:       Thu, 01 Jan 2026 00:00:00 +0000
      Labels:           <none>
      Annotations:      <none>
      Status:           Running
      IP:               10.244.0.2
      IPs:
        IP:  10.244.0.2
      Containers:
        kubia:
          Container ID:   containerd://*
          Image:          luksa/kubia
          Image ID:       docker.io/luksa/kubia@sha256:*
          Port:           8080/TCP
          Host Port:      0/TCP
          State:          Running
            Started:      Thu, 01 Jan 2026 00:00:00 +0000
          Ready:          True
          Restart Count:  0
          Environment:    <none>
          Mounts:
            /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-* (ro)
      Conditions:
        Type                        Status
        PodReadyToStartContainers   True
        Initialized                 True
        Ready                       True
        ContainersReady             True
        PodScheduled                True
      Volumes:
        kube-api-access-*:
          Type:                    Projected (a volume that contains injected data from multiple sources)
          TokenExpirationSeconds:  3607
          ConfigMapName:           kube-root-ca.crt
          Optional:                false
          DownwardAPI:             true
      QoS Class:                   BestEffort
      Node-Selectors:              <none>
      Tolerations:                 node.kubernetes.io/not-ready:NoExecute op=Exists for 300s
                                   node.kubernetes.io/unreachable:NoExecute op=Exists for 300s
      Events:
        Type    Reason     Age   From               Message
        ----    ------     ----  ----               -------
        Normal  Scheduled  30s   default-scheduler  Successfully assigned default/kubia-manual to minikube
        Normal  Pulling    30s   kubelet            Pulling image "luksa/kubia"
        Normal  Pulled     30s   kubelet            Successfully pulled image "luksa/kubia" in 0s (0s including waiting). Image size: * bytes.
        Normal  Created    30s   kubelet            Created container: kubia
        Normal  Started    30s   kubelet            Started container kubia
      """

  Scenario: The book's liveness pod after its container was killed and restarted
    # The probe fails at 60, 70 and 80 s; the container ignores SIGTERM and is killed with SIGKILL
    # (exit code 137) 30 s later, at 110 s, and started again at once.
    Given the manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: kubia-liveness
      spec:
        containers:
        - image: luksa/kubia-unhealthy
          name: kubia
          livenessProbe:
            httpGet:
              path: /
              port: 8080
      """
    When 2 minutes pass
    And I run "kubectl describe pod kubia-liveness"
    Then the output is:
      """
      Name:             kubia-liveness
      Namespace:        default
      Priority:         0
      Service Account:  default
      Node:             minikube/192.168.49.2
      Start Time:       Thu, 01 Jan 2026 00:00:00 +0000
      Labels:           <none>
      Annotations:      <none>
      Status:           Running
      IP:               10.244.0.2
      IPs:
        IP:  10.244.0.2
      Containers:
        kubia:
          Container ID:   containerd://*
          Image:          luksa/kubia-unhealthy
          Image ID:       docker.io/luksa/kubia-unhealthy@sha256:*
          Port:           <none>
          Host Port:      <none>
          State:          Running
            Started:      Thu, 01 Jan 2026 00:01:50 +0000
          Last State:     Terminated
            Reason:       Error
            Exit Code:    137
            Started:      Thu, 01 Jan 2026 00:00:00 +0000
            Finished:     Thu, 01 Jan 2026 00:01:50 +0000
          Ready:          True
          Restart Count:  1
          Liveness:       http-get http://:8080/ delay=0s timeout=1s period=10s #success=1 #failure=3
          Environment:    <none>
          Mounts:
            /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-* (ro)
      Conditions:
        Type                        Status
        PodReadyToStartContainers   True
        Initialized                 True
        Ready                       True
        ContainersReady             True
        PodScheduled                True
      Volumes:
        kube-api-access-*:
          Type:                    Projected (a volume that contains injected data from multiple sources)
          TokenExpirationSeconds:  3607
          ConfigMapName:           kube-root-ca.crt
          Optional:                false
          DownwardAPI:             true
      QoS Class:                   BestEffort
      Node-Selectors:              <none>
      Tolerations:                 node.kubernetes.io/not-ready:NoExecute op=Exists for 300s
                                   node.kubernetes.io/unreachable:NoExecute op=Exists for 300s
      Events:
        Type     Reason     Age                From               Message
        ----     ------     ----               ----               -------
        Normal   Scheduled  2m                 default-scheduler  Successfully assigned default/kubia-liveness to minikube
        Warning  Unhealthy  40s (x3 over 60s)  kubelet            Liveness probe failed: HTTP probe failed with statuscode: 500
        Normal   Killing    40s                kubelet            Container kubia failed liveness probe, will be restarted
        Normal   Pulling    10s (x2 over 2m)   kubelet            Pulling image "luksa/kubia-unhealthy"
        Normal   Pulled     10s (x2 over 2m)   kubelet            Successfully pulled image "luksa/kubia-unhealthy" in 0s (0s including waiting). Image size: * bytes.
        Normal   Created    10s (x2 over 2m)   kubelet            Created container: kubia
        Normal   Started    10s (x2 over 2m)   kubelet            Started container kubia
      """

  Scenario: A node with one pod on it
    Given the manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: kubia-manual
      spec:
        containers:
        - image: luksa/kubia
          name: kubia
          ports:
          - containerPort: 8080
            protocol: TCP
      """
    When 5 minutes pass
    And I run "kubectl describe node minikube"
    Then the output is:
      """
      Name:               minikube
      Roles:              <none>
      Labels:             beta.kubernetes.io/arch=amd64
                          beta.kubernetes.io/os=linux
                          kubernetes.io/arch=amd64
                          kubernetes.io/hostname=minikube
                          kubernetes.io/os=linux
      Annotations:        node.alpha.kubernetes.io/ttl: 0
                          volumes.kubernetes.io/controller-managed-attach-detach: true
      CreationTimestamp:  Thu, 01 Jan 2026 00:00:00 +0000
      Taints:             <none>
      Unschedulable:      false
      Lease:
        HolderIdentity:  minikube
        AcquireTime:     <unset>
        RenewTime:       Thu, 01 Jan 2026 00:05:00 +0000
      Conditions:
        Type             Status  LastHeartbeatTime                 LastTransitionTime                Reason                       Message
        ----             ------  -----------------                 ------------------                ------                       -------
        MemoryPressure   False   Thu, 01 Jan 2026 00:05:00 +0000   Thu, 01 Jan 2026 00:00:00 +0000   KubeletHasSufficientMemory   kubelet has sufficient memory available
        DiskPressure     False   Thu, 01 Jan 2026 00:05:00 +0000   Thu, 01 Jan 2026 00:00:00 +0000   KubeletHasNoDiskPressure     kubelet has no disk pressure
        PIDPressure      False   Thu, 01 Jan 2026 00:05:00 +0000   Thu, 01 Jan 2026 00:00:00 +0000   KubeletHasSufficientPID      kubelet has sufficient PID available
        Ready            True    Thu, 01 Jan 2026 00:05:00 +0000   Thu, 01 Jan 2026 00:00:00 +0000   KubeletReady                 kubelet is posting ready status
      Addresses:
        InternalIP:  192.168.49.2
        Hostname:    minikube
      Capacity:
        cpu:                4
        ephemeral-storage:  100Gi
        hugepages-1Gi:      0
        hugepages-2Mi:      0
        memory:             16Gi
        pods:               110
      Allocatable:
        cpu:                4
        ephemeral-storage:  100Gi
        hugepages-1Gi:      0
        hugepages-2Mi:      0
        memory:             16Gi
        pods:               110
      System Info:
        Machine ID:
        System UUID:
        Boot ID:                    *
        Kernel Version:             6.8.0
        OS Image:                   Debian GNU/Linux 12 (bookworm)
        Operating System:           linux
        Architecture:               amd64
        Container Runtime Version:  containerd://2.1.3
        Kubelet Version:            v1.34.0
        Kube-Proxy Version:
      PodCIDR:                      10.244.0.0/24
      PodCIDRs:                     10.244.0.0/24
      Non-terminated Pods:          (1 in total)
        Namespace                   Name            CPU Requests  CPU Limits  Memory Requests  Memory Limits  Age
        ---------                   ----            ------------  ----------  ---------------  -------------  ---
        default                     kubia-manual    0 (0%)        0 (0%)      0 (0%)           0 (0%)         5m
      Allocated resources:
        (Total limits may be over 100 percent, i.e., overcommitted.)
        Resource           Requests  Limits
        --------           --------  ------
        cpu                0 (0%)    0 (0%)
        memory             0 (0%)    0 (0%)
        ephemeral-storage  0 (0%)    0 (0%)
        hugepages-1Gi      0 (0%)    0 (0%)
        hugepages-2Mi      0 (0%)    0 (0%)
      Events:
        Type    Reason                   Age   From             Message
        ----    ------                   ----  ----             -------
        Normal  Starting                 5m    kubelet          Starting kubelet.
        Normal  NodeHasSufficientMemory  5m    kubelet          Node minikube status is now: NodeHasSufficientMemory
        Normal  NodeHasNoDiskPressure    5m    kubelet          Node minikube status is now: NodeHasNoDiskPressure
        Normal  NodeHasSufficientPID     5m    kubelet          Node minikube status is now: NodeHasSufficientPID
        Normal  NodeAllocatableEnforced  5m    kubelet          Updated Node Allocatable limit across pods
        Normal  RegisteredNode           5m    node-controller  Node minikube event: Registered Node minikube in Controller
      """

  Scenario: Describing by name prefix, and what is not there
    Given the manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: kubia-manual
      spec:
        containers:
        - image: luksa/kubia
          name: kubia
          ports:
          - containerPort: 8080
            protocol: TCP
      """
    When I run "kubectl describe pods kubia --show-events=false"
    Then the output contains "Name:             kubia-manual"
    And the output does not contain "Events:"
    When I try to run "kubectl describe pod nginx"
    Then the command fails with "Error from server (NotFound): pods \"nginx\" not found"
    When I run "kubectl describe pods -l app=none"
    Then the output is empty
