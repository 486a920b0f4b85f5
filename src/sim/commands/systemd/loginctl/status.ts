// loginctl's status and show verbs and terminate-session / kill-session over the guest's one login (the `vagrant ssh`
// session): print_session_status_info() and print_user_status_info() of loginctl.c (systemd v252-46, RHEL 9), the
// processes of the session scope and user slice as bus-unit-procs.c dump_processes() draws them, and show-session /
// show-user as bus_print_all_properties() prints logind's Session and User properties (logind-session-dbus.c,
// logind-user-dbus.c, in their order; empty strings left out unless --all).
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { processes, type Proc } from '../../lib/procs';
import { ago, stamp } from '../../lib/units';
import { entries } from '../../coreutils/who/run';

export interface Login {
  id: string;
  uid: number;
  gid: number;
  user: string;
  tty: string;
  host: string;
  since: number;
  leader?: Proc;
  scope: Proc[];
  manager: Proc[];
}

/** The sessions logind knows on this guest (the vagrant ssh login, with the processes in its scope). */
export function logins(ctx: CommandContext, id: string): Login[] {
  const procs = processes(ctx);
  const out: Login[] = [];
  for (const e of entries(ctx)) {
    if (e.kind !== 'user' || !e.user) continue;
    const u = ctx.host.users.get(e.user);
    const leader = procs.find((p) => p.pid === e.pid);
    // the scope holds the leader (sshd's privileged half) and every process under it
    const inScope = new Set<number>(leader ? [leader.pid] : []);
    for (const p of procs) if (inScope.has(p.ppid)) inScope.add(p.pid);
    const uid = u?.uid ?? 0;
    const manager = procs.filter((p) => p.uid === uid && (p.args === '/usr/lib/systemd/systemd --user' || p.args === '(sd-pam)'));
    out.push({ id, uid, gid: u?.gid ?? uid, user: e.user, tty: e.line, host: e.host ?? '', since: e.time, leader, scope: procs.filter((p) => inScope.has(p.pid)), manager });
  }
  return out;
}

/** A command line as PID 1's GetUnitProcesses gives it (get_process_cmdline with PROCESS_CMDLINE_QUOTE). */
function cmdline(p: Proc): string {
  // a process that rewrote its title (`sshd: vagrant [priv]`) is one argument with spaces
  if (/^(sshd: |\(sd-pam\))/.test(p.args)) return `"${p.args}"`;
  return p.args;
}

/** dump_processes(): the PIDs of one cgroup, then its child cgroups, each with the prefix of its depth. */
function tree(prefix: string, pids: Proc[], children: [string, Proc[]][]): string {
  let out = '';
  const sorted = [...pids].sort((a, b) => a.pid - b.pid);
  const width = sorted.length ? String(sorted[sorted.length - 1].pid).length : 0;
  sorted.forEach((p, i) => {
    const more = i + 1 < sorted.length || children.length > 0;
    out += `${prefix}${more ? '├─' : '└─'}${String(p.pid).padStart(width)} ${cmdline(p)}\n`;
  });
  children.forEach(([name, procs], i) => {
    const more = i + 1 < children.length;
    out += `${prefix}${more ? '├─' : '└─'}${name}\n`;
    out += tree(prefix + (more ? '│ ' : '  '), procs, []);
  });
  return out;
}

function sessionStatus(ctx: CommandContext, s: Login): string {
  const now = ctx.world.now;
  let out = `${s.id} - ${s.user} (${s.uid})\n`;
  out += `\t   Since: ${stamp(s.since)}; ${ago(now - s.since)} ago\n`;
  if (s.leader) out += `\t  Leader: ${s.leader.pid} (${s.leader.comm})\n`;
  out += `\t     TTY: ${s.tty}\n`;
  if (s.host) out += `\t  Remote: ${s.host}\n`;
  out += '\t Service: sshd; type tty; class user\n';
  out += '\t   State: active\n';
  out += '\t    Idle: no\n';
  out += `\t    Unit: session-${s.id}.scope\n`;
  out += tree('\t\t  ', s.scope, []);
  return out;
}

function userStatus(ctx: CommandContext, s: Login): string {
  const now = ctx.world.now;
  const since = Math.min(s.since, ...s.manager.map((p) => p.start));
  let out = `${s.user} (${s.uid})\n`;
  out += `\t   Since: ${stamp(since)}; ${ago(now - since)} ago\n`;
  out += '\t   State: active\n';
  out += `\tSessions: *${s.id}\n`;
  out += '\t  Linger: no\n';
  out += `\t    Unit: user-${s.uid}.slice\n`;
  // the slice's own cgroups: the session scope and the user manager's service (its init.scope inside)
  const service = s.manager.length ? tree('\t\t    ', [], [['init.scope', s.manager]]) : '';
  out += `\t\t  ├─session-${s.id}.scope\n` + tree('\t\t  │ ', s.scope, []);
  out += `\t\t  └─user@${s.uid}.service\n` + service;
  return out;
}

/** bus_print_all_properties(): NAME=VALUE per property, empty strings only with --all; -p picks, --value drops names. */
function properties(ctx: CommandContext, props: [string, string][]): string {
  const all = ctx.opts?.has('all');
  const only = ctx.opts?.has('value');
  const wanted = (ctx.opts?.list ?? []).filter((o) => o.key === 'property' || o.key === 'P').flatMap((o) => String(o.value).split(','));
  let out = '';
  for (const [k, v] of props) {
    if (wanted.length && !wanted.includes(k)) continue;
    if (v === '' && !all) continue;
    out += only ? `${v}\n` : `${k}=${v}\n`;
  }
  return out;
}

