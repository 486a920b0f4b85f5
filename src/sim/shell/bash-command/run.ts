// `bash x.sh args`, `bash -c 'cmd'` and `bash < x.sh`: a new bash process (its own variables, functions and
// `exit`); errors name the script (`x.sh: line 2: foo: command not found`).
import type { CommandContext } from '../../context';
import type { CommandRun } from '../../types';
import { strerror } from '../../fs';
import { canRead } from '../../util';
import { runScript } from '../exec';
import type { Runtime } from '../runtime';

export function* run(ctx: CommandContext): CommandRun {
  const rt: Runtime = { world: ctx.world, hooks: ctx.session };
  const io = { out: ctx.out, err: ctx.err, tty: ctx.tty };
  const args = ctx.args;
  let i = 0;
  // -x and -e as on the command line of bash (`bash -x script.sh`)
  const options: string[] = [];
  const LETTERS: Record<string, string> = { x: 'xtrace', e: 'errexit', u: 'nounset', v: 'verbose' };
  while (i < args.length && /^-[a-zA-Z]+$/.test(args[i]) && args[i] !== '-c') {
    for (const c of args[i].slice(1)) if (LETTERS[c]) options.push(LETTERS[c]);
    i++;
  }
  if (args[i] === '-c') {
    const cmd = args[i + 1];
    if (cmd === undefined) {
      ctx.err(`${ctx.name}: -c: option requires an argument\n`);
      return 2;
    }
    const rest = args.slice(i + 2);
    return yield* runScript(rt, ctx.frame, rest[0] ?? ctx.name, cmd, rest.slice(1), io, true, options);
  }
  const file = args[i];
  if (file === undefined) {
    if (ctx.stdin !== null) return yield* runScript(rt, ctx.frame, ctx.name, ctx.stdin, [], io, true);
    ctx.err(`${ctx.name}: interactive subshells are not available here\n`);
    return 1;
  }
  const p = ctx.resolve(file);
  const node = ctx.host.fs.get(p);
  if (!node || node.type !== 'file' || !canRead(ctx.frame.user, p)) {
    ctx.err(`${ctx.name}: ${file}: ${node?.type === 'dir' ? 'Is a directory' : node ? strerror('EACCES') : strerror('ENOENT')}\n`);
    return node?.type === 'dir' ? 126 : 127;
  }
  return yield* runScript(rt, ctx.frame, file, node.content, args.slice(i + 1), io, false, options);
}
