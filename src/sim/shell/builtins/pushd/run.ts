// pushd, popd and dirs: the directory stack (bash 5.1's pushd.def). The current directory is the stack's
// first entry; frame.dirstack holds the rest, top first.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { run as cd } from '../cd/run';
import { spec as pushdSpec } from './spec';
import { spec as popdSpec } from '../popd/spec';
import { spec as dirsSpec } from '../dirs/spec';

const SYNOPSIS: Record<string, string> = { pushd: pushdSpec.synopsis!, popd: popdSpec.synopsis!, dirs: dirsSpec.synopsis! };

/** `~` for the home directory, as polite_directory_format writes it. */
function polite(ctx: CommandContext, dir: string): string {
  const home = ctx.frame.env.HOME;
  if (home && home !== '/' && (dir === home || dir.startsWith(home + '/'))) return '~' + dir.slice(home.length);
  return dir;
}

function usage(ctx: CommandContext, word: string, kind: 'opt' | 'num' | 'arg'): number {
  const msg = kind === 'opt' ? `${word}: invalid option` : kind === 'num' ? `${word}: invalid number` : `${word}: invalid argument`;
  ctx.err(`-bash: ${ctx.name}: ${msg}\n${ctx.name}: usage: ${SYNOPSIS[ctx.name]}\n`);
  return 2;
}

function rangeError(ctx: CommandContext, stack: string[], word: string): number {
  ctx.err(stack.length === 0 ? `-bash: ${ctx.name}: directory stack empty\n` : `-bash: ${ctx.name}: ${word}: directory stack index out of range\n`);
  return 1;
}

/** cd through the cd builtin (its errors name pushd/popd as the caller). */
function* changeTo(ctx: CommandContext, dir: string): Generator<import('../../../types').Yield, number, unknown> {
  let msg = '';
  const code = yield* cd({ ...ctx, name: 'cd', args: ['--', dir], operands: [dir], opts: undefined, out: () => {}, err: (t) => (msg += t) });
  ctx.err(msg.replace(/^-bash: cd: /gm, `-bash: ${ctx.name}: `));
  return code;
}

function show(ctx: CommandContext): void {
  const stack = ctx.frame.dirstack ?? [];
  ctx.out([ctx.frame.cwd, ...stack].map((d) => polite(ctx, d)).join(' ') + '\n');
}

const num = (w: string) => (/^[0-9]+$/.test(w.slice(1)) ? Number(w.slice(1)) : null);

export function* pushd(ctx: CommandContext): CommandRun {
  const stack = (ctx.frame.dirstack ??= []);
  let args = [...ctx.args];
  let skip = false;
  if (args[0] === '--') {
    args = args.slice(1);
    skip = true;
  }
  if (!args.length) {
    if (!stack.length) {
      ctx.err('-bash: pushd: no other directory\n');
      return 1;
    }
    const cur = ctx.frame.cwd;
    const top = stack[0];
    const code = yield* changeTo(ctx, top);
    if (code) return code;
    stack[0] = cur;
    show(ctx);
    return 0;
  }
  let nocd = false;
  let rotate: number | null = null;
  let k = 0;
  for (; !skip && k < args.length; k++) {
    const w = args[k];
    if (w === '-n') nocd = true;
    else if (w === '--') {
      k++;
      break;
    } else if (w === '-') break;
    else if (w[0] === '+' || w[0] === '-') {
      const n = num(w);
      if (n === null) return usage(ctx, w, 'num');
      const idx = w[0] === '-' ? stack.length - n : n;
      if (idx > stack.length || idx < 0) return rangeError(ctx, stack, w);
      rotate = idx;
    } else break;
  }
  if (rotate !== null) {
    // the current directory counts as entry 0: rotate the whole list left by N
    const all = [ctx.frame.cwd, ...stack];
    const turned = [...all.slice(rotate), ...all.slice(0, rotate)];
    if (rotate === 0) return nocd ? 0 : (yield* changeTo(ctx, ctx.frame.cwd)) || (show(ctx), 0);
    if (!nocd) {
      const code = yield* changeTo(ctx, turned[0]);
      if (code) return code;
    }
    ctx.frame.dirstack = turned.slice(1);
    if (!nocd) show(ctx);
    return 0;
  }
  const dir = args[k];
  if (dir === undefined) return 0;
  const before = ctx.frame.cwd;
  if (!nocd) {
    const code = yield* changeTo(ctx, dir);
    if (code) return code;
  }
  stack.unshift(nocd ? dir : before);
  show(ctx);
  return 0;
}

export function* popd(ctx: CommandContext): CommandRun {
  const stack = (ctx.frame.dirstack ??= []);
  let nocd = false;
  let which = 0;
  let dir = '+';
  let word = '';
  for (const w of ctx.args) {
    if (w === '-n') nocd = true;
    else if (w === '--') break;
    else if (w[0] === '+' || w[0] === '-') {
      const n = num(w);
      if (n === null) return usage(ctx, w, 'num');
      dir = w[0];
      which = n;
      word = w;
    } else if (w) return usage(ctx, w, 'arg');
  }
  if (which > stack.length || (stack.length === 0 && which === 0)) return rangeError(ctx, stack, word);
  if ((dir === '+' && which === 0) || (dir === '-' && which === stack.length)) {
    if (!nocd) {
      const code = yield* changeTo(ctx, stack[0]);
      if (code) return code;
    }
    stack.shift();
  } else {
    // +N counts from the left of `dirs` (the current directory is 0), -N from the right
    const i = dir === '+' ? which - 1 : stack.length - 1 - which;
    if (i < 0 || i >= stack.length) return rangeError(ctx, stack, word);
    stack.splice(i, 1);
  }
  show(ctx);
  return 0;
}

export function* dirs(ctx: CommandContext): CommandRun {
  const stack = (ctx.frame.dirstack ??= []);
  let long = false;
  let clear = false;
  let v = 0;
  let index: number | null = null;
  let word = '';
  for (const w of ctx.args) {
    if (w === '-l') long = true;
    else if (w === '-c') clear = true;
    else if (w === '-v') v |= 2;
    else if (w === '-p') v |= 1;
    else if (w === '--') break;
    else if (w[0] === '+' || w[0] === '-') {
      const n = num(w);
      if (n === null) return usage(ctx, w, 'num');
      word = w.slice(1);
      // entry N from the left (+N) or the right (-N) of the whole list
      const all = stack.length + 1;
      index = w[0] === '+' ? n : all - 1 - n;
      if (n >= all) index = -1;
    } else return usage(ctx, w, 'opt');
  }
  if (clear) {
    ctx.frame.dirstack = [];
    return 0;
  }
  const all = [ctx.frame.cwd, ...stack].map((d) => (long ? d : polite(ctx, d)));
  if (index !== null) {
    if (index < 0 || index >= all.length) return rangeError(ctx, stack, word);
    ctx.out((v & 2 ? `${String(index).padStart(2)}  ` : '') + all[index] + '\n');
    return 0;
  }
  if (v & 2) ctx.out(all.map((d, i) => `${String(i).padStart(2)}  ${d}\n`).join(''));
  else if (v & 1) ctx.out(all.join('\n') + '\n');
  else ctx.out(all.join(' ') + '\n');
  return 0;
}
