/**
 * utilfeature.DefaultFeatureGate.KnownFeatures() of Kubernetes 1.29 (the gates that are neither GA nor deprecated,
 * sorted), as the components sharing the global gate list them: transcribed from the generated kube-scheduler
 * reference of the kubernetes website for v1.29 (reference-docs' gen-compdocs over the release's command) and checked
 * against the `--help` of a third-party API server built on the 1.29 libraries, which lists the same gates; with the
 * two gates the 1.29 patches added (March 2024): SeparateCacheWatchRPC (beta, on; kubernetes PR 123693, the
 * release-1.29 cherry-pick of PR 123532) and WatchFromStorageWithoutResourceVersion (beta, off; PR 123973). Each
 * entry: name, A (ALPHA) or B (BETA), and the default (1 true, 0 false).
 */
const GATES =
  'APIResponseCompression:B1 APIServerIdentity:B1 APIServerTracing:B1 AdmissionWebhookMatchConditions:B1 AggregatedDiscoveryEndpoint:B1 ' +
  'AllAlpha:A0 AllBeta:B0 AnyVolumeDataSource:B1 AppArmor:B1 CPUManagerPolicyAlphaOptions:A0 CPUManagerPolicyBetaOptions:B1 ' +
  'CPUManagerPolicyOptions:B1 CRDValidationRatcheting:A0 CSIMigrationPortworx:B0 CSIVolumeHealth:A0 CloudControllerManagerWebhook:A0 ' +
  'CloudDualStackNodeIPs:B1 ClusterTrustBundle:A0 ClusterTrustBundleProjection:A0 ComponentSLIs:B1 ConsistentListFromCache:A0 ' +
  'ContainerCheckpoint:A0 ContextualLogging:A0 CronJobsScheduledAnnotation:B1 CrossNamespaceVolumeDataSource:A0 CustomCPUCFSQuotaPeriod:A0 ' +
  'DevicePluginCDIDevices:B1 DisableCloudProviders:B1 DisableKubeletCloudCredentialProviders:B1 DisableNodeKubeProxyVersion:A0 ' +
  'DynamicResourceAllocation:A0 ElasticIndexedJob:B1 EventedPLEG:B0 GracefulNodeShutdown:B1 GracefulNodeShutdownBasedOnPodPriority:B1 ' +
  'HPAContainerMetrics:B1 HPAScaleToZero:A0 HonorPVReclaimPolicy:A0 ImageMaximumGCAge:A0 InPlacePodVerticalScaling:A0 ' +
  'InTreePluginAWSUnregister:A0 InTreePluginAzureDiskUnregister:A0 InTreePluginAzureFileUnregister:A0 InTreePluginGCEUnregister:A0 ' +
  'InTreePluginOpenStackUnregister:A0 InTreePluginPortworxUnregister:A0 InTreePluginvSphereUnregister:A0 JobBackoffLimitPerIndex:B1 ' +
  'JobPodFailurePolicy:B1 JobPodReplacementPolicy:B1 KubeProxyDrainingTerminatingNodes:A0 KubeletCgroupDriverFromCRI:A0 ' +
  'KubeletInUserNamespace:A0 KubeletPodResourcesDynamicResources:A0 KubeletPodResourcesGet:A0 KubeletSeparateDiskGC:A0 KubeletTracing:B1 ' +
  'LegacyServiceAccountTokenCleanUp:B1 LoadBalancerIPMode:A0 LocalStorageCapacityIsolationFSQuotaMonitoring:A0 LogarithmicScaleDown:B1 ' +
  'LoggingAlphaOptions:A0 LoggingBetaOptions:B1 MatchLabelKeysInPodAffinity:A0 MatchLabelKeysInPodTopologySpread:B1 ' +
  'MaxUnavailableStatefulSet:A0 MemoryManager:B1 MemoryQoS:A0 MinDomainsInPodTopologySpread:B1 MultiCIDRServiceAllocator:A0 ' +
  'NFTablesProxyMode:A0 NewVolumeManagerReconstruction:B1 NodeInclusionPolicyInPodTopologySpread:B1 NodeLogQuery:A0 NodeSwap:B0 ' +
  'OpenAPIEnums:B1 PDBUnhealthyPodEvictionPolicy:B1 PersistentVolumeLastPhaseTransitionTime:B1 PodAndContainerStatsFromCRI:A0 ' +
  'PodDeletionCost:B1 PodDisruptionConditions:B1 PodHostIPs:B1 PodIndexLabel:B1 PodLifecycleSleepAction:A0 ' +
  'PodReadyToStartContainersCondition:B1 PodSchedulingReadiness:B1 ProcMountType:A0 QOSReserved:A0 RecoverVolumeExpansionFailure:A0 ' +
  'RotateKubeletServerCertificate:B1 RuntimeClassInImageCriApi:A0 SELinuxMountReadWriteOncePod:B1 SchedulerQueueingHints:B0 ' +
  'SecurityContextDeny:A0 SeparateCacheWatchRPC:B1 SeparateTaintEvictionController:B1 ServiceAccountTokenJTI:A0 ServiceAccountTokenNodeBinding:A0 ' +
  'ServiceAccountTokenNodeBindingValidation:A0 ServiceAccountTokenPodNodeInfo:A0 SidecarContainers:B1 SizeMemoryBackedVolumes:B1 ' +
  'StableLoadBalancerNodeSet:B1 StatefulSetAutoDeletePVC:B1 StatefulSetStartOrdinal:B1 StorageVersionAPI:A0 StorageVersionHash:B1 ' +
  'StructuredAuthenticationConfiguration:A0 StructuredAuthorizationConfiguration:A0 TopologyAwareHints:B1 ' +
  'TopologyManagerPolicyAlphaOptions:A0 TopologyManagerPolicyBetaOptions:B1 TopologyManagerPolicyOptions:B1 ' +
  'TranslateStreamCloseWebsocketRequests:A0 UnauthenticatedHTTP2DOSMitigation:B1 UnknownVersionInteroperabilityProxy:A0 ' +
  'UserNamespacesPodSecurityStandards:A0 UserNamespacesSupport:A0 ValidatingAdmissionPolicy:B0 VolumeAttributesClass:A0 ' +
  'VolumeCapacityPriority:A0 WatchFromStorageWithoutResourceVersion:B0 WatchList:A0 WinDSR:A0 WinOverlay:B1 WindowsHostNetwork:A1 ZeroLimitedNominalConcurrencyShares:B0';

/** [name, stage, default] in KnownFeatures' order */
export const FEATURE_GATES_V1_29: [string, 'ALPHA' | 'BETA', boolean][] = GATES.split(' ').map((g) => {
  const [name, s] = g.split(':');
  return [name, s[0] === 'A' ? 'ALPHA' : 'BETA', s[1] === '1'];
});

/** the lines KnownFeatures() gives: "Name=true|false (STAGE - default=x)" */
export const KNOWN_FEATURES_V1_29 = FEATURE_GATES_V1_29.map(([n, st, on]) => `${n}=true|false (${st} - default=${on})`);
