// systemd-run of systemd 252 (src/run/run.c of v252-46): parse_argv()'s checks, find_executable() of the command,
// then StartTransientUnit on the system manager: a service (`Running as unit: NAME`) that systemctl shows as
// transient until its command ends, or with --scope a scope the command runs in, in the foreground. As root
// systemd-run talks to the manager's private socket, which has no unique bus name, so the generated name is
// run-r<128-bit id>; a user goes through the bus (polkit asks first) and gets run-u<bus id>. Options and help are in
// spec.ts and help.ts. --wait, --pipe and --pty follow the service until its command ends (follow()); --user, -H,
// -M, --shell and the trigger units are refused (DIFFERENCES.md).
import type { CommandContext } from '../../../context';
import type { CommandRun, SystemdUnit } from '../../../types';
import { fnv32a } from '../../../hash';
import { runArgv } from '../../../shell/bash';
import { findCommand } from '../../../registry';
import { BASH_BUILTINS } from '../../../shell/builtins/type/run';
import { def, isRoot, linuxOnly } from '../../lib/guest';
import { binDir } from '../../lib/paths';
import { polkit } from '../../lib/polkit';
import { processes } from '../../lib/procs';
import { settleTransient } from '../../lib/transient';
import { startLines } from '../../lib/units';
import { spec } from './spec';

/** Properties bus_append_unit_property_assignment() knows that the model takes (-p NAME=VALUE). */
const PROPERTIES = ['Description', 'MemoryMax', 'MemoryHigh', 'MemoryLow', 'CPUQuota', 'CPUWeight', 'IOWeight', 'TasksMax', 'User', 'Group', 'Environment', 'WorkingDirectory', 'Nice', 'Restart', 'RestartSec', 'Type', 'RemainAfterExit', 'KillMode', 'TimeoutStopSec', 'RuntimeMaxSec', 'Slice', 'CollectMode', 'PrivateTmp', 'ProtectSystem', 'ProtectHome', 'NoNewPrivileges', 'StandardOutput', 'StandardError'];
const ELSEWHERE = ['user', 'host', 'machine', 'shell'];
const TRIGGERS = ['on-active', 'on-boot', 'on-startup', 'on-unit-active', 'on-unit-inactive', 'on-calendar', 'on-timezone-change', 'on-clock-change', 'timer-property', 'path-property', 'socket-property'];

