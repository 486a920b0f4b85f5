/**
 * Writes src/sim/k8s/components/data/kube-scheduler-v1-<minor>.ts: what `kube-scheduler --help` prints, read from a
 * kubernetes v1.28 tree. NewSchedulerCommand (cmd/kube-scheduler/app/server.go) prints cmd.Long, the usage line and
 * cliflag.PrintSections over Options.initFlags' named flag sets (cmd/kube-scheduler/app/options/options.go): misc,
 * secure serving, authentication, authorization, deprecated, leader election, feature gate, metrics, logs, then
 * "global" (verflag's --version, globalflag's -h/--help). The defaults are NewOptions' (given by flag name below).
 *
 *   npx tsx scripts/golden/kube-scheduler-flags.ts <kubernetes git dir> [rev] [tree version]   (component-target.ts)
 */
import { writeFileSync } from 'node:fs';
import { type Env, type GoFlag, evalString, flagsOf, fnBody, stringConsts } from './go-flags';
import { emitComponentHelp } from './component-help-emit';
import { TLS_CIPHERS_INSECURE, TLS_CIPHERS_PREFERRED } from '../../src/sim/k8s/kubelet/help-v1-28';
import { gatesUsage, target } from './component-target';

const t = target('kube-scheduler-flags.ts');
const show = t.show;
const FEATURE_GATES = t.gates;
const O = 'staging/src/k8s.io/apiserver/pkg/server/options/';

const unknown: string[] = [];
const missing: string[] = [];
const env: Env = { vals: {}, defaults: {}, types: {}, unknown };
const sections = new Map<string, GoFlag[]>();
function add(section: string, file: string, header: string, vals: Record<string, string> = {}) {
  const src = show(file);
  const e = { ...env, vals: { ...stringConsts(src), ...env.vals, ...vals } };
  const list = sections.get(section) ?? [];
  list.push(...flagsOf(fnBody(src, header), e, 'fs', missing));
  sections.set(section, list);
}

Object.assign(env.vals, {
  tlsCipherPreferredValues: TLS_CIPHERS_PREFERRED,
  tlsCipherInsecureValues: TLS_CIPHERS_INSECURE,
  tlsPossibleVersions: ['VersionTLS10', 'VersionTLS11', 'VersionTLS12', 'VersionTLS13'],
  formats: '"json" (gated by LoggingBetaOptions), "text"',
});
Object.assign(env.types, { 'tls-sni-cert-key': 'namedCertKey', v: 'Level', vmodule: 'pattern=N,...', 'log-json-info-buffer-size': 'quantity' });
Object.assign(env.defaults, {
  // misc: Options' zero values
  config: '', 'write-config-to': '', master: '',
  // apiserveroptions.NewSecureServingOptions().WithLoopback(), then NewOptions: no cert dir, port 10259
  'bind-address': '0.0.0.0', 'secure-port': '10259', 'cert-dir': '', 'tls-cert-file': '', 'tls-private-key-file': '',
  'tls-cipher-suites': '[]', 'tls-min-version': '', 'http2-max-streams-per-connection': '0', 'permit-port-sharing': 'false',
  'permit-address-sharing': 'false', 'tls-sni-cert-key': '[]',
  // NewDelegatingAuthenticationOptions (TolerateInClusterLookupFailure set by NewOptions)
  'authentication-kubeconfig': '', 'authentication-token-webhook-cache-ttl': '10s', 'client-ca-file': '',
  'requestheader-username-headers': '[x-remote-user]', 'requestheader-group-headers': '[x-remote-group]',
  'requestheader-extra-headers-prefix': '[x-remote-extra-]', 'requestheader-client-ca-file': '', 'requestheader-allowed-names': '[]',
  'authentication-skip-lookup': 'false', 'authentication-tolerate-lookup-failure': 'true',
  // NewDelegatingAuthorizationOptions
  'authorization-kubeconfig': '', 'authorization-webhook-cache-authorized-ttl': '10s', 'authorization-webhook-cache-unauthorized-ttl': '10s',
  'authorization-always-allow-paths': '[/healthz,/readyz,/livez]',
  // DeprecatedOptions.AddFlags' literal defaults: float32 50.0 prints as 50, 5*time.Minute as 5m0s
  'kube-api-qps': '50', 'pod-max-in-unschedulable-pods-duration': '5m0s',
  // NewOptions' LeaderElectionConfiguration
  'leader-elect': 'true', 'leader-elect-lease-duration': '15s', 'leader-elect-renew-deadline': '10s', 'leader-elect-retry-period': '2s',
  'leader-elect-resource-lock': 'leases', 'leader-elect-resource-name': 'kube-scheduler', 'leader-elect-resource-namespace': 'kube-system',
  'show-hidden-metrics-for-version': '', 'disabled-metrics': '[]', 'allow-metric-labels': '[]',
  'logging-format': 'text', 'log-flush-frequency': '5s', v: '0', vmodule: '', 'log-json-info-buffer-size': '0',
});

