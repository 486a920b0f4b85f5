// umask: the file-creation mask (Rocky's /etc/profile: 0002 for users with their own group, 0022 for root).
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';

function symbolic(mask: number): string {
  const part = (shift: number) => {
    const allowed = ~mask >> shift & 7;
    return (allowed & 4 ? 'r' : '') + (allowed & 2 ? 'w' : '') + (allowed & 1 ? 'x' : '');
  };
  return `u=${part(6)},g=${part(3)},o=${part(0)}`;
}

export function* run(ctx: CommandContext): CommandRun {
  const mask = ctx.frame.umask ?? (ctx.frame.user === 'root' ? 0o022 : 0o002);
  const [w] = ctx.operands ?? [];
  if (w === undefined) {
    const text = ctx.opts?.has('S') ? symbolic(mask) : mask.toString(8).padStart(4, '0');
    ctx.out(ctx.opts?.has('p') ? `umask ${ctx.opts?.has('S') ? '-S ' : ''}${text}\n` : text + '\n');
    return 0;
  }
  if (!/^[0-7]{1,4}$/.test(w)) {
    ctx.err(/^\d+$/.test(w) ? `-bash: umask: ${w}: octal number out of range\n` : `-bash: umask: \`${w[0]}': invalid symbolic mode operator\n`);
    return 1;
  }
  ctx.frame.umask = parseInt(w, 8);
  return 0;
}
