// read: a line from the input (a pipe, a redirection, the loop's `< file`) or from the terminal, into variables.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { assignList } from '../../arrays';

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
  const shared = ctx.input;
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
  const words = text.trim() === '' ? [] : text.replace(/^[ \t\n]+/, '').split(/[ \t\n]+/);
  const arr = ctx.opts?.str('a');
  if (arr !== undefined) {
    // -a NAME: the words into an indexed array from 0
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(arr)) {
      ctx.err(`-bash: read: \`${arr}': not a valid identifier\n`);
      return 1;
    }
    const e = assignList(ctx.frame, arr, words.filter((w) => w !== '').map((value) => ({ value })));
    if (e) {
      ctx.err(`-bash: read: ${e}\n`);
      return 1;
    }
    return eof ? 1 : 0;
  }
  names.forEach((n, i) => {
    if (n === 'REPLY' && names.length === 1 && !ctx.operands?.length) ctx.frame.env[n] = line ?? '';
    else if (i === names.length - 1) {
      // the last name takes the rest of the line
      let rest = text.replace(/^[ \t]+/, '');
      for (let k = 0; k < i && rest; k++) rest = rest.replace(/^\S+[ \t]*/, '');
      ctx.frame.env[n] = rest.replace(/[ \t]+$/, '');
    } else ctx.frame.env[n] = words[i] ?? '';
  });
  return eof ? 1 : 0;
}
