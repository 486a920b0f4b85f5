// modprobe and lsmod of kmod 28.
import { padStart, padEnd } from '../../util';
import { def, isRoot, linuxOnly } from '../lib/guest';

const MODULE_DEPS: Record<string, string[]> = { br_netfilter: ['bridge', 'stp', 'llc'], overlay: [], ip_vs: ['nf_conntrack', 'nf_defrag_ipv6', 'nf_defrag_ipv4'], nf_conntrack: ['nf_defrag_ipv6', 'nf_defrag_ipv4'] };
const KNOWN_MODULES = new Set(['br_netfilter', 'overlay', 'bridge', 'stp', 'llc', 'ip_vs', 'ip_vs_rr', 'ip_vs_wrr', 'ip_vs_sh', 'nf_conntrack', 'nf_defrag_ipv4', 'nf_defrag_ipv6', 'vxlan', 'ip_tables', 'iptable_nat', 'xt_conntrack', 'dummy', 'tun', 'veth', 'xfs', 'fuse', 'nf_tables', 'vboxguest', 'vboxsf']);
const MODULE_SIZE: Record<string, [number, string]> = { br_netfilter: [36864, ''], bridge: [405504, 'br_netfilter'], stp: [16384, 'bridge'], llc: [16384, 'bridge,stp'], overlay: [229376, ''] };

def({
  name: 'modprobe',
  summary: 'Add and remove modules from the Linux Kernel',
  available: linuxOnly,
  *run(ctx) {
    const remove = ctx.args.includes('-r');
    const mods = ctx.args.filter((a) => !a.startsWith('-'));
    const sys = ctx.host.sys!;
    if (!mods.length) {
      ctx.err('modprobe: ERROR: missing parameters. See -h.\n');
      return 1;
    }
    for (const m of mods) {
      const name = m.replace(/-/g, '_');
      if (!KNOWN_MODULES.has(name)) {
        ctx.err(`modprobe: FATAL: Module ${m} not found in directory /lib/modules/${sys.kernel}\n`);
        return 1;
      }
      if (!isRoot(ctx)) {
        if (sys.modules.has(name) && !remove) continue;
        ctx.err(remove ? `modprobe: ERROR: could not remove '${name}': Operation not permitted\n` : `modprobe: ERROR: could not insert '${name}': Operation not permitted\n`);
        return 1;
      }
      if (remove) sys.modules.delete(name);
      else {
        sys.modules.add(name);
        for (const d of MODULE_DEPS[name] ?? []) sys.modules.add(d);
      }
    }
    return 0;
  },
});

def({
  name: 'lsmod',
  summary: 'Show the status of modules in the Linux Kernel',
  available: linuxOnly,
  *run(ctx) {
    const mods = [...ctx.host.sys!.modules].reverse();
    ctx.out('Module                  Size  Used by\n' + mods.map((m) => {
      const [size, used] = MODULE_SIZE[m] ?? [16384 + (m.length * 4096) % 65536, ''];
      const n = used ? used.split(',').filter((u) => ctx.host.sys!.modules.has(u)).length : 0;
      return `${padEnd(m, 19)} ${padStart(String(size), 8)}  ${n}${n ? ' ' + used.split(',').filter((u) => ctx.host.sys!.modules.has(u)).join(',') : ''}\n`;
    }).join(''));
    return 0;
  },
});
