/**
 * What `kubelet --help` (v1.28) is made of: cobra's Long text (cmd/kubelet/app/server.go) and, for each flag of the
 * clean flag set, what pflag keeps: the Value's Type(), the default as pflag stores it (DefValue), the usage text, the
 * deprecation message, and whether the flag is hidden. Read from the v1.28 sources (kubelet/DIFFERENCES.md names the
 * copies and what could not be checked):
 *   cmd/kubelet/app/options/options.go        KubeletFlags.AddFlags (deprecated flags unhidden), AddKubeletConfigFlags
 *                                             (every flag but v, vmodule, log-flush-frequency and provider-id deprecated
 *                                             by setting Deprecated, which leaves iptables-*-bit hidden by their own
 *                                             MarkDeprecated), NewKubeletFlags, applyLegacyDefaults
 *   cmd/kubelet/app/options/container_runtime.go   registry.k8s.io/pause:3.9
 *   pkg/kubelet/config/flags.go               runtime-cgroups, pod-infra-container-image, image-credential-provider-*
 *   pkg/kubelet/apis/config/v1beta1/defaults.go, defaults_linux.go   the defaults of the configuration flags
 *   cmd/kubelet/app/options/globalflags*.go   cadvisor's Go flags (defaults overridden by pkg/kubelet/cadvisor's init),
 *                                             azure-container-registry-config (MarkDeprecated: hidden), verflag
 *   component-base logs/api/v1 options.go     logging-format, log-flush-frequency, -v, vmodule, log-json-*
 *   component-base cli/flag ciphersuites_flag.go, tls versions; k8s.io/kubelet well_known_labels.go (node-labels)
 */

export const LONG = `The kubelet is the primary "node agent" that runs on each
node. It can register the node with the apiserver using one of: the hostname; a flag to
override the hostname; or specific logic for a cloud provider.

The kubelet works in terms of a PodSpec. A PodSpec is a YAML or JSON object
that describes a pod. The kubelet takes a set of PodSpecs that are provided through
various mechanisms (primarily through the apiserver) and ensures that the containers
described in those PodSpecs are running and healthy. The kubelet doesn't manage
containers which were not created by Kubernetes.

Other than from an PodSpec from the apiserver, there are two ways that a container
manifest can be provided to the Kubelet.

File: Path passed as a flag on the command line. Files under this path will be monitored
periodically for updates. The monitoring period is 20s by default and is configurable
via a flag.

HTTP endpoint: HTTP endpoint passed as a parameter on the command line. This endpoint
is checked every 20 seconds (also configurable with a flag).`;

/**
 * utilfeature.DefaultFeatureGate.KnownFeatures(): the gates that are neither GA nor deprecated, sorted: pkg/features'
 * map (checked against a 1.28.x kube_features.go) with the apiserver's, apiextensions' and component-base's gates, as a
 * 1.28.x component sharing the same global gate prints them.
 */
