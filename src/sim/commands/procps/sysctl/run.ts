// sysctl of procps-ng 3.3.17 (options and help in spec.ts).
import type { CommandContext } from '../../../context';
import { def, isRoot, linuxOnly } from '../../lib/guest';
import { readFile, sysctlValue, lines, SYSCTL_DEFAULTS } from '../../lib/files';

function applySysctlFile(ctx: CommandContext, path: string, out: string[]): boolean {
  const read = readFile(ctx, path);
  if (!read.ok) return false;
  for (const raw of read.text.split('\n')) {
    const l = raw.trim();
    if (!l || l.startsWith('#') || l.startsWith(';')) continue;
    const m = /^-?([\w./-]+)\s*=\s*(.*)$/.exec(l);
    if (!m) continue;
    const key = m[1].replace(/\//g, '.');
    if (key.startsWith('net.bridge.') && !ctx.host.sys!.modules.has('br_netfilter')) {
      ctx.err(`sysctl: cannot stat /proc/sys/${key.replace(/\./g, '/')}: No such file or directory\n`);
      continue;
    }
    ctx.host.sys!.sysctl.set(key, m[2].trim());
    out.push(`${key} = ${m[2].trim()}`);
  }
  return true;
}

def({
  name: 'sysctl',
  summary: 'configure kernel parameters at runtime',
  available: linuxOnly,
  *run(ctx) {
    const sys = ctx.host.sys!;
    const args = ctx.args;
    if (args.includes('--system')) {
      if (!isRoot(ctx)) {
        ctx.err('sysctl: permission denied on key "kernel.yama.ptrace_scope"\n');
        return 1;
      }
      const ifs = ctx.host.ifaces.filter((i) => i.name !== 'lo').map((i) => i.name);
      const rp = ['default', ...ifs, 'lo'].map((n) => `net.ipv4.conf.${n}.rp_filter = 2`);
      const src = ['default', ...ifs, 'lo'].map((n) => `net.ipv4.conf.${n}.accept_source_route = 0`);
      const prom = ['default', ...ifs, 'lo'].map((n) => `net.ipv4.conf.${n}.promote_secondaries = 1`);
      const system: [string, string[]][] = [
        ['/usr/lib/sysctl.d/10-default-yama-scope.conf', ['kernel.yama.ptrace_scope = 0']],
        ['/usr/lib/sysctl.d/50-coredump.conf', ['kernel.core_pattern = |/usr/lib/systemd/systemd-coredump %P %u %g %s %t %c %h', 'kernel.core_pipe_limit = 16', 'fs.suid_dumpable = 2']],
        ['/usr/lib/sysctl.d/50-default.conf', ['kernel.sysrq = 16', 'kernel.core_uses_pid = 1', ...rp, ...src, ...prom, 'net.ipv4.ping_group_range = 0 2147483647', 'net.core.default_qdisc = fq_codel', 'fs.protected_hardlinks = 1', 'fs.protected_symlinks = 1', 'fs.protected_regular = 1', 'fs.protected_fifos = 1']],
        ['/usr/lib/sysctl.d/50-libkcapi-optmem_max.conf', ['net.core.optmem_max = 81920']],
        ['/usr/lib/sysctl.d/50-pid-max.conf', ['kernel.pid_max = 4194304']],
        ['/usr/lib/sysctl.d/50-redhat.conf', ['kernel.kptr_restrict = 1']],
      ];
      for (const [f, lines] of system) {
        ctx.out(`* Applying ${f} ...\n${lines.map((l) => l + '\n').join('')}`);
        for (const l of lines) {
          const [k, v] = l.split(' = ');
          if (!sys.sysctl.has(k) && (k.startsWith('kernel.') || k.startsWith('fs.') || k.startsWith('net.core'))) sys.sysctl.set(k, v);
        }
      }
      const list = ctx.host.fs.list('/etc/sysctl.d');
      const extra = typeof list === 'string' ? [] : list.filter((f) => f.name.endsWith('.conf')).map((f) => '/etc/sysctl.d/' + f.name);
      for (const f of ['/etc/sysctl.d/99-sysctl.conf', ...extra.filter((x) => !x.endsWith('/99-sysctl.conf'))].sort()) {
        const applied: string[] = [];
        ctx.out(`* Applying ${f} ...\n`);
        if (f.endsWith('/99-sysctl.conf') && !ctx.host.fs.exists(f)) continue;
        applySysctlFile(ctx, f, applied);
        ctx.out(applied.map((a) => a + '\n').join(''));
      }
      const applied: string[] = [];
      ctx.out('* Applying /etc/sysctl.conf ...\n');
      applySysctlFile(ctx, '/etc/sysctl.conf', applied);
      ctx.out(applied.map((a) => a + '\n').join(''));
      return 0;
    }
    if (args.includes('-p')) {
      const f = args[args.indexOf('-p') + 1] ?? '/etc/sysctl.conf';
      const applied: string[] = [];
      if (!applySysctlFile(ctx, f.startsWith('-') ? '/etc/sysctl.conf' : f, applied)) {
        ctx.err(`sysctl: cannot open "${f}": No such file or directory\n`);
        return 1;
      }
      ctx.out(applied.map((a) => a + '\n').join(''));
      return 0;
    }
    if (args.includes('-a')) {
      const keys = [...new Set([...sys.sysctl.keys(), ...Object.keys(SYSCTL_DEFAULTS)])].filter((k) => !k.startsWith('net.bridge.') || sys.modules.has('br_netfilter'));
      if (sys.modules.has('br_netfilter')) for (const k of ['net.bridge.bridge-nf-call-arptables', 'net.bridge.bridge-nf-call-ip6tables', 'net.bridge.bridge-nf-call-iptables']) if (!keys.includes(k)) keys.push(k);
      ctx.out(keys.sort().map((k) => `${k} = ${sysctlValue(ctx.host, k)}\n`).join(''));
      return 0;
    }
    const write = args.includes('-w');
    const quiet = args.includes('-q');
    let code = 0;
    for (const a of args.filter((x) => !x.startsWith('-'))) {
      const eq = a.indexOf('=');
      const key = (eq >= 0 ? a.slice(0, eq) : a).replace(/\//g, '.');
      if (eq >= 0 || write) {
        if (eq < 0) {
          ctx.err(`sysctl: "${a}" must be of the form name=value\n`);
          code = 1;
          continue;
        }
        if (sysctlValue(ctx.host, key) === null && !(key.startsWith('net.') || key.startsWith('vm.') || key.startsWith('kernel.'))) {
          ctx.err(`sysctl: cannot stat /proc/sys/${key.replace(/\./g, '/')}: No such file or directory\n`);
          code = 255;
          continue;
        }
        if (key.startsWith('net.bridge.') && !sys.modules.has('br_netfilter')) {
          ctx.err(`sysctl: cannot stat /proc/sys/${key.replace(/\./g, '/')}: No such file or directory\n`);
          code = 255;
          continue;
        }
        if (!isRoot(ctx)) {
          ctx.err(`sysctl: permission denied on key "${key}"\n`);
          code = 1;
          continue;
        }
        sys.sysctl.set(key, a.slice(eq + 1).trim());
        if (!quiet) ctx.out(`${key} = ${a.slice(eq + 1).trim()}\n`);
        continue;
      }
      const v = sysctlValue(ctx.host, key);
      if (v === null) {
        ctx.err(`sysctl: cannot stat /proc/sys/${key.replace(/\./g, '/')}: No such file or directory\n`);
        code = 255;
        continue;
      }
      ctx.out(args.includes('-n') ? v + '\n' : `${key} = ${v}\n`);
    }
    return code;
  },
});
