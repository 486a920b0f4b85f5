// sudo 1.9 (options, help and usage from sudo/spec.ts).
import { findCommand } from '../../registry';
import type { CommandContext, Frame } from '../../context';
import { runArgv } from '../../shell/bash';
import { started } from '../../shell/pids';
import { guestFunctions, loginEnv, switchUserFrame } from '../../login';
import { colorlsColors } from '../lib/package-files';
import { profileDExports, profileExports } from '../lib/profile-env';
import { environment } from '../../shell/environ';
import { shellCommand, sudoCommandPath, sudoEnv } from './env';
import { usage as SUDO_USAGE } from './usage';
import { def } from '../lib/guest';
import { spec as sudoSpec } from './spec';
import { groupsOf } from '../lib/accounts';
import { umaskOf } from '../../fs-owner';

/**
 * The box's sudoers: `%wheel ALL=(ALL) ALL` (sudo's sudoers) and `%vagrant ALL=(ALL) NOPASSWD: ALL` (the Vagrant
 * kickstart's /etc/sudoers.d/vagrant). Anyone else but root is asked the password ("[sudo] password for %p: ",
 * RHEL's --with-passprompt) up to 3 times (sudo_auth.c: "Sorry, try again." between tries, then logging.c's
 * "N incorrect password attempts"); a user in neither group is refused after it (logging.c's FLAG_NO_USER text).
 */
export function* authorize(ctx: CommandContext): Generator<import('../../types').Yield, boolean, unknown> {
  const me = ctx.host.users.get(ctx.frame.user);
  if (ctx.frame.user === 'root' || !me || !ctx.host.groups) return true;
  const groups = groupsOf(ctx.host, me).map((g) => g.name);
  if (groups.includes('vagrant')) return true;
  if (!(yield* askPassword(ctx))) return false;
  if (groups.includes('wheel')) return true;
  ctx.err(`${me.name} is not in the sudoers file.  This incident will be reported.\n`);
  return false;
}

/** The password prompt, up to 3 tries: true once the user's password is typed. */
export function* askPassword(ctx: CommandContext): Generator<import('../../types').Yield, boolean, unknown> {
  const me = ctx.host.users.get(ctx.frame.user)!;
  for (let tries = 0; tries < 3; tries++) {
    if (tries) ctx.err('Sorry, try again.\n');
    const pw = String(yield { ask: `[sudo] password for ${me.name}: `, secret: true });
    if (me.password !== undefined && pw === me.password) return true;
    yield { wait: 2000 };
  }
  ctx.err('sudo: 3 incorrect password attempts\n');
  return false;
}

/** What a login bash of `user` exports after /etc/profile and profile.d (login.ts loginEnv, lib/profile-env.ts). */
function loginShellVars(ctx: CommandContext, user: string): Record<string, string> {
  const env = loginEnv(ctx.host, user);
  delete env.SHELL;
  // colorls.sh: standard input is the terminal
  const colors = colorlsColors(ctx.host, env.HOME ?? '/', env.TERM ?? '');
  if (colors) env.LS_COLORS = colors;
  return { ...env, ...profileExports(ctx.host, user), SHLVL: '0' };
}

/** --preserve-env=list: the named variables the caller has, as the front end passes them on. */
function preserveList(ctx: CommandContext, from: [string, string][]): [string, string][] {
  const names = ctx.opts?.all('preserve-env').filter((v) => v !== 'true').flatMap((v) => v.split(',')) ?? [];
  return names.flatMap((n) => from.filter(([k]) => k === n));
}

/** What /etc/bashrc's profile.d scripts export in an interactive bash that is not a login shell. */
function shellRcVars(ctx: CommandContext): Record<string, string> {
  return profileDExports(ctx.host);
}

/**
 * The umask sudo runs a command with: the sudoers `umask` (its default 0022; sudoers.c) with the invoking user's
 * own mask ORed in (umask_override is off). /etc/pam.d/sudo's session has no pam_umask.
 */
const sudoUmask = (ctx: CommandContext) => umaskOf(ctx.frame, ctx.host) | 0o022;

function loginFrame(ctx: CommandContext, user: string, login: boolean): Frame {
  return switchUserFrame(ctx.host, ctx.frame, user, login, sudoUmask(ctx));
}