const opts = show('cmd/kube-scheduler/app/options/options.go');
const initFlags = fnBody(opts, 'func (o *Options) initFlags(');
add('misc', 'cmd/kube-scheduler/app/options/options.go', 'func (o *Options) initFlags(');
// --secure-port's usage: desc, then `if s.Required … else { desc += … }` (the scheduler's options are not Required)
const serving = show(`${O}serving.go`);
const desc = evalString(/\bdesc := ("[^"]*")/.exec(serving)![1], env) + evalString(/\} else \{\s*desc \+= ("[^"]*")/.exec(serving)![1], env);
add('secure serving', `${O}serving.go`, 'func (s *SecureServingOptions) AddFlags(', { desc });
add('authentication', `${O}authentication.go`, 'func (s *DelegatingAuthenticationOptions) AddFlags(');
add('authentication', `${O}authentication.go`, 'func (s *ClientCertAuthenticationOptions) AddFlags(');
add('authentication', `${O}authentication.go`, 'func (s *RequestHeaderAuthenticationOptions) AddFlags(');
add('authorization', `${O}authorization.go`, 'func (s *DelegatingAuthorizationOptions) AddFlags(');
add('deprecated', 'cmd/kube-scheduler/app/options/deprecated.go', 'func (o *DeprecatedOptions) AddFlags(');
add('leader election', 'staging/src/k8s.io/component-base/config/options/leaderelectionconfig.go', 'func BindLeaderElectionFlags(');
// utilfeature.DefaultMutableFeatureGate.AddFlag(nfs.FlagSet("feature gate"))
if (!initFlags.includes('AddFlag(nfs.FlagSet("feature gate"))')) throw new Error('feature gate set moved');
sections.set('feature gate', [
  {
    name: 'feature-gates', type: 'mapStringBool', def: '',
    usage: gatesUsage(FEATURE_GATES),
  },
]);
add('metrics', 'staging/src/k8s.io/component-base/metrics/options.go', 'func (o *Options) AddFlags(');
add('logs', 'staging/src/k8s.io/component-base/logs/api/v1/options.go', 'func addFlags(');
sections.set('global', [
  { name: 'version', type: 'version', def: 'false', noOpt: 'true', usage: '--version, --version=raw prints version information and quits; --version=vX.Y.Z... sets the reported version' },
  { name: 'help', short: 'h', type: 'bool', def: 'false', usage: 'help for kube-scheduler' },
]);
if (unknown.length || missing.length) {
  console.error(`not evaluated: ${[...new Set(unknown)].join(', ')}\nno default: ${missing.join(', ')}`);
  process.exit(1);
}
const long = /Long: `([^`]*)`/.exec(fnBody(show('cmd/kube-scheduler/app/server.go'), 'func NewSchedulerCommand('))![1];
writeFileSync(t.out('kube-scheduler'), emitComponentHelp('kube-scheduler', 'kube-scheduler [flags]', long, sections, t.tree));
console.log([...sections].map(([n, l]) => `${n}: ${l.length}`).join(', '));
