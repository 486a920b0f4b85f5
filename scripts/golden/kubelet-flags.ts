/**
 * Writes src/sim/k8s/kubelet/flag-names.ts (in the compact form of kubelet-flags-emit.ts): the names of the kubelet's flags and what pflag needs to parse them (does the
 * flag take a value, its shorthand, the Go kind of its value), read from a kubernetes v1.28 tree:
 *   cmd/kubelet/app/server.go                     NewKubeletCommand: KubeletFlags.AddFlags, AddKubeletConfigFlags,
 *                                                 AddGlobalFlags, BoolP("help", "h")
 *   cmd/kubelet/app/options/options.go            KubeletFlags.AddFlags, AddKubeletConfigFlags (logsapi.AddFlags)
 *   pkg/kubelet/config/flags.go                   ContainerRuntimeOptions.AddFlags
 *   cmd/kubelet/app/options/osflags_others.go     addOSFlags (none on Linux)
 *   cmd/kubelet/app/options/globalflags*.go       cadvisor's flags, azure-container-registry-config, verflag, logs
 *   staging/src/k8s.io/component-base/logs/api/v1/options.go   logging-format, log-flush-frequency, -v, vmodule, log-json-*
 *   vendor/github.com/google/cadvisor/...         the Go kinds of the cadvisor flags kubelet registers
 * Flag names are normalized as cliflag.WordSepNormalizeFunc does ("_" → "-").
 *
 * The usage texts, types and defaults that `kubelet --help` prints are not extracted here: they are in
 * src/sim/k8s/kubelet/help-v1-28.ts, read from the v1.28 sources that file names (kubelet/DIFFERENCES.md says why).
 *
 *   npx tsx scripts/golden/kubelet-flags.ts <kubernetes git dir> [rev]
 */
import { execSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { emitFlagNames, type FlagSpec, type Kind } from './kubelet-flags-emit';

const root = path.resolve(import.meta.dirname, '../..');
const repo = process.argv[2];
const rev = process.argv[3] ?? 'HEAD';
if (!repo) {
  console.error('usage: kubelet-flags.ts <kubernetes git dir> [rev]');
  process.exit(2);
}
const show = (p: string) => execSync(`git -C ${repo} show ${rev}:${p}`, { encoding: 'utf8', maxBuffer: 1 << 26 });
const grep = (pat: string, where: string) => {
  try {
    return execSync(`git -C ${repo} grep -h -E '${pat}' ${rev} -- ${where}`, { encoding: 'utf8', maxBuffer: 1 << 26 });
  } catch {
    return '';
  }
};

const flags = new Map<string, FlagSpec>();
const kindOf = (method: string): Kind => (/^Bool/.test(method) ? 'bool' : /^(Int|Uint)/.test(method) ? 'int' : /^Duration/.test(method) ? 'duration' : /^Float/.test(method) ? 'float' : 'value');
const norm = (n: string) => n.replace(/_/g, '-');

/** fs.XxxVar(&p, "name", …) / fs.XxxVarP(&p, "name", "s", …) / fs.Var(v, "name", …) / fs.VarP(v, "name", "s", …) in a Go body */
function pflagCalls(body: string): string[] {
  const seen: string[] = [];
  const re = /\bfs\.(\w*?)Var(P?)\(\s*(?:[^,()]|\([^()]*(?:\([^()]*\))*[^()]*\))+,\s*"([\w-]+)"(?:,\s*"(\w)")?/g;
  for (const m of body.matchAll(re)) {
    const kind = m[1] === '' ? 'value' : kindOf(m[1]);
    flags.set(norm(m[3]), { kind, ...(m[2] && m[4] ? { short: m[4] } : {}) });
    seen.push(norm(m[3]));
  }
  // fs.MarkDeprecated("name", "message")
  for (const m of body.matchAll(/\bfs\.MarkDeprecated\("([\w-]+)",\s*"((?:[^"\\]|\\.)*)"\)/g)) flags.get(norm(m[1]))!.deprecated = JSON.parse(`"${m[2]}"`);
  return seen;
}
const goString = (src: string, name: string) => {
  const m = new RegExp(`\\b${name}\\s*:?=\\s*"((?:[^"\\\\]|\\\\.)*)"`).exec(src);
  if (!m) throw new Error(`no ${name}`);
  return JSON.parse(`"${m[1]}"`) as string;
};

const fnBody = (src: string, header: string) => {
  const at = src.indexOf(header);
  if (at < 0) throw new Error(`no ${header}`);
  return src.slice(at, src.indexOf('\n}\n', at));
};

const options = show('cmd/kubelet/app/options/options.go');
pflagCalls(fnBody(show('pkg/kubelet/config/flags.go'), 'func (s *ContainerRuntimeOptions) AddFlags'));
pflagCalls(fnBody(show('cmd/kubelet/app/options/osflags_others.go'), 'func (f *KubeletFlags) addOSFlags'));
pflagCalls(fnBody(options, 'func (f *KubeletFlags) AddFlags'));
const configBody = fnBody(options, 'func AddKubeletConfigFlags');
const configFlags = pflagCalls(configBody);
// logsapi.AddFlags(&c.Logging, fs): json is registered (cmd/kubelet/kubelet.go imports logs/json/register)
const logsApi = show('staging/src/k8s.io/component-base/logs/api/v1/options.go');
const logsTypes = show('staging/src/k8s.io/component-base/logs/api/v1/types.go');
// a name given as a constant (LogFlushFreqFlagName) is replaced by its value
const consts = (src: string) => Object.fromEntries([...src.matchAll(/\b(\w+FlagName)\s*=\s*"([\w-]+)"/g)].map((m) => [m[1], m[2]]));
const named = { ...consts(logsApi), ...consts(logsTypes) };
configFlags.push(...pflagCalls(fnBody(logsApi, 'func addFlags').replace(/\b(\w+FlagName)\b/g, (w) => (named[w] ? `"${named[w]}"` : w))));
// AddKubeletConfigFlags' deferred VisitAll: every flag of its set but the notDeprecated ones is deprecated
const configDeprecated = goString(configBody, 'deprecated');
const notDeprecated = new Set([...fnBody(configBody, 'notDeprecated := map').matchAll(/"([\w-]+)":\s*true/g)].map((m) => m[1]));
for (const n of configFlags) if (!notDeprecated.has(n)) flags.get(n)!.deprecated = configDeprecated;

// AddGlobalFlags: cadvisor's Go flags by name, then the credential provider flag, verflag's --version
const cadvisor = show('cmd/kubelet/app/options/globalflags_linux.go');
const cadvisorDeprecated = goString(cadvisor, 'deprecated');
for (const m of cadvisor.matchAll(/register(Deprecated)?\(global, local, "([\w-]+)"/g)) {
  const dep = !!m[1];
  const name = m[2];
  const def = grep(`flag\\.[A-Za-z0-9]+\\("${name}"`, 'vendor/github.com/google/cadvisor');
  const k = /flag\.(\w+)\(/.exec(def)?.[1];
  if (!k) throw new Error(`no cadvisor flag ${name}`);
  // Go's flag values report a bad value as "parse error", not strconv's words: only their bool-ness is kept
  flags.set(norm(name), { kind: kindOf(k) === 'bool' ? 'bool' : 'value', ...(dep ? { deprecated: cadvisorDeprecated } : {}) });
}
const providers = show('cmd/kubelet/app/options/globalflags_providers.go');
for (const m of providers.matchAll(/pflagRegister\(global, local, "([\w-]+)"/g)) flags.set(norm(m[1]), { kind: 'value' });
for (const m of providers.matchAll(/local\.MarkDeprecated\("([\w-]+)",\s*"((?:[^"\\]|\\.)*)"\)/g)) flags.get(norm(m[1]))!.deprecated = JSON.parse(`"${m[2]}"`);
// verflag.VersionVar sets NoOptDefVal "true": --version alone needs no value
flags.set('version', { kind: 'bool' });
flags.set('help', { kind: 'bool', short: 'h' });

writeFileSync(path.join(root, 'src/sim/k8s/kubelet/flag-names.ts'), emitFlagNames(flags));
console.log(`${flags.size} flags`);
