// ps of procps-ng 3.3.17: the default, -f/-ef, BSD u/aux, --forest and f, -u/-p/-C selections, -o with the
// common columns. Columns are as wide as on Rocky 9 (PID and PPID take 7: kernel.pid_max is 4194304); on a
// terminal lines are cut at its width, into a pipe they are whole. Options and help in spec.ts.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { tm, two } from '../../../util';
import { def } from '../../lib/guest';
import { cpuSeconds, processes, type Proc } from '../../lib/procs';
import { niceOf, peek } from '../../util-linux/lib/sched';
import { longFormat } from './long';
import { spec } from './spec';
import { exportedVar } from '../../../shell/vars';

const W = 7;

function stime(ms: number, now: number): string {
  const t = tm(ms);
  const n = tm(now);
  if (t.y === n.y && t.mo === n.mo && t.d === n.d) return `${two(t.h)}:${two(t.mi)}`;
  if (now - ms < 365 * 86400_000) return `${t.monName}${two(t.d)}`;
  return ` ${t.y}`;
}

const hms = (s: number) => `${two(Math.floor(s / 3600))}:${two(Math.floor((s % 3600) / 60))}:${two(s % 60)}`;
const ms = (s: number) => `${Math.floor(s / 60)}:${two(s % 60)}`;
const user8 = (p: Proc) => (p.user.length > 8 ? String(p.uid) : p.user).padEnd(8);

type Col = { head: string; width: number; left?: boolean; cut?: boolean; value: (p: Proc, now: number, memKb: number) => string };
const COLS: Record<string, Col> = {
  pid: { head: 'PID', width: W, value: (p) => String(p.pid) },
  ppid: { head: 'PPID', width: W, value: (p) => String(p.ppid) },
  user: { head: 'USER', width: 8, left: true, value: (p) => user8(p).trimEnd() },
  uid: { head: 'UID', width: 5, value: (p) => String(p.uid) },
  '%cpu': { head: '%CPU', width: 4, value: (p) => (p.load * 100).toFixed(1) },
  '%mem': { head: '%MEM', width: 4, value: (p, _n, m) => ((p.rssKb / m) * 100).toFixed(1) },
  vsz: { head: 'VSZ', width: 6, value: (p) => String(p.vszKb) },
  rss: { head: 'RSS', width: 5, value: (p) => String(p.rssKb) },
  tty: { head: 'TT', width: 8, left: true, value: (p) => p.tty },
  stat: { head: 'STAT', width: 4, left: true, value: (p) => p.stat },
  etime: { head: 'ELAPSED', width: 11, value: (p, n) => { const s = Math.max(0, Math.floor((n - p.start) / 1000)); return s >= 3600 ? hms(s) : `${two(Math.floor(s / 60))}:${two(s % 60)}`; } },
  time: { head: 'TIME', width: 8, value: (p, n) => hms(cpuSeconds(p, n)) },
  // output.c's format table: comm 15 and args 27 wide; a command column that is not the last is cut at its width
  comm: { head: 'COMMAND', width: 15, left: true, cut: true, value: (p) => p.comm },
  args: { head: 'COMMAND', width: 27, left: true, cut: true, value: (p) => p.args },
};
const ALIAS: Record<string, string> = { nice: 'ni', cmd: 'args', command: 'args', pcpu: '%cpu', pmem: '%mem', ucomm: 'comm', tname: 'tty', tt: 'tty', uname: 'user', euser: 'user', cputime: 'time' };

