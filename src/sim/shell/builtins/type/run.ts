// type: how bash would read a name: alias, keyword, function, builtin or file.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { isCompound, type AndOr, type Command, type CompoundCommand, type Pipeline } from '../../ast';
import { findCommand } from '../../../registry';
import { binDir } from '../../../commands/lib/paths';
import { hashSearch } from '../../hashcmd';

/** Every builtin of bash 5.1 (`enable -a`). */
export const BASH_BUILTINS = new Set([
  '.', ':', '[', 'alias', 'bg', 'bind', 'break', 'builtin', 'caller', 'cd', 'command', 'compgen', 'complete', 'compopt', 'continue', 'declare', 'dirs', 'disown', 'echo', 'enable', 'eval', 'exec', 'exit', 'export', 'false', 'fc', 'fg', 'getopts', 'hash', 'help', 'history', 'jobs', 'kill', 'let', 'local', 'logout', 'mapfile', 'popd', 'printf', 'pushd', 'pwd', 'read', 'readarray', 'readonly', 'return', 'set', 'shift', 'shopt', 'source', 'suspend', 'test', 'times', 'trap', 'true', 'type', 'typeset', 'ulimit', 'umask', 'unalias', 'unset', 'wait',
]);
/**
 * Builtins a Rocky 9 guest also has as files in /usr/bin: coreutils' and util-linux's, and the POSIX wrappers
 * Rocky's bash.spec writes there (`#!/bin/sh` + `builtin NAME "$@"`).
 */
export const ALSO_FILES = new Set(['[', 'echo', 'false', 'kill', 'printf', 'pwd', 'test', 'true', 'alias', 'bg', 'cd', 'command', 'fc', 'fg', 'getopts', 'hash', 'jobs', 'read', 'type', 'ulimit', 'umask', 'unalias', 'wait']);
export const KEYWORDS = new Set(['if', 'then', 'else', 'elif', 'fi', 'case', 'esac', 'for', 'select', 'while', 'until', 'do', 'done', 'in', 'function', 'time', '{', '}', '!', '[[', ']]', 'coproc']);

/**
 * An and-or list as bash's print_cmd.c prints it inside a function body, `indent` spaces deep: simple commands by
 * their words, pipelines joined by ` | `, a `( ... )` or `{ ...; }` with its commands on lines of their own
 * (`( alias;\n    eval ... )`). Undefined for what this printer does not cover (the list is then shown as typed).
 */
function printAndOr(ao: AndOr, indent: string): string | undefined {
  const simple = (c: Command): string | undefined => {
    if (isCompound(c)) {
      if ((c.kind !== 'subshell' && c.kind !== 'group') || c.redirs?.length) return undefined;
      const inner = c.body.map((x) => printAndOr(x, indent));
      if (inner.some((x) => x === undefined)) return undefined;
      const body = inner.join(`;\n${indent}`);
      return c.kind === 'subshell' ? `( ${body} )` : `{ \n${indent}    ${body}\n${indent}}`;
    }
    if (c.assigns.length || c.redirs.length) return undefined;
    return c.words.map((w) => w.raw).join(' ');
  };
  const pipeline = (p: Pipeline): string | undefined => {
    const parts = p.cmds.map(simple);
    return parts.some((x) => x === undefined) ? undefined : (p.negate ? '! ' : '') + parts.join(' | ');
  };
  const first = pipeline(ao.first);
  const rest = ao.rest.map((r) => {
    const t = pipeline(r.p);
    return t === undefined ? undefined : ` ${r.op} ${t}`;
  });
  if (first === undefined || rest.some((x) => x === undefined)) return undefined;
  return first + rest.join('');
}

/** A function as bash prints it: `name () `, then the body, four spaces an indent. */
export function functionText(name: string, body: CompoundCommand): string {
  // every command but the last ends in `;` (bash's print_cmd.c)
  const lines = (list: AndOr[]) =>
    list
      .map((ao, i) => {
        // a compound command inside a pipeline is printed by its parts; the rest as typed
        const structured = [ao.first, ...ao.rest.map((r) => r.p)].some((p) => p.cmds.some(isCompound)) ? printAndOr(ao, '    ') : undefined;
        return `    ${structured ?? (ao.text ?? '').trim().replace(/;$/, '')}${ao.background ? ' &' : i < list.length - 1 ? ';' : ''}\n`;
      })
      .join('');
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
    return d && (!d.available || d.available(ctx.host, ctx.world)) && (!BASH_BUILTINS.has(n) || ALSO_FILES.has(n)) ? `${binDir(n)}/${n}` : null;
  };
  for (const name of ctx.operands ?? []) {
    const found: string[] = [];
    const alias = ctx.frame.aliases?.[name];
    if (alias !== undefined && !o?.has('P') && !ctx.frame.script) found.push(terse ? 'alias' : `${name} is aliased to \`${alias}'`);
    if (KEYWORDS.has(name) && !o?.has('P')) found.push(terse ? 'keyword' : `${name} is a shell keyword`);
    const fn = ctx.frame.functions?.[name];
    if (fn && !o?.has('P') && !o?.has('f')) found.push(terse ? 'function' : `${name} is a function\n${functionText(name, fn).replace(/\n$/, '')}`);
    if (BASH_BUILTINS.has(name) && !ctx.frame.disabled?.includes(name) && !o?.has('P')) found.push(terse ? 'builtin' : `${name} is a shell builtin`);
    // a command found before is looked up in the hash table (a hit), unless every match is wanted
    const hashed = !name.includes('/') && (!all || o?.has('P')) && (!found.length || o?.has('P')) ? hashSearch(ctx.frame, name) : undefined;
    const file = hashed ?? (name.includes('/') ? (ctx.host.fs.get(ctx.resolve(name))?.type === 'file' ? name : null) : bin(name));
    if (hashed) found.push(terse ? 'file' : pathOnly ? hashed : `${name} is hashed (${hashed})`);
    else if (file) found.push(terse ? 'file' : pathOnly ? file : `${name} is ${file}`);
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
