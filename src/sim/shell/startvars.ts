// The variables bash 5.1.8 sets for itself as it starts (variables.c initialize_shell_variables, uidset,
// set_ppid, set_machine_vars, initialize_dynamic_variables; shell.c's set_shellopts and set_bashopts), as Rocky 9
// builds it (x86_64-redhat-linux-gnu), and the dynamic ones read afresh each time: RANDOM (lib/sh/random.c: the
// Park-Miller generator, `RANDOM=n` seeds it, a subshell reseeds), SRANDOM, SECONDS, EPOCHSECONDS, EPOCHREALTIME.
// Loaded with the builtins (guest chunk); bash.ts calls startVars before a shell's first command.
import type { Frame } from '../context';
import type { Host } from '../types';
import { fnv32a } from '../hash';
import { interpreter } from './runtime';
import { varHooks } from './value';
import { isReadonly, setAttrs } from './vars';
import { SHOPT_NAMES, shoptOn } from './builtins/shopt/run';
import { LETTERS, NAMES as SET_NAMES, isOn } from './builtins/set/run';
import { groupsOf } from '../commands/lib/accounts';
import { exportOrder } from './environ';
import { colorlsColors, packageFiles } from '../commands/lib/package-files';
import { CompTable } from './builtins/complete/table';
import { sshPeerPort, sshSessionVars } from '../commands/lib/ssh-env';

const VERSINFO = ['5', '1', '8', '1', 'release', 'x86_64-redhat-linux-gnu'];
const DYNAMIC = new Set(['RANDOM', 'SRANDOM', 'SECONDS', 'EPOCHSECONDS', 'EPOCHREALTIME', 'BASHOPTS', 'SHELLOPTS', '-']);
/** The letters of $- in flags.c's shell_flags order ('i' for an interactive shell). */
const FLAG_ORDER = 'abefhikmnprtuvxBCEHPT';

/** A dynamic variable this shell still has (not unset). */
export function isDynamic(frame: Frame, name: string): boolean {
  return !!frame.dyn && DYNAMIC.has(name) && !frame.dyn.unset?.includes(name);
}

/** `shopt` options that are on, joined by colons (set_bashopts). */
function bashopts(frame: Frame): string {
  return SHOPT_NAMES.filter((n) => shoptOn(frame, n)).join(':');
}

/** `set -o` options that are on (set_shellopts). */
function shellopts(frame: Frame): string {
  return SET_NAMES.filter((n) => isOn(frame, n)).join(':');
}

/** intrand32 of lib/sh/random.c: x(n+1) = 16807 * x(n) mod (2^31 - 1). */
function intrand32(last: number): number {
  const x = last === 0 ? 123459876 : last;
  const h = Math.trunc(x / 127773);
  const t = 16807 * (x - 127773 * h) - 2836 * h;
  return t < 0 ? t + 0x7fffffff : t;
}

/** get_random_number: the next 15-bit value, never the same twice in a row; a subshell starts its own sequence. */
function nextRandom(frame: Frame): number {
  const pid = frame.bashpid ?? frame.pid ?? 0;
  const now = frame.dyn!.now();
  if (!frame.rand || (frame.subshell && frame.rand.pid !== pid)) frame.rand = { seed: fnv32a(`${frame.hostId}:${pid}:${now}`) >>> 1, last: 0, pid };
  const r = frame.rand;
  let v: number;
  do {
    r.seed = intrand32(r.seed);
    v = ((r.seed >>> 16) ^ (r.seed & 65535)) & 32767;
  } while (v === r.last);
  r.last = v;
  return v;
}