def({
  name: 'sudo',
  spec: sudoSpec,
  summary: 'execute a command as another user',
  complete: () => [],
  *run(ctx) {
    // options come parsed from the spec (sudo/spec.ts); the first operand is the command
    const args = [...(ctx.operands ?? [])];
    const user = ctx.opts?.str('user') ?? 'root';
    const login = ctx.opts?.has('login') ?? false;
    const shell = ctx.opts?.has('shell') ?? false;
    if (ctx.opts?.has('version')) {
      // MODE_VERSION (src/sudo.c): the front end's line, then each loaded plugin's show_version: sudoers'
      // policy, I/O and audit plugins of sudo.conf's defaults (plugins/sudoers policy.c, iolog.c, audit.c)
      ctx.out(
        'Sudo version 1.9.5p2\nSudoers policy plugin version 1.9.5p2\nSudoers file grammar version 48\nSudoers I/O plugin version 1.9.5p2\nSudoers audit plugin version 1.9.5p2\n',
      );
      return 0;
    }
    if (ctx.opts?.has('list')) {
      const { sudoList } = (yield { load: () => import('./list') }) as typeof import('./list');
      return yield* sudoList(ctx, args, askPassword);
    }
    if (!args.length && (ctx.opts?.has('reset-timestamp') || ctx.opts?.has('remove-timestamp') || ctx.opts?.has('validate'))) return 0;
    if (!ctx.host.users.has(user)) {
      ctx.err(`sudo: unknown user ${user}\nsudo: error initializing audit plugin sudoers_audit\n`);
      return 1;
    }
    if (ctx.opts?.has('edit')) {
      if (!args.length) {
        ctx.err(SUDO_USAGE);
        return 1;
      }
      const { sudoedit } = (yield { load: () => import('./edit') }) as typeof import('./edit');
      return yield* sudoedit(ctx, args);
    }
    if ((args.length || login || shell) && !(yield* authorize(ctx))) return 1;
    if (!args.length) {
      if (login || shell) {
        const f = loginFrame(ctx, user, login);
        f.via = 'sudo';
        // the shell sudo starts (SUDO_COMMAND its path) gets the env_reset list; its start-up files add the rest
        const u = ctx.host.users.get(user)!;
        const from = environment(ctx.frame, '/usr/bin/sudo', ctx.frame.tempEnv);
        const sh = login ? (u.shell ?? '/bin/bash') : (ctx.frame.env.SHELL ?? u.shell ?? '/bin/bash');
        const { SHLVL: _lvl, ...startup } = login ? loginShellVars(ctx, user) : shellRcVars(ctx);
        f.env = { ...Object.fromEntries(sudoEnv(ctx.host, ctx.frame.user, user, from, sh, [], { login, shell })), PWD: f.cwd, ...startup };
        ctx.session.pushFrame(f);
        return 0;
      }
      ctx.err(SUDO_USAGE);
      return 1;
    }
    const u = ctx.host.users.get(user)!;
    // env_reset (sudo/env.ts): what the invoking shell passes, filtered by env_check and the sudoers env_keep, with
    // sudo's own variables; the shell's functions (the login shell's which) stay behind
    const from = environment(ctx.frame, '/usr/bin/sudo', ctx.frame.tempEnv);
    const shellPath = u.shell ?? '/bin/bash';
    const rebuilt = login || shell
      ? sudoEnv(ctx.host, ctx.frame.user, user, from, login ? shellPath : (ctx.frame.env.SHELL ?? shellPath), ['-c', shellCommand(args)], { login, shell })
      : sudoEnv(ctx.host, ctx.frame.user, user, from, sudoCommandPath(args[0]), args.slice(1), { preserve: ctx.opts?.get('preserve-env') === true, add: preserveList(ctx, from) });
    const env = Object.fromEntries(rebuilt);
    // sudo runs the program itself: it gets the list in sudo's order. With -i a login bash runs it (`bash -c`):
    // /etc/profile and its profile.d scripts add their variables and which, and bash lists them in its own order;
    // with -s a plain `bash -c` adds PWD. Either execs the one command it was given (evalstring.c
    // should_suppress_fork), taking SHLVL back down as exec does (execute_cmd.c): 0.
    const umask = sudoUmask(ctx);
    const frame: Frame = login
      ? { ...ctx.frame, umask, user, cwd: u.home, env: { ...env, ...loginShellVars(ctx, user) }, attrs: {}, functions: guestFunctions(ctx.host).functions, fexports: ['which'], exportOrder: undefined, tempEnv: undefined }
      : shell
        ? { ...ctx.frame, umask, user, env: { ...env, PWD: ctx.frame.cwd, SHLVL: '0' }, attrs: {}, functions: {}, fexports: undefined, exportOrder: undefined, tempEnv: undefined }
        : { ...ctx.frame, umask, user, env, attrs: {}, functions: {}, fexports: undefined, exportOrder: Object.keys(env), tempEnv: undefined };
    const def = findCommand('bash', args[0]);
    if ((!def || (def.available && !def.available(ctx.host, ctx.world))) && !args[0].includes('/')) {
      ctx.err(`sudo: ${args[0]}: command not found\n`);
      return 1;
    }
    // a frame change inside (sudo su -) applies to the session
    if ((args[0] === 'su' || args[0] === 'bash' || args[0] === 'sh') && args.length <= 2 && (args[0] === 'su' || args.length === 1)) {
      if (args[0] === 'su') {
        const target = args.slice(1).find((a) => !a.startsWith('-')) ?? 'root';
        const l = args.includes('-') || args.includes('-l') || args.includes('--login');
        if (!ctx.host.users.has(target)) {
          ctx.err(`su: user ${target} does not exist or the user entry does not contain all the required fields\n`);
          return 1;
        }
        const f = loginFrame(ctx, target, l);
        f.via = l ? 'sudo' : 'su';
        ctx.session.pushFrame(f);
        return 0;
      }
      const f = loginFrame(ctx, user, false);
      ctx.session.pushFrame(f);
      return 0;
    }
    const rt = { world: ctx.world, hooks: ctx.session };
    started(rt, ctx.frame, frame, ['sudo', ...ctx.args].join(' '));
    return yield* runArgv(rt, frame, args, { out: ctx.out, err: ctx.err, tty: ctx.tty, pipe: ctx.pipe }, ctx.stdin);
  },
});
