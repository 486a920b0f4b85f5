// kubeadm 1.28's command tree (1.29's is tree-v1-29.ts): every command the simulated clusters answer, with its flags as pflag declares
// them and cobra's texts (`short`, `long`, `example`, each flag's `desc`) from the sources listed in
// tests/golden/kubeadm/README.md (the longer texts are in texts.ts).
import {
  JOIN_LONG, RESET_LONG, UPGRADE_PLAN_LONG, UPGRADE_NODE_LONG, CERTS_EXPIRATION_LONG, CERTS_KEY_LONG, CERTS_CSR_LONG, CERTS_CSR_EXAMPLE,
  RENEW_COMMANDS, RENEW_ALL_LONG, renewLong, MACRO_LONG, CONFIG_LONG, CONFIG_PRINT_LONG, printDefaultsLong, COMPONENT_CONFIGS_DESC, CONFIG_MIGRATE_LONG,
  CONFIG_VALIDATE_LONG, TOKEN_LIST_LONG, TOKEN_DELETE_LONG, TOKEN_GENERATE_LONG, COMPLETION_LONG, COMPLETION_EXAMPLE, KUBECONFIG_USER_EXAMPLE,
} from './texts';

/** A pflag flag: `type` is the name pflag prints after it (`string`, `strings`, `int32`, `duration`, `Level`; none for bool). */
export interface KFlag {
  name: string;
  short?: string;
  type?: 'string' | 'strings' | 'int32' | 'uint' | 'duration' | 'Level';
  /** The default as pflag prints it (omitted: the type's zero value). */
  def?: string;
  desc?: string;
}

export interface KNode {
  short: string;
  /** cobra's Long (the help starts with the Short where a command has none). */
  long?: string;
  /** cobra's Example, printed after the usage lines. */
  example?: string;
  /** cobra's Aliases. */
  aliases?: string[];
  /** The words after the command path in the usage line (`[token]`), and whether cobra adds ` [flags]`. */
  use?: string;
  noFlagsInUse?: boolean;
  /** cobra's Runnable: the usage shows the command's own line. */
  runnable?: boolean;
  flags: KFlag[];
  /** Flags every sub-command inherits. */
  persistent?: KFlag[];
  /** cobra.NoArgs: a word after the command is an unknown command. */
  noArgs?: boolean;
  /** Sub-commands listed but not modelled word for word (`init phase ...`): their words pass to the command. */
  passThrough?: boolean;
  /** A `phase` command's sub-commands: the workflow's top-level phases and their Shorts. */
  phases?: [string, string][];
  /** Neither runnable nor with sub-commands: cobra lists it under `Additional help topics` and answers with its Short. */
  topic?: boolean;
}

/** The top-level phases of a workflow command's Long (the lines of its phase list that are not sub-phases). */
const phasesOf = (long: string): [string, string][] =>
  long
    .split('```\n')[1]
    .split('\n')
    .filter((l) => l && !l.startsWith(' ') && !l.startsWith('`'))
    .map((l) => {
      const [name, ...rest] = l.split(/\s{2,}/);
      return [name, rest.join('  ')] as [string, string];
    });

const f = (name: string, type?: KFlag['type'], def?: string, desc?: string, short?: string): KFlag => ({ name, ...(short ? { short } : {}), ...(type ? { type } : {}), ...(def !== undefined ? { def } : {}), ...(desc !== undefined ? { desc } : {}) });

/** The klog and kubeadm flags every command inherits (kubeadm 1.28.10's `Global Flags`). */
export const GLOBAL: KFlag[] = [
  f('add-dir-header', undefined, undefined, 'If true, adds the file directory to the header of the log messages'),
  f('log-file', 'string', undefined, 'If non-empty, use this log file (no effect when -logtostderr=true)'),
  f('log-file-max-size', 'uint', '1800', 'Defines the maximum size a log file can grow to (no effect when -logtostderr=true). Unit is megabytes. If the value is 0, the maximum file size is unlimited.'),
  f('one-output', undefined, undefined, 'If true, only write logs to their native severity level (vs also writing to each lower severity level; no effect when -logtostderr=true)'),
  f('rootfs', 'string', undefined, "[EXPERIMENTAL] The path to the 'real' host root filesystem."),
  f('skip-headers', undefined, undefined, 'If true, avoid header prefixes in the log messages'),
  f('skip-log-headers', undefined, undefined, 'If true, avoid headers when opening log files (no effect when -logtostderr=true)'),
  f('v', 'Level', undefined, 'number for the log level verbosity', 'v'),
];

