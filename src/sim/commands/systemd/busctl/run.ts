// busctl of systemd 252 (src/busctl/busctl.c) on the guest's system bus (dbus-broker). The peers are the model's
// processes that talk to the bus: PID 1 (org.freedesktop.systemd1), systemd-logind (login1), NetworkManager,
// polkitd (PolicyKit1), firewalld when it runs, and busctl itself; their unique names :1.N follow their start order.
// The activatable names are those of the D-Bus service files systemd 252's main package and polkit install.
// org.freedesktop.DBus is the bus itself: sd_bus_get_owner_creds() gives the socket's owner, PID 1 (dbus.socket).
// `list` is list_bus_names() (format-table sorted by name, PID right-aligned, "-" for an empty cell), `tree` is
// tree_one() for the daemons whose objects are known from their sources (hostnamed, localed, timedated), and
// `introspect` is introspect() for hostnamed's object (introspect.ts).
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def, linuxOnly } from '../../lib/guest';
import { getoptLong } from '../../lib/getopt-long';
import { processes, type Proc } from '../../lib/procs';
import { cgroupTree, type Group } from '../systemd-cgls/tree';
import { table } from '../loginctl/run';
import { LONGS, SHORTS, spec } from './spec';

const PROG = 'busctl';

/** dispatch_verb()'s table: [min, max] words counting the verb. */
const VERBS: Record<string, [number, number]> = {
  list: [0, 1], status: [0, 2], monitor: [0, Infinity], capture: [0, Infinity], tree: [0, Infinity], introspect: [3, 4],
  call: [5, Infinity], emit: [4, Infinity], 'get-property': [5, Infinity], 'set-property': [6, Infinity], help: [0, Infinity],
};

/** Who owns which name on the box's system bus (the daemons' own bus_request_name() calls). */
const OWNERS: [RegExp, string][] = [
  [/^\/usr\/lib\/systemd\/systemd --switched-root/, 'org.freedesktop.systemd1'],
  [/^\/usr\/lib\/systemd\/systemd-logind/, 'org.freedesktop.login1'],
  [/^\/usr\/sbin\/NetworkManager/, 'org.freedesktop.NetworkManager'],
  [/^\/usr\/lib\/polkit-1\/polkitd/, 'org.freedesktop.PolicyKit1'],
  [/\/usr\/sbin\/firewalld/, 'org.fedoraproject.FirewallD1'],
];

/** /usr/share/dbus-1/system-services of systemd 252 (hostnamed, localed, logind, timedated, PID 1) and polkit. */
const ACTIVATABLE = ['org.freedesktop.DBus', 'org.freedesktop.PolicyKit1', 'org.freedesktop.hostname1', 'org.freedesktop.locale1', 'org.freedesktop.login1', 'org.freedesktop.systemd1', 'org.freedesktop.timedate1'];

/** The object paths of a daemon: its manager object and LogControl1 (bus_log_control_api_register()). */
const OBJECTS: Record<string, string[]> = {
  'org.freedesktop.hostname1': ['/org/freedesktop/hostname1'],
  'org.freedesktop.locale1': ['/org/freedesktop/locale1'],
  'org.freedesktop.timedate1': ['/org/freedesktop/timedate1'],
};

interface Peer {
  unique: string;
  names: string[];
  proc: Proc;
  unit: string;
  session?: string;
}

/** The cgroup unit of each process, as systemd-cgls places it. */
function unitsOf(ctx: CommandContext): Map<number, string> {
  const out = new Map<number, string>();
  const walk = (g: Group) => {
    for (const p of g.pids) out.set(p.pid, g.name);
    g.children.forEach(walk);
  };
  walk(cgroupTree(ctx));
  return out;
}

function peers(ctx: CommandContext): Peer[] {
  const procs = processes(ctx);
  const units = unitsOf(ctx);
  const self = procs.filter((p) => p.comm === 'busctl').pop();
  const list = procs.filter((p) => OWNERS.some(([re]) => re.test(p.args)) && p !== self);
  if (self) list.push(self);
  return list.map((p, i) => {
    const unit = units.get(p.pid) ?? '';
    const session = /^session-(\w+)\.scope$/.exec(unit)?.[1];
    return { unique: `:1.${i}`, names: OWNERS.filter(([re]) => re.test(p.args)).map(([, n]) => n), proc: p, unit, session };
  });
}

function list(ctx: CommandContext, o: { unique: boolean; acquired: boolean; activatable: boolean; legend: boolean }): string {
  if (!o.unique && !o.acquired && !o.activatable) o.unique = o.acquired = o.activatable = true;
  const ps = peers(ctx);
  const rows: string[][] = [];
  const acquired = new Set<string>();
  const row = (name: string, p: Peer | undefined, conn: string) =>
    rows.push(p ? [name, String(p.proc.pid), p.proc.comm, p.proc.user, conn, p.unit || '-', p.session ?? '-', '-'] : [name, '-', '-', '-', conn, '-', '-', '-']);
  if (o.unique || o.acquired) {
    // the bus driver: the credentials of the socket's owner, PID 1
    acquired.add('org.freedesktop.DBus');
    if (o.acquired) {
      const pid1 = ps.find((p) => p.proc.pid === 1);
      if (pid1) rows.push(['org.freedesktop.DBus', '1', pid1.proc.comm, pid1.proc.user, '-', pid1.unit || '-', '-', '-']);
    }
    for (const p of ps) {
      if (o.unique) row(p.unique, p, p.unique);
      for (const n of p.names) {
        acquired.add(n);
        if (o.acquired) row(n, p, p.unique);
      }
    }
  }
  if (o.activatable) for (const n of ACTIVATABLE) if (!acquired.has(n)) row(n, undefined, '(activatable)');
  rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const header = ['NAME', 'PID', 'PROCESS', 'USER', 'CONNECTION', 'UNIT', 'SESSION', 'DESCRIPTION'];
  const text = table(header, rows, [1]);
  return o.legend ? text : text.slice(text.indexOf('\n') + 1);
}

