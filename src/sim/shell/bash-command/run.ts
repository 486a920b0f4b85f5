// `bash x.sh args`, `bash -c 'cmd'`, `bash < x.sh` and `bash` at the prompt: a new bash process (its own variables, functions and
// `exit`); errors name the script (`x.sh: line 2: foo: command not found`).
import type { CommandContext } from '../../context';
import type { CommandRun } from '../../types';
import { strerror } from '../../fs';
import { canRead } from '../../util';
import { runScript } from '../exec';
import type { Runtime } from '../runtime';
import { LETTERS, NAMES } from '../builtins/set/run';
import { guestAliases } from '../../login';

export function* run(ctx: CommandContext): CommandRun {
  const rt: Runtime = { world: ctx.world, hooks: ctx.session };
  const io = { out: ctx.out, err: ctx.err, tty: ctx.tty };
  // the options come from the spec (spec.ts): long ones first, then letters, up to the first operand
  const operands = ctx.operands ?? ctx.args;
  // set's letters (-x, -e, ...), --verbose and -o NAME as on the command line of bash (`bash -x script.sh`)
  const options: string[] = [];
  for (const o of ctx.opts?.list ?? []) {
    if (LETTERS[o.key]) options.push(LETTERS[o.key]);
    else if (o.key === 'verbose') options.push('verbose');
    else if (o.key === 'o' && typeof o.value === 'string' && NAMES.includes(o.value)) options.push(o.value);
    else if (o.key === 'O' && typeof o.value === 'string') options.push('shopt:' + o.value);
  }
  if (ctx.opts?.has('c')) {
    const cmd = operands[0];
    if (cmd === undefined) {
      ctx.err(`${ctx.name}: -c: option requires an argument\n`);
      return 2;
    }
    const rest = operands.slice(1);
    return yield* runScript(rt, ctx.frame, rest[0] ?? ctx.name, cmd, rest.slice(1), io, true, options);
  }
  const file = ctx.opts?.has('s') ? undefined : operands[0];
  if (file === undefined) {
    if (ctx.stdin !== null) return yield* runScript(rt, ctx.frame, ctx.name, ctx.stdin, ctx.opts?.has('s') ? operands : [], io, true, options);
    // an interactive shell on the terminal: a new level that `exit` leaves (printing "exit", not a login shell).
    // bash reads ~/.bashrc, which sets PS1 and the aliases of /etc/profile.d again; sh (bash in POSIX mode)
    // reads neither, so its prompt is bash's default "\s-\v\$ " (PS1 is not exported by /etc/bashrc)
    const f = ctx.frame;
    const posix = ctx.name === 'sh';
    const env = { ...f.env };
    ctx.session.pushFrame({ shell: 'bash', hostId: f.hostId, user: f.user, cwd: f.cwd, env, via: 'su', argv0: ctx.name, gid: f.gid, lastExit: 0, history: f.history, aliases: posix ? {} : guestAliases(ctx.host, env.HOME) });
    return 0;
  }
  const p = ctx.resolve(file);
  const node = ctx.host.fs.get(p);
  if (!node || node.type !== 'file' || !canRead(ctx.frame.user, p)) {
    ctx.err(`${ctx.name}: ${file}: ${node?.type === 'dir' ? 'Is a directory' : node ? strerror('EACCES') : strerror('ENOENT')}\n`);
    return node?.type === 'dir' ? 126 : 127;
  }
  return yield* runScript(rt, ctx.frame, file, node.content, operands.slice(1), io, false, options);
}
