/**
 * Writes src/sim/k8s/components/data/kube-apiserver-v1-<minor>.ts: what `kube-apiserver --help` prints, read from a
 * kubernetes v1.28 tree. NewAPIServerCommand (cmd/kube-apiserver/app/server.go) prints cmd.Long, the usage line and
 * cliflag.PrintSections over ServerRunOptions.Flags()'s named flag sets, in the order they were first asked for:
 * controlplane options' AddFlags (generic … traces, misc), then "cloud provider", more "misc", then "global"
 * (verflag's --version, globalflag.AddGlobalFlags' -h/--help; the logging flags are skipped there) and
 * AddCustomGlobalFlags into "generic". The flags' defaults are the values the constructors (NewServerRunOptions,
 * controlplane NewOptions and the option types' New… functions) set; those are given below by flag name, each
 * with the line it comes from.
 *
 *   npx tsx scripts/golden/kube-apiserver-flags.ts <kubernetes git dir> [rev] [tree version]   (component-target.ts)
 */
import { writeFileSync } from 'node:fs';
import { type Env, type GoFlag, evalString, flagsOf, fnBody, stringConsts } from './go-flags';
import { emitComponentHelp } from './component-help-emit';
import { TLS_CIPHERS_INSECURE, TLS_CIPHERS_PREFERRED } from '../../src/sim/k8s/kubelet/help-v1-28';
import { gatesUsage, target } from './component-target';

const t = target('kube-apiserver-flags.ts');
const show = t.show;
const FEATURE_GATES = t.gates;
const O = 'staging/src/k8s.io/apiserver/pkg/server/options/';
const K = 'pkg/kubeapiserver/options/';

const unknown: string[] = [];
const env: Env = { vals: {}, defaults: {}, types: {}, unknown };
const missing: string[] = [];
const sections = new Map<string, GoFlag[]>();
function add(section: string, file: string, header: string, vals: Record<string, string> = {}, fsName = 'fs') {
  const src = show(file);
  const body = fnBody(src, header);
  const e = { ...env, vals: { ...stringConsts(src), ...env.vals, ...vals } };
  const list = sections.get(section) ?? [];
  list.push(...flagsOf(body, e, fsName, missing));
  sections.set(section, list);
}