const ROOT_LONG = `

    ┌──────────────────────────────────────────────────────────┐
    │ KUBEADM                                                  │
    │ Easily bootstrap a secure Kubernetes cluster             │
    │                                                          │
    │ Please give us feedback at:                              │
    │ https://github.com/kubernetes/kubeadm/issues             │
    └──────────────────────────────────────────────────────────┘

Example usage:

    Create a two-machine cluster with one control-plane node
    (which controls the cluster), and one worker node
    (where your workloads, like Pods and Deployments run).

    ┌──────────────────────────────────────────────────────────┐
    │ On the first machine:                                    │
    ├──────────────────────────────────────────────────────────┤
    │ control-plane# kubeadm init                              │
    └──────────────────────────────────────────────────────────┘

    ┌──────────────────────────────────────────────────────────┐
    │ On the second machine:                                   │
    ├──────────────────────────────────────────────────────────┤
    │ worker# kubeadm join <arguments-returned-from-init>      │
    └──────────────────────────────────────────────────────────┘

    You can then repeat the second step on as many other machines as you like.
`;

/** `kubeadm init`'s Long: the init workflow's phases (kubeadm 1.27.1's text; see tests/golden/kubeadm/DIFFERENCES.md). */
const INIT_LONG = `Run this command in order to set up the Kubernetes control plane

The "init" command executes the following phases:
\`\`\`
preflight                    Run pre-flight checks
certs                        Certificate generation
  /ca                          Generate the self-signed Kubernetes CA to provision identities for other Kubernetes components
  /apiserver                   Generate the certificate for serving the Kubernetes API
  /apiserver-kubelet-client    Generate the certificate for the API server to connect to kubelet
  /front-proxy-ca              Generate the self-signed CA to provision identities for front proxy
  /front-proxy-client          Generate the certificate for the front proxy client
  /etcd-ca                     Generate the self-signed CA to provision identities for etcd
  /etcd-server                 Generate the certificate for serving etcd
  /etcd-peer                   Generate the certificate for etcd nodes to communicate with each other
  /etcd-healthcheck-client     Generate the certificate for liveness probes to healthcheck etcd
  /apiserver-etcd-client       Generate the certificate the apiserver uses to access etcd
  /sa                          Generate a private key for signing service account tokens along with its public key
kubeconfig                   Generate all kubeconfig files necessary to establish the control plane and the admin kubeconfig file
  /admin                       Generate a kubeconfig file for the admin to use and for kubeadm itself
  /kubelet                     Generate a kubeconfig file for the kubelet to use *only* for cluster bootstrapping purposes
  /controller-manager          Generate a kubeconfig file for the controller manager to use
  /scheduler                   Generate a kubeconfig file for the scheduler to use
kubelet-start                Write kubelet settings and (re)start the kubelet
control-plane                Generate all static Pod manifest files necessary to establish the control plane
  /apiserver                   Generates the kube-apiserver static Pod manifest
  /controller-manager          Generates the kube-controller-manager static Pod manifest
  /scheduler                   Generates the kube-scheduler static Pod manifest
etcd                         Generate static Pod manifest file for local etcd
  /local                       Generate the static Pod manifest file for a local, single-node local etcd instance
upload-config                Upload the kubeadm and kubelet configuration to a ConfigMap
  /kubeadm                     Upload the kubeadm ClusterConfiguration to a ConfigMap
  /kubelet                     Upload the kubelet component config to a ConfigMap
upload-certs                 Upload certificates to kubeadm-certs
mark-control-plane           Mark a node as a control-plane
bootstrap-token              Generates bootstrap tokens used to join a node to a cluster
kubelet-finalize             Updates settings relevant to the kubelet after TLS bootstrap
  /experimental-cert-rotation  Enable kubelet client certificate rotation
addon                        Install required addons for passing conformance tests
  /coredns                     Install the CoreDNS addon to a Kubernetes cluster
  /kube-proxy                  Install the kube-proxy addon to a Kubernetes cluster
show-join-command            Show the join command for control-plane and worker node
\`\`\``;

