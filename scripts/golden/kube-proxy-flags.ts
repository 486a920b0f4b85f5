/**
 * Writes src/sim/k8s/components/data/kube-proxy-v1-<minor>.ts: what `kube-proxy --help` prints, read from a kubernetes
 * v1.28 tree. NewProxyCommand (cmd/kube-proxy/app/server.go) keeps cobra's (v1.7.0) own help: cmd.Long, then the
 * usage template's "Usage:", "Flags:" (the command's flags: Options.AddFlags, logsapi's addFlags, the Go flags of
 * goflag.CommandLine that cadvisor's machine package registers, cobra's -h/--help) and "Global Flags:" (pflag's
 * CommandLine that cobra adds to the root: verflag's --version). Defaults are the v1alpha1 SetDefaults_
 * KubeProxyConfiguration values and NewOptions' ports (given by flag name below).
 *
 *   npx tsx scripts/golden/kube-proxy-flags.ts <kubernetes git dir> [rev] [tree version]   (component-target.ts)
 */
import { writeFileSync } from 'node:fs';
import { type Env, type GoFlag, fnBody, flagsOf, stringConsts } from './go-flags';
import { emitComponentHelp } from './component-help-emit';
import { target } from './component-target';

const t = target('kube-proxy-flags.ts');
const show = t.show;
const FEATURE_GATES = t.gates;

const unknown: string[] = [];
const missing: string[] = [];
const known = FEATURE_GATES.map(([n, st, on]) => `${n}=true|false (${st} - default=${on})`);
const env: Env = {
  vals: { 'strings.Join(utilfeature.DefaultFeatureGate.KnownFeatures(),"\\n")': known.join('\n'), 'utilfeature.DefaultFeatureGate.KnownFeatures()': known },
  defaults: {},
  types: { 'bind-address': 'ip', 'healthz-bind-address': 'ipport', 'metrics-bind-address': 'ipport', 'proxy-port-range': 'port-range', 'proxy-mode': 'ProxyMode', 'feature-gates': 'mapStringBool', 'detect-local-mode': 'LocalMode', v: 'Level', vmodule: 'pattern=N,...', 'log-json-info-buffer-size': 'quantity' },
  unknown,
};
Object.assign(env.vals, { formats: '"json" (gated by LoggingBetaOptions), "text"' });
// SetDefaults_KubeProxyConfiguration (pkg/proxy/apis/config/v1alpha1/defaults.go) and NewOptions
Object.assign(env.defaults, {
  config: '', 'write-config-to': '', kubeconfig: '', 'cluster-cidr': '', 'kube-api-content-type': 'application/vnd.kubernetes.protobuf', master: '',
  'hostname-override': '', 'ipvs-scheduler': '', 'show-hidden-metrics-for-version': '', 'ipvs-exclude-cidrs': '[]', 'nodeport-addresses': '[]', cleanup: 'false',
  'bind-address': '0.0.0.0', 'healthz-bind-address': '0.0.0.0:10256', 'metrics-bind-address': '127.0.0.1:10249', 'bind-address-hard-fail': 'false', 'proxy-port-range': '',
  'proxy-mode': '', 'feature-gates': '', 'healthz-port': '10256', 'metrics-port': '10249', 'oom-score-adj': '-999', 'iptables-masquerade-bit': '14',
  'conntrack-max-per-core': '32768', 'conntrack-min': '131072', 'kube-api-burst': '10', 'iptables-sync-period': '30s', 'iptables-min-sync-period': '1s',
  'ipvs-sync-period': '30s', 'ipvs-min-sync-period': '0s', 'ipvs-tcp-timeout': '0s', 'ipvs-tcpfin-timeout': '0s', 'ipvs-udp-timeout': '0s',
  'conntrack-tcp-timeout-established': '24h0m0s', 'conntrack-tcp-timeout-close-wait': '1h0m0s', 'config-sync-period': '15m0s', 'ipvs-strict-arp': 'false',
  'masquerade-all': 'false', 'iptables-localhost-nodeports': 'true', profiling: 'false', 'kube-api-qps': '5', 'pod-bridge-interface': '', 'pod-interface-name-prefix': '',
  'logging-format': 'text', 'log-flush-frequency': '5s', v: '0', vmodule: '', 'log-json-info-buffer-size': '0',
});

const server = show('cmd/kube-proxy/app/server.go');
const flags: GoFlag[] = flagsOf(fnBody(server, 'func (o *Options) AddFlags('), { ...env, vals: { ...stringConsts(server), ...env.vals } }, 'fs', missing);
// addOSFlags on Linux (init_others.go) adds none
if (!/func \(o \*Options\) addOSFlags\(fs \*pflag\.FlagSet\) \{\s*\}/.test(show('cmd/kube-proxy/app/init_others.go'))) throw new Error('addOSFlags changed');
const logsSrc = show('staging/src/k8s.io/component-base/logs/api/v1/options.go');
flags.push(...flagsOf(fnBody(logsSrc, 'func addFlags('), { ...env, vals: { ...stringConsts(logsSrc), ...env.vals } }, 'fs', missing));
// fs.AddGoFlagSet(goflag.CommandLine): cadvisor's machine package (its flags' "_" become "-" under WordSepNormalizeFunc)
if (!server.includes('fs.AddGoFlagSet(goflag.CommandLine) // for --boot-id-file and --machine-id-file')) throw new Error('go flags changed');
const cadvisor = show('vendor/github.com/google/cadvisor/machine/info.go');
for (const m of cadvisor.matchAll(/flag\.String\("(\w+)", "([^"]*)", "([^"]*)"\)/g)) flags.push({ name: m[1].replace(/_/g, '-'), type: 'string', def: m[2], usage: m[3], go: true });
flags.push({ name: 'help', short: 'h', type: 'bool', def: 'false', usage: 'help for kube-proxy' });
const sections = new Map<string, GoFlag[]>([
  ['flags', flags],
  ['global', [{ name: 'version', type: 'version', def: 'false', noOpt: 'true', usage: '--version, --version=raw prints version information and quits; --version=vX.Y.Z... sets the reported version' }]],
]);
if (unknown.length || missing.length) {
  console.error(`not evaluated: ${[...new Set(unknown)].join(', ')}\nno default: ${missing.join(', ')}`);
  process.exit(1);
}
const long = /Long: `([^`]*)`/.exec(fnBody(server, 'func NewProxyCommand('))![1];
writeFileSync(t.out('kube-proxy'), emitComponentHelp('kube-proxy', 'kube-proxy [flags]', long, sections, t.tree));
console.log([...sections].map(([n, l]) => `${n}: ${l.length}`).join(', '));