function dynamic(frame: Frame, name: string): string | undefined {
  const d = frame.dyn;
  if (!d || !DYNAMIC.has(name) || d.unset?.includes(name)) return undefined;
  const now = d.now();
  switch (name) {
    case 'RANDOM':
      return String(nextRandom(frame));
    case 'SRANDOM':
      return String(fnv32a(`${frame.hostId}:${frame.pid}:${now}:${nextRandom(frame)}`));
    case 'SECONDS':
      return String(d.seconds.base + Math.floor((now - d.seconds.at) / 1000));
    case 'EPOCHSECONDS':
      return String(Math.floor(now / 1000));
    case 'EPOCHREALTIME':
      return `${Math.floor(now / 1000)}.${String(Math.floor(now % 1000) * 1000).padStart(6, '0')}`;
    case '-': {
      // $-: the single-letter options that are on, then s (commands read from the terminal) or c (bash -c)
      const on = (c: string) => (c === 'i' ? !frame.script : !!LETTERS[c] && isOn(frame, LETTERS[c]));
      return [...FLAG_ORDER].filter(on).join('') + (frame.script?.c ? 'c' : frame.script ? '' : 's');
    }
    default:
      // the option lists, kept in step with set and shopt
      return (frame.env[name] = name === 'BASHOPTS' ? bashopts(frame) : shellopts(frame));
  }
}

/** `RANDOM=n` seeds the generator, `SECONDS=n` counts on from n; true when the assignment was taken here. */
function assignDynamic(frame: Frame, name: string, value: string): boolean {
  const d = frame.dyn;
  if (!d || d.unset?.includes(name)) return false;
  if (name === 'RANDOM') {
    if (/^\s*-?\d+\s*$/.test(value)) frame.rand = { seed: Number(value) >>> 0, last: 0, pid: frame.bashpid ?? frame.pid ?? 0 };
    return true;
  }
  if (name === 'SECONDS') {
    d.seconds = { at: d.now(), base: /^\s*-?\d+\s*$/.test(value) ? Number(value) : 0 };
    return true;
  }
  return name === 'SRANDOM' || name === 'EPOCHSECONDS' || name === 'EPOCHREALTIME';
}

