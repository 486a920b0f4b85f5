// runuser of util-linux 2.37.4 (login-utils/su-common.c in runuser mode): root runs a command as another user
// without a password: `runuser -u USER -- COMMAND` runs it directly, `runuser [-] [-l] USER [-c COMMAND]` runs the
// user's shell (with -c's command, or interactive as su does). Anyone but root is refused.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { switchUserFrame } from '../../../login';
import { runArgv } from '../../../shell/bash';
import { def } from '../../lib/guest';
import { spec } from './spec';
import { umaskOf } from '../../../fs-owner';

function* runuser(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  const fail = (m: string) => {
    ctx.err(`runuser: ${m}\n`);
    return 1;
  };
  const ops = [...(ctx.operands ?? [])];
  const uopt = o.str('user');
  const command = o.str('command') ?? o.str('session-command');
  let login = o.has('login');
  let target = 'root';
  if (uopt !== undefined) {
    if (o.has('shell') || o.has('fast') || command !== undefined || login) return fail('options --{shell,fast,command,session-command,login} and --user are mutually exclusive');
    if (!ops.length) return fail('no command was specified');
    target = uopt;
  } else {
    if (ops[0] === '-') {
      login = true;
      ops.shift();
    }
    if (ops.length) target = ops.shift()!;
  }
  if ((o.has('group') || o.has('supp-group')) && ctx.frame.user !== 'root') return fail('only root can specify alternative groups');
  if (!ctx.host.users.has(target)) return fail(`user ${target} does not exist or the user entry does not contain all the required fields`);
  if (ctx.frame.user !== 'root') return fail('may not be used by non-root users');
  const f = switchUserFrame(ctx.host, ctx.frame, target, login, umaskOf(ctx.frame, ctx.host)); // /etc/pam.d/runuser has no pam_umask
  const rt = { world: ctx.world, hooks: ctx.session };
  const io = { out: ctx.out, err: ctx.err, tty: ctx.tty };
  if (uopt !== undefined) return yield* runArgv(rt, f, ops, io, ctx.stdin);
  if (command !== undefined) return yield* runArgv(rt, f, ['bash', '-c', command, ...ops], io, ctx.stdin);
  if (ops.length) return yield* runArgv(rt, f, ['bash', ...ops], io, ctx.stdin);
  f.via = login ? 'sudo' : 'su';
  ctx.session.pushFrame(f);
  return 0;
}

def({ name: 'runuser', summary: 'run a command with substitute user and group ID', spec, run: runuser });
