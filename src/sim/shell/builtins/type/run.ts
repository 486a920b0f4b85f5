// type: how bash would read a name: alias, keyword, function, builtin or file.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import type { CompoundCommand } from '../../ast';
import { findCommand } from '../../../registry';
import { binDir } from '../../../commands/lib/paths';

/** Every builtin of bash 5.1 (`enable -a`). */
export const BASH_BUILTINS = new Set([
  '.', ':', '[', 'alias', 'bg', 'bind', 'break', 'builtin', 'caller', 'cd', 'command', 'compgen', 'complete', 'compopt', 'continue', 'declare', 'dirs', 'disown', 'echo', 'enable', 'eval', 'exec', 'exit', 'export', 'false', 'fc', 'fg', 'getopts', 'hash', 'help', 'history', 'jobs', 'kill', 'let', 'local', 'logout', 'mapfile', 'popd', 'printf', 'pushd', 'pwd', 'read', 'readarray', 'readonly', 'return', 'set', 'shift', 'shopt', 'source', 'suspend', 'test', 'times', 'trap', 'true', 'type', 'typeset', 'ulimit', 'umask', 'unalias', 'unset', 'wait',
]);
export const KEYWORDS = new Set(['if', 'then', 'else', 'elif', 'fi', 'case', 'esac', 'for', 'select', 'while', 'until', 'do', 'done', 'in', 'function', 'time', '{', '}', '!', '[[', ']]', 'coproc']);

/** A function as bash prints it: `name () `, then the body, four spaces an indent. */
export function functionText(name: string, body: CompoundCommand): string {
  // every command but the last ends in `;` (bash's print_cmd.c)
  const lines = (list: { text?: string; background: boolean }[]) =>
    list.map((ao, i) => `    ${(ao.text ?? '').trim().replace(/;$/, '')}${ao.background ? ' &' : i < list.length - 1 ? ';' : ''}\n`).join('');
  if (body.kind === 'group') return `${name} () \n{ \n${lines(body.body)}}\n`;
  if (body.kind === 'subshell') return `${name} () \n( \n${lines(body.body)})\n`;
  return `${name} () \n{ \n}\n`;
}

export function* run(ctx: CommandContext): CommandRun {
  const o = ctx.opts;
  const terse = o?.has('t');
  const pathOnly = o?.has('p') || o?.has('P');
  const all = o?.has('a');
  let code = 0;
  const bin = (n: string) => {
    const d = findCommand('bash', n);
    return d && (!d.available || d.available(ctx.host, ctx.world)) && !BASH_BUILTINS.has(n) ? `${binDir(n)}/${n}` : null;
  };
  for (const name of ctx.operands ?? []) {
    const found: string[] = [];
    const alias = ctx.frame.aliases?.[name];
    if (alias !== undefined && !o?.has('P') && !ctx.frame.script) found.push(terse ? 'alias' : `${name} is aliased to \`${alias}'`);
    if (KEYWORDS.has(name) && !o?.has('P')) found.push(terse ? 'keyword' : `${name} is a shell keyword`);
    const fn = ctx.frame.functions?.[name];
    if (fn && !o?.has('P') && !o?.has('f')) found.push(terse ? 'function' : `${name} is a function\n${functionText(name, fn).replace(/\n$/, '')}`);
    if (BASH_BUILTINS.has(name) && !o?.has('P')) found.push(terse ? 'builtin' : `${name} is a shell builtin`);
    const file = name.includes('/') ? (ctx.host.fs.get(ctx.resolve(name))?.type === 'file' ? name : null) : bin(name);
    if (file) found.push(terse ? 'file' : pathOnly ? file : `${name} is ${file}`);
    if (!found.length) {
      if (!terse && !pathOnly) ctx.err(`-bash: type: ${name}: not found\n`);
      code = 1;
      continue;
    }
    if (pathOnly) {
      if (file && (o?.has('P') || found.length === 1)) ctx.out(file + '\n');
      continue;
    }
    for (const f of all ? found : found.slice(0, 1)) ctx.out(f + '\n');
  }
  return code;
}