/** print_tree() of the sorted object paths below "/" with the tree glyphs. */
function printTree(paths: string[], asList = false): string {
  const l = [...new Set(['/', ...paths.flatMap((p) => p.split('/').slice(1).map((_, i, a) => '/' + a.slice(0, i + 1).join('/')))])].sort();
  const under = (p: string, prefix: string) => prefix === '/' ? p.startsWith('/') : p === prefix || p.startsWith(prefix + '/');
  if (asList) return l.map((x) => x + '\n').join('');
  let out = '';
  const sub = (prefix: string, path: string, from: number) => {
    let i = from;
    while (i < l.length && l[i] === path) i++;
    while (i < l.length && under(l[i], path)) {
      let n = i + 1;
      let more = false;
      while (n < l.length && under(l[n], path)) {
        if (!under(l[n], l[i])) {
          more = true;
          break;
        }
        n++;
      }
      out += `${prefix}${more ? '├─' : '└─'}${l[i]}\n`;
      sub(prefix + (more ? '│ ' : '  '), l[i], i);
      i = n;
    }
  };
  sub('', '/', 0);
  return out;
}

function* run(ctx: CommandContext): CommandRun {
  const fail = (m: string) => {
    ctx.err(m + '\n');
    return 1;
  };
  const p = getoptLong(PROG, ctx.args, SHORTS, LONGS);
  if (p.error) {
    ctx.err(p.error);
    return 1;
  }
  const o = { unique: false, acquired: false, activatable: false, legend: true, list: false, xml: false };
  for (const [k, v] of p.opts) {
    if (k === 'h') {
      const { help } = (yield { load: () => import('./help') }) as typeof import('./help');
      ctx.out(help);
      return 0;
    }
    if (k === 'version') {
      // version() of src/basic/util.c, with the box's build features
      ctx.out(((yield { load: () => import('../version') }) as typeof import('../version')).version);
      return 0;
    }
    if (k === 'unique') o.unique = true;
    else if (k === 'acquired') o.acquired = true;
    else if (k === 'activatable') o.activatable = true;
    else if (k === 'no-legend') o.legend = false;
    else if (k === 'list') o.list = true;
    else if (k === 'xml-interface') o.xml = true;
    else if (k === 'H' || k === 'M' || k === 'user' || k === 'address' || k === 'json' || k === 'match') {
      // other buses than the system bus, and JSON, are not modelled (DIFFERENCES.md)
      void v;
      return 1;
    }
  }
  const words = p.operands;
  const verb = words[0] ?? 'list';
  const limits = VERBS[verb];
  if (!limits) return fail(`Unknown command verb ${verb}.`);
  const argc = Math.max(words.length, 1);
  if (argc < limits[0]) return fail('Too few arguments.');
  if (argc > limits[1]) return fail('Too many arguments.');
  if (verb === 'help') {
    const { help } = (yield { load: () => import('./help') }) as typeof import('./help');
    ctx.out(help);
    return 0;
  }
  if (verb === 'list') {
    ctx.out(list(ctx, o));
    return 0;
  }
  if (verb === 'tree') {
    const services = words.slice(1);
    for (const s of services) if (!/^(:[\w-]+(\.[\w-]+)+|[A-Za-z_-][\w-]*(\.[A-Za-z_-][\w-]*)+)$/.test(s) || s.length > 255) return fail(`Invalid bus service name: ${s}`);
    const known = services.length ? services : [];
    let out = '';
    let code = 0;
    known.forEach((s, i) => {
      if (i) out += '\n';
      if (services.length > 1) out += `Service ${s}:\n`;
      const objs = OBJECTS[s];
      if (objs) out += printTree([...objs, '/org/freedesktop/LogControl1'], o.list);
      else code = 1; // the objects of the other daemons are not modelled (DIFFERENCES.md)
    });
    ctx.out(out);
    return code;
  }
  if (verb === 'introspect' && !o.xml) {
    // the objects whose members the model knows (introspect.ts); others are not modelled (DIFFERENCES.md)
    const { introspect } = (yield { load: () => import('./introspect') }) as typeof import('./introspect');
    const env = ctx.frame.env;
    const color = ctx.tty && env.TERM !== 'dumb' && env.NO_COLOR === undefined && env.SYSTEMD_COLORS !== '0';
    const text = introspect(ctx, words[1], words[2], words[3], { legend: o.legend, color });
    if (text === null) return 1;
    ctx.out(text);
    return 0;
  }
  // status, monitor, capture, introspect of other objects, call, emit, get-property, set-property: not modelled (DIFFERENCES.md)
  return 1;
}

def({ name: 'busctl', spec, summary: 'Introspect the bus', available: linuxOnly, run });
