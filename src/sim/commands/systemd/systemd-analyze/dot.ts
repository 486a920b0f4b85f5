// systemd-analyze dot of systemd 252 (analyze-dot.c, v252-46): the loaded units' After= (green), Requires= (black),
// Requisite= (darkblue), Wants= (grey66) and Conflicts= (red) as a graphviz digraph, the colour legend on stderr.
import type { CommandContext } from '../../../context';
import { afterOn } from '../systemctl/boot-times';
import { BOX_UNITS } from '../systemctl/box-units';
import { forward } from '../systemctl/deps';
import { unitState } from '../systemctl/state';

/** Requires= among the box's units (the targets' files, the services' sockets, the fstab generator's links). */
const REQUIRES: Record<string, string[]> = {
  'basic.target': ['sysinit.target'],
  'multi-user.target': ['basic.target'],
  'local-fs.target': ['-.mount', 'boot.mount'],
  'swap.target': ['swapfile.swap'],
  'systemd-journald.service': ['systemd-journald.socket'],
  'dbus-broker.service': ['dbus.socket'],
  'rpcbind.service': ['rpcbind.socket'],
};

/** fnmatch() of a glob pattern. */
const glob = (p: string, n: string) => new RegExp('^' + p.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.') + '$').test(n);
const any = (ps: string[], n: string) => ps.some((p) => glob(p, n));

/** The edges of one unit: [property, colour, targets]. */
function edges(ctx: CommandContext, name: string): [string, string, string[]][] {
  const type = name.slice(name.lastIndexOf('.') + 1);
  const requires = [...(REQUIRES[name] ?? [])];
  // a service with the default dependencies requires sysinit.target and its slice (service_add_default_dependencies())
  if (type === 'service' && !name.startsWith('systemd-') && name !== 'dbus-broker.service' && name !== 'auditd.service') requires.push('sysinit.target', 'system.slice');
  const wants = forward(ctx, name).filter((d) => !requires.includes(d));
  // the default dependencies conflict with shutdown (umount.target for mounts and swaps)
  const conflicts = /\.(mount|swap)$/.test(name) && name !== '-.mount' ? ['umount.target'] : /\.(service|socket|timer|path|target)$/.test(name) && !name.startsWith('systemd-') ? ['shutdown.target'] : [];
  return [['After', 'green', afterOn(ctx.host, name)], ['Requires', 'black', requires], ['Requisite', 'darkblue', []], ['Wants', 'grey66', wants], ['Conflicts', 'red', conflicts]];
}

export function dotText(ctx: CommandContext, patterns: string[]): { out: string; err: string } {
  const opts = ctx.opts;
  const mode = opts?.has('order') && !opts?.has('require') ? 'order' : opts?.has('require') && !opts?.has('order') ? 'require' : 'all';
  const from = opts?.all('from-pattern') ?? [];
  const to = opts?.all('to-pattern') ?? [];
  const names = [...new Set([...(ctx.host.sys?.units.keys() ?? []), ...BOX_UNITS.map((b) => b[0])])].filter((n) => unitState(ctx.host, n)?.active !== 'inactive' || ctx.host.sys?.units.has(n)).sort();
  let out = 'digraph systemd {\n';
  for (const n of names) {
    const here = any(patterns, n);
    if (from.length && !here && !any(from, n)) continue;
    for (const [prop, colour, list] of edges(ctx, n)) {
      if (mode === 'order' && prop !== 'After') continue;
      if (mode === 'require' && prop === 'After') continue;
      for (const d of list) {
        const there = any(patterns, d);
        if (to.length && !there && !any(to, d)) continue;
        if (patterns.length && !here && !there) continue;
        out += `\t"${n}"->"${d}" [color="${colour}"];\n`;
      }
    }
  }
  out += '}\n';
  let err = '   Color legend: black     = Requires\n                 dark blue = Requisite\n                 dark grey = Wants\n                 red       = Conflicts\n                 green     = After\n';
  if (ctx.tty && !opts?.has('quiet')) err += "-- You probably want to process this output with graphviz' dot tool.\n-- Try a shell pipeline like 'systemd-analyze dot | dot -Tsvg > systemd.svg'!\n";
  return { out, err };
}
