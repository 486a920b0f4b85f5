/**
 * Writes src/sim/k8s/components/data/etcd-v3-5.ts from an etcd-io/etcd tree at the tag the lab's image carries
 * (registry.k8s.io/etcd:3.5.15-0 for kubeadm 1.28.15; kubeadm 1.28.7's constants.go pinned 3.5.10-0):
 *   server/etcdmain/help.go      usageline (fs.Usage writes it to stderr) and flagsline (`--help` prints it), with
 *                                the values they join in read from server/embed/config.go, rafthttp/peer.go,
 *                                server/config/v2_deprecation.go and golang.org/x/crypto/bcrypt's constants
 *   server/etcdmain/config.go    the Go flag set: every flag name, and which are bools (-flag alone sets true)
 *   api/version/version.go       Version; GitSHA is set by build.sh (`git rev-parse --short HEAD` of the tag)
 *   .go-version                  the Go release the tag's binaries are built with (runtime.Version())
 *   etcdctl/ctlv3/command/version_command.go   what `etcdctl version` prints
 *
 *   npx tsx scripts/golden/etcd-help.ts <etcd git dir> <tag>
 */
import { execSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { calls } from './go-flags';

const root = path.resolve(import.meta.dirname, '../..');
const [repo, tag] = process.argv.slice(2);
if (!repo || !tag) {
  console.error('usage: etcd-help.ts <etcd git dir> <tag>');
  process.exit(2);
}
const sh = (c: string) => execSync(c, { encoding: 'utf8', maxBuffer: 1 << 26 });
const show = (p: string) => sh(`git -C ${repo} show ${tag}:${p}`);
const constOf = (src: string, name: string) => {
  const m = new RegExp(`\\b${name}\\s*=\\s*([^\\n/]+)`).exec(src);
  if (!m) throw new Error(`no ${name}`);
  return m[1].trim();
};

const embed = show('server/embed/config.go');
const peer = show('server/etcdserver/api/rafthttp/peer.go');
const depr = show('server/config/v2_deprecation.go');
const seconds = (expr: string) => {
  const m = /^(\d+) \* time\.Second$/.exec(expr);
  if (!m) throw new Error(`not seconds: ${expr}`);
  return `${m[1]}s`; // time.Duration's String() of whole seconds
};
const deprDefault = constOf(depr, 'V2_DEPR_DEFAULT');
const values: Record<string, string> = {
  'strconv.Itoa(embed.DefaultMaxSnapshots)': constOf(embed, 'DefaultMaxSnapshots'),
  'strconv.Itoa(embed.DefaultMaxWALs)': constOf(embed, 'DefaultMaxWALs'),
  'rafthttp.DefaultConnReadTimeout.String()': seconds(constOf(peer, 'DefaultConnReadTimeout')),
  'rafthttp.DefaultConnWriteTimeout.String()': seconds(constOf(peer, 'DefaultConnWriteTimeout')),
  'strconv.FormatBool(embed.DefaultStrictReconfigCheck)': constOf(embed, 'DefaultStrictReconfigCheck'),
  'strconv.FormatBool(embed.DefaultEnableV2)': constOf(embed, 'DefaultEnableV2'),
  'string(cconfig.V2_DEPR_DEFAULT)': /V2DeprecationEnum\("([^"]+)"\)/.exec(constOf(depr, deprDefault))![1],
  // golang.org/x/crypto/bcrypt: MinCost = 4, MaxCost = 31, DefaultCost = 10
  'fmt.Sprintf("%d", bcrypt.DefaultCost)': '10',
  'fmt.Sprintf("%d", bcrypt.MinCost)': '4',
  'fmt.Sprintf("%d", bcrypt.MaxCost)': '31',
};
const help = show('server/etcdmain/help.go');
/** a Go expression of raw strings joined with + and the values above */
function raw(expr: string): string {
  let out = '';
  let rest = expr.trim();
  while (rest) {
    if (rest[0] === '`') {
      const end = rest.indexOf('`', 1);
      out += rest.slice(1, end);
      rest = rest.slice(end + 1).trim();
    } else {
      const key = Object.keys(values).find((k) => rest.startsWith(k));
      if (!key) throw new Error(`cannot evaluate ${rest.slice(0, 60)}`);
      out += values[key];
      rest = rest.slice(key.length).trim();
    }
    if (rest.startsWith('+')) rest = rest.slice(1).trim();
  }
  return out;
}
const usageline = raw(/\busageline = (`[^`]*`)/.exec(help)![1]);
const flagsStart = help.indexOf('flagsline = ') + 'flagsline = '.length;
const flagsline = raw(help.slice(flagsStart, help.indexOf('\n)\n', flagsStart)));

// the flag set: fs.XxxVar(&p, "name", …) and fs.Var(value, "name", …); the ignored names are IgnoredFlag Values
const config = show('server/etcdmain/config.go');
const flags = new Map<string, boolean>();
for (const [method, args] of calls(config)) {
  const m = /^(\w*?)Var$/.exec(method);
  if (!m) continue;
  const name = /^"([\w-]+)"$/.exec(args[1]?.trim() ?? '')?.[1];
  if (!name) continue;
  flags.set(name, m[1] === 'Bool');
}
const ignored = [.../ignored = \[\]string\{([^}]*)\}/.exec(config)![1].matchAll(/"([\w-]+)"/g)].map((x) => x[1]);
// flags.IgnoredFlag has IsBoolFlag() true
for (const n of ignored) flags.set(n, true);

const version = constOf(show('api/version/version.go'), 'Version').replace(/"/g, '');
const gitSha = sh(`git -C ${repo} rev-parse --short ${tag}^{commit}`).trim();
const goVersion = `go${show('.go-version').trim()}`;
const ctlVersion = show('etcdctl/ctlv3/command/version_command.go');
if (!/fmt\.Println\("etcdctl version:", version\.Version\)\s*fmt\.Println\("API version:", version\.APIVersion\)/.test(ctlVersion)) throw new Error('etcdctl version changed');
// version.APIVersion: "%d.%d" of Version's major and minor
const api = version.split('.').slice(0, 2).join('.');

writeFileSync(
  path.join(root, 'src/sim/k8s/components/data/etcd-v3-5.ts'),
  `/**
 * etcd ${version}'s texts, generated by scripts/golden/etcd-help.ts from etcd-io/etcd at ${tag}: the usage line that
 * the Go flag set's Usage writes to stderr, the flags text \`--help\` prints, every flag of the set (name:b for the
 * bools, which take no value), what \`--version\` and \`etcdctl version\` print. Do not edit by hand.
 */
export const USAGELINE = ${JSON.stringify(usageline)};
export const FLAGSLINE = ${JSON.stringify(flagsline)};
export const FLAGS = ${JSON.stringify([...flags].sort(([a], [b]) => (a < b ? -1 : 1)).map(([n, b]) => (b ? `${n}:b` : n)).join(' '))};
export const VERSION = ${JSON.stringify(`etcd Version: ${version}\nGit SHA: ${gitSha}\nGo Version: ${goVersion}\nGo OS/Arch: linux/amd64\n`)};
export const CTL_VERSION = ${JSON.stringify(`etcdctl version: ${version}\nAPI version: ${api}\n`)};
`,
);
console.log(`${flags.size} flags, ${version} ${gitSha} ${goVersion}`);
