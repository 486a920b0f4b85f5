// bind: readline's key bindings and variables in emacs mode, as bash 5.1 / readline 8.1 print them (data.ts,
// written by scripts/golden/bash-bind.sh): -p and -v as recorded, -P, -q, -l and -V built from them as
// rl_function_dumper, query_bindings, rl_list_funmap_names and rl_variable_dumper print them.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { BINDINGS, VARIABLES } from './data';
import { changes, effective, keyname, quotedValue, splitBinding, translate, untranslateValue } from './keys';

const KEYMAPS = ['emacs', 'emacs-standard', 'emacs-meta', 'emacs-ctlx', 'vi', 'vi-move', 'vi-command', 'vi-insert'];

/** readline's default bindings: the functions in rl_funmap_names' order, and each key (its bytes) with its function. */
function defaults(): { names: string[]; keys: [string, string][] } {
  const names: string[] = [];
  const keys: [string, string][] = [];
  for (const line of BINDINGS.split('\n')) {
    const unbound = /^# (\S+) \(not bound\)$/.exec(line);
    if (unbound) names.push(unbound[1]);
    const bound = /^"(.*)": (\S+)$/.exec(line);
    if (bound) {
      if (names[names.length - 1] !== bound[2]) names.push(bound[2]);
      keys.push([translate(bound[1]), bound[2]]);
    }
  }
  return { names, keys };
}

/** Every function with the key sequences (as printed) that invoke it in this shell. */
function functions(ctx: CommandContext): Map<string, string[]> {
  const d = defaults();
  const m = new Map<string, string[]>(d.names.map((n) => [n, []]));
  for (const [k, b] of effective(d.keys, ctx.frame)) if (b && 'fn' in b && m.has(b.fn)) m.get(b.fn)!.push(keyname(k));
  return m;
}

/** rl_parse_and_bind of one `"keys": function` or `"keys": "macro"` line; false for a line it cannot read. */
function parseAndBind(ctx: CommandContext, line: string, names: Map<string, string[]>): boolean {
  const t = line.trim();
  if (t === '' || t.startsWith('#') || t.startsWith('$') || /^set\s/.test(t)) return true;
  const b = splitBinding(t);
  if (!b) return false;
  const keys = translate(b.keys);
  const macro = quotedValue(b.value);
  const fn = b.value.split(/\s/)[0];
  changes(ctx.frame).set(keys, macro !== null ? { macro } : names.has(fn) ? { fn } : null);
  return true;
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
  const fns = functions(ctx);
  const cmds = () => [...effective([], ctx.frame)].filter(([, b]) => b && 'cmd' in b) as [string, { cmd: string }][];
  const macros = () => [...effective([], ctx.frame)].filter(([, b]) => b && 'macro' in b) as [string, { macro: string }][];
  let code = 0;
  if (o.has('l')) ctx.out([...fns.keys()].map((n) => n + '\n').join(''));
  if (o.has('p')) {
    let out = '\n';
    for (const [name, keys] of fns) out += keys.length ? keys.map((k) => `"${k}": ${name}\n`).join('') : `# ${name} (not bound)\n`;
    ctx.out(out);
  }
  if (o.has('P')) {
    let out = '\n';
    for (const [name, keys] of fns) {
      if (!keys.length) out += `${name} is not bound to any keys\n`;
      else out += `${name} can be found on ${invokers(keys)}`;
    }
    ctx.out(out);
  }
  // -s, -S: readline's defaults bind no macros; those bound here
  if (o.has('s')) ctx.out(macros().map(([k, b]) => `"${keyname(k)}": "${untranslateValue(b.macro)}"\n`).join(''));
  if (o.has('S')) ctx.out(macros().map(([k, b]) => `${keyname(k)} outputs ${untranslateValue(b.macro)}\n`).join(''));
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
    for (const line of r.text.split('\n')) parseAndBind(ctx, line, fns);
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
  if (u !== undefined) {
    if (!fns.has(u)) {
      ctx.err(`-bash: bind: \`${u}': unknown function name\n`);
      return 1;
    }
    for (const [k, b] of effective(defaults().keys, ctx.frame)) if (b && 'fn' in b && b.fn === u) changes(ctx.frame).set(k, null);
  }
  const r = o.str('r');
  if (r !== undefined) {
    // unbind_keyseq: the keys bound to nothing
    changes(ctx.frame).set(translate(r), null);
    return code;
  }
  const x = o.str('x');
  if (x !== undefined) {
    const b = splitBinding(x);
    if (!b || !x.includes(':')) {
      ctx.err(`-bash: bind: ${x}: missing colon separator\n`);
      return 1;
    }
    const cmd = quotedValue(b.value.trim()) ?? b.value.trim();
    changes(ctx.frame).set(translate(b.keys), { cmd });
  }
  if (o.has('X')) ctx.out(cmds().map(([k, b]) => `"${keyname(k)}": "${untranslateValue(b.cmd)}"\n`).join(''));
  for (const line of ctx.operands ?? []) parseAndBind(ctx, line, fns);
  return code;
}
