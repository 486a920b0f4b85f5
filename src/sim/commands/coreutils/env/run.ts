// env of GNU coreutils 8.32 (options and help in spec.ts): the environment printed, or a command run in it, after
// -i, -u NAME and NAME=VALUE operands; -0 ends the lines with NUL, -C changes the directory first.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def } from '../../lib/guest';
import { environment } from '../../../shell/environ';

function* env(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  // what the shell hands it, in bash's order (shell/environ.ts); a variable it made itself is left out unless exported
  const list: [string, string][] = o.has('ignore-environment') ? [] : environment(ctx.frame, '/usr/bin/env', ctx.frame.tempEnv);
  const vars = new Map(list);
  for (const u of o.all('unset')) {
    if (!u || u.includes('=')) {
      ctx.err(`env: cannot unset ‘${u}’: Invalid argument\n`);
      return 125;
    }
    vars.delete(u);
  }
  const ops = [...(ctx.operands ?? [])];
  if (ops[0] === '-') {
    ops.shift();
    vars.clear();
  }
  while (ops.length && /^[^=]+=/.test(ops[0])) {
    const a = ops.shift()!;
    const i = a.indexOf('=');
    // putenv: a name already there keeps its place
    vars.set(a.slice(0, i), a.slice(i + 1));
  }
  const nul = o.has('null');
  const dir = o.str('chdir');
  if (!ops.length) {
    if (dir !== undefined) {
      ctx.err(`env: must specify command with --chdir (-C)\nTry 'env --help' for more information.\n`);
      return 125;
    }
    ctx.out([...vars].map(([k, v]) => `${k}=${v}${nul ? '\0' : '\n'}`).join(''));
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
  const env = Object.fromEntries([...vars].filter(([k]) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(k)));
  // what env runs gets these and nothing else, in this order (no bash between to add `_`)
  const frame = { ...ctx.frame, env, attrs: {}, cwd, functions: {}, aliases: {}, exportOrder: Object.keys(env), fexports: undefined, tempEnv: undefined };
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