function* ps(ctx: CommandContext): CommandRun {
  const args = ctx.args;
  let all = false;
  let bsdA = false;
  let bsdX = false;
  let full = false;
  let long = false;
  let userFmt = false;
  let forest = false;
  let headers = true;
  let fmt: string[] | null = null;
  const users: string[] = [];
  const pids: number[] = [];
  const names: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const next = () => args[++i] ?? '';
    if (a.startsWith('--')) {
      const [k, v] = a.slice(2).split('=');
      const val = () => v ?? next();
      if (k === 'forest') forest = true;
      else if (k === 'no-headers' || k === 'no-heading') headers = false;
      else if (k === 'format') fmt = val().split(/[,\s]+/);
      else if (k === 'user' || k === 'User') users.push(...val().split(','));
      else if (k === 'pid') pids.push(...val().split(',').map(Number));
      else if (k === 'sort' || k === 'cols' || k === 'columns' || k === 'width' || k === 'rows' || k === 'lines') val();
      continue;
    }
    if (a.startsWith('-')) {
      for (let j = 1; j < a.length; j++) {
        const c = a[j];
        const rest = () => (j + 1 < a.length ? a.slice(j + 1) : next());
        if (c === 'e' || c === 'A') all = true;
        else if (c === 'f' || c === 'F') full = true;
        else if (c === 'l') long = true;
        else if (c === 'H') forest = true;
        else if (c === 'u' || c === 'U') { users.push(...rest().split(',')); break; }
        else if (c === 'p') { pids.push(...rest().split(',').map(Number)); break; }
        else if (c === 'C') { names.push(...rest().split(',')); break; }
        else if (c === 'o') { fmt = rest().split(/[,\s]+/); break; }
      }
      continue;
    }
    // BSD words
    for (const c of a) {
      if (c === 'a') bsdA = true;
      else if (c === 'x') bsdX = true;
      else if (c === 'u') userFmt = true;
      else if (c === 'f') forest = true;
    }
  }
  const now = ctx.world.now;
  const memKb = ctx.host.sys?.memTotalKb ?? 2_000_000;
  const list = processes(ctx);
  const me = list[list.length - 1].pid === Math.max(...list.map((p) => p.pid)) ? list.find((p) => p.stat === 'R+')! : list[list.length - 1];
  let sel = list.filter((p) => {
    if (all || (bsdA && bsdX)) return true;
    if (bsdA) return p.tty !== '?';
    if (bsdX) return p.user === ctx.frame.user;
    if (users.length || pids.length || names.length) return false;
    return p.tty === me.tty && p.user === me.user;
  });
  if (users.length) sel = [...new Set([...sel.filter((p) => all || bsdA || bsdX), ...list.filter((p) => users.includes(p.user) || users.includes(String(p.uid)))])];
  if (pids.length) sel = [...sel.filter((p) => all), ...list.filter((p) => pids.includes(p.pid))];
  if (names.length) sel = [...sel.filter((p) => all), ...list.filter((p) => names.includes(p.comm))];
  sel = [...new Set(sel)].sort((a, b) => a.pid - b.pid);

  // the columns: -o, BSD u, -f, or the default
  let cols: string[];
  // `name=HEADER` renames a column (`pid=` leaves it without one); when every header is empty, none is printed
  const named = new Map<number, string>();
  if (fmt)
    cols = fmt.filter(Boolean).map((c, i) => {
      const eq = c.indexOf('=');
      if (eq >= 0) named.set(i, c.slice(eq + 1));
      const n = eq >= 0 ? c.slice(0, eq) : c;
      return ALIAS[n.toLowerCase()] ?? n.toLowerCase();
    });
  // -l: procps's Std_l (ADDR is addr_1, one column wide); with -f it keeps -f's layout here
  else if (long && !full && !userFmt) cols = ['f', 's', 'uid', 'pid', 'ppid', 'c', 'opri', 'ni', 'addr_1', 'sz', 'wchan', 'tty-f', 'time', 'ucmd'];
  else if (userFmt) cols = ['user', 'pid', '%cpu', '%mem', 'vsz', 'rss', 'tty-f', 'stat', 'start', 'time-bsd', 'args'];
  else if (full) cols = ['uid-f', 'pid', 'ppid', 'c', 'stime', 'tty-f', 'time', 'cmd-f'];
  else if (bsdA || bsdX) cols = ['pid', 'tty-f', 'stat', 'time-bsd', 'args'];
  else cols = ['pid', 'tty-f', 'time', 'ucmd'];
  const unknown = cols.find((c) => !COLS[c] && !['start', 'time-bsd', 'uid-f', 'c', 'stime', 'tty-f', 'cmd-f', 'ucmd', 'ni', 'pri', 'opri', 'f', 's', 'addr_1', 'sz', 'wchan'].includes(c));
  if (unknown) {
    ctx.err(`error: unknown user-defined format specifier "${unknown}"\n\nUsage:\n ps [options]\n\n Try 'ps --help <simple|list|output|threads|misc|all>'\n  or 'ps --help <s|l|o|t|m|a>'\n for additional help text.\n\nFor more details see ps(1).\n`);
    return 1;
  }
  const special: Record<string, Col> = {
    start: { head: 'START', width: 5, value: (p) => stime(p.start, now) },
    stime: { head: 'STIME', width: 5, value: (p) => stime(p.start, now) },
    'time-bsd': { head: 'TIME', width: 6, value: (p) => ms(cpuSeconds(p, now)) },
    'uid-f': { head: 'UID', width: 8, left: true, value: (p) => user8(p).trimEnd() },
    c: { head: 'C', width: 2, value: (p) => String(Math.floor(p.load * 100)) },
    'tty-f': { head: 'TTY', width: 8, left: true, value: (p) => p.tty },
    'cmd-f': { head: 'CMD', width: 27, left: true, cut: true, value: (p) => p.args },
    ucmd: { head: 'CMD', width: 15, left: true, cut: true, value: (p) => p.comm },
    ...longFormat((p) => ({ nice: niceOf(ctx, p), policy: peek(ctx, p.pid).policy, rtprio: peek(ctx, p.pid).rtprio ?? 0 }), list),
  };
  const spec = cols.map((c, i) => {
    const col = special[c] ?? COLS[c];
    const head = named.get(i);
    return head === undefined ? col : { ...col, head, width: Math.max(col.width, head.length) };
  });
  if (named.size === spec.length && spec.every((c) => c.head === '')) headers = false;

  // forest: children under their parent; the children of PID 1 start trees of their own, as ps draws them
  let order: { p: Proc; depth: number }[] = sel.map((p) => ({ p, depth: 0 }));
  if (forest) {
    const inSel = new Set(sel.map((p) => p.pid));
    const kids = new Map<number, Proc[]>();
    for (const p of sel) {
      const parent = inSel.has(p.ppid) && p.ppid !== 1 ? p.ppid : 0;
      kids.set(parent, [...(kids.get(parent) ?? []), p]);
    }
    order = [];
    const walk = (pid: number, depth: number) => {
      for (const c of kids.get(pid) ?? []) {
        order.push({ p: c, depth });
        walk(c.pid, depth + 1);
      }
    };
    walk(0, 0);
  }
  const width = ctx.tty ? Number(exportedVar(ctx.frame, 'COLUMNS')) || ctx.session.size?.().cols || 80 : Infinity;
  const line = (cells: string[]) => {
    const l = cells.join(' ');
    return (l.length > width ? l.slice(0, width) : l).trimEnd() + '\n';
  };
  const fit = (c: Col, v: string, last: boolean) =>
    last && c.left ? v : c.left ? (c.cut ? v.slice(0, c.width) : v).padEnd(c.width) : v.padStart(c.width);
  // -l's columns are laid out as show_one_proc() does: what overflows a column is taken from the next one's padding
  if (long && cols[0] === 'f' && !fmt) {
    const rows = (headers ? [spec.map((c) => c.head)] : []).concat(order.map(({ p }) => spec.map((c) => c.value(p, now, memKb))));
    ctx.out(rows.map((r) => line([showOne(r, spec)])).join(''));
    return 0;
  }
  let out = headers ? line(spec.map((c, i) => fit(c, c.head, i === spec.length - 1))) : '';
  for (const { p, depth } of order) {
    out += line(
      spec.map((c, i) => {
        let v = c.value(p, now, memKb);
        if (forest && ['args', 'comm', 'cmd-f', 'ucmd'].includes(cols[i]) && depth > 0) v = '    '.repeat(depth - 1) + ' \\_ ' + v;
        return fit(c, v, i === spec.length - 1);
      }),
    );
  }
  ctx.out(out);
  return 0;
}

/** procps's show_one_proc(): right-aligned columns padded to their width, a column's overflow taken from the padding after it. */
function showOne(cells: string[], cols: Col[]): string {
  let correct = 0;
  let actual = 0;
  let dospace = 0;
  let out = '';
  cells.forEach((text, i) => {
    const c = cols[i];
    const leftpad = c.left ? 0 : Math.max(0, c.width - text.length);
    let space = correct - actual + leftpad;
    if (space < 1) space = dospace;
    out += ' '.repeat(space) + text;
    actual += space + text.length;
    correct += c.width + 1;
    dospace = 1;
  });
  return out;
}

def({ name: 'ps', summary: 'report a snapshot of the current processes.', spec, run: ps });
