/**
 * Writes the help texts of the network and security commands of the Rocky 9.5 guests (help.ts beside each
 * command's spec), read from the sources of the versions Rocky ships, or recorded from this machine's binary
 * where its version's strings are the same:
 *   ip          iproute2 6.2: recorded from this machine's ip (6.1) after checking that no usage string of ip/
 *               changed between v6.1.0 and v6.2.0
 *   hostname    hostname 3.23: recorded from this machine's hostname (Debian's 3.23; Red Hat's patch touches only
 *               the man page and the Makefile)
 *   ping        iputils 20210202: ping/ping_common.c usage()
 *   host, dig   bind 9.16.23: bin/dig/host.c show_usage(), bin/dig/dig.c help() and usage()
 *   nslookup    bind 9.16.23: bin/dig/nslookup.c usage()
 *   firewall-cmd  firewalld 1.3.4: src/firewall-cmd.in __usage() and its argparse options
 *   sestatus, setenforce  policycoreutils 3.6 sestatus.c, libselinux 3.6 utils/setenforce.c
 *
 *   npx tsx scripts/golden/net-specs.ts IPROUTE2_GIT IPUTILS_GIT BIND9_GIT FIREWALLD_GIT SELINUX_GIT
 * (each a git clone of the project, with its release tags)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { tokenize } from './c-usage';
import { printed } from './c-printed';

const root = path.resolve(import.meta.dirname, '../..');
const [iproute2, iputils, bind9, firewalld, selinux] = process.argv.slice(2);
if (!selinux) throw new Error('usage: net-specs.ts IPROUTE2_GIT IPUTILS_GIT BIND9_GIT FIREWALLD_GIT SELINUX_GIT');

const show = (repo: string, rev: string, file: string) => execFileSync('git', ['-C', repo, 'show', `${rev}:${file}`], { encoding: 'utf8', maxBuffer: 1 << 26 });
const write = (rel: string, comment: string, exports: Record<string, unknown>) => {
  const json = (v: unknown) => (Array.isArray(v) ? `[\n${v.map((x) => '  ' + JSON.stringify(x) + ',\n').join('')}]` : JSON.stringify(v, null, typeof v === 'object' ? 2 : undefined));
  const type = (v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? ': Record<string, string>' : '');
  const body = Object.entries(exports).map(([k, v]) => `export const ${k}${type(v)} = ${json(v)};\n`).join('');
  writeFileSync(path.join(root, 'src/sim/commands', rel), `// ${comment} Written by scripts/golden/net-specs.ts.\n${body}`);
};

// ip (iproute2 6.2 = 6.1 for every usage string of ip/)
{
  const diff = execFileSync('git', ['-C', iproute2, 'diff', 'v6.1.0', 'v6.2.0', '--', 'ip/'], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const changed = diff.split('\n').filter((l) => /^[-+]\s*"/.test(l));
  // only xfrm's state/policy usage (not `ip xfrm help`) and the bridge_slave usage changed
  if (changed.some((l) => !/offload|mab/.test(l))) throw new Error('ip usage strings differ between 6.1 and 6.2:\n' + changed.join('\n'));
  if (!execFileSync('ip', ['-V'], { encoding: 'utf8' }).includes('iproute2-6.1.0')) throw new Error('expected iproute2 6.1 on this machine');
  const run = (args: string[]) => spawnSync('ip', args, { encoding: 'utf8', env: { PATH: '/usr/sbin:/usr/bin:/bin', LC_ALL: 'C.UTF-8' } });
  const usage = run(['help']).stderr;
  const objects: Record<string, string> = {};
  for (const o of ['address', 'addrlabel', 'maddress', 'route', 'rule', 'neighbor', 'ntable', 'link', 'l2tp', 'fou', 'ila', 'macsec', 'tunnel', 'tuntap', 'token', 'tcpmetrics', 'monitor', 'xfrm', 'mroute', 'mrule', 'netns', 'netconf', 'vrf', 'sr', 'nexthop', 'mptcp', 'ioam']) {
    const r = run([o, 'help']);
    if (r.status !== 255 || r.stdout !== '') throw new Error(`ip ${o} help: status ${r.status}`);
    objects[o] = r.stderr;
  }
  const stats = run(['stats', 'help']);
  if (stats.status !== 0 || stats.stdout !== '') throw new Error('ip stats help: expected stderr, status 0');
  write('iproute/ip/help.ts', '`ip help` and `ip OBJECT help` of iproute2 6.2 (stderr, status 255; `ip stats help`: stderr, status 0).', { usage, objects, stats: stats.stderr });
}

// hostname 3.23
{
  const v = spawnSync('hostname', ['-V'], { encoding: 'utf8' });
  if (v.stdout !== 'hostname 3.23\n') throw new Error('expected hostname 3.23');
  write('hostname/help.ts', '`hostname --help` of hostname 3.23 (stdout, status 255).', { help: spawnSync('hostname', ['--help'], { encoding: 'utf8' }).stdout });
}

// ping (iputils 20210202)
write('iputils/ping/help.ts', '`ping -h` of iputils 20210202 (ping/ping_common.c usage(): stderr, status 2).', { help: printed(show(iputils, '20210202', 'ping/ping_common.c'), 'usage', 'ping') });

// bind-utils 9.16.23
{
  const host = show(bind9, 'v9.16.23', 'bin/dig/host.c');
  const dig = show(bind9, 'v9.16.23', 'bin/dig/dig.c');
  const ns = show(bind9, 'v9.16.23', 'bin/dig/nslookup.c');
  const digUsage = /^usage\(void\) \{\n\tprint_usage\(stderr\);/m.exec(dig);
  if (!digUsage) throw new Error("dig's usage() not found");
  write('bind-utils/host/help.ts', "host's usage of bind 9.16.23 (bin/dig/host.c show_usage(): stderr, status 1).", { help: printed(host, 'show_usage', 'host') });
  write('bind-utils/dig/help.ts', '`dig -h` of bind 9.16.23 (bin/dig/dig.c help(): stdout) and its short usage (usage(): stderr, status 1).', {
    help: printed(dig, 'help', 'dig'),
    usage: printed(dig, 'usage', 'dig', digUsage.index),
  });
  write('bind-utils/nslookup/help.ts', "nslookup's usage of bind 9.16.23 (bin/dig/nslookup.c usage(): stderr, status 1).", { usage: printed(ns, 'usage', 'nslookup') });
}

// firewall-cmd (firewalld 1.3.4)
{
  const py = show(firewalld, 'v1.3.4', 'src/firewall-cmd.in');
  const usage = /def __usage\(\):\n\s+sys\.stdout\.write\("""([\s\S]*?)"""\)/.exec(py);
  if (!usage) throw new Error('__usage not found');
  const options: { names: string[]; value: 'none' | 'required' | 'optional'; metavar?: string }[] = [];
  const re = /\.add_argument\(/g;
  for (let m = re.exec(py); m; m = re.exec(py)) {
    let depth = 1;
    let i = m.index + m[0].length;
    while (depth > 0) {
      if (py[i] === '(') depth++;
      else if (py[i] === ')') depth--;
      i++;
    }
    const call = py.slice(m.index + m[0].length, i - 1);
    const names = [...call.matchAll(/^\s*"(-[^"]+)"\s*,?|(?<=,\s*)"(-[^"]+)"/gm)].map((x) => x[1] ?? x[2]).filter((n) => n.startsWith('-'));
    const store = /action\s*=\s*["']store_true["']/.test(call);
    const nargs = /nargs\s*=\s*"\*"/.test(call) ? 'optional' : 'required';
    const metavar = /metavar\s*=\s*"([^"]+)"/.exec(call)?.[1];
    options.push({ names, value: store ? 'none' : nargs, ...(metavar ? { metavar } : {}) });
  }
  write('firewalld/firewall-cmd/help.ts', '`firewall-cmd --help` of firewalld 1.3.4 (src/firewall-cmd.in __usage(): stdout, status 0).', { help: usage[1] });
  write('firewalld/firewall-cmd/options.ts', "firewall-cmd's argparse options of firewalld 1.3.4 (src/firewall-cmd.in): names, whether they take a value, the metavar.", { OPTIONS: options });
}

// sestatus (policycoreutils 3.6), setenforce (libselinux 3.6)
{
  const src = show(selinux, '3.6', 'policycoreutils/sestatus/sestatus.c');
  const block = /default:\s*\/\* invalid option \*\/([\s\S]*?)return -1;/.exec(src);
  if (!block) throw new Error("sestatus's usage not found");
  const text = tokenize(block[1])
    .filter((t) => t.t === 'str')
    .map((t) => t.v.replace('%s', 'sestatus'))
    .join('');
  write('selinux/sestatus/help.ts', "sestatus's usage of policycoreutils 3.6 (sestatus.c, after a bad option: stdout, status 255).", { help: text });
  const se = show(selinux, '3.6', 'libselinux/utils/setenforce.c');
  const u = /fprintf\(stderr, "(usage: [^"]*)"/.exec(se);
  if (!u) throw new Error("setenforce's usage not found");
  write('selinux/setenforce/help.ts', "setenforce's usage of libselinux 3.6 (utils/setenforce.c: stderr, status 1; %s is the name it was called by).", { usage: u[1].replace('\\n', '\n') });
}
console.log('net specs written');