/** `kubeadm token` and `kubeadm token create` (cmd/kubeadm/app/cmd/token.go; the text of kubeadm 1.23 and of today's reference). */
const TOKEN_LONG = `
This command manages bootstrap tokens. It is optional and needed only for advanced use cases.

In short, bootstrap tokens are used for establishing bidirectional trust between a client and a server.
A bootstrap token can be used when a client (for example a node that is about to join the cluster) needs
to trust the server it is talking to. Then a bootstrap token with the "signing" usage can be used.
bootstrap tokens can also function as a way to allow short-lived authentication to the API Server
(the token serves as a way for the API Server to trust the client), for example for doing the TLS Bootstrap.

What is a bootstrap token more exactly?
 - It is a Secret in the kube-system namespace of type "bootstrap.kubernetes.io/token".
 - A bootstrap token must be of the form "[a-z0-9]{6}.[a-z0-9]{16}". The former part is the public token ID,
   while the latter is the Token Secret and it must be kept private at all circumstances!
 - The name of the Secret must be named "bootstrap-token-(token-id)".

You can read more about bootstrap tokens here:
  https://kubernetes.io/docs/admin/bootstrap-tokens/
`;
const TOKEN_CREATE_LONG = `
This command will create a bootstrap token for you.
You can specify the usages for this token, the "time to live" and an optional human friendly description.

The [token] is the actual token to write.
This should be a securely generated random token of the form "[a-z0-9]{6}.[a-z0-9]{16}".
If no [token] is given, kubeadm will generate a random token instead.
`;
const KUBECONFIG_DESC = 'The kubeconfig file to use when talking to the cluster. If the flag is not set, a set of standard locations can be searched for an existing kubeconfig file.';

const PATCHES_DESC = (targets: string) =>
  `Path to a directory that contains files named "target[suffix][+patchtype].extension". For example, "kube-apiserver0+merge.yaml" or just "etcd.json". "target" can be one of ${targets}. "patchtype" can be one of "strategic", "merge" or "json" and they match the patch formats supported by kubectl. The default "patchtype" is "strategic". "extension" must be either "json" or "yaml". "suffix" is an optional string that can be used to determine which patches are applied first alpha-numerically.`;
const FEATURE_GATES_DESC =
  'A set of key=value pairs that describe feature gates for various features. Options are:\nEtcdLearnerMode=true|false (ALPHA - default=false)\nPublicKeysECDSA=true|false (ALPHA - default=false)\nRootlessControlPlane=true|false (ALPHA - default=false)\nUpgradeAddonsBeforeControlPlane=true|false (DEPRECATED - default=false)';
const IGNORE_DESC = "A list of checks whose errors will be shown as warnings. Example: 'IsPrivilegedUser,Swap'. Value 'all' ignores errors from all checks.";
const ADMIN = '/etc/kubernetes/admin.conf';
/** kubeadm's output flags (util/output): `-o` (1.28 names it `--experimental-output`; `--output` came in 1.31) and the kubectl printer flags. */
const PRINT_FLAGS = [
  f('allow-missing-template-keys', undefined, 'true', 'If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.'),
  f('experimental-output', 'string', 'text', 'Output format. One of: text|json|yaml|go-template|go-template-file|template|templatefile|jsonpath|jsonpath-as-json|jsonpath-file.', 'o'),
  f('show-managed-fields', undefined, undefined, 'If true, keep the managedFields when printing objects in JSON or YAML format.'),
];
const CONFIG_DESC = 'Path to a kubeadm configuration file.';
const CRI_DESC = 'Path to the CRI socket to connect. If empty kubeadm will try to auto-detect this value; use this option only if you have more than one CRI installed or if you have non-standard CRI socket.';
const DRY_RUN_DESC = "Don't apply any changes; just output what would be done.";
const UPGRADE_DRY_RUN_DESC = 'Do not change any state, just output what actions would be performed.';
const SKIP_PHASES_DESC = 'List of phases to be skipped';
const PATCH_TARGETS = '"kube-apiserver", "kube-controller-manager", "kube-scheduler", "etcd", "kubeletconfiguration"';
const ALLOW_EXPERIMENTAL_DESC = 'Show unstable versions of Kubernetes as an upgrade alternative and allow upgrading to an alpha/beta/release candidate versions of Kubernetes.';
const ALLOW_RC_DESC = 'Show release candidate versions of Kubernetes as an upgrade alternative and allow upgrading to a release candidate versions of Kubernetes.';
const CERT_RENEWAL_DESC = 'Perform the renewal of certificates used by component changed during upgrades.';
const ETCD_UPGRADE_DESC = 'Perform the upgrade of etcd.';
const PRINT_CONFIG_DESC = 'Specifies whether the configuration file that will be used in the upgrade should be printed or not.';
const CERT_DIR_DESC = 'The path where to save the certificates';
const IMAGE_REPO_DESC = 'Choose a container registry to pull control plane images from';
const K8S_VERSION_DESC = 'Choose a specific Kubernetes version for the control plane.';