// what the sources compute at run time
const plugins = show(`${K}plugins.go`);
// AllOrderedPlugins lists each plugin's PluginName constant with the name beside it
const ordered = [...fnBody(plugins.replace('var AllOrderedPlugins = []string{', 'func AllOrderedPlugins() {'), 'func AllOrderedPlugins()').matchAll(/PluginName,\s*\/\/ (\w+)/g)].map((m) => m[1]);
const onBody = fnBody(plugins, 'func DefaultOffAdmissionPlugins()');
const defaultOn = new Set([...onBody.matchAll(/PluginName,\s*\/\/ (\w+)/g)].map((m) => m[1]));
const registered = [...ordered].sort();
Object.assign(env.vals, {
  // cliflag.PreferredTLSCipherNames() / InsecureTLSCipherNames(): crypto/tls's lists, as the kubelet's help has them
  tlsCipherPreferredValues: TLS_CIPHERS_PREFERRED,
  tlsCipherInsecureValues: TLS_CIPHERS_INSECURE,
  // cliflag.TLSPossibleVersions(): the sorted keys of ciphersuites_flag.go's versions map
  tlsPossibleVersions: ['VersionTLS10', 'VersionTLS11', 'VersionTLS12', 'VersionTLS13'],
  'pluginlog.AllowedFormats': ['legacy', 'json'],
  AllowedModes: ['batch', 'blocking', 'blocking-strict'],
  'authzmodes.AuthorizationModeChoices': ['AlwaysAllow', 'AlwaysDeny', 'ABAC', 'Webhook', 'RBAC', 'Node'],
  'a.GenericAdmission.Plugins.Registered()': registered,
  'a.Plugins.Registered()': registered,
  // the generic options' RecommendedPluginOrder is set to AllOrderedPlugins, DefaultOffPlugins to the rest
  'a.defaultEnabledPluginNames()': ordered.filter((n) => defaultOn.has(n)),
  // reconcilers.AllTypes.Names()
  'reconcilers.AllTypes.Names()': ['master-count', 'lease', 'none'],
  // logRegistry.list() with the json format registered (cmd/kube-apiserver imports logs/json/register)
  formats: '"json" (gated by LoggingBetaOptions), "text"',
});
Object.assign(env.types, {
  'tls-sni-cert-key': 'namedCertKey', // cliflag.NamedCertKeyArray
  'oidc-required-claim': 'mapStringString', // cliflag.MapStringStringNoSplit
  'runtime-config': 'mapStringString', // cliflag.ConfigurationMap
  'service-node-port-range': 'portRange', // utilnet.PortRange
  v: 'Level', // logsapi.VerbosityLevelPflag
  vmodule: 'pattern=N,...', // logsapi.VModuleConfigurationPflag
  'log-json-info-buffer-size': 'quantity', // resource.QuantityValue
  'feature-gates': 'mapStringBool', // featuregate's Type()
});
// the constructors' values (pflag's DefValue, as the Value prints it)
Object.assign(env.defaults, {
  // server.NewConfig via genericoptions.NewServerRunOptions
  'max-requests-inflight': '400', 'max-mutating-requests-inflight': '200', 'request-timeout': '1m0s', 'min-request-timeout': '1800',
  'livez-grace-period': '0s', 'shutdown-delay-duration': '0s', 'shutdown-watch-termination-grace-period': '0s',
  'enable-priority-and-fairness': 'true', 'shutdown-send-retry-after': 'false', 'goaway-chance': '0', 'external-hostname': '',
  'advertise-address': '<nil>', 'cors-allowed-origins': '[]', 'strict-transport-security-directives': '[]',
  // NewEtcdOptions(storagebackend.NewDefaultConfig("/registry", nil)), controlplane NewOptions' protobuf media type
  'etcd-servers-overrides': '[]', 'storage-media-type': 'application/vnd.kubernetes.protobuf', 'delete-collection-workers': '1',
  'enable-garbage-collector': 'true', 'watch-cache': 'true', 'default-watch-cache-size': '100', 'watch-cache-sizes': '[]',
  'storage-backend': '', 'etcd-servers': '[]', 'etcd-prefix': '/registry', 'etcd-keyfile': '', 'etcd-certfile': '', 'etcd-cafile': '',
  'encryption-provider-config': '', 'encryption-provider-config-automatic-reload': 'false', 'etcd-compaction-interval': '5m0s',
  'etcd-count-metric-poll-period': '1m0s', 'etcd-db-metric-poll-interval': '30s', 'etcd-healthcheck-timeout': '2s',
  'etcd-readycheck-timeout': '2s', 'lease-reuse-duration-seconds': '60',
  // kubeoptions.NewSecureServingOptions
  'bind-address': '0.0.0.0', 'secure-port': '6443', 'cert-dir': '/var/run/kubernetes', 'tls-cert-file': '', 'tls-private-key-file': '',
  'tls-cipher-suites': '[]', 'tls-min-version': '', 'http2-max-streams-per-connection': '0', 'permit-port-sharing': 'false',
  'permit-address-sharing': 'false', 'tls-sni-cert-key': '[]',
  // NewAuditOptions: the log backend blocking with defaultLogBatchConfig, the webhook batching with defaultWebhookBatchConfig
  'audit-policy-file': '', 'audit-log-path': '', 'audit-log-maxage': '0', 'audit-log-maxbackup': '0', 'audit-log-maxsize': '0',
  'audit-log-format': 'json', 'audit-log-version': 'audit.k8s.io/v1', 'audit-log-compress': 'false', 'audit-log-mode': 'blocking',
  'audit-log-batch-buffer-size': '10000', 'audit-log-batch-max-size': '1', 'audit-log-batch-max-wait': '0s',
  'audit-log-batch-throttle-enable': 'false', 'audit-log-batch-throttle-qps': '0', 'audit-log-batch-throttle-burst': '0',
  'audit-log-truncate-enabled': 'false', 'audit-log-truncate-max-batch-size': '10485760', 'audit-log-truncate-max-event-size': '102400',
  'audit-webhook-config-file': '', 'audit-webhook-initial-backoff': '10s', 'audit-webhook-batch-initial-backoff': '10s',
  'audit-webhook-version': 'audit.k8s.io/v1', 'audit-webhook-mode': 'batch', 'audit-webhook-batch-buffer-size': '10000',
  'audit-webhook-batch-max-size': '400', 'audit-webhook-batch-max-wait': '30s', 'audit-webhook-batch-throttle-enable': 'true',
  'audit-webhook-batch-throttle-qps': '10', 'audit-webhook-batch-throttle-burst': '15', 'audit-webhook-truncate-enabled': 'false',
  'audit-webhook-truncate-max-batch-size': '10485760', 'audit-webhook-truncate-max-event-size': '102400',
  // NewFeatureOptions (server.NewConfig: profiling on)
  profiling: 'true', 'contention-profiling': 'false', 'debug-socket-path': '',
  // NewBuiltInAuthenticationOptions().WithAll()
  'api-audiences': '[]', 'anonymous-auth': 'true', 'enable-bootstrap-token-auth': 'false', 'oidc-issuer-url': '', 'oidc-client-id': '',
  'oidc-ca-file': '', 'service-account-key-file': '[]', 'service-account-lookup': 'true', 'service-account-issuer': '[]',
  'service-account-jwks-uri': '', 'service-account-max-token-expiration': '0s', 'service-account-extend-token-expiration': 'true',
  'token-auth-file': '', 'authentication-token-webhook-config-file': '', 'authentication-token-webhook-version': 'v1beta1',
  'authentication-token-webhook-cache-ttl': '2m0s', 'oidc-required-claim': '', 'client-ca-file': '',
  // NewBuiltInAuthorizationOptions
  'authorization-mode': '[AlwaysAllow]', 'authorization-policy-file': '', 'authorization-webhook-config-file': '',
  'authorization-webhook-version': 'v1beta1', 'authorization-webhook-cache-authorized-ttl': '5m0s',
  'authorization-webhook-cache-unauthorized-ttl': '30s',
  'runtime-config': '', 'egress-selector-config-file': '',
  'admission-control': '[]', 'enable-admission-plugins': '[]', 'disable-admission-plugins': '[]', 'admission-control-config-file': '',
  'show-hidden-metrics-for-version': '', 'disabled-metrics': '[]', 'allow-metric-labels': '[]',
  // logsapi.NewLoggingConfiguration
  'logging-format': 'text', 'log-flush-frequency': '5s', v: '0', vmodule: '', 'log-json-info-buffer-size': '0',
  'tracing-config-file': '',
  // controlplane NewOptions
  'event-ttl': '1h0m0s', 'enable-logs-handler': 'true', 'max-connection-bytes-per-sec': '0', 'proxy-client-cert-file': '',
  'proxy-client-key-file': '', 'peer-ca-file': '', 'peer-advertise-ip': '', 'peer-advertise-port': '', 'enable-aggregator-routing': 'false',
  'aggregator-reject-forwarding-redirect': 'true', 'service-account-signing-key-file': '',
  'cloud-provider': '', 'cloud-config': '',
  // NewServerRunOptions
  'allow-privileged': 'false', 'endpoint-reconciler-type': 'lease', 'kubernetes-service-node-port': '0', 'service-cluster-ip-range': '',
  'service-node-port-range': '30000-32767', 'kubelet-preferred-address-types': '[Hostname,InternalDNS,InternalIP,ExternalDNS,ExternalIP]',
  'kubelet-port': '10250', 'kubelet-read-only-port': '10255', 'kubelet-timeout': '5s', 'kubelet-client-certificate': '',
  'kubelet-client-key': '', 'kubelet-certificate-authority': '', 'apiserver-count': '1', 'feature-gates': '',
  'requestheader-username-headers': '[]', 'requestheader-group-headers': '[]', 'requestheader-extra-headers-prefix': '[]',
  'requestheader-client-ca-file': '', 'requestheader-allowed-names': '[]',
});

