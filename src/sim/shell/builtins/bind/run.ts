// bind: readline's key bindings and variables in emacs mode, as bash 5.1 / readline 8.1 print them (data.ts,
// written by scripts/golden/bash-bind.sh): -p and -v as recorded, -P, -q, -l and -V built from them as
// rl_function_dumper, query_bindings, rl_list_funmap_names and rl_variable_dumper print them.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { BINDINGS, VARIABLES } from './data';

const KEYMAPS = ['emacs', 'emacs-standard', 'emacs-meta', 'emacs-ctlx', 'vi', 'vi-move', 'vi-command', 'vi-insert'];

/** Every function (rl_funmap_names' order) with the key sequences that invoke it. */
function functions(): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const line of BINDINGS.split('\n')) {
    const unbound = /^# (\S+) \(not bound\)$/.exec(line);
    if (unbound) m.set(unbound[1], []);
    const bound = /^"(.*)": (\S+)$/.exec(line);
    if (bound) m.set(bound[2], [...(m.get(bound[2]) ?? []), bound[1]]);
  }
  return m;
}

/** At most five key sequences, `...` after them when there are more. */
const invokers = (keys: string[]) => keys.slice(0, 5).map((k, j) => `"${k}"${keys[j + 1] !== undefined ? ', ' : '.\n'}`).join('') + (keys.length > 5 ? '...\n' : '');

function variables(ctx: CommandContext): string {
  // history-size is bash's HISTSIZE (stifle_history)
  const size = ctx.frame.env.HISTSIZE && /^\d+$/.test(ctx.frame.env.HISTSIZE) ? ctx.frame.env.HISTSIZE : '500';
  return VARIABLES.replace('set emacs-mode-string @\n', `set emacs-mode-string @\nset history-size ${size}\n`);
}

export function* run(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  // a script's shell has no line editing (bind.def: a warning, then it goes on)
  if (ctx.frame.script) ctx.err('-bash: bind: warning: line editing not enabled\n');
  const map = o.str('m');
  if (map !== undefined && !KEYMAPS.includes(map)) {
    ctx.err(`-bash: bind: \`${map}': invalid keymap name\n`);
    return 1;
  }
  const fns = functions();
  let code = 0;
  if (o.has('l')) ctx.out([...fns.keys()].map((n) => n + '\n').join(''));
  if (o.has('p')) ctx.out(BINDINGS);
  if (o.has('P')) {
    let out = '\n';
    for (const [name, keys] of fns) {
      if (!keys.length) out += `${name} is not bound to any keys\n`;
      else out += `${name} can be found on ${invokers(keys)}`;
    }
    ctx.out(out);
  }
  // -s, -S: no macros are bound in readline's defaults
  if (o.has('v')) ctx.out(variables(ctx));
  if (o.has('V')) {
    for (const line of variables(ctx).split('\n').filter(Boolean)) {
      const m = /^set (\S+) ?(.*)$/.exec(line)!;
      ctx.out(`${m[1]} is set to \`${m[2]}'\n`);
    }
  }
  const file = o.str('f');
  if (file !== undefined) {
    const r = ctx.host.fs.readFile(ctx.resolve(file));
    if (!r.ok) {
      ctx.err(`-bash: bind: ${file}: cannot read: ${ctx.host.fs.isDir(ctx.resolve(file)) ? 'Is a directory' : 'No such file or directory'}\n`);
      return 1;
    }
  }
  const q = o.str('q');
  if (q !== undefined) {
    const keys = fns.get(q);
    if (!keys) {
      ctx.err(`-bash: bind: \`${q}': unknown function name\n`);
      return 1;
    }
    if (!keys.length) {
      ctx.out(`${q} is not bound to any keys.\n`);
      code = 1;
    } else ctx.out(`${q} can be invoked via ${invokers(keys)}`);
  }
  const u = o.str('u');
  if (u !== undefined && !fns.has(u)) {
    ctx.err(`-bash: bind: \`${u}': unknown function name\n`);
    return 1;
  }
  return code;
}