export const FEATURE_GATES: [string, 'ALPHA' | 'BETA', boolean][] = [
  ['APIListChunking', 'BETA', true],
  ['APIPriorityAndFairness', 'BETA', true],
  ['APIResponseCompression', 'BETA', true],
  ['APIServerIdentity', 'BETA', true],
  ['APIServerTracing', 'BETA', true],
  ['AdmissionWebhookMatchConditions', 'BETA', true],
  ['AggregatedDiscoveryEndpoint', 'BETA', true],
  ['AllAlpha', 'ALPHA', false],
  ['AllBeta', 'BETA', false],
  ['AnyVolumeDataSource', 'BETA', true],
  ['AppArmor', 'BETA', true],
  ['CPUManagerPolicyAlphaOptions', 'ALPHA', false],
  ['CPUManagerPolicyBetaOptions', 'BETA', true],
  ['CPUManagerPolicyOptions', 'BETA', true],
  ['CRDValidationRatcheting', 'ALPHA', false],
  ['CSIMigrationPortworx', 'BETA', false],
  ['CSINodeExpandSecret', 'BETA', true],
  ['CSIVolumeHealth', 'ALPHA', false],
  ['CloudControllerManagerWebhook', 'ALPHA', false],
  ['CloudDualStackNodeIPs', 'ALPHA', false],
  ['ClusterTrustBundle', 'ALPHA', false],
  ['ComponentSLIs', 'BETA', true],
  ['ConsistentListFromCache', 'ALPHA', false],
  ['ContainerCheckpoint', 'ALPHA', false],
  ['ContextualLogging', 'ALPHA', false],
  ['CronJobsScheduledAnnotation', 'BETA', true],
  ['CrossNamespaceVolumeDataSource', 'ALPHA', false],
  ['CustomCPUCFSQuotaPeriod', 'ALPHA', false],
  ['CustomResourceValidationExpressions', 'BETA', true],
  ['DevicePluginCDIDevices', 'ALPHA', false],
  ['DisableCloudProviders', 'ALPHA', false],
  ['DisableKubeletCloudCredentialProviders', 'ALPHA', false],
  ['DynamicResourceAllocation', 'ALPHA', false],
  ['ElasticIndexedJob', 'BETA', true],
  ['EventedPLEG', 'ALPHA', false],
  ['GracefulNodeShutdown', 'BETA', true],
  ['GracefulNodeShutdownBasedOnPodPriority', 'BETA', true],
  ['HPAContainerMetrics', 'BETA', true],
  ['HPAScaleToZero', 'ALPHA', false],
  ['HonorPVReclaimPolicy', 'ALPHA', false],
  ['InPlacePodVerticalScaling', 'ALPHA', false],
  ['InTreePluginAWSUnregister', 'ALPHA', false],
  ['InTreePluginAzureDiskUnregister', 'ALPHA', false],
  ['InTreePluginAzureFileUnregister', 'ALPHA', false],
  ['InTreePluginGCEUnregister', 'ALPHA', false],
  ['InTreePluginOpenStackUnregister', 'ALPHA', false],
  ['InTreePluginPortworxUnregister', 'ALPHA', false],
  ['InTreePluginvSphereUnregister', 'ALPHA', false],
  ['JobBackoffLimitPerIndex', 'ALPHA', false],
  ['JobPodFailurePolicy', 'BETA', true],
  ['JobPodReplacementPolicy', 'ALPHA', false],
  ['JobReadyPods', 'BETA', true],
  ['KMSv2', 'BETA', true],
  ['KMSv2KDF', 'BETA', false],
  ['KubeProxyDrainingTerminatingNodes', 'ALPHA', false],
  ['KubeletCgroupDriverFromCRI', 'ALPHA', false],
  ['KubeletInUserNamespace', 'ALPHA', false],
  ['KubeletPodResourcesDynamicResources', 'ALPHA', false],
  ['KubeletPodResourcesGet', 'ALPHA', false],
  ['KubeletTracing', 'BETA', true],
  ['LegacyServiceAccountTokenCleanUp', 'ALPHA', false],
  ['LocalStorageCapacityIsolationFSQuotaMonitoring', 'ALPHA', false],
  ['LogarithmicScaleDown', 'BETA', true],
  ['LoggingAlphaOptions', 'ALPHA', false],
  ['LoggingBetaOptions', 'BETA', true],
  ['MatchLabelKeysInPodTopologySpread', 'BETA', true],
  ['MaxUnavailableStatefulSet', 'ALPHA', false],
  ['MemoryManager', 'BETA', true],
  ['MemoryQoS', 'ALPHA', false],
  ['MinDomainsInPodTopologySpread', 'BETA', true],
  ['MultiCIDRRangeAllocator', 'ALPHA', false],
  ['MultiCIDRServiceAllocator', 'ALPHA', false],
  ['NewVolumeManagerReconstruction', 'BETA', true],
  ['NodeInclusionPolicyInPodTopologySpread', 'BETA', true],
  ['NodeLogQuery', 'ALPHA', false],
  ['NodeSwap', 'BETA', false],
  ['OpenAPIEnums', 'BETA', true],
  ['PDBUnhealthyPodEvictionPolicy', 'BETA', true],
  ['PersistentVolumeLastPhaseTransitionTime', 'ALPHA', false],
  ['PodAndContainerStatsFromCRI', 'ALPHA', false],
  ['PodDeletionCost', 'BETA', true],
  ['PodDisruptionConditions', 'BETA', true],
  ['PodHostIPs', 'ALPHA', false],
  ['PodIndexLabel', 'BETA', true],
  ['PodReadyToStartContainersCondition', 'ALPHA', false],
  ['PodSchedulingReadiness', 'BETA', true],
  ['ProcMountType', 'ALPHA', false],
  ['QOSReserved', 'ALPHA', false],
  ['ReadWriteOncePod', 'BETA', true],
  ['RecoverVolumeExpansionFailure', 'ALPHA', false],
  ['RemainingItemCount', 'BETA', true],
  ['RotateKubeletServerCertificate', 'BETA', true],
  ['SELinuxMountReadWriteOncePod', 'BETA', true],
  ['SchedulerQueueingHints', 'BETA', false],
  ['SecurityContextDeny', 'ALPHA', false],
  ['SeparateCacheWatchRPC', 'BETA', true],
  ['ServiceNodePortStaticSubrange', 'BETA', true],
  ['SidecarContainers', 'ALPHA', false],
  ['SizeMemoryBackedVolumes', 'BETA', true],
  ['SkipReadOnlyValidationGCE', 'ALPHA', false],
  ['StableLoadBalancerNodeSet', 'BETA', true],
  ['StatefulSetAutoDeletePVC', 'BETA', true],
  ['StatefulSetStartOrdinal', 'BETA', true],
  ['StorageVersionAPI', 'ALPHA', false],
  ['StorageVersionHash', 'BETA', true],
  ['TopologyAwareHints', 'BETA', true],
  ['TopologyManagerPolicyAlphaOptions', 'ALPHA', false],
  ['TopologyManagerPolicyBetaOptions', 'BETA', true],
  ['TopologyManagerPolicyOptions', 'BETA', true],
  ['UnauthenticatedHTTP2DOSMitigation', 'BETA', false],
  ['UnknownVersionInteroperabilityProxy', 'ALPHA', false],
  ['UserNamespacesSupport', 'ALPHA', false],
  ['ValidatingAdmissionPolicy', 'BETA', false],
  ['VolumeCapacityPriority', 'ALPHA', false],
  ['WatchFromStorageWithoutResourceVersion', 'BETA', false],
  ['WatchList', 'ALPHA', false],
  ['WinDSR', 'ALPHA', false],
  ['WinOverlay', 'BETA', true],
  ['WindowsHostNetwork', 'ALPHA', true],
];

/**
 * cliflag.PreferredTLSCipherNames() and InsecureTLSCipherNames(): crypto/tls's CipherSuites() (and the two
 * CHACHA20_POLY1305 aliases) and InsecureCipherSuites(), sorted, as Go 1.22 (1.28.15 is built with go1.22.8) has them:
 * go1.22 moved the RSA key-exchange suites into the insecure list (golang/go commit dc5a0d27).
 */