/** Every command path (after `kubeadm`) and its node; `''` is kubeadm itself. */
export const TREE: Record<string, KNode> = {
  '': { short: 'kubeadm: easily bootstrap a secure Kubernetes cluster', long: ROOT_LONG, flags: [] },
  // cmd/kubeadm/app/cmd/alpha/alpha.go: left empty since 1.22 (the deprecated `alpha kubeconfig` went away), still so in 1.28 and 1.29
  alpha: { short: 'Kubeadm experimental sub-commands', topic: true, flags: [] },
  init: {
    short: 'Run this command in order to set up the Kubernetes control plane',
    long: INIT_LONG,
    runnable: true,
    flags: [
      f('apiserver-advertise-address', 'string', undefined, "The IP address the API Server will advertise it's listening on. If not set the default network interface will be used."),
      f('apiserver-bind-port', 'int32', '6443', 'Port for the API Server to bind to.'),
      f('apiserver-cert-extra-sans', 'strings', undefined, 'Optional extra Subject Alternative Names (SANs) to use for the API Server serving certificate. Can be both IP addresses and DNS names.'),
      f('cert-dir', 'string', '/etc/kubernetes/pki', 'The path where to save and store the certificates.'),
      f('certificate-key', 'string', undefined, 'Key used to encrypt the control-plane certificates in the kubeadm-certs Secret.'),
      f('config', 'string', undefined, 'Path to a kubeadm configuration file.'),
      f('control-plane-endpoint', 'string', undefined, 'Specify a stable IP address or DNS name for the control plane.'),
      f('cri-socket', 'string', undefined, 'Path to the CRI socket to connect. If empty kubeadm will try to auto-detect this value; use this option only if you have more than one CRI installed or if you have non-standard CRI socket.'),
      f('dry-run', undefined, undefined, "Don't apply any changes; just output what would be done."),
      f('feature-gates', 'string', undefined, FEATURE_GATES_DESC),
      f('ignore-preflight-errors', 'strings', undefined, IGNORE_DESC),
      f('image-repository', 'string', 'registry.k8s.io', 'Choose a container registry to pull control plane images from'),
      f('kubernetes-version', 'string', 'stable-1', 'Choose a specific Kubernetes version for the control plane.'),
      f('node-name', 'string', undefined, 'Specify the node name.'),
      f('patches', 'string', undefined, PATCHES_DESC('"kube-apiserver", "kube-controller-manager", "kube-scheduler", "etcd", "kubeletconfiguration"')),
      f('pod-network-cidr', 'string', undefined, 'Specify range of IP addresses for the pod network. If set, the control plane will automatically allocate CIDRs for every node.'),
      f('service-cidr', 'string', '10.96.0.0/12', 'Use alternative range of IP address for service VIPs.'),
      f('service-dns-domain', 'string', 'cluster.local', 'Use alternative domain for services, e.g. "myorg.internal".'),
      f('skip-certificate-key-print', undefined, undefined, "Don't print the key used to encrypt the control-plane certificates."),
      f('skip-phases', 'strings', undefined, 'List of phases to be skipped'),
      f('skip-token-print', undefined, undefined, "Skip printing of the default bootstrap token generated by 'kubeadm init'."),
      f('token', 'string', undefined, 'The token to use for establishing bidirectional trust between nodes and control-plane nodes. The format is [a-z0-9]{6}\\.[a-z0-9]{16} - e.g. abcdef.0123456789abcdef'),
      f('token-ttl', 'duration', '24h0m0s', "The duration before the token is automatically deleted (e.g. 1s, 2m, 3h). If set to '0', the token will never expire"),
      f('upload-certs', undefined, undefined, 'Upload control-plane certificates to the kubeadm-certs Secret.'),
    ],
  },
  'init phase': { short: 'Use this command to invoke single phase of the init workflow', passThrough: true, phases: phasesOf(INIT_LONG), flags: [] },
  join: {
    short: 'Run this on any machine you wish to join an existing cluster',
    long: JOIN_LONG,
    use: '[api-server-endpoint]',
    runnable: true,
    flags: [
      f('apiserver-advertise-address', 'string', undefined, "If the node should host a new control plane instance, the IP address the API Server will advertise it's listening on. If not set the default network interface will be used."),
      f('apiserver-bind-port', 'int32', '6443', 'If the node should host a new control plane instance, the port for the API Server to bind to.'),
      f('certificate-key', 'string', undefined, 'Use this key to decrypt the certificate secrets uploaded by init.'),
      f('config', 'string', undefined, CONFIG_DESC),
      f('control-plane', undefined, undefined, 'Create a new control plane instance on this node'),
      f('cri-socket', 'string', undefined, CRI_DESC),
      f('discovery-file', 'string', undefined, 'For file-based discovery, a file or URL from which to load cluster information.'),
      f('discovery-token', 'string', undefined, 'For token-based discovery, the token used to validate cluster information fetched from the API server.'),
      f('discovery-token-ca-cert-hash', 'strings', undefined, 'For token-based discovery, validate that the root CA public key matches this hash (format: "<type>:<value>").'),
      f('discovery-token-unsafe-skip-ca-verification', undefined, undefined, 'For token-based discovery, allow joining without --discovery-token-ca-cert-hash pinning.'),
      f('dry-run', undefined, undefined, DRY_RUN_DESC),
      f('ignore-preflight-errors', 'strings', undefined, IGNORE_DESC),
      f('node-name', 'string', undefined, 'Specify the node name.'),
      f('patches', 'string', undefined, PATCHES_DESC(PATCH_TARGETS)),
      f('skip-phases', 'strings', undefined, SKIP_PHASES_DESC),
      f('tls-bootstrap-token', 'string', undefined, 'Specify the token used to temporarily authenticate with the Kubernetes Control Plane while joining the node.'),
      f('token', 'string', undefined, 'Use this token for both discovery-token and tls-bootstrap-token when those values are not provided.'),
    ],
  },
  'join phase': { short: 'Use this command to invoke single phase of the join workflow', passThrough: true, phases: phasesOf(JOIN_LONG), flags: [] },
  reset: {
    short: "Performs a best effort revert of changes made to this host by 'kubeadm init' or 'kubeadm join'",
    long: RESET_LONG,
    runnable: true,
    flags: [
      f('cert-dir', 'string', '/etc/kubernetes/pki', 'The path to the directory where the certificates are stored. If specified, clean this directory.'),
      f('cleanup-tmp-dir', undefined, undefined, 'Cleanup the "/etc/kubernetes/tmp" directory'),
      f('config', 'string', undefined, CONFIG_DESC),
      f('cri-socket', 'string', undefined, CRI_DESC),
      f('dry-run', undefined, undefined, DRY_RUN_DESC),
      f('force', undefined, undefined, 'Reset the node without prompting for confirmation.', 'f'),
      f('ignore-preflight-errors', 'strings', undefined, IGNORE_DESC),
      f('kubeconfig', 'string', ADMIN, KUBECONFIG_DESC),
      f('skip-phases', 'strings', undefined, SKIP_PHASES_DESC),
    ],
  },
  'reset phase': { short: 'Use this command to invoke single phase of the reset workflow', passThrough: true, phases: phasesOf(RESET_LONG), flags: [] },
  token: { short: 'Manage bootstrap tokens', long: TOKEN_LONG, runnable: true, flags: [], persistent: [f('dry-run', undefined, undefined, 'Whether to enable dry-run mode or not'), f('kubeconfig', 'string', ADMIN, KUBECONFIG_DESC)] },
  'token create': {
    short: 'Create bootstrap tokens on the server',
    use: '[token]',
    noFlagsInUse: true,
    runnable: true,
    long: TOKEN_CREATE_LONG,
    flags: [
      f('certificate-key', 'string', undefined, "When used together with '--print-join-command', print the full 'kubeadm join' flag needed to join the cluster as a control-plane. To create a new certificate key you must use 'kubeadm init phase upload-certs --upload-certs'."),
      f('config', 'string', undefined, 'Path to a kubeadm configuration file.'),
      f('description', 'string', undefined, 'A human friendly description of how this token is used.'),
      f('groups', 'strings', '[system:bootstrappers:kubeadm:default-node-token]', 'Extra groups that this token will authenticate as when used for authentication. Must match "\\\\Asystem:bootstrappers:[a-z0-9:-]{0,255}[a-z0-9]\\\\z"'),
      f('print-join-command', undefined, undefined, "Instead of printing only the token, print the full 'kubeadm join' flag needed to join the cluster using the token."),
      f('ttl', 'duration', '24h0m0s', "The duration before the token is automatically deleted (e.g. 1s, 2m, 3h). If set to '0', the token will never expire"),
      f('usages', 'strings', '[signing,authentication]', 'Describes the ways in which this token can be used. You can pass --usages multiple times or provide a comma separated list of options. Valid options: [signing,authentication]'),
    ],
  },
  'token delete': { short: 'Delete bootstrap tokens on the server', long: TOKEN_DELETE_LONG, use: '[token-value] ...', noFlagsInUse: true, runnable: true, flags: [] },
  'token generate': { short: 'Generate and print a bootstrap token, but do not create it on the server', long: TOKEN_GENERATE_LONG, runnable: true, flags: [] },
  'token list': { short: 'List bootstrap tokens on the server', long: TOKEN_LIST_LONG, runnable: true, flags: PRINT_FLAGS },
  upgrade: { short: 'Upgrade your cluster smoothly to a newer version with this command', runnable: true, flags: [] },
  'upgrade apply': {
    short: 'Upgrade your Kubernetes cluster to the specified version',
    use: '[version]',
    runnable: true,
    flags: [
      f('allow-experimental-upgrades', undefined, undefined, ALLOW_EXPERIMENTAL_DESC),
      f('allow-release-candidate-upgrades', undefined, undefined, ALLOW_RC_DESC),
      f('certificate-renewal', undefined, 'true', CERT_RENEWAL_DESC),
      f('config', 'string', undefined, CONFIG_DESC),
      f('dry-run', undefined, undefined, UPGRADE_DRY_RUN_DESC),
      f('etcd-upgrade', undefined, 'true', ETCD_UPGRADE_DESC),
      f('feature-gates', 'string', undefined, FEATURE_GATES_DESC),
      f('force', undefined, undefined, 'Force upgrading although some requirements might not be met. This also implies non-interactive mode.', 'f'),
      f('ignore-preflight-errors', 'strings', undefined, IGNORE_DESC),
      f('kubeconfig', 'string', ADMIN, KUBECONFIG_DESC),
      f('patches', 'string', undefined, PATCHES_DESC(PATCH_TARGETS)),
      f('print-config', undefined, undefined, PRINT_CONFIG_DESC),
      f('yes', undefined, undefined, 'Perform the upgrade and do not prompt for confirmation (non-interactive mode).', 'y'),
    ],
  },
  'upgrade diff': {
    short: 'Show what differences would be applied to existing static pod manifests. See also: kubeadm upgrade apply --dry-run',
    use: '[version]',
    runnable: true,
    flags: [
      f('api-server-manifest', 'string', '/etc/kubernetes/manifests/kube-apiserver.yaml', 'path to API server manifest'),
      f('config', 'string', undefined, CONFIG_DESC),
      f('context-lines', 'int32', '3', 'How many lines of context in the diff', 'c'),
      f('controller-manager-manifest', 'string', '/etc/kubernetes/manifests/kube-controller-manager.yaml', 'path to controller manifest'),
      f('kubeconfig', 'string', ADMIN, KUBECONFIG_DESC),
      f('scheduler-manifest', 'string', '/etc/kubernetes/manifests/kube-scheduler.yaml', 'path to scheduler manifest'),
    ],
  },
  'upgrade node': {
    short: 'Upgrade commands for a node in the cluster',
    long: UPGRADE_NODE_LONG,
    runnable: true,
    flags: [
      f('certificate-renewal', undefined, 'true', CERT_RENEWAL_DESC),
      f('dry-run', undefined, undefined, UPGRADE_DRY_RUN_DESC),
      f('etcd-upgrade', undefined, 'true', ETCD_UPGRADE_DESC),
      f('ignore-preflight-errors', 'strings', undefined, IGNORE_DESC),
      f('kubeconfig', 'string', ADMIN, KUBECONFIG_DESC),
      f('patches', 'string', undefined, PATCHES_DESC(PATCH_TARGETS)),
      f('skip-phases', 'strings', undefined, SKIP_PHASES_DESC),
    ],
  },
  'upgrade node phase': { short: 'Use this command to invoke single phase of the node workflow', passThrough: true, phases: phasesOf(UPGRADE_NODE_LONG), flags: [] },
  'upgrade plan': {
    short: 'Check which versions are available to upgrade to and validate whether your current cluster is upgradeable.',
    long: UPGRADE_PLAN_LONG,
    use: '[version] [flags]',
    runnable: true,
    flags: [
      f('allow-experimental-upgrades', undefined, undefined, ALLOW_EXPERIMENTAL_DESC),
      f('allow-release-candidate-upgrades', undefined, undefined, ALLOW_RC_DESC),
      f('config', 'string', undefined, CONFIG_DESC),
      f('feature-gates', 'string', undefined, FEATURE_GATES_DESC),
      f('ignore-preflight-errors', 'strings', undefined, IGNORE_DESC),
      f('kubeconfig', 'string', ADMIN, KUBECONFIG_DESC),
      f('print-config', undefined, undefined, PRINT_CONFIG_DESC),
      ...PRINT_FLAGS,
    ],
  },
  certs: { short: 'Commands related to handling kubernetes certificates', aliases: ['certificates'], runnable: true, flags: [] },
  'certs certificate-key': { short: 'Generate certificate keys', long: CERTS_KEY_LONG, runnable: true, noArgs: true, flags: [] },
  'certs check-expiration': {
    short: 'Check certificates expiration for a Kubernetes cluster',
    long: CERTS_EXPIRATION_LONG,
    runnable: true,
    // no output flags before 1.30
    flags: [f('cert-dir', 'string', '/etc/kubernetes/pki', CERT_DIR_DESC), f('config', 'string', undefined, CONFIG_DESC), f('kubeconfig', 'string', ADMIN, KUBECONFIG_DESC)],
  },
  'certs generate-csr': {
    short: 'Generate keys and certificate signing requests',
    long: CERTS_CSR_LONG,
    example: CERTS_CSR_EXAMPLE,
    runnable: true,
    flags: [f('cert-dir', 'string', undefined, CERT_DIR_DESC), f('config', 'string', undefined, CONFIG_DESC), f('kubeconfig-dir', 'string', '/etc/kubernetes', 'The path where to save the kubeconfig file.')],
  },
  'certs renew': { short: 'Renew certificates for a Kubernetes cluster', long: MACRO_LONG, runnable: true, flags: [] },
  config: { short: 'Manage configuration for a kubeadm cluster persisted in a ConfigMap in the cluster', long: CONFIG_LONG, runnable: true, flags: [], persistent: [f('kubeconfig', 'string', ADMIN, KUBECONFIG_DESC)] },
  'config images': { short: 'Interact with container images used by kubeadm', runnable: true, flags: [] },
  'config images list': {
    short: 'Print a list of images kubeadm will use. The configuration file is used in case any images or image repositories are customized',
    runnable: true,
    flags: [...PRINT_FLAGS, f('config', 'string', undefined, CONFIG_DESC), f('feature-gates', 'string', undefined, FEATURE_GATES_DESC), f('image-repository', 'string', 'registry.k8s.io', IMAGE_REPO_DESC), f('kubernetes-version', 'string', 'stable-1', K8S_VERSION_DESC)],
  },
  'config images pull': {
    short: 'Pull images used by kubeadm',
    runnable: true,
    flags: [f('config', 'string', undefined, CONFIG_DESC), f('cri-socket', 'string', undefined, CRI_DESC), f('feature-gates', 'string', undefined, FEATURE_GATES_DESC), f('image-repository', 'string', 'registry.k8s.io', IMAGE_REPO_DESC), f('kubernetes-version', 'string', 'stable-1', K8S_VERSION_DESC)],
  },
  'config migrate': {
    short: 'Read an older version of the kubeadm configuration API types from a file, and output the similar config object for the newer version',
    long: CONFIG_MIGRATE_LONG,
    runnable: true,
    flags: [
      f('new-config', 'string', undefined, 'Path to the resulting equivalent kubeadm config file using the new API version. Optional, if not specified output will be sent to STDOUT.'),
      f('old-config', 'string', undefined, 'Path to the kubeadm config file that is using an old API version and should be converted. This flag is mandatory.'),
    ],
  },
  'config print': { short: 'Print configuration', long: CONFIG_PRINT_LONG, runnable: true, flags: [] },
  'config print init-defaults': { short: "Print default init configuration, that can be used for 'kubeadm init'", long: printDefaultsLong('init'), runnable: true, flags: [f('component-configs', 'strings', undefined, COMPONENT_CONFIGS_DESC)] },
  'config print join-defaults': { short: "Print default join configuration, that can be used for 'kubeadm join'", long: printDefaultsLong('join'), runnable: true, flags: [f('component-configs', 'strings', undefined, COMPONENT_CONFIGS_DESC)] },
  'config print reset-defaults': { short: "Print default reset configuration, that can be used for 'kubeadm reset'", long: printDefaultsLong('reset'), runnable: true, flags: [f('component-configs', 'strings', undefined, COMPONENT_CONFIGS_DESC)] },
  'config validate': {
    short: 'Read a file containing the kubeadm configuration API and report any validation problems',
    long: CONFIG_VALIDATE_LONG,
    runnable: true,
    flags: [f('allow-experimental-api', undefined, undefined, 'Allow validation of experimental, unreleased APIs.'), f('config', 'string', undefined, CONFIG_DESC)],
  },
  kubeconfig: { short: 'Kubeconfig file utilities', long: 'Kubeconfig file utilities.', runnable: true, flags: [] },
  'kubeconfig user': {
    short: 'Output a kubeconfig file for an additional user',
    long: 'Output a kubeconfig file for an additional user.',
    example: KUBECONFIG_USER_EXAMPLE,
    runnable: true,
    flags: [
      f('client-name', 'string', undefined, 'The name of user. It will be used as the CN if client certificates are created'),
      f('config', 'string', undefined, CONFIG_DESC),
      f('org', 'strings', undefined, 'The orgnizations of the client certificate. It will be used as the O if client certificates are created'),
      f('token', 'string', undefined, 'The token that should be used as the authentication mechanism for this kubeconfig, instead of client certificates'),
      f('validity-period', 'duration', '8760h0m0s', 'The validity period of the client certificate. It is an offset from the current time.'),
    ],
  },
  completion: { short: 'Output shell completion code for the specified shell (bash or zsh)', long: COMPLETION_LONG, example: COMPLETION_EXAMPLE, use: 'SHELL', runnable: true, flags: [] },
  // no Long: cobra's help starts with the Short; cobra.NoArgs
  version: { short: 'Print the version of kubeadm', long: 'Print the version of kubeadm', runnable: true, noArgs: true, flags: [f('output', 'string', undefined, "Output format; available options are 'yaml', 'json' and 'short'", 'o')] },
};

/** `certs renew <certificate>` and `certs renew all`: one command per certificate the renewal manager knows (no super-admin.conf before 1.29). */
for (const [name, short] of RENEW_COMMANDS) {
  TREE[`certs renew ${name}`] = {
    short,
    long: name === 'all' ? RENEW_ALL_LONG : renewLong(short.slice('Renew the '.length)),
    runnable: true,
    noArgs: true,
    flags: [f('cert-dir', 'string', '/etc/kubernetes/pki', CERT_DIR_DESC), f('config', 'string', undefined, CONFIG_DESC), f('kubeconfig', 'string', ADMIN, KUBECONFIG_DESC)],
  };
}