// pkg/controlplane/apiserver/options/options.go Options.AddFlags
add('generic', `${O}server_run_options.go`, 'func (s *ServerRunOptions) AddUniversalFlags(');
add('etcd', `${O}etcd.go`, 'func (s *EtcdOptions) AddFlags(');
// --secure-port's usage: desc, then `if s.Required { desc += … }` (kubeoptions.NewSecureServingOptions: Required)
const serving = show(`${O}serving.go`);
const desc = evalString(/\bdesc := ("[^"]*")/.exec(serving)![1], env) + evalString(/if s\.Required \{\s*desc \+= ("[^"]*")/.exec(serving)![1], env);
add('secure serving', `${O}serving.go`, 'func (s *SecureServingOptions) AddFlags(', { desc });
add('auditing', `${O}audit.go`, 'func (o *AuditOptions) AddFlags(');
add('auditing', `${O}audit.go`, 'func (o *AuditLogOptions) AddFlags(');
add('auditing', `${O}audit.go`, 'func (o *AuditBatchOptions) AddFlags(', { pluginName: 'log' });
add('auditing', `${O}audit.go`, 'func (o *AuditTruncateOptions) AddFlags(', { pluginName: 'log' });
add('auditing', `${O}audit.go`, 'func (o *AuditWebhookOptions) AddFlags(');
add('auditing', `${O}audit.go`, 'func (o *AuditBatchOptions) AddFlags(', { pluginName: 'webhook' });
add('auditing', `${O}audit.go`, 'func (o *AuditTruncateOptions) AddFlags(', { pluginName: 'webhook' });
add('features', `${O}feature.go`, 'func (o *FeatureOptions) AddFlags(');
add('authentication', `${K}authentication.go`, 'func (o *BuiltInAuthenticationOptions) AddFlags(');
add('authentication', `${O}authentication.go`, 'func (s *ClientCertAuthenticationOptions) AddFlags(');
add('authentication', `${O}authentication.go`, 'func (s *RequestHeaderAuthenticationOptions) AddFlags(');
add('authorization', `${K}authorization.go`, 'func (o *BuiltInAuthorizationOptions) AddFlags(');
add('API enablement', `${O}api_enablement.go`, 'func (s *APIEnablementOptions) AddFlags(');
add('egress selector', `${O}egress_selector.go`, 'func (o *EgressSelectorOptions) AddFlags(');
add('admission', `${K}admission.go`, 'func (a *AdmissionOptions) AddFlags(');
add('admission', `${O}admission.go`, 'func (a *AdmissionOptions) AddFlags(');
add('metrics', 'staging/src/k8s.io/component-base/metrics/options.go', 'func (o *Options) AddFlags(');
add('logs', 'staging/src/k8s.io/component-base/logs/api/v1/options.go', 'func addFlags(');
add('traces', `${O}tracing.go`, 'func (o *TracingOptions) AddFlags(');
add('misc', 'pkg/controlplane/apiserver/options/options.go', 'func (s *Options) AddFlags(');
add('cloud provider', `${K}cloudprovider.go`, 'func (s *CloudProviderOptions) AddFlags(');
add('misc', 'cmd/kube-apiserver/app/options/options.go', 'func (s *ServerRunOptions) Flags(');