export const TLS_CIPHERS_PREFERRED = [
  'TLS_AES_128_GCM_SHA256', 'TLS_AES_256_GCM_SHA384', 'TLS_CHACHA20_POLY1305_SHA256', 'TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA',
  'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256', 'TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA', 'TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384',
  'TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305', 'TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256', 'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA',
  'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256', 'TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA', 'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384',
  'TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305', 'TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256',
];
export const TLS_CIPHERS_INSECURE = [
  'TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256', 'TLS_ECDHE_ECDSA_WITH_RC4_128_SHA', 'TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA',
  'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256', 'TLS_ECDHE_RSA_WITH_RC4_128_SHA', 'TLS_RSA_WITH_3DES_EDE_CBC_SHA',
  'TLS_RSA_WITH_AES_128_CBC_SHA', 'TLS_RSA_WITH_AES_128_CBC_SHA256', 'TLS_RSA_WITH_AES_128_GCM_SHA256', 'TLS_RSA_WITH_AES_256_CBC_SHA',
  'TLS_RSA_WITH_AES_256_GCM_SHA384', 'TLS_RSA_WITH_RC4_128_SHA',
];

const CONFIG = "This parameter should be set via the config file specified by the Kubelet's --config flag. See https://kubernetes.io/docs/tasks/administer-cluster/kubelet-config-file/ for more information.";
const CADVISOR = 'This is a cadvisor flag that was mistakenly registered with the Kubelet. Due to legacy concerns, it will follow the standard CLI deprecation timeline before being removed.';
const EVICTION = 'Use --eviction-hard or --eviction-soft instead. Will be removed in a future version.';
const FUTURE = 'will be removed in a future version';
const CLOUD = 'will be removed in 1.25 or later, in favor of removing cloud provider code from Kubelet.';

/**
 * One flag: its name, the Value's Type() (a Go flag wrapped by pflag has its reflect type's name without "Value"),
 * DefValue ('' for none), usage, deprecation message, and `go` for a Go flag (its zero test reads the current value).
 */
export interface HelpFlag {
  name: string;
  short?: string;
  type: string;
  def: string;
  usage: string;
  deprecated?: string;
  hidden?: boolean;
  noOpt?: string;
  /** a Go flag wrapped by pflag, or a Value of the kubelet's own: pflag's zero-value test reads its current value */
  go?: boolean;
}

type Row = [name: string, type: string, def: string, usage: string, deprecated?: string, extra?: Partial<HelpFlag>];
const row = ([name, type, def, usage, deprecated, extra]: Row): HelpFlag => ({ name, type, def, usage, ...(deprecated ? { deprecated } : {}), ...extra });

const NODE_LABELS =
  "<Warning: Alpha feature> Labels to add when registering the node in the cluster.  Labels must be key=value pairs separated by ','. Labels in the 'kubernetes.io' namespace must begin with an allowed prefix (kubelet.kubernetes.io, node.kubernetes.io) or be in the specifically allowed set (beta.kubernetes.io/arch, beta.kubernetes.io/instance-type, beta.kubernetes.io/os, failure-domain.beta.kubernetes.io/region, failure-domain.beta.kubernetes.io/zone, kubernetes.io/arch, kubernetes.io/hostname, kubernetes.io/os, node.kubernetes.io/instance-type, topology.kubernetes.io/region, topology.kubernetes.io/zone)";
const EVENT_TYPES = (what: string) => `${what} (per type). Value is a comma separated list of key values, where the keys are event types (e.g.: creation, oom) or "default" and the value is`;