/** What the shell sets as it starts: its own variables, beside those it got from the environment. */
export function startVars(host: Host | undefined, frame: Frame, now: () => number): void {
  const interactive = !frame.script;
  const login = interactive && !frame.argv0 && frame.via !== 'su';
  const env = frame.env;
  const plain = (name: string, value: string, attrs = '') => {
    env[name] = value;
    (frame.attrs ??= {})[name] = attrs;
  };
  const ifNot = (name: string, value: string, attrs = '') => {
    if (!(name in env)) plain(name, value, attrs);
  };
  const user = host?.users.get(frame.user);
  frame.attrs ??= {};
  frame.dyn = { now, seconds: { at: now(), base: 0 } };
  if (interactive) {
    // bash's \s-\v\$ , which /etc/bashrc replaces; PS2 and MAILCHECK are an interactive shell's
    ifNot('PS1', '[\\u@\\h \\W]\\$ ');
    ifNot('PS2', '> ');
  }
  ifNot('PS4', '+ ');
  plain('IFS', ' \t\n');
  ifNot('HOSTTYPE', 'x86_64');
  ifNot('OSTYPE', 'linux-gnu');
  ifNot('MACHTYPE', 'x86_64-redhat-linux-gnu');
  if (interactive) ifNot('MAILCHECK', '60', 'i');
  if (frame.ppid !== undefined) plain('PPID', String(frame.ppid), 'ir');
  plain('OPTIND', '1', 'i');
  plain('OPTERR', '1');
  // a login shell named without a path is the user's login shell from passwd; else found in PATH
  plain('BASH', login ? (user?.shell ?? '/bin/bash') : '/usr/bin/bash');
  plain('BASH_VERSION', `${VERSINFO[0]}.${VERSINFO[1]}.${VERSINFO[2]}(${VERSINFO[3]})-${VERSINFO[4]}`);
  (frame.arrays ??= {}).BASH_VERSINFO = { assoc: false, items: VERSINFO.map((v, i) => [String(i), v]) };
  env.BASH_VERSINFO = VERSINFO[0];
  frame.attrs!.BASH_VERSINFO = 'ar';
  if (interactive) {
    ifNot('HISTFILE', `${env.HOME ?? user?.home ?? '~'}/.bash_history`);
    ifNot('HISTFILESIZE', env.HISTSIZE ?? '500');
    // bash-completion 2.11, sourced by /etc/bashrc in an interactive shell
    frame.arrays.BASH_COMPLETION_VERSINFO = { assoc: false, items: [['0', '2'], ['1', '11']] };
    // its `complete` lines made bash's specification table (their own specifications are not kept)
    frame.compspecs ??= new CompTable();
    env.BASH_COMPLETION_VERSINFO = '2';
    frame.attrs!.BASH_COMPLETION_VERSINFO = 'a';
  }
  if (user) {
    plain('UID', String(user.uid), 'ir');
    plain('EUID', String(user.uid), 'ir');
    const gids = host ? groupsOf(host, user).map((g) => String(g.gid)) : [String(user.gid)];
    frame.arrays.GROUPS = { assoc: false, items: gids.map((g, i) => [String(i), g]) };
    env.GROUPS = gids[0];
    frame.attrs!.GROUPS = 'a';
  }
  // SHLVL: one more than the environment's (adjust_shell_level), exported
  const lvl = Number(env.SHLVL);
  env.SHLVL = String(Number.isInteger(lvl) && lvl >= 0 ? lvl + 1 : 1);
  setAttrs(frame, 'SHLVL', 'x');
  plain('BASHOPTS', bashopts(frame), 'r');
  plain('SHELLOPTS', shellopts(frame), 'r');
  if (interactive && host && !('LS_COLORS' in env)) {
    // colorls.sh (sourced by /etc/profile or /etc/bashrc) exports the colours of the terminal's type
    const colors = colorlsColors(host, env.HOME ?? user?.home ?? '/', env.TERM ?? '');
    if (colors) env.LS_COLORS = colors;
  }
  if (interactive) {
    // which2.sh's `export -f which`; the startup files ran commands, so the environment list is made
    if (frame.functions?.which && env.which_declare !== undefined) frame.fexports ??= ['which'];
    frame.exportOrder = undefined;
    exportOrder(frame);
  }
}

/**
 * sh_set_lines_and_columns (variables.c): LINES and COLUMNS bound from the terminal's rows and columns, as
 * readline does when an interactive shell starts and on SIGWINCH at the prompt, and jobs.c after a foreground
 * command that is not a builtin while shopt checkwinsize is on (`ended`). Plain variables: not exported unless
 * the shell had them so; a readonly one is left alone.
 */
function setWinsize(frame: Frame, size: { cols: number; rows: number }, ended: boolean): void {
  if (ended && !shoptOn(frame, 'checkwinsize')) return;
  for (const [name, value] of [['LINES', size.rows], ['COLUMNS', size.cols]] as const) {
    if (isReadonly(frame, name)) continue;
    if (!(name in frame.env)) (frame.attrs ??= {})[name] = '';
    frame.env[name] = String(value);
  }
}

varHooks.dynamic = dynamic;
interpreter.winsize = setWinsize;
varHooks.assignDynamic = assignDynamic;
interpreter.startVars = (rt, frame) => {
  const host = rt.world.hosts.get(frame.hostId);
  if (host) packageFiles(host);
  // a lab that starts in a `vagrant ssh` login: the session's variables, with the port ss shows
  if (host?.kind === 'linux' && frame.via === 'ssh' && !('SSH_CONNECTION' in frame.env)) {
    Object.assign(frame.env, sshSessionVars(host, frame.user, { from: '10.0.2.2', port: sshPeerPort(rt.world, host.id), to: '10.0.2.15', tty: '/dev/pts/0' }));
  }
  startVars(host, frame, () => rt.world.now);
  // readline's start in an interactive shell
  const size = rt.hooks.size?.();
  if (!frame.script && size) setWinsize(frame, size, false);
};
