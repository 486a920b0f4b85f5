// mapfile and readarray: the lines of the input (a pipe, a redirection, `< <(cmd)`) into an indexed array (mapfile.def).
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { assignList } from '../../arrays';
import { NAME_RE } from '../../vars';
import { readFd } from '../../fds';

export function* run(ctx: CommandContext): CommandRun {
  // -u FD (checked with the options, before the name)
  const u = ctx.opts?.str('u');
  let fd: { text: string; pos: number } | null = null;
  if (u !== undefined) {
    if (!/^\s*[-+]?\d+\s*$/.test(u) || Number(u) < 0) {
      ctx.err(`-bash: ${ctx.name}: ${u}: invalid file descriptor specification\n`);
      return 1;
    }
    const n = Number(u);
    fd = n > 2 ? readFd(ctx.frame, n) : null;
    if (n > 2 && !fd) {
      ctx.err(`-bash: ${ctx.name}: ${n}: invalid file descriptor: Bad file descriptor\n`);
      return 1;
    }
  }
  const name = ctx.operands?.[0] ?? 'MAPFILE';
  if (!NAME_RE.test(name)) {
    ctx.err(`-bash: ${ctx.name}: \`${name}': not a valid identifier\n`);
    return 1;
  }
  if (ctx.frame.arrays?.[name]?.assoc) {
    ctx.err(`-bash: ${ctx.name}: ${name}: not an indexed array\n`);
    return 1;
  }
  let text: string;
  const shared = fd ?? ctx.input;
  if (shared) {
    text = shared.text.slice(shared.pos);
    shared.pos = shared.text.length;
  } else text = ctx.stdin ?? '';
  const delim = ctx.opts?.str('d') === '' ? '\0' : (ctx.opts?.str('d') ?? '\n')[0];
  const count = Number(ctx.opts?.str('n') ?? 0);
  const origin = ctx.opts?.str('O');
  const skip = Number(ctx.opts?.str('s') ?? 0);
  const lines: string[] = [];
  let at = 0;
  while (at < text.length) {
    const e = text.indexOf(delim, at);
    const end = e < 0 ? text.length : e + 1;
    lines.push(text.slice(at, end));
    at = end;
  }
  let take = lines.slice(skip);
  if (count > 0) take = take.slice(0, count);
  if (ctx.opts?.has('t')) take = take.map((l) => (l.endsWith(delim) ? l.slice(0, -1) : l));
  const start = origin === undefined ? 0 : Number(origin);
  const e = assignList(ctx.frame, name, take.map((value, k) => ({ key: String(start + k), value })), origin !== undefined);
  if (e) {
    ctx.err(`-bash: ${ctx.name}: ${e}\n`);
    return 1;
  }
  return 0;
}