/** KubeletFlags.AddFlags with ContainerRuntimeOptions.AddFlags (Linux: addOSFlags adds none) */
const KUBELET_FLAGS: Row[] = [
  ['runtime-cgroups', 'string', '', 'Optional absolute name of cgroups to create and run the runtime in.'],
  ['pod-infra-container-image', 'string', 'registry.k8s.io/pause:3.9', 'Specified image will not be pruned by the image garbage collector. CRI implementations have their own configuration to set this image.', 'will be removed in a future release. Image garbage collector will get sandbox image information from CRI.'],
  ['image-credential-provider-config', 'string', '', 'The path to the credential provider plugin config file.'],
  ['image-credential-provider-bin-dir', 'string', '', 'The path to the directory where credential provider plugin binaries are located.'],
  ['config', 'string', '', "The Kubelet will load its initial configuration from this file. The path may be absolute or relative; relative paths start at the Kubelet's current working directory. Omit this flag to use the built-in default configuration values. Command-line flags override configuration from this file."],
  ['config-dir', 'string', '', "Path to a directory to specify drop-ins, allows the user to optionally specify additional configs to overwrite what is provided by default and in the KubeletConfigFile flag. Note: Set the 'KUBELET_CONFIG_DROPIN_DIR_ALPHA' environment variable to specify the directory. [default='']"],
  ['kubeconfig', 'string', '', 'Path to a kubeconfig file, specifying how to connect to the API server. Providing --kubeconfig enables API server mode, omitting --kubeconfig enables standalone mode.'],
  ['bootstrap-kubeconfig', 'string', '', 'Path to a kubeconfig file that will be used to get client certificate for kubelet. If the file specified by --kubeconfig does not exist, the bootstrap kubeconfig is used to request a client certificate from the API server. On success, a kubeconfig file referencing the generated client certificate and key is written to the path specified by --kubeconfig. The client certificate and key file will be stored in the directory pointed by --cert-dir.'],
  ['hostname-override', 'string', '', 'If non-empty, will use this string as identification instead of the actual hostname. If --cloud-provider is set, the cloud provider determines the name of the node (consult cloud provider documentation to determine if and how the hostname is used).'],
  ['node-ip', 'string', '', "IP address (or comma-separated dual-stack IP addresses) of the node. If unset, kubelet will use the node's default IPv4 address, if any, or its default IPv6 address if it has no IPv4 addresses. You can pass '::' to make it prefer the default IPv6 address rather than the default IPv4 address."],
  ['cert-dir', 'string', '/var/lib/kubelet/pki', 'The directory where the TLS certs are located. If --tls-cert-file and --tls-private-key-file are provided, this flag will be ignored.'],
  ['cloud-provider', 'string', '', 'The provider for cloud services. Set to empty string for running with no cloud provider. If set, the cloud provider determines the name of the node (consult cloud provider documentation to determine if and how the hostname is used).', CLOUD],
  ['root-dir', 'string', '/var/lib/kubelet', 'Directory path for managing kubelet files (volume mounts,etc).'],
  ['seccomp-default', 'bool', 'false', 'Enable the use of `RuntimeDefault` as the default seccomp profile for all workloads.'],
  ['node-labels', 'mapStringString', '', NODE_LABELS],
  ['lock-file', 'string', '', '<Warning: Alpha feature> The path to file for kubelet to use as a lock file.'],
  ['exit-on-lock-contention', 'bool', 'false', 'Whether kubelet should exit upon lock-file contention.'],
  ['minimum-container-ttl-duration', 'duration', '0s', "Minimum age for a finished container before it is garbage collected.  Examples: '300ms', '10s' or '2h45m'", EVICTION],
  ['maximum-dead-containers-per-container', 'int32', '1', 'Maximum number of old instances to retain per container.  Each container takes up some disk space.', EVICTION],
  ['maximum-dead-containers', 'int32', '-1', 'Maximum number of old instances of containers to retain globally.  Each container takes up some disk space. To disable, set to a negative number.', EVICTION],
  ['register-schedulable', 'bool', 'true', "Register the node as schedulable. Won't have any effect if register-node is false.", FUTURE],
  ['keep-terminated-pod-volumes', 'bool', 'false', 'Keep terminated pod volumes mounted to the node after the pod terminates.  Can be useful for debugging volume related issues.', FUTURE],
  ['experimental-mounter-path', 'string', '', '[Experimental] Path of mounter binary. Leave empty to use the default mount.', 'will be removed in 1.25 or later. in favor of using CSI.'],
  ['cloud-config', 'string', '', 'The path to the cloud provider configuration file. Empty string for no configuration file.', CLOUD],
  ['experimental-allocatable-ignore-eviction', 'bool', 'false', "When set to 'true', Hard Eviction Thresholds will be ignored while calculating Node Allocatable. See https://kubernetes.io/docs/tasks/administer-cluster/reserve-compute-resources/ for more details. [default=false]", 'will be removed in 1.25 or later.'],
];

const gates = FEATURE_GATES.map(([n, stage, on]) => `${n}=true|false (${stage} - default=${on})`);