if (unknown.length || missing.length) {
  console.error(`not evaluated: ${[...new Set(unknown)].join(', ')}\nno default: ${missing.join(', ')}`);
  process.exit(1);
}

// utilfeature.DefaultMutableFeatureGate.AddFlag(fs) ends AddUniversalFlags; the gates are the kubelet's (the same
// global gate: pkg/features, the apiserver's, apiextensions', component-base's logs and metrics gates)
sections.get('generic')!.push({
  name: 'feature-gates', type: 'mapStringBool', def: '',
  usage: gatesUsage(FEATURE_GATES),
});
// options.AddCustomGlobalFlags(fss.FlagSet("generic")): Go flags registered by the GCE provider and the
// DefaultTolerationSeconds admission plugin (PFlagFromGoFlag: the type is the Value's Go type name without "Value",
// DefValue its String() then)
const gce = show('staging/src/k8s.io/legacy-cloud-providers/gce/gce_loadbalancer.go');
const cidrs = (v: string) => [...new RegExp(`${v}\\.ipn, err = netutils\\.ParseIPNets\\(\\[\\]string\\{([^}]*)\\}`).exec(gce)![1].matchAll(/"([^"]+)"/g)].map((m) => m[1]).sort().join(',');
const gceUsage = (name: string) => JSON.parse(new RegExp(`flag\\.Var\\(&\\w+, "${name}", ("[^"]*")\\)`).exec(gce)![1]) as string;
const providers = show('cmd/kube-apiserver/app/options/globalflags_providers.go');
const gceDeprecated = Object.fromEntries([...providers.matchAll(/fs\.MarkDeprecated\("([\w-]+)", "([^"]*)"\)/g)].map((m) => [m[1], m[2]]));
for (const [name, v] of [['cloud-provider-gce-lb-src-cidrs', 'l4LbSrcRngsFlag'], ['cloud-provider-gce-l7lb-src-cidrs', 'l7lbSrcRngsFlag']]) {
  const dep = gceDeprecated[name];
  sections.get('generic')!.push({ name, type: 'cidrs', def: cidrs(v), usage: gceUsage(name), ...(dep ? { deprecated: dep, hidden: true } : {}) });
}
const tol = show('plugin/pkg/admission/defaulttolerationseconds/admission.go');
for (const m of tol.matchAll(/flag\.Int64\("([\w-]+)", (\d+),\s*((?:"(?:[^"\\]|\\.)*"\s*\+?\s*)+)\)/g)) {
  sections.get('generic')!.push({ name: m[1], type: 'int64', def: m[2], usage: evalString(m[3], env), go: true });
}
// verflag.AddFlags and globalflag.AddGlobalFlags (its logging flags skipped) into "global"
sections.set('global', [
  { name: 'version', type: 'version', def: 'false', noOpt: 'true', usage: '--version, --version=raw prints version information and quits; --version=vX.Y.Z... sets the reported version' },
  { name: 'help', short: 'h', type: 'bool', def: 'false', usage: 'help for kube-apiserver' },
]);

const long = /Long: `([^`]*)`/.exec(fnBody(show('cmd/kube-apiserver/app/server.go'), 'func NewAPIServerCommand('))![1];
writeFileSync(t.out('kube-apiserver'), emitComponentHelp('kube-apiserver', 'kube-apiserver [flags]', long, sections, t.tree));
console.log([...sections].map(([n, l]) => `${n}: ${l.length}`).join(', '));