function* run(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  const fail = (m: string) => {
    ctx.err(m + '\n');
    return 1;
  };
  const cmd = [...(ctx.operands ?? [])];
  const scope = o.has('scope');
  if (o.has('shell') && cmd.length) return fail('If --shell is used, no command line is expected.');
  if (!cmd.length && !o.has('shell')) return fail('Command line to execute required.');
  if (scope && (o.has('remain-after-exit') || o.has('service-type'))) return fail('--remain-after-exit and --service-type= are not supported in --scope mode.');
  if (scope && (o.has('pty') || o.has('pipe'))) return fail('--pty/--pipe is not compatible in timer or --scope mode.');
  if (o.has('wait') && o.has('no-block')) return fail('--wait may not be combined with --no-block.');
  if (o.has('wait') && scope) return fail('--wait may not be combined with --scope.');
  const trigger = TRIGGERS.find((k) => o.has(k));
  if (trigger && (o.has('pty') || o.has('pipe')) && !scope) return fail('--pty/--pipe is not compatible in timer or --scope mode.');
  if (trigger && o.has('wait')) return fail('--wait may not be combined with path, socket or timer operations.');
  if ((o.has('pty') || o.has('pipe')) && o.has('no-block')) return fail('--pty/--pipe is not compatible with --no-block.');
  // another manager (--user, -H, -M, --shell's interactive $SHELL) and trigger units: refused as by a manager
  // that cannot create them (DIFFERENCES.md)
  // bus_log_connect_error() of v252 compares the error with a bool, so it always prints strerror: without
  // $XDG_RUNTIME_DIR (sudo) the user bus is ENOMEDIUM
  if (o.has('user') && !ctx.frame.env.XDG_RUNTIME_DIR && !o.has('machine') && !o.has('host')) return fail('Failed to connect to bus: No medium found');
  if (ELSEWHERE.some((k) => o.has(k))) return fail('Failed to connect to bus: No such file or directory');
  if (trigger) return fail(`Failed to start transient ${o.has('path-property') ? 'path' : o.has('socket-property') ? 'socket' : 'timer'} unit: Operation not supported`);
  // find_executable(): a path as given, else the first match in $PATH
  const exe = findExecutable(ctx, cmd[0]);
  if (!exe) return fail(`Failed to find executable ${cmd[0]}: No such file or directory`);
  cmd[0] = exe;
  const props = o.all('property');
  for (const p of props) {
    const eq = p.indexOf('=');
    if (eq < 0) return fail(`Not an assignment: ${p}`);
    if (!PROPERTIES.includes(p.slice(0, eq))) return fail(`Unknown assignment: ${p}`);
  }
  const described = props.filter((p) => p.startsWith('Description=')).pop()?.slice(12);
  const description = described ?? o.str('description') ?? cmd.join(' ');
  const kind = scope ? 'scope' : 'service';
  if (!isRoot(ctx) && !(yield* polkit(ctx, 'org.freedesktop.systemd1.manage-units', 'Authentication is required to manage system services or other units.'))) {
    return fail(`Failed to start transient ${kind} unit: Access denied`);
  }
  const sys = ctx.host.sys!;
  settleTransient(ctx.host, ctx.world.now);
  const given = o.str('unit');
  const name = given ? (/\.(service|scope)$/.test(given) ? given : `${given}.${kind}`) : generatedName(ctx, kind);
  if (sys.units.has(name)) return fail(`Failed to start transient ${kind} unit: Unit ${name} was already loaded or has a fragment file.`);
  if (scope) {
    if (!o.has('quiet')) ctx.err(`Running scope as unit: ${name}\n`);
    const rt = { world: ctx.world, hooks: ctx.session };
    return yield* runArgv(rt, ctx.frame, cmd, { out: ctx.out, err: ctx.err, tty: ctx.tty }, ctx.stdin);
  }
  const pid = Math.max(0, ...processes(ctx).map((p) => p.pid)) + 1;
  const secs = /\/sleep$/.test(cmd[0]) && cmd.length === 2 && /^\d+(\.\d+)?$/.test(cmd[1]) ? Number(cmd[1]) : undefined;
  const u: SystemdUnit = { name, description, enabled: 'static', active: 'active', sub: 'running', since: ctx.world.now, pid, path: `/run/systemd/transient/${name}`, execStart: cmd.join(' '), transient: true };
  if (secs !== undefined) u.until = ctx.world.now + secs * 1000;
  u.log = startLines(ctx.host.hostname.split('.')[0], u, ctx.world.now);
  sys.units.set(name, u);
  ctx.world.emit('unit-changed', { hostId: ctx.host.id, unit: name });
  if (!o.has('quiet')) ctx.err(`Running as unit: ${name}\n`);
  const stdio = o.has('pty') ? (o.has('pipe') && !(ctx.tty && ctx.stdin === null) ? 'direct' : 'pty') : o.has('pipe') ? 'direct' : undefined;
  if (!o.has('wait') && !stdio) return 0;
  return yield* follow(ctx, u, cmd, stdio, o.has('wait') && !o.has('quiet'));
}

/** start_transient_service()'s event loop: the command runs as the service (root, in /, its output in the journal
 * unless --pipe or --pty hand it systemd-run's terminal); then --wait's summary and the service's status. */