/** AddKubeletConfigFlags over the defaulted KubeletConfiguration; a deferred VisitAll sets Deprecated on all but four */
const CONFIG_FLAGS: Row[] = [
  ['enable-server', 'bool', 'true', "Enable the Kubelet's server"],
  ['fail-swap-on', 'bool', 'true', 'Makes the Kubelet fail to start if swap is enabled on the node. '],
  ['pod-manifest-path', 'string', '', 'Path to the directory containing static pod files to run, or the path to a single static pod file. Files starting with dots will be ignored.'],
  ['sync-frequency', 'duration', '1m0s', 'Max period between synchronizing running containers and config'],
  ['file-check-frequency', 'duration', '20s', 'Duration between checking config files for new data'],
  ['http-check-frequency', 'duration', '20s', 'Duration between checking http for new data'],
  ['manifest-url', 'string', '', 'URL for accessing additional Pod specifications to run'],
  ['manifest-url-header', 'colonSeparatedMultimapStringString', '', "Comma-separated list of HTTP headers to use when accessing the url provided to --manifest-url. Multiple headers with the same name will be added in the same order provided. This flag can be repeatedly invoked. For example: --manifest-url-header 'a:hello,b:again,c:world' --manifest-url-header 'b:beautiful'"],
  ['address', 'ip', '0.0.0.0', "The IP address for the Kubelet to serve on (set to '0.0.0.0' or '::' for listening on all interfaces and IP address families)"],
  ['port', 'int32', '10250', 'The port for the Kubelet to serve on.'],
  ['read-only-port', 'int32', '10255', 'The read-only port for the Kubelet to serve on with no authentication/authorization (set to 0 to disable)'],
  ['container-runtime-endpoint', 'string', 'unix:///run/containerd/containerd.sock', "The endpoint of container runtime service. Unix Domain Sockets are supported on Linux, while npipe and tcp endpoints are supported on Windows. Examples:'unix:///path/to/runtime.sock', 'npipe:////./pipe/runtime'"],
  ['image-service-endpoint', 'string', '', "The endpoint of container image service. If not specified, it will be the same with --container-runtime-endpoint by default. Unix Domain Socket are supported on Linux, while npipe and tcp endpoints are supported on Windows. Examples:'unix:///path/to/runtime.sock', 'npipe:////./pipe/runtime'"],
  ['anonymous-auth', 'bool', 'true', 'Enables anonymous requests to the Kubelet server. Requests that are not rejected by another authentication method are treated as anonymous requests. Anonymous requests have a username of system:anonymous, and a group name of system:unauthenticated.'],
  ['authentication-token-webhook', 'bool', 'false', 'Use the TokenReview API to determine authentication for bearer tokens.'],
  ['authentication-token-webhook-cache-ttl', 'duration', '2m0s', 'The duration to cache responses from the webhook token authenticator.'],
  ['client-ca-file', 'string', '', 'If set, any request presenting a client certificate signed by one of the authorities in the client-ca-file is authenticated with an identity corresponding to the CommonName of the client certificate.'],
  ['authorization-mode', 'string', 'AlwaysAllow', 'Authorization mode for Kubelet server. Valid options are AlwaysAllow or Webhook. Webhook mode uses the SubjectAccessReview API to determine authorization.'],
  ['authorization-webhook-cache-authorized-ttl', 'duration', '5m0s', "The duration to cache 'authorized' responses from the webhook authorizer."],
  ['authorization-webhook-cache-unauthorized-ttl', 'duration', '30s', "The duration to cache 'unauthorized' responses from the webhook authorizer."],
  ['tls-cert-file', 'string', '', 'File containing x509 Certificate used for serving HTTPS (with intermediate certs, if any, concatenated after server cert). If --tls-cert-file and --tls-private-key-file are not provided, a self-signed certificate and key are generated for the public address and saved to the directory passed to --cert-dir.'],
  ['tls-private-key-file', 'string', '', 'File containing x509 private key matching --tls-cert-file.'],
  ['rotate-server-certificates', 'bool', 'false', 'Auto-request and rotate the kubelet serving certificates by requesting new certificates from the kube-apiserver when the certificate expiration approaches. Requires the RotateKubeletServerCertificate feature gate to be enabled, and approval of the submitted CertificateSigningRequest objects.'],
  ['tls-cipher-suites', 'stringSlice', '[]', `Comma-separated list of cipher suites for the server. If omitted, the default Go cipher suites will be used. \nPreferred values: ${TLS_CIPHERS_PREFERRED.join(', ')}. \nInsecure values: ${TLS_CIPHERS_INSECURE.join(', ')}.`],
  ['tls-min-version', 'string', '', 'Minimum TLS version supported. Possible values: VersionTLS10, VersionTLS11, VersionTLS12, VersionTLS13'],
  ['rotate-certificates', 'bool', 'false', 'Auto rotate the kubelet client certificates by requesting new certificates from the kube-apiserver when the certificate expiration approaches.'],
  ['registry-qps', 'int32', '5', 'If > 0, limit registry pull QPS to this value.  If 0, unlimited.'],
  ['registry-burst', 'int32', '10', 'Maximum size of a bursty pulls, temporarily allows pulls to burst to this number, while still not exceeding registry-qps. Only used if --registry-qps > 0'],
  ['event-qps', 'int32', '50', 'QPS to limit event creations. The number must be >= 0. If 0 will use DefaultQPS: 5.'],
  ['event-burst', 'int32', '100', 'Maximum size of a bursty event records, temporarily allows event records to burst to this number, while still not exceeding event-qps. The number must be >= 0. If 0 will use DefaultBurst: 10.'],
  ['enable-debugging-handlers', 'bool', 'true', 'Enables server endpoints for log collection and local running of containers and commands'],
  ['contention-profiling', 'bool', 'false', 'Enable block profiling, if profiling is enabled'],
  ['healthz-port', 'int32', '10248', 'The port of the localhost healthz endpoint (set to 0 to disable)'],
  ['healthz-bind-address', 'ip', '127.0.0.1', "The IP address for the healthz server to serve on (set to '0.0.0.0' or '::' for listening on all interfaces and IP address families)"],
  ['oom-score-adj', 'int32', '-999', 'The oom-score-adj value for kubelet process. Values must be within the range [-1000, 1000]'],
  ['cluster-domain', 'string', '', "Domain for this cluster.  If set, kubelet will configure all containers to search this domain in addition to the host's search domains"],
  ['volume-plugin-dir', 'string', '/usr/libexec/kubernetes/kubelet-plugins/volume/exec/', 'The full path of the directory in which to search for additional third party volume plugins'],
  ['cluster-dns', 'stringSlice', '[]', 'Comma-separated list of DNS server IP address.  This value is used for containers DNS server in case of Pods with "dnsPolicy=ClusterFirst". Note: all DNS servers appearing in the list MUST serve the same set of records otherwise name resolution within the cluster may not work correctly. There is no guarantee as to which DNS server may be contacted for name resolution.'],
  ['streaming-connection-idle-timeout', 'duration', '4h0m0s', "Maximum time a streaming connection can be idle before the connection is automatically closed. 0 indicates no timeout. Example: '5m'. Note: All connections to the kubelet server have a maximum duration of 4 hours."],
  ['node-status-update-frequency', 'duration', '10s', 'Specifies how often kubelet posts node status to master. Note: be cautious when changing the constant, it must work with nodeMonitorGracePeriod in nodecontroller.'],
  ['minimum-image-ttl-duration', 'duration', '2m0s', "Minimum age for an unused image before it is garbage collected.  Examples: '300ms', '10s' or '2h45m'."],
  ['image-gc-high-threshold', 'int32', '85', 'The percent of disk usage after which image garbage collection is always run. Values must be within the range [0, 100], To disable image garbage collection, set to 100. '],
  ['image-gc-low-threshold', 'int32', '80', 'The percent of disk usage before which image garbage collection is never run. Lowest disk usage to garbage collect to. Values must be within the range [0, 100] and must be less than that of --image-gc-high-threshold.'],
  ['volume-stats-agg-period', 'duration', '1m0s', 'Specifies interval for kubelet to calculate and cache the volume disk usage for all pods and volumes.  To disable volume calculations, set to a negative number.'],
  ['feature-gates', 'mapStringBool', '', `A set of key=value pairs that describe feature gates for alpha/experimental features. Options are:\n${gates.join('\n')}`],
  ['kubelet-cgroups', 'string', '', 'Optional absolute name of cgroups to create and run the Kubelet in.'],
  ['system-cgroups', 'string', '', "Optional absolute name of cgroups in which to place all non-kernel processes that are not already inside a cgroup under '/'. Empty for no container. Rolling back the flag requires a reboot."],
  ['provider-id', 'string', '', 'Unique identifier for identifying the node in a machine database, i.e cloudprovider'],
  ['cgroups-per-qos', 'bool', 'true', 'Enable creation of QoS cgroup hierarchy, if true top level QoS and pod cgroups are created.'],
  ['cgroup-driver', 'string', 'cgroupfs', "Driver that the kubelet uses to manipulate cgroups on the host.  Possible values: 'cgroupfs', 'systemd'"],
  ['cgroup-root', 'string', '', "Optional root cgroup to use for pods. This is handled by the container runtime on a best effort basis. Default: '', which means use the container runtime default."],
  ['cpu-manager-policy', 'string', 'none', "CPU Manager policy to use. Possible values: 'none', 'static'."],
  ['cpu-manager-policy-options', 'mapStringString', '', 'A set of key=value CPU Manager policy options to use, to fine tune their behaviour. If not supplied, keep the default behaviour.'],
  ['cpu-manager-reconcile-period', 'duration', '10s', "<Warning: Alpha feature> CPU Manager reconciliation period. Examples: '10s', or '1m'. If not supplied, defaults to 'NodeStatusUpdateFrequency'"],
  ['qos-reserved', 'mapStringString', '', '<Warning: Alpha feature> A set of ResourceName=Percentage (e.g. memory=50%) pairs that describe how pod resource requests are reserved at the QoS level. Currently only memory is supported. Requires the QOSReserved feature gate to be enabled.'],
  ['topology-manager-policy', 'string', 'none', "Topology Manager policy to use. Possible values: 'none', 'best-effort', 'restricted', 'single-numa-node'."],
  ['runtime-request-timeout', 'duration', '2m0s', 'Timeout of all runtime requests except long running request - pull, logs, exec and attach. When timeout exceeded, kubelet will cancel the request, throw out an error and retry later.'],
  ['hairpin-mode', 'string', 'promiscuous-bridge', 'How should the kubelet setup hairpin NAT. This allows endpoints of a Service to loadbalance back to themselves if they should try to access their own Service. Valid values are "promiscuous-bridge", "hairpin-veth" and "none".'],
  ['max-pods', 'int32', '110', 'Number of Pods that can run on this Kubelet.'],
  ['pod-cidr', 'string', '', "The CIDR to use for pod IP addresses, only used in standalone mode.  In cluster mode, this is obtained from the master. For IPv6, the maximum number of IP's allocated is 65536"],
  ['pod-max-pids', 'int64', '-1', 'Set the maximum number of processes per pod.  If -1, the kubelet defaults to the node allocatable pid capacity.'],
  ['resolv-conf', 'string', '/etc/resolv.conf', 'Resolver configuration file used as the basis for the container DNS resolution configuration.'],
  ['runonce', 'bool', 'false', 'If true, exit after spawning pods from static pod files or remote urls. Exclusive with --enable-server'],
  ['cpu-cfs-quota', 'bool', 'true', 'Enable CPU CFS quota enforcement for containers that specify CPU limits'],
  ['cpu-cfs-quota-period', 'duration', '100ms', 'Sets CPU CFS quota period value, cpu.cfs_period_us, defaults to Linux Kernel default'],
  ['enable-controller-attach-detach', 'bool', 'true', 'Enables the Attach/Detach controller to manage attachment/detachment of volumes scheduled to this node, and disables kubelet from executing any attach/detach operations'],
  ['make-iptables-util-chains', 'bool', 'true', 'If true, kubelet will ensure iptables utility rules are present on host.'],
  ['iptables-masquerade-bit', 'int32', '14', 'Has no effect; use kube-proxy parameters to configure the KUBE-MARK-MASQ chain.', undefined, { hidden: true }],
  ['iptables-drop-bit', 'int32', '15', 'Has no effect; kubelet no longer creates a KUBE-MARK-DROP chain', undefined, { hidden: true }],
  ['container-log-max-size', 'string', '10Mi', '<Warning: Beta feature> Set the maximum size (e.g. 10Mi) of container log file before it is rotated.'],
  ['container-log-max-files', 'int32', '5', '<Warning: Beta feature> Set the maximum number of container log files that can be present for a container. The number must be >= 2.'],
  ['allowed-unsafe-sysctls', 'stringSlice', '[]', 'Comma-separated whitelist of unsafe sysctls or unsafe sysctl patterns (ending in *). Use these at your own risk.'],
  ['node-status-max-images', 'int32', '50', 'The maximum number of images to report in Node.Status.Images. If -1 is specified, no cap will be applied.'],
  ['kernel-memcg-notification', 'bool', 'false', 'If enabled, the kubelet will integrate with the kernel memcg notification to determine if memory eviction thresholds are crossed rather than polling.'],
  ['local-storage-capacity-isolation', 'bool', 'true', 'If true, local ephemeral storage isolation is enabled. Otherwise, local storage isolation feature will be disabled'],
  ['max-open-files', 'int64', '1000000', 'Number of files that can be opened by Kubelet process.'],
  ['kube-api-content-type', 'string', 'application/vnd.kubernetes.protobuf', 'Content type of requests sent to apiserver.'],
  ['kube-api-qps', 'int32', '50', "QPS to use while talking with kubernetes apiserver. The number must be >= 0. If 0 will use DefaultQPS: 50. Doesn't cover events and node heartbeat apis which rate limiting is controlled by a different set of flags"],
  ['kube-api-burst', 'int32', '100', "Burst to use while talking with kubernetes apiserver. The number must be >= 0. If 0 will use DefaultBurst: 100. Doesn't cover events and node heartbeat apis which rate limiting is controlled by a different set of flags"],
  ['serialize-image-pulls', 'bool', 'true', 'Pull images one at a time. We recommend *not* changing the default value on nodes that run docker daemon with version < 1.9 or an Aufs storage backend. Issue #10959 has more details.'],
  ['eviction-hard', 'mapStringString', 'imagefs.available<15%,memory.available<100Mi,nodefs.available<10%,nodefs.inodesFree<5%', 'A set of eviction thresholds (e.g. memory.available<1Gi) that if met would trigger a pod eviction.'],
  ['eviction-soft', 'mapStringString', '', 'A set of eviction thresholds (e.g. memory.available<1.5Gi) that if met over a corresponding grace period would trigger a pod eviction.'],
  ['eviction-soft-grace-period', 'mapStringString', '', 'A set of eviction grace periods (e.g. memory.available=1m30s) that correspond to how long a soft eviction threshold must hold before triggering a pod eviction.'],
  ['eviction-pressure-transition-period', 'duration', '5m0s', 'Duration for which the kubelet has to wait before transitioning out of an eviction pressure condition.'],
  ['eviction-max-pod-grace-period', 'int32', '0', 'Maximum allowed grace period (in seconds) to use when terminating pods in response to a soft eviction threshold being met.  If negative, defer to pod specified value.'],
  ['eviction-minimum-reclaim', 'mapStringString', '', 'A set of minimum reclaims (e.g. imagefs.available=2Gi) that describes the minimum amount of resource the kubelet will reclaim when performing a pod eviction if that resource is under pressure.'],
  ['pods-per-core', 'int32', '0', 'Number of Pods per core that can run on this Kubelet. The total number of Pods on this Kubelet cannot exceed max-pods, so max-pods will be used if this calculation results in a larger number of Pods allowed on the Kubelet. A value of 0 disables this limit.'],
  ['protect-kernel-defaults', 'bool', 'false', 'Default kubelet behaviour for kernel tuning. If set, kubelet errors if any of kernel tunables is different than kubelet defaults.'],
  ['reserved-cpus', 'string', '', 'A comma-separated list of CPUs or CPU ranges that are reserved for system and kubernetes usage. This specific list will supersede cpu counts in --system-reserved and --kube-reserved.'],
  ['topology-manager-scope', 'string', 'container', "Scope to which topology hints applied. Topology Manager collects hints from Hint Providers and applies them to defined scope to ensure the pod admission. Possible values: 'container', 'pod'."],
  ['topology-manager-policy-options', 'mapStringString', '', 'A set of key=value Topology Manager policy options to use, to fine tune their behaviour. If not supplied, keep the default behaviour.'],
  ['system-reserved', 'mapStringString', '', 'A set of ResourceName=ResourceQuantity (e.g. cpu=200m,memory=500Mi,ephemeral-storage=1Gi) pairs that describe resources reserved for non-kubernetes components. Currently only cpu, memory and local ephemeral storage for root file system are supported. See https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/ for more detail. [default=none]'],
  ['kube-reserved', 'mapStringString', '', 'A set of ResourceName=ResourceQuantity (e.g. cpu=200m,memory=500Mi,ephemeral-storage=1Gi) pairs that describe resources reserved for kubernetes system components. Currently only cpu, memory and local ephemeral storage for root file system are supported. See https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/ for more detail. [default=none]'],
  ['enforce-node-allocatable', 'stringSlice', '[pods]', "A comma separated list of levels of node allocatable enforcement to be enforced by kubelet. Acceptable options are 'none', 'pods', 'system-reserved', and 'kube-reserved'. If the latter two options are specified, '--system-reserved-cgroup' and '--kube-reserved-cgroup' must also be set, respectively. If 'none' is specified, no additional options should be set. See https://kubernetes.io/docs/tasks/administer-cluster/reserve-compute-resources/ for more details."],
  ['system-reserved-cgroup', 'string', '', "Absolute name of the top level cgroup that is used to manage non-kubernetes components for which compute resources were reserved via '--system-reserved' flag. Ex. '/system-reserved'. [default='']"],
  ['kube-reserved-cgroup', 'string', '', "Absolute name of the top level cgroup that is used to manage kubernetes components for which compute resources were reserved via '--kube-reserved' flag. Ex. '/kube-reserved'. [default='']"],
  // logsapi.AddFlags(&c.Logging, fs): the json format is registered (gated by LoggingBetaOptions)
  ['logging-format', 'string', 'text', 'Sets the log format. Permitted formats: "json" (gated by LoggingBetaOptions), "text".'],
  ['log-flush-frequency', 'duration', '5s', 'Maximum number of seconds between log flushes'],
  ['v', 'Level', '0', 'number for the log level verbosity', undefined, { short: 'v' }],
  ['vmodule', 'pattern=N,...', '', 'comma-separated list of pattern=N settings for file-filtered logging (only works for text log format)'],
  ['log-json-split-stream', 'bool', 'false', '[Alpha] In JSON format, write error messages to stderr and info messages to stdout. The default is to write a single stream to stdout. Enable the LoggingAlphaOptions feature gate to use this.'],
  ['log-json-info-buffer-size', 'quantity', '0', '[Alpha] In JSON format with split output streams, the info messages can be buffered for a while to increase performance. The default value of zero bytes disables buffering. The size can be specified as number of bytes (512), multiples of 1000 (1K), multiples of 1024 (2Ki), or powers of those (3M, 4G, 5Mi, 6Gi). Enable the LoggingAlphaOptions feature gate to use this.'],
  ['memory-manager-policy', 'string', 'None', "Memory Manager policy to use. Possible values: 'None', 'Static'."],
  ['reserved-memory', 'reserved-memory', '', 'A comma separated list of memory reservations for NUMA nodes. (e.g. --reserved-memory 0:memory=1Gi,hugepages-1M=2Gi --reserved-memory 1:memory=2Gi). The total sum for each memory type should be equal to the sum of kube-reserved, system-reserved and eviction-threshold. See https://kubernetes.io/docs/tasks/administer-cluster/memory-manager/#reserved-memory-flag for more details.'],
  ['register-node', 'bool', 'true', "Register the node with the apiserver. If --kubeconfig is not provided, this flag is irrelevant, as the Kubelet won't have an apiserver to register with."],
  ['register-with-taints', '[]v1.Taint', '', 'Register the node with the given list of taints (comma separated "<key>=<value>:<effect>"). No-op if register-node is false.'],
];
const NOT_DEPRECATED = new Set(['v', 'vmodule', 'log-flush-frequency', 'provider-id']);

