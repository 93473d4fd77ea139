/**
 * What the Kubernetes 1.34 Go types have that kubernetes-types 1.30 lacks, for the kinds the
 * simulator serves. Every entry was checked against the `types.go` files of kubernetes/api at
 * tags v0.30.0 and v0.34.9 (the release noted on each line is the first tag carrying the field).
 * Feature-gated fields are listed too: the decoder knows a field whatever its gate says; only
 * the registry strategy drops the values of disabled gates.
 */
import type { Schema, StructSchema, TypeRef } from './type-ref';

/** Fields added to existing structs. */
export const ADDED_FIELDS: Readonly<Record<string, StructSchema>> = {
  'apps/v1.DeploymentStatus': { terminatingReplicas: 'integer' }, // 1.33
  'apps/v1.ReplicaSetStatus': { terminatingReplicas: 'integer' }, // 1.33
  'autoscaling/v2.HPAScalingRules': { tolerance: 'Quantity' }, // 1.33
  'coordination/v1.LeaseSpec': { preferredHolder: 'string', strategy: 'string' }, // 1.31
  'core/v1.Container': { restartPolicyRules: { array: 'core/v1.ContainerRestartRule' } }, // 1.34
  'core/v1.ContainerStatus': {
    allocatedResourcesStatus: { array: 'core/v1.ResourceStatus' }, // 1.31
    stopSignal: 'string', // 1.33
    user: 'core/v1.ContainerUser', // 1.31
  },
  'core/v1.EnvVarSource': { fileKeyRef: 'core/v1.FileKeySelector' }, // 1.34
  'core/v1.EphemeralContainer': { restartPolicyRules: { array: 'core/v1.ContainerRestartRule' } }, // 1.34
  'core/v1.Lifecycle': { stopSignal: 'string' }, // 1.33
  'core/v1.NodeRuntimeHandlerFeatures': { userNamespaces: 'boolean' }, // 1.31
  'core/v1.NodeStatus': { features: 'core/v1.NodeFeatures' }, // 1.31
  'core/v1.NodeSystemInfo': { swap: 'core/v1.NodeSwapStatus' }, // 1.33
  'core/v1.PodCondition': { observedGeneration: 'integer' }, // 1.33
  'core/v1.PodResourceClaim': { resourceClaimName: 'string', resourceClaimTemplateName: 'string' }, // 1.31
  'core/v1.PodSecurityContext': {
    seLinuxChangePolicy: 'string', // 1.32
    supplementalGroupsPolicy: 'string', // 1.31
  },
  'core/v1.PodSpec': {
    hostnameOverride: 'string', // 1.34
    resources: 'core/v1.ResourceRequirements', // 1.32, pod-level resources
  },
  'core/v1.PodStatus': {
    extendedResourceClaimStatus: 'core/v1.PodExtendedResourceClaimStatus', // 1.34
    observedGeneration: 'integer', // 1.33
  },
  'core/v1.ResourceClaim': { request: 'string' }, // 1.31
  'core/v1.Volume': { image: 'core/v1.ImageVolumeSource' }, // 1.31
  'core/v1.VolumeProjection': { podCertificate: 'core/v1.PodCertificateProjection' }, // 1.34
  'discovery/v1.EndpointHints': { forNodes: { array: 'discovery/v1.ForNode' } }, // 1.33
  'meta/v1.DeleteOptions': { ignoreStoreReadErrorWithClusterBreakingPotential: 'boolean' }, // 1.32
};

/** Fields 1.34 no longer has: sending them is an unknown-field error. */
export const REMOVED_FIELDS: Readonly<Record<string, readonly string[]>> = {
  // 1.31 replaced `source: {resourceClaimName, resourceClaimTemplateName}` by the two fields.
  'core/v1.PodResourceClaim': ['source'],
};

/**
 * Go `[]byte` fields: kubernetes-types spells them `string`, but Go decodes them from base64
 * and refuses anything else.
 */
export const REPLACED_FIELDS: Readonly<Record<string, Readonly<Record<string, TypeRef>>>> = {
  'core/v1.ConfigMap': { binaryData: { map: 'bytes' } },
  'core/v1.Secret': { data: { map: 'bytes' } },
};

/** Structs that only the fields above reference, and `List`, which kubernetes-types omits. */
export const ADDED_TYPES: Schema = {
  'core/v1.ContainerExtendedResourceRequest': { containerName: 'string', requestName: 'string', resourceName: 'string' },
  'core/v1.ContainerRestartRule': { action: 'string', exitCodes: 'core/v1.ContainerRestartRuleOnExitCodes' },
  'core/v1.ContainerRestartRuleOnExitCodes': { operator: 'string', values: { array: 'integer' } },
  'core/v1.ContainerUser': { linux: 'core/v1.LinuxContainerUser' },
  'core/v1.FileKeySelector': { key: 'string', optional: 'boolean', path: 'string', volumeName: 'string' },
  'core/v1.ImageVolumeSource': { pullPolicy: 'string', reference: 'string' },
  'core/v1.LinuxContainerUser': { gid: 'integer', supplementalGroups: { array: 'integer' }, uid: 'integer' },
  // core/v1 List: what `kubectl get -o yaml` prints; its items stay raw until each is decoded.
  'core/v1.List': { apiVersion: 'string', items: { array: 'any' }, kind: 'string', metadata: 'meta/v1.ListMeta' },
  'core/v1.NodeFeatures': { supplementalGroupsPolicy: 'boolean' },
  'core/v1.NodeSwapStatus': { capacity: 'integer' },
  'core/v1.PodCertificateProjection': {
    certificateChainPath: 'string',
    credentialBundlePath: 'string',
    keyPath: 'string',
    keyType: 'string',
    maxExpirationSeconds: 'integer',
    signerName: 'string',
  },
  'core/v1.PodExtendedResourceClaimStatus': {
    requestMappings: { array: 'core/v1.ContainerExtendedResourceRequest' },
    resourceClaimName: 'string',
  },
  'core/v1.ResourceHealth': { health: 'string', resourceID: 'string' },
  'core/v1.ResourceStatus': { name: 'string', resources: { array: 'core/v1.ResourceHealth' } },
  'discovery/v1.ForNode': { name: 'string' },
};
