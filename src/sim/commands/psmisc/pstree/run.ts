// pstree of psmisc 23.4 (src/pstree.c main and read_proc; the drawing in tree.ts): the world's processes as a tree
// from PID 1 (or the PID given, or the trees of a user's processes). UTF-8 lines on a terminal whose locale is
// UTF-8, else ASCII; lines cut at the terminal's width (132 columns into a pipe) with `+` unless -l.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def } from '../../lib/guest';
import { processes, SYSTEM_UIDS } from '../../lib/procs';
import { leaders } from '../../lib/signal';
import { ASCII, dump, insertChild, UTF8, VT100, type Node } from './tree';
import { spec } from './spec';

const NS = ['cgroup', 'ipc', 'mnt', 'net', 'pid', 'time', 'user', 'uts'];

function* pstree(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  const ops = ctx.operands ?? [];
  const texts = () => import('./help');
  const usage = function* (): CommandRun {
    ctx.err(((yield { load: texts }) as Awaited<ReturnType<typeof texts>>).usage);
    return 1;
  };
  // getopt's order: the first -V ends it before later options are looked at
  const list = o.list.map((e) => e.key);
  if (list.includes('version')) {
    ctx.err(((yield { load: texts }) as Awaited<ReturnType<typeof texts>>).version);
    return 0;
  }
  const color = o.str('color');
  if (color !== undefined && color.toLowerCase() !== 'age') return yield* usage();
  if (o.all('highlight-pid').length + (o.has('highlight-all') ? 1 : 0) > 1) return yield* usage();
  const hl = o.str('highlight-pid');
  if (hl !== undefined && !(parseInt(hl, 10) || 0)) return yield* usage();
  const ns = o.str('ns-sort');
  if (ns !== undefined && !NS.includes(ns)) return yield* usage();
  const env = ctx.frame.env;
  const locale = env.LC_ALL || env.LC_CTYPE || env.LANG || '';
  let sym = ctx.tty && /utf-?8/i.test(locale) ? UTF8 : ASCII;
  for (const k of list) {
    if (k === 'ascii') sym = ASCII;
    if (k === 'vt100') sym = VT100;
    if (k === 'unicode') sym = UTF8;
  }
  const users = ctx.host.users;
  const uidOf = (name: string) => users.get(name)?.uid ?? SYSTEM_UIDS[name];
  const nameOf = (uid: number) => [...users.values()].find((u) => u.uid === uid)?.name ?? Object.keys(SYSTEM_UIDS).find((k) => SYSTEM_UIDS[k] === uid) ?? String(uid);
  let root = 1;
  let user: number | undefined;
  if (ops.length === 1) {
    if (/^\d/.test(ops[0])) {
      if (!/^\d+$/.test(ops[0])) return yield* usage();
      root = parseInt(ops[0], 10);
    } else {
      user = uidOf(ops[0]);
      if (user === undefined) {
        ctx.err(`No such user name: ${ops[0]}\n`);
        return 1;
      }
    }
  } else if (ops.length > 1) return yield* usage();

  const procs = processes(ctx);
  const groups = leaders(procs);
  const byPid = o.has('numeric-sort');
  const nodes = new Map<number, Node>();
  const node = (pid: number): Node => {
    let n = nodes.get(pid);
    if (!n) nodes.set(pid, (n = { pid, pgid: 0, uid: 0, comm: '?', args: null, children: [] }));
    return n;
  };
  for (const p of procs) {
    const n = node(p.pid);
    n.comm = p.comm;
    n.uid = p.uid;
    n.pgid = groups.get(p.pid) ?? p.pid;
    // the command line after argv[0]; a retitled process (sshd: ..., nginx: ...) has all of it in argv[0]
    const retitled = p.args.startsWith(p.comm + ':') || p.args.startsWith('(');
    n.args = p.args.startsWith('[') ? null : retitled ? [] : p.args.split(' ').slice(1);
    insertChild(node(p.ppid), n, byPid);
  }
  const showPids = o.has('show-pids');
  const opts = {
    sym,
    width: ctx.tty ? (ctx.session.size?.().cols ?? 80) : 132,
    trunc: !o.has('long'),
    args: o.has('arguments'),
    compact: !o.has('compact-not') && !showPids && !o.has('show-pgids'),
    pids: showPids,
    pgids: o.has('show-pgids'),
    uidChanges: o.has('uid-changes'),
    userName: nameOf,
  };
  if (o.has('show-parents') && ops.length === 1 && user === undefined) {
    const child = nodes.get(root);
    if (!child) {
      ctx.err(`Process ${root} not found.\n`);
      return 1;
    }
    // trim_tree_by_parent: each ancestor keeps only the line down to it
    for (let c = child; c.parent; c = c.parent) c.parent.children = [c];
    root = 1;
  }
  if (user === undefined) {
    const start = nodes.get(root);
    if (start) ctx.out(dump(start, opts));
    return 0;
  }
  let dumped = false;
  const byUser = (n: Node) => {
    if (n.uid === user) {
      if (dumped) ctx.out('\n');
      ctx.out(dump(n, opts));
      dumped = true;
      return;
    }
    n.children.forEach(byUser);
  };
  const top = nodes.get(1);
  if (top) byUser(top);
  if (!dumped) {
    ctx.err('No processes found.\n');
    return 1;
  }
  return 0;
}

def({ name: 'pstree', summary: 'display a tree of processes', spec, run: pstree });