function sessionProps(ctx: CommandContext, s: Login): [string, string][] {
  const mono = (s.since - ctx.host.bootedAt) * 1000;
  return [
    ['Id', s.id], ['User', String(s.uid)], ['Name', s.user], ['Timestamp', stamp(s.since)], ['TimestampMonotonic', String(mono)],
    ['VTNr', '0'], ['Seat', ''], ['TTY', s.tty], ['Display', ''], ['Remote', 'yes'], ['RemoteHost', s.host], ['RemoteUser', ''],
    ['Service', 'sshd'], ['Desktop', ''], ['Scope', `session-${s.id}.scope`], ['Leader', String(s.leader?.pid ?? 0)], ['Audit', s.id],
    ['Type', 'tty'], ['Class', 'user'], ['Active', 'yes'], ['State', 'active'], ['IdleHint', 'no'], ['IdleSinceHint', String(ctx.world.now * 1000)],
    ['IdleSinceHintMonotonic', String((ctx.world.now - ctx.host.bootedAt) * 1000)], ['LockedHint', 'no'],
  ];
}

function userProps(ctx: CommandContext, s: Login): [string, string][] {
  const since = Math.min(s.since, ...s.manager.map((p) => p.start));
  return [
    ['UID', String(s.uid)], ['GID', String(s.gid)], ['Name', s.user], ['Timestamp', stamp(since)],
    ['TimestampMonotonic', String((since - ctx.host.bootedAt) * 1000)], ['RuntimePath', `/run/user/${s.uid}`],
    ['Service', `user@${s.uid}.service`], ['Slice', `user-${s.uid}.slice`], ['Display', s.id], ['State', 'active'], ['Sessions', s.id],
    ['IdleHint', 'no'], ['IdleSinceHint', String(ctx.world.now * 1000)], ['IdleSinceHintMonotonic', String((ctx.world.now - ctx.host.bootedAt) * 1000)], ['Linger', 'no'],
  ];
}

/** session-status, show-session, user-status, show-user, terminate-session and kill-session. */
export function* statusVerb(ctx: CommandContext, verb: string, args: string[], id: string): CommandRun {
  const all = logins(ctx, id);
  const mine = all.find((s) => s.user === ctx.frame.user) ?? all[0];
  let out = '';
  const sep = () => (out ? '\n' : '');
  if (verb === 'session-status' || verb === 'show-session') {
    const show = verb === 'show-session';
    if (!args.length) {
      // no session given: show-session shows the manager's own properties (not modelled), session-status the caller's
      if (show) return 0;
      if (mine) out += sessionStatus(ctx, mine);
    }
    for (const a of args) {
      const s = all.find((x) => x.id === a);
      if (!s) {
        ctx.out(out);
        ctx.err(`Failed to get session path: No session '${a}' known\n`);
        return 1;
      }
      out += sep() + (show ? properties(ctx, sessionProps(ctx, s)) : sessionStatus(ctx, s));
    }
    ctx.out(out);
    return 0;
  }
  if (verb === 'user-status' || verb === 'show-user') {
    const show = verb === 'show-user';
    if (!args.length) {
      if (show) return 0;
      if (mine) out += userStatus(ctx, mine);
    }
    for (const a of args) {
      const u = /^\d+$/.test(a) ? [...ctx.host.users.values()].find((x) => x.uid === Number(a)) : ctx.host.users.get(a);
      if (!u && !/^\d+$/.test(a)) {
        ctx.out(out);
        ctx.err(`Failed to look up user ${a}: No such process\n`);
        return 1;
      }
      const uid = u?.uid ?? Number(a);
      const s = all.find((x) => x.uid === uid);
      if (!s) {
        ctx.out(out);
        ctx.err(`Failed to get user: User ID ${uid} is not logged in or lingering\n`);
        return 1;
      }
      out += sep() + (show ? properties(ctx, userProps(ctx, s)) : userStatus(ctx, s));
    }
    ctx.out(out);
    return 0;
  }
  // terminate-session and kill-session: the connection of that login ends
  for (const a of args) {
    const s = all.find((x) => x.id === a);
    if (!s) {
      ctx.err(verb === 'kill-session' ? `Could not kill session: No session '${a}' known\n` : `Failed to issue method call: No session '${a}' known\n`);
      return 1;
    }
    if (ctx.frame.user !== 'root' && ctx.frame.user !== s.user) {
      ctx.err(verb === 'kill-session' ? 'Could not kill session: Interactive authentication required.\n' : 'Failed to issue method call: Interactive authentication required.\n');
      return 1;
    }
  }
  let first: { sshHost?: string } | undefined;
  while (ctx.session.depth() > 0 && ctx.session.top()?.hostId === ctx.host.id) {
    first = ctx.session.top();
    ctx.session.popFrame();
  }
  if (first?.sshHost !== undefined) ctx.err(`Connection to ${first.sshHost.slice(0, 300)} closed by remote host.\r\nConnection to ${first.sshHost.slice(0, 64)} closed.\r\n`);
  else ctx.out('Connection to 127.0.0.1 closed by remote host.\n');
  return 0;
}