/** AddGlobalFlags: cadvisor's Go flags (pflag.PFlagFromGoFlag: DefValue is the value's String()), the credential provider's, verflag's */
const GO = { go: true };
const GLOBAL_FLAGS: Row[] = [
  ['housekeeping-interval', 'duration', '10s', 'Interval between container housekeepings', undefined, GO],
  ['application-metrics-count-limit', 'int', '100', 'Max number of application metrics to store (per container)', CADVISOR, GO],
  ['boot-id-file', 'string', '/proc/sys/kernel/random/boot_id', 'Comma-separated list of files to check for boot-id. Use the first one that exists.', CADVISOR, GO],
  ['container-hints', 'string', '/etc/cadvisor/container_hints.json', 'location of the container hints file', CADVISOR, GO],
  ['containerd', 'string', '/run/containerd/containerd.sock', 'containerd endpoint', CADVISOR, GO],
  ['containerd-namespace', 'string', 'k8s.io', 'containerd namespace', CADVISOR, GO],
  ['enable-load-reader', 'bool', 'false', 'Whether to enable cpu load reader', CADVISOR, GO],
  ['event-storage-age-limit', 'string', 'default=0', `${EVENT_TYPES('Max length of time for which to store events')} a duration. Default is applied to all non-specified event types`, CADVISOR, GO],
  ['event-storage-event-limit', 'string', 'default=0', `${EVENT_TYPES('Max number of events to store')} an integer. Default is applied to all non-specified event types`, CADVISOR, GO],
  ['global-housekeeping-interval', 'duration', '1m0s', 'Interval between global housekeepings', CADVISOR, GO],
  ['log-cadvisor-usage', 'bool', 'false', 'Whether to log the usage of the cAdvisor container', CADVISOR, GO],
  ['machine-id-file', 'string', '/etc/machine-id,/var/lib/dbus/machine-id', 'Comma-separated list of files to check for machine-id. Use the first one that exists.', CADVISOR, GO],
  ['storage-driver-user', 'string', 'root', 'database username', CADVISOR, GO],
  ['storage-driver-password', 'string', 'root', 'database password', CADVISOR, GO],
  ['storage-driver-host', 'string', 'localhost:8086', 'database host:port', CADVISOR, GO],
  ['storage-driver-db', 'string', 'cadvisor', 'database name', CADVISOR, GO],
  ['storage-driver-table', 'string', 'stats', 'table name', CADVISOR, GO],
  ['storage-driver-secure', 'bool', 'false', 'use secure connection with database', CADVISOR, GO],
  ['storage-driver-buffer-duration', 'duration', '1m0s', 'Writes in the storage driver will be buffered for this duration, and committed to the non memory backends as a single transaction', CADVISOR, GO],
  ['azure-container-registry-config', 'string', '', 'Path to the file containing Azure container registry configuration information.', 'Use --image-credential-provider-config and --image-credential-provider-bin-dir to setup acr credential provider instead. Will be removed in a future release.', { hidden: true }],
  ['version', 'version', 'false', '--version, --version=raw prints version information and quits; --version=vX.Y.Z... sets the reported version', undefined, { noOpt: 'true' }],
  // NewKubeletCommand: cleanFlagSet.BoolP("help", "h", false, fmt.Sprintf("help for %s", cmd.Name()))
  ['help', 'bool', 'false', 'help for kubelet', undefined, { short: 'h' }],
];

export const FLAGS_V1_28: HelpFlag[] = [
  ...KUBELET_FLAGS.map(row),
  ...CONFIG_FLAGS.map((r) => row(r)).map((f) => (NOT_DEPRECATED.has(f.name) ? f : { ...f, deprecated: CONFIG })),
  ...GLOBAL_FLAGS.map(row),
];
