// groupdel of shadow-utils 4.9 (options and help in spec.ts), after src/groupdel.c: an unknown group (exit 6) and
// a user's primary group (exit 8, unless -f) are refused before /etc/group is locked (only root may, exit 10).
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { writeAccounts } from '../../lib/accounts';
import { lockFor, usageError } from '../lib';

const P = 'groupdel';

export function* run(ctx: CommandContext): CommandRun {
  const names = ctx.operands ?? [];
  if (names.length !== 1) return yield* usageError(ctx, () => import('./help'));
  const name = names[0];
  const h = ctx.host;
  const g = h.groups?.get(name);
  if (!g) {
    ctx.err(`${P}: group '${name}' does not exist\n`);
    return 6;
  }
  const owner = [...h.users.values()].find((u) => u.gid === g.gid);
  if (owner && !ctx.opts?.has('force')) {
    ctx.err(`${P}: cannot remove the primary group of user '${owner.name}'\n`);
    return 8;
  }
  const locked = lockFor(ctx, P, '/etc/group', 10);
  if (locked !== null) return locked;
  h.groups!.delete(name);
  writeAccounts(h);
  return 0;
}
