// env of GNU coreutils 8.32 (options and help in spec.ts): the environment printed, or a command run in it, after
// -i, -u NAME and NAME=VALUE operands; -0 ends the lines with NUL, -C changes the directory first.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def } from '../../lib/guest';

function* env(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  const attrs = ctx.frame.attrs;
  // what the shell exports: a variable it made itself is left out unless exported (`declare +x` takes it back)
  const exported = (k: string) => attrs?.[k] === undefined || attrs[k].includes('x');
  const vars: Record<string, string> = {};
  if (!o.has('ignore-environment'))
    for (const k of Object.keys(ctx.frame.env)) if (/^[A-Za-z_]/.test(k) && exported(k)) vars[k] = ctx.frame.env[k];
  for (const u of o.all('unset')) {
    if (!u || u.includes('=')) {
      ctx.err(`env: cannot unset ‘${u}’: Invalid argument\n`);
      return 125;
    }
    delete vars[u];
  }
  const ops = [...(ctx.operands ?? [])];
  if (ops[0] === '-') {
    ops.shift();
    for (const k of Object.keys(vars)) delete vars[k];
  }
  while (ops.length && /^[^=]+=/.test(ops[0])) {
    const a = ops.shift()!;
    const i = a.indexOf('=');
    vars[a.slice(0, i)] = a.slice(i + 1);
  }
  const nul = o.has('null');
  const dir = o.str('chdir');
  if (!ops.length) {
    if (dir !== undefined) {
      ctx.err(`env: must specify command with --chdir (-C)\nTry 'env --help' for more information.\n`);
      return 125;
    }
    ctx.out(Object.keys(vars).sort().map((k) => `${k}=${vars[k]}${nul ? '\0' : '\n'}`).join(''));
    return 0;
  }
  if (nul) {
    ctx.err(`env: cannot specify --null (-0) with command\nTry 'env --help' for more information.\n`);
    return 125;
  }
  let cwd = ctx.frame.cwd;
  if (dir !== undefined) {
    const p = ctx.resolve(dir);
    const n = ctx.host.fs.get(p);
    if (!n || n.type !== 'dir') {
      ctx.err(`env: cannot change directory to ‘${dir}’: ${n ? 'Not a directory' : 'No such file or directory'}\n`);
      return 125;
    }
    cwd = p;
  }
  const frame = { ...ctx.frame, env: vars, attrs: {}, cwd, functions: {}, aliases: {} };
  let err = '';
  const line = ops.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const code = yield* ctx.runLine(line, frame, { err: (t) => (err += t) });
  if (code === 127 && /command not found\n$/.test(err)) {
    ctx.err(`env: ‘${ops[0]}’: No such file or directory\n`);
    return 127;
  }
  ctx.err(err);
  return code;
}

def({ name: 'env', summary: 'print the environment', run: env });
