// read: a line from the input (a pipe, a redirection, the loop's `< file`) or from the terminal, into variables.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { assignList } from '../../arrays';
import { assign } from '../../vars';
import { readFd } from '../../fds';

export function* run(ctx: CommandContext): CommandRun {
  const names = ctx.operands?.length ? ctx.operands : ['REPLY'];
  for (const n of names) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(n)) {
      ctx.err(`-bash: read: \`${n}': not a valid identifier\n`);
      return 1;
    }
  }
  const raw = ctx.opts?.has('r');
  const prompt = ctx.opts?.str('p');
  let line: string | null;
  let shared = ctx.input;
  const u = ctx.opts?.str('u');
  if (u !== undefined) {
    // -u FD: read.def's legal_number and sh_validfd
    if (!/^\s*[-+]?\d+\s*$/.test(u)) {
      ctx.err(`-bash: read: ${u}: invalid file descriptor specification\n`);
      return 1;
    }
    const n = Number(u);
    const fd = n > 2 ? readFd(ctx.frame, n) : null;
    if (n < 0 || (n > 2 && !fd)) {
      ctx.err(`-bash: read: ${u}: invalid file descriptor: Bad file descriptor\n`);
      return 1;
    }
    if (fd) shared = fd;
  }
  if (shared) {
    if (shared.pos >= shared.text.length) line = null;
    else {
      const nl = shared.text.indexOf('\n', shared.pos);
      const end = nl < 0 ? shared.text.length : nl;
      line = shared.text.slice(shared.pos, end);
      shared.pos = nl < 0 ? shared.text.length : nl + 1;
      if (nl < 0 && line === '') line = null;
    }
  } else if (ctx.stdin !== null) {
    const nl = ctx.stdin.indexOf('\n');
    line = ctx.stdin === '' ? null : nl < 0 ? ctx.stdin : ctx.stdin.slice(0, nl);
  } else {
    // the prompt of -p goes to stderr; -s does not echo what is typed
    const answer = yield { ask: prompt !== undefined ? prompt : '', stderr: true, secret: ctx.opts?.has('s') };
    line = typeof answer === 'string' ? answer : '';
  }
  const eof = line === null;
  let text = line ?? '';
  if (!raw) text = text.replace(/\\(.)/g, '$1');
  const ifs = ctx.frame.env.IFS ?? ' \t\n';
  const arr = ctx.opts?.str('a');
  if (arr !== undefined) {
    // -a NAME: the words into an indexed array from 0
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(arr)) {
      ctx.err(`-bash: read: \`${arr}': not a valid identifier\n`);
      return 1;
    }
    const e = assignList(ctx.frame, arr, fields(text, ifs, Infinity).map((value) => ({ value })));
    if (e) {
      ctx.err(`-bash: read: ${e}\n`);
      return 1;
    }
    return eof ? 1 : 0;
  }
  if (names.length === 1 && !ctx.operands?.length) {
    // REPLY: the line as read
    assign(ctx.frame, 'REPLY', text);
    return eof ? 1 : 0;
  }
  const words = fields(text, ifs, names.length);
  for (let i = 0; i < names.length; i++) {
    if (!assign(ctx.frame, names[i], words[i] ?? '')) {
      ctx.err(`-bash: read: ${names[i]}: readonly variable\n`);
      return 1;
    }
  }
  return eof ? 1 : 0;
}

/**
 * A line split on IFS as read.def does: IFS white space around fields is dropped and runs of it are one
 * separator; each other IFS character ends a field (so `a::b` has an empty field). With `max` names the last
 * takes the rest of the line, less trailing IFS white space.
 */
function fields(text: string, ifs: string, max: number): string[] {
  if (ifs === '') return [text];
  const isWs = (c: string) => (c === ' ' || c === '\t' || c === '\n') && ifs.includes(c);
  const out: string[] = [];
  let i = 0;
  const n = text.length;
  while (i < n && isWs(text[i])) i++;
  while (i < n) {
    if (out.length === max - 1) {
      let end = n;
      while (end > i && isWs(text[end - 1])) end--;
      out.push(text.slice(i, end));
      return out;
    }
    let j = i;
    while (j < n && !ifs.includes(text[j])) j++;
    out.push(text.slice(i, j));
    i = j;
    while (i < n && isWs(text[i])) i++;
    if (i < n && ifs.includes(text[i]) && !isWs(text[i])) {
      i++;
      while (i < n && isWs(text[i])) i++;
    }
  }
  return out;
}
