Feature: Service types as the API server allocates them and kubectl shows them
  Every Service but an ExternalName one gets a cluster IP from 10.96.0.0/12 (10.96.0.1 is the
  `kubernetes` Service's); NodePort and LoadBalancer ones also get a node port from 30000-32767
  unless they ask for one. Without a cloud provider a LoadBalancer stays `<pending>`.

  Scenario: NodePort and LoadBalancer Services in kubectl get svc
    Given the manifest "../../shared/book/Chapter05/kubia-svc-nodeport.yaml"
    And the manifest "../../shared/book/Chapter05/kubia-svc-loadbalancer.yaml"
    When I run "kubectl get svc"
    Then the output shows:
      | NAME               | TYPE         | CLUSTER-IP | EXTERNAL-IP | PORT(S)      |
      | kubernetes         | ClusterIP    | 10.96.0.1  | <none>      | 443/TCP      |
      | kubia-loadbalancer | LoadBalancer | 10.*       | <pending>   | 80:3*/TCP    |
      | kubia-nodeport     | NodePort     | 10.*       | <none>      | 80:30123/TCP |
    When I run "kubectl get svc kubia-nodeport -o wide"
    Then the output shows:
      | NAME           | SELECTOR  |
      | kubia-nodeport | app=kubia |

  Scenario: The API server fills in a Service's defaults
    Given the manifest "../../shared/book/Chapter05/kubia-svc-loadbalancer.yaml"
    Then the service "kubia-loadbalancer" matches:
      """
      spec:
        type: LoadBalancer
        sessionAffinity: None
        externalTrafficPolicy: Cluster
        internalTrafficPolicy: Cluster
        allocateLoadBalancerNodePorts: true
        ipFamilies: [IPv4]
        ipFamilyPolicy: SingleStack
        ports:
        - port: 80
          protocol: TCP
          targetPort: 8080
      status:
        loadBalancer: {}
      """

  Scenario: A headless Service has no cluster IP
    Given the manifest "../../shared/book/Chapter05/kubia-svc-headless.yaml"
    When I run "kubectl get svc kubia-headless"
    Then the output shows:
      | NAME           | TYPE      | CLUSTER-IP | PORT(S) |
      | kubia-headless | ClusterIP | None       | 80/TCP  |

  Scenario: An ExternalName Service is an alias, without cluster IP or endpoints
    Given the manifest "../../shared/book/Chapter05/external-service-externalname.yaml"
    When I run "kubectl get svc external-service"
    Then the output shows:
      | NAME             | TYPE         | CLUSTER-IP | EXTERNAL-IP         | PORT(S) |
      | external-service | ExternalName | <none>     | api.somecompany.com | 80/TCP  |
    When I try to run "kubectl get endpoints external-service"
    Then the command fails with "Error from server (NotFound): endpoints \"external-service\" not found"

  Scenario: Changing a Service to NodePort allocates a node port, and back releases it
    Given the manifest "../../shared/book/Chapter05/kubia-svc.yaml"
    When I apply the manifest:
      """
      apiVersion: v1
      kind: Service
      metadata: {name: kubia}
      spec:
        type: NodePort
        ports: [{port: 80, targetPort: 8080, nodePort: 30080}]
        selector: {app: kubia}
      """
    Then the service "kubia" matches:
      """
      spec:
        type: NodePort
        externalTrafficPolicy: Cluster
        ports:
        - nodePort: 30080
      """
    When I apply the manifest "../../shared/book/Chapter05/kubia-svc.yaml"
    And I run "kubectl get svc kubia"
    Then the output shows:
      | NAME  | TYPE      | PORT(S) |
      | kubia | ClusterIP | 80/TCP  |
    When I apply the manifest:
      """
      apiVersion: v1
      kind: Service
      metadata: {name: other}
      spec:
        type: NodePort
        ports: [{port: 80, nodePort: 30080}]
      """
    And I run "kubectl get svc other"
    Then the output shows:
      | NAME  | PORT(S)      |
      | other | 80:30080/TCP |
