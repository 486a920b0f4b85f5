/**
 * Writes src/sim/k8s/components/data/kube-controller-manager-v1-<minor>.ts: what `kube-controller-manager --help` prints,
 * read from a kubernetes v1.28 tree. NewControllerManagerCommand (cmd/kube-controller-manager/app/controllermanager.go)
 * prints cmd.Long, the usage line and cliflag.PrintSections over KubeControllerManagerOptions.Flags()' named flag sets
 * (cmd/kube-controller-manager/app/options/options.go), in the order they were first asked for: the generic options'
 * "debugging", "leader-migration" and "generic", the service-lb-controller's, secure serving, authentication,
 * authorization, one set per controller named by its controller name, deprecated, metrics, logs, misc, then "global"
 * (verflag's --version, globalflag's -h/--help; the logging flags are skipped there). --controllers lists
 * KnownControllers() (NewControllerInitializers(IncludeCloudLoops) with the gates at their defaults, and the
 * serviceaccount token controller) and ControllersDisabledByDefault, both sorted. The defaults are those of the
 * defaulted v1alpha1 KubeControllerManagerConfiguration (the SetDefaults_ functions) and NewKubeControllerManagerOptions,
 * given by flag name below.
 *
 *   npx tsx scripts/golden/kube-controller-manager-flags.ts <kubernetes git dir> [rev] [tree version]   (component-target.ts)
 */
import { execSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { type Env, type GoFlag, evalString, flagsOf, fnBody, stringConsts } from './go-flags';
import { emitComponentHelp } from './component-help-emit';
import { TLS_CIPHERS_INSECURE, TLS_CIPHERS_PREFERRED } from '../../src/sim/k8s/kubelet/help-v1-28';
import { gatesUsage, target } from './component-target';

const t = target('kube-controller-manager-flags.ts');
const show = t.show;
const FEATURE_GATES = t.gates;
const O = 'staging/src/k8s.io/apiserver/pkg/server/options/';
const C = 'cmd/kube-controller-manager/app/options/';
const CM = 'staging/src/k8s.io/controller-manager/options/';
const CFILES = execSync(`git -C ${t.repo} ls-tree --name-only ${t.rev} cmd/kube-controller-manager/app/options/`, { encoding: 'utf8' }).split('\n').filter((f) => f.endsWith('.go') && !f.endsWith('_test.go'));

const unknown: string[] = [];
const missing: string[] = [];
const env: Env = { vals: {}, defaults: {}, types: {}, unknown };
const sections = new Map<string, GoFlag[]>();
function add(section: string, file: string, header: string, vals: Record<string, string | string[]> = {}) {
  const src = show(file);
  const e = { ...env, vals: { ...stringConsts(src), ...env.vals, ...vals } };
  const list = sections.get(section) ?? [];
  list.push(...flagsOf(fnBody(src, header), e, 'fs', missing));
  sections.set(section, list);
}
function addGeneric(section: string, file: string, header: string, fsName: string, vals: Record<string, string | string[]> = {}) {
  const src = show(file);
  const e = { ...env, vals: { ...stringConsts(src), ...env.vals, ...vals } };
  const list = sections.get(section) ?? [];
  list.push(...flagsOf(fnBody(src, header), e, fsName, missing));
  sections.set(section, list);
}

// the controller names: names.* and cpnames.* constants
const names = stringConsts(show('cmd/kube-controller-manager/names/controller_names.go'));
const cpnames = stringConsts(show('staging/src/k8s.io/cloud-provider/names/controller_names.go'));
const nameOf = (expr: string) => {
  const m = /^(names|cpnames)\.(\w+)$/.exec(expr.trim());
  if (m) return (m[1] === 'names' ? names : cpnames)[m[2]] ?? (() => { throw new Error(`no ${expr}`); })();
  return JSON.parse(expr.trim()) as string;
};
// the gates at their defaults, as the help's own list has them
const gate = (n: string) => {
  const g = FEATURE_GATES.find(([name]) => name === n);
  if (!g) throw new Error(`no gate ${n}`);
  return String(g[2]) === 'true';
};
const cm = show('cmd/kube-controller-manager/app/controllermanager.go');
const inits = fnBody(cm, 'func NewControllerInitializers(');
const known = new Set<string>();
// register(...) lines, plain, under `if loopMode == IncludeCloudLoops` (help uses IncludeCloudLoops), or under gates
for (const block of inits.split(/\n\t(?=if |register\()/)) {
  const conds = [...(/^if ([^{]*)\{/.exec(block)?.[1] ?? '').matchAll(/(?:genericfeatures|kubefeatures)\.(\w+)/g)].map((m) => m[1]);
  if (/^if /.test(block) && !/loopMode == IncludeCloudLoops/.test(block) && !conds.length) throw new Error(`unread condition: ${block.split('\n')[0]}`);
  if (!conds.every(gate)) continue;
  for (const m of block.matchAll(/register\(([^,]+),/g)) known.add(nameOf(m[1]));
}
for (const m of fnBody(cm, 'func KnownControllers(').matchAll(/\b(names\.\w+),/g)) known.add(nameOf(m[1]));
const disabled = [...(/var ControllersDisabledByDefault = sets\.NewString\(([^)]*)\)/.exec(cm)![1].matchAll(/(names\.\w+)/g))].map((m) => nameOf(m[1])).sort();
const allControllers = [...known].sort();

Object.assign(env.vals, {
  tlsCipherPreferredValues: TLS_CIPHERS_PREFERRED,
  tlsCipherInsecureValues: TLS_CIPHERS_INSECURE,
  tlsPossibleVersions: ['VersionTLS10', 'VersionTLS11', 'VersionTLS12', 'VersionTLS13'],
  formats: '"json" (gated by LoggingBetaOptions), "text"',
  allControllers,
  disabledByDefaultControllers: disabled,
});
Object.assign(env.types, { 'tls-sni-cert-key': 'namedCertKey', v: 'Level', vmodule: 'pattern=N,...', 'log-json-info-buffer-size': 'quantity' });
Object.assign(env.defaults, {
  // component-base RecommendedDebuggingConfiguration
  profiling: 'true', 'contention-profiling': 'false',
  // controller-manager RecommendedDefaultGenericControllerManagerConfiguration, after SetDefaults_KubeControllerManagerConfiguration's QPS 20, burst 30
  'min-resync-period': '12h0m0s', 'kube-api-content-type': 'application/vnd.kubernetes.protobuf', 'kube-api-qps': '20', 'kube-api-burst': '30',
  'controller-start-interval': '0s', controllers: '[*]',
  // RecommendedDefaultLeaderElectionConfiguration (the resource lock "leases" set first by the generic defaults), then NewKubeControllerManagerOptions' name and namespace
  'leader-elect': 'true', 'leader-elect-lease-duration': '15s', 'leader-elect-renew-deadline': '10s', 'leader-elect-retry-period': '2s',
  'leader-elect-resource-lock': 'leases', 'leader-elect-resource-name': 'kube-controller-manager', 'leader-elect-resource-namespace': 'kube-system',
  // cloud-provider SetDefaults_KubeCloudSharedConfiguration; the CloudProviderConfiguration is empty
  'cloud-provider': '', 'cloud-config': '', 'external-cloud-volume-plugin': '', 'use-service-account-credentials': 'false',
  'route-reconciliation-period': '10s', 'node-monitor-period': '5s', 'cluster-name': 'kubernetes', 'cluster-cidr': '',
  // RecommendedDefaultServiceControllerConfiguration
  'concurrent-service-syncs': '1',
  // NewSecureServingOptions().WithLoopback(), then NewKubeControllerManagerOptions: no cert dir, port ports.KubeControllerManagerPort
  'bind-address': '0.0.0.0', 'secure-port': '10257', 'cert-dir': '', 'tls-cert-file': '', 'tls-private-key-file': '',
  'tls-cipher-suites': '[]', 'tls-min-version': '', 'http2-max-streams-per-connection': '0', 'permit-port-sharing': 'false',
  'permit-address-sharing': 'false', 'tls-sni-cert-key': '[]',
  // NewDelegatingAuthenticationOptions (TolerateInClusterLookupFailure left false)
  'authentication-kubeconfig': '', 'authentication-token-webhook-cache-ttl': '10s', 'client-ca-file': '',
  'requestheader-username-headers': '[x-remote-user]', 'requestheader-group-headers': '[x-remote-group]',
  'requestheader-extra-headers-prefix': '[x-remote-extra-]', 'requestheader-client-ca-file': '', 'requestheader-allowed-names': '[]',
  'authentication-skip-lookup': 'false', 'authentication-tolerate-lookup-failure': 'false',
  // NewDelegatingAuthorizationOptions
  'authorization-kubeconfig': '', 'authorization-webhook-cache-authorized-ttl': '10s', 'authorization-webhook-cache-unauthorized-ttl': '10s',
  'authorization-always-allow-paths': '[/healthz,/readyz,/livez]',
  // the controllers' RecommendedDefault…Configuration functions (pkg/controller/*/config/v1alpha1/defaults.go)
  'attach-detach-reconcile-sync-period': '1m0s',
  'cluster-signing-cert-file': '', 'cluster-signing-key-file': '', 'cluster-signing-kubelet-serving-cert-file': '', 'cluster-signing-kubelet-serving-key-file': '',
  'cluster-signing-kubelet-client-cert-file': '', 'cluster-signing-kubelet-client-key-file': '', 'cluster-signing-kube-apiserver-client-cert-file': '',
  'cluster-signing-kube-apiserver-client-key-file': '', 'cluster-signing-legacy-unknown-cert-file': '', 'cluster-signing-legacy-unknown-key-file': '',
  'cluster-signing-duration': '8760h0m0s',
  'concurrent-deployment-syncs': '5', 'concurrent-statefulset-syncs': '5', 'concurrent-endpoint-syncs': '5', 'endpoint-updates-batch-period': '0s',
  'concurrent-service-endpoint-syncs': '5', 'max-endpoints-per-slice': '100', 'endpointslice-updates-batch-period': '0s',
  'mirroring-concurrent-service-endpoint-syncs': '5', 'mirroring-max-endpoints-per-subset': '1000', 'mirroring-endpointslice-updates-batch-period': '0s',
  'concurrent-ephemeralvolume-syncs': '5', 'concurrent-gc-syncs': '20', 'enable-garbage-collector': 'true',
  'concurrent-horizontal-pod-autoscaler-syncs': '5', 'horizontal-pod-autoscaler-sync-period': '15s', 'horizontal-pod-autoscaler-upscale-delay': '3m0s',
  'horizontal-pod-autoscaler-downscale-stabilization': '5m0s', 'horizontal-pod-autoscaler-downscale-delay': '5m0s', 'horizontal-pod-autoscaler-tolerance': '0.1',
  'horizontal-pod-autoscaler-cpu-initialization-period': '5m0s', 'horizontal-pod-autoscaler-initial-readiness-delay': '30s',
  'concurrent-job-syncs': '5', 'concurrent-cron-job-syncs': '5', 'legacy-service-account-token-clean-up-period': '8760h0m0s',
  'namespace-sync-period': '5m0s', 'concurrent-namespace-syncs': '10',
  // RecommendedDefaultNodeIPAMControllerConfiguration sets nothing
  'service-cluster-ip-range': '', 'node-cidr-mask-size': '0', 'node-cidr-mask-size-ipv4': '0', 'node-cidr-mask-size-ipv6': '0',
  'node-startup-grace-period': '1m0s', 'node-monitor-grace-period': '40s', 'node-eviction-rate': '0.1', 'secondary-node-eviction-rate': '0.01', 'unhealthy-zone-threshold': '0.55',
  'pvclaimbinder-sync-period': '15s', 'pv-recycler-pod-template-filepath-nfs': '', 'pv-recycler-minimum-timeout-nfs': '300', 'pv-recycler-increment-timeout-nfs': '30',
  'pv-recycler-pod-template-filepath-hostpath': '', 'pv-recycler-minimum-timeout-hostpath': '60', 'pv-recycler-timeout-increment-hostpath': '30',
  'enable-hostpath-provisioner': 'false', 'enable-dynamic-provisioning': 'true', 'flex-volume-plugin-dir': '/usr/libexec/kubernetes/kubelet-plugins/volume/exec/',
  'volume-host-cidr-denylist': '[]', 'volume-host-allow-local-loopback': 'true',
  'terminated-pod-gc-threshold': '12500', 'concurrent-replicaset-syncs': '5', concurrent_rc_syncs: '5',
  'resource-quota-sync-period': '5m0s', 'concurrent-resource-quota-syncs': '5',
  'service-account-private-key-file': '', 'concurrent-serviceaccount-token-syncs': '5', 'root-ca-file': '',
  'concurrent-ttl-after-finished-syncs': '5', 'concurrent-validating-admission-policy-status-syncs': '5',
  'show-hidden-metrics-for-version': '', 'disabled-metrics': '[]', 'allow-metric-labels': '[]',
  'logging-format': 'text', 'log-flush-frequency': '5s', v: '0', vmodule: '', 'log-json-info-buffer-size': '0',
  master: '', kubeconfig: '',
});

const opts = show(`${C}options.go`);
const structSrc = fnBody(opts.replace('type KubeControllerManagerOptions struct {', 'func KCMOptionsStruct() {'), 'func KCMOptionsStruct()');
/** the AddFlags of an options type: cmd/kube-controller-manager/app/options, cloud-provider's (cpoptions) or apiserver's */
function addType(section: string, pkg: string, tname: string) {
  if (tname === 'SecureServingOptionsWithLoopback') {
    // --secure-port's usage: desc, then `if s.Required … else { desc += … }` (NewSecureServingOptions: not Required)
    const serving = show(`${O}serving.go`);
    const desc = evalString(/\bdesc := ("[^"]*")/.exec(serving)![1], env) + evalString(/\} else \{\s*desc \+= ("[^"]*")/.exec(serving)![1], env);
    add(section, `${O}serving.go`, 'func (s *SecureServingOptions) AddFlags(', { desc });
    return;
  }
  if (tname === 'DelegatingAuthenticationOptions') {
    // its AddFlags calls ClientCert's and RequestHeader's between its own (the section is sorted: the order is lost)
    add(section, `${O}authentication.go`, 'func (s *DelegatingAuthenticationOptions) AddFlags(');
    add(section, `${O}authentication.go`, 'func (s *ClientCertAuthenticationOptions) AddFlags(');
    add(section, `${O}authentication.go`, 'func (s *RequestHeaderAuthenticationOptions) AddFlags(');
    return;
  }
  if (tname === 'DelegatingAuthorizationOptions') return add(section, `${O}authorization.go`, 'func (s *DelegatingAuthorizationOptions) AddFlags(');
  if (pkg === 'metrics') return add(section, 'staging/src/k8s.io/component-base/metrics/options.go', 'func (o *Options) AddFlags(');
  const files: Record<string, string[]> = {
    '': CFILES,
    cpoptions: ['staging/src/k8s.io/cloud-provider/options/kubecloudshared.go', 'staging/src/k8s.io/cloud-provider/options/servicecontroller.go'],
    apiserveroptions: [`${O}serving_with_loopback.go`, `${O}serving.go`, `${O}authentication.go`, `${O}authorization.go`],
    metrics: ['staging/src/k8s.io/component-base/metrics/options.go'],
  };
  const file = files[pkg]?.find((f) => new RegExp(`func \\(\\w+ \\*${tname}\\) AddFlags\\(`).test(show(f)));
  if (!file) throw new Error(`no AddFlags of ${pkg}.${tname}`);
  const src = show(file);
  const recv = new RegExp(`func \\((\\w+) \\*${tname}\\) AddFlags\\(`).exec(src)![1];
  const body = fnBody(src, `func (${recv} *${tname}) AddFlags(`);
  // the option types that embed others: their AddFlags first (KubeCloudShared's CloudProvider, SecureServingOptionsWithLoopback's SecureServingOptions)
  if (tname === 'KubeCloudSharedOptions') add(section, 'staging/src/k8s.io/cloud-provider/options/cloudprovider.go', 'func (s *CloudProviderOptions) AddFlags(');
  const vals: Record<string, string | string[]> = pkg === 'cpoptions' ? Object.fromEntries(Object.entries(cpnames).map(([k, v]) => [`names.${k}`, v])) : Object.fromEntries(Object.entries(names).map(([k, v]) => [`names.${k}`, v]));
  if (!/fs\.\w+\(/.test(body)) {
    // a type without flags of its own still names its section (daemonset-controller's is empty)
    if (!sections.has(section)) sections.set(section, []);
  }
  const e = { ...env, vals: { ...stringConsts(src), ...env.vals, ...vals } };
  const list = sections.get(section) ?? [];
  list.push(...flagsOf(body, e, 'fs', missing));
  sections.set(section, list);
}
const flagsFn = fnBody(opts, 'func (s *KubeControllerManagerOptions) Flags(');
for (const line of flagsFn.split('\n')) {
  let m = /^\ts\.Generic\.AddFlags\(/.exec(line);
  if (m) {
    const g = show(`${CM}generic.go`);
    const body = fnBody(g, 'func (o *GenericControllerManagerConfigurationOptions) AddFlags(');
    for (const l of body.split('\n')) {
      const d = /o\.(\w+)\.AddFlags\(fss\.FlagSet\("([\w-]+)"\)\)/.exec(l);
      if (d) add(d[2], d[1] === 'Debugging' ? `${CM}debugging.go` : 'staging/src/k8s.io/controller-manager/pkg/leadermigration/options/options.go', `) AddFlags(`);
    }
    addGeneric('generic', `${CM}generic.go`, 'func (o *GenericControllerManagerConfigurationOptions) AddFlags(', 'genericfs');
    add('generic', 'staging/src/k8s.io/component-base/config/options/leaderelectionconfig.go', 'func BindLeaderElectionFlags(');
    continue;
  }
  m = /^\ts\.(\w+)\.AddFlags\(fss\.FlagSet\(([^)]+)\)\)/.exec(line) as RegExpExecArray | null;
  if (m) {
    const section = nameOf(m[2]);
    const type = new RegExp(`\\n\\t${m[1]}\\s+\\*(\\w+)\\.(\\w+)\\n`).exec(structSrc)?.slice(1) ?? new RegExp(`\\n\\t${m[1]}\\s+\\*(\\w+)\\n`).exec(structSrc)!.slice(1);
    const [pkg, tname] = type.length === 2 && type[1] ? type : ['', type[0]];
    addType(section, pkg, tname);
    continue;
  }
  m = /^\tlogsapi\.AddFlags\(s\.Logs, fss\.FlagSet\("logs"\)\)/.exec(line) as RegExpExecArray | null;
  if (m) {
    add('logs', 'staging/src/k8s.io/component-base/logs/api/v1/options.go', 'func addFlags(');
    continue;
  }
  m = /^\tfs := fss\.FlagSet\("misc"\)/.exec(line) as RegExpExecArray | null;
  if (m) {
    const misc = flagsFn.slice(flagsFn.indexOf(line));
    sections.set('misc', flagsOf(misc.slice(0, misc.indexOf('utilfeature.')), { ...env, vals: { ...env.vals } }, 'fs', missing));
    continue;
  }
  if (/utilfeature\.DefaultMutableFeatureGate\.AddFlag\(fss\.FlagSet\("generic"\)\)/.test(line)) {
    sections.get('generic')!.push({
      name: 'feature-gates', type: 'mapStringBool', def: '',
      usage: gatesUsage(FEATURE_GATES),
    });
    continue;
  }
  if (/^\t(fss|fs) :?= |^\treturn fss|^\s*$|^\tfs\.StringVar\(/.test(line)) continue;
  throw new Error(`unread line of Flags(): ${line}`);
}
// registerLegacyGlobalFlags: the GCE provider's Go flag hoisted into "generic" and deprecated (so hidden)
const gce = show('staging/src/k8s.io/legacy-cloud-providers/gce/gce_loadbalancer.go');
const legacy = show('cmd/kube-controller-manager/app/flags_providers.go');
for (const m of legacy.matchAll(/globalflag\.Register\(namedFlagSets\.FlagSet\("generic"\), "([\w-]+)"\)/g)) {
  const name = m[1];
  const v = name === 'cloud-provider-gce-lb-src-cidrs' ? 'l4LbSrcRngsFlag' : (() => { throw new Error(`unknown hoisted flag ${name}`); })();
  const cidrs = [...new RegExp(`${v}\\.ipn, err = netutils\\.ParseIPNets\\(\\[\\]string\\{([^}]*)\\}`).exec(gce)![1].matchAll(/"([^"]+)"/g)].map((x) => x[1]).sort().join(',');
  const usage = JSON.parse(new RegExp(`flag\\.Var\\(&\\w+, "${name}", ("[^"]*")\\)`).exec(gce)![1]) as string;
  const dep = new RegExp(`MarkDeprecated\\("${name}", "([^"]*)"\\)`).exec(legacy)![1];
  sections.get('generic')!.push({ name, type: 'cidrs', def: cidrs, usage, deprecated: dep, hidden: true });
}
// verflag.AddFlags and globalflag.AddGlobalFlags (its logging flags skipped) into "global"
sections.set('global', [
  { name: 'version', type: 'version', def: 'false', noOpt: 'true', usage: '--version, --version=raw prints version information and quits; --version=vX.Y.Z... sets the reported version' },
  { name: 'help', short: 'h', type: 'bool', def: 'false', usage: 'help for kube-controller-manager' },
]);
if (unknown.length || missing.length) {
  console.error(`not evaluated: ${[...new Set(unknown)].join(', ')}\nno default: ${missing.join(', ')}`);
  process.exit(1);
}
// cli.Run's SetGlobalNormalizationFunc(cliflag.WordSepNormalizeFunc) renames the shared flags ("_" → "-": concurrent_rc_syncs)
for (const l of sections.values()) for (const f of l) f.name = f.name.replace(/_/g, '-');
// PrintSections skips a set without flags (daemonset-controller's and deprecated's AddFlags add none)
for (const [n, l] of sections) if (!l.length) sections.delete(n);
const long = /Long: `([^`]*)`/.exec(fnBody(cm, 'func NewControllerManagerCommand('))![1];
writeFileSync(t.out('kube-controller-manager'), emitComponentHelp('kube-controller-manager', 'kube-controller-manager [flags]', long, sections, t.tree));
console.log([...sections].map(([n, l]) => `${n}: ${l.length}`).join(', '));