function* follow(ctx: CommandContext, u: SystemdUnit, cmd: string[], stdio: 'direct' | 'pty' | undefined, summary: boolean): CommandRun {
  const sys = ctx.host.sys!;
  if (stdio === 'pty' && !ctx.opts!.has('quiet')) ctx.err('Press ^] three times within 1s to disconnect TTY.\n');
  let last = '\n';
  const out = (t: string) => {
    if (t) last = t;
    ctx.out(t);
  };
  const io = stdio ? { out, err: stdio === 'pty' ? out : ctx.err, tty: stdio === 'pty' } : { out: () => {}, err: () => {}, tty: false };
  // a service's process: root in /, systemd's PATH and its default UMask= 0022 (systemd.exec)
  const frame = { ...ctx.frame, user: 'root', cwd: '/', env: { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin' }, history: [], lastExit: 0, umask: 0o022 };
  const start = ctx.world.now;
  const rc = yield* runArgv({ world: ctx.world, hooks: ctx.session }, frame, cmd, io, stdio === 'direct' ? ctx.stdin : null);
  if (stdio === 'pty' && !ctx.opts!.has('quiet') && !last.endsWith('\n')) ctx.out('\n');
  // unit_may_gc(): a transient service that ended well is unloaded; a failed one stays until reset-failed
  if (rc === 0) sys.units.delete(u.name);
  else Object.assign(u, { active: 'failed', sub: 'failed', until: undefined, pid: undefined });
  ctx.world.emit('unit-changed', { hostId: ctx.host.id, unit: u.name });
  if (summary) {
    const h = fnv32a(`${ctx.host.id}#${u.name}`);
    ctx.err(`Finished with result: ${rc === 0 ? 'success' : 'exit-code'}\n`);
    ctx.err(`Main processes terminated with: code=exited/status=${rc}\n`);
    // the manager's own start and stop take a few milliseconds more than the command
    ctx.err(`Service runtime: ${timespan(ctx.world.now - start + 2 + (h % 7))}\n`);
    ctx.err(`CPU time consumed: ${timespan(1 + ((h >>> 3) % 3))}\n`);
  }
  return rc;
}

/** format_timespan(…, USEC_PER_MSEC) of a whole number of milliseconds. */
function timespan(ms: number): string {
  const parts: string[] = [];
  const units: [string, number][] = [['d', 86400000], ['h', 3600000], ['min', 60000]];
  for (const [n, size] of units) {
    if (ms >= size) {
      parts.push(`${Math.floor(ms / size)}${n}`);
      ms %= size;
    }
  }
  if (ms >= 1000) {
    const sec = Math.floor(ms / 1000);
    const frac = ms % 1000;
    parts.push(frac ? `${sec}.${String(frac).padStart(3, '0').replace(/0+$/, '')}s` : `${sec}s`);
  } else if (ms > 0 || !parts.length) parts.push(`${ms}ms`);
  return parts.join(' ');
}

/** Bash builtins that coreutils and util-linux also install as programs in /usr/bin. */
const FILES_TOO = new Set(['echo', 'printf', 'pwd', 'test', 'true', 'false', 'kill']);

/** An executable file of the guest's model, or a command its packages install (in the directory binDir() names). */
function executable(ctx: CommandContext, full: string): boolean {
  const node = ctx.host.fs.get(full);
  if (node?.type === 'file') return (node.mode & 0o111) !== 0;
  const m = /^(\/usr)?\/(s?bin)\/([^/]+)$/.exec(full);
  if (!m) return false;
  if (FILES_TOO.has(m[3])) return m[2] === 'bin';
  const d = findCommand('bash', m[3]);
  return !!d && (!d.available || d.available(ctx.host, ctx.world)) && !BASH_BUILTINS.has(m[3]) && binDir(m[3]) === `/usr/${m[2]}`;
}

/** find_executable(): a path as given, else the first match along $PATH. */
function findExecutable(ctx: CommandContext, word: string): string | undefined {
  if (word.includes('/')) {
    const abs = ctx.resolve(word);
    return executable(ctx, abs) ? abs : undefined;
  }
  for (const dir of (ctx.frame.env.PATH ?? '/usr/local/bin:/usr/bin').split(':')) {
    const p = `${dir || '.'}/${word}`.replace(/\/+/g, '/');
    if (executable(ctx, p)) return p;
  }
  return undefined;
}

/** make_unit_name(): run-u<id> from the bus unique name ":1.<id>" for a user; run-r<128-bit id> over the private socket. */
function generatedName(ctx: CommandContext, kind: string): string {
  // the newest PID stands in for the connection's place among the bus's clients
  const last = Math.max(0, ...processes(ctx).map((p) => p.pid));
  const sys = ctx.host.sys!;
  sys.transientRuns = (sys.transientRuns ?? 0) + 1;
  const key = `${ctx.host.id}#${ctx.world.now}#${last}#${sys.transientRuns}`;
  if (!isRoot(ctx)) return `run-u${50 + (fnv32a(key) % 400)}.${kind}`;
  let hex = '';
  for (let i = 0; hex.length < 32; i++) hex += fnv32a(`${key}#${i}`).toString(16).padStart(8, '0');
  return `run-r${hex.slice(0, 32)}.${kind}`;
}

def({ name: 'systemd-run', spec, summary: 'Run programs in transient scope units, service units, or path-, socket-, or timer-triggered service units', available: linuxOnly, run });
