// groupadd of shadow-utils 4.9 (options and help in spec.ts), after src/groupadd.c: the name and an existing
// group (exit 9; -f makes it a success) or GID (exit 4; -o allows it, -f picks another) are checked before
// /etc/group is locked (only root may, exit 10), then the group gets the next free GID (-r: a system GID).
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { writeAccounts } from '../../lib/accounts';
import { lockFor, newGid, usageError, validName } from '../lib';

const P = 'groupadd';

export function* run(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  const h = ctx.host;
  const gArg = o.str('gid');
  if (gArg !== undefined && !/^\d+$/.test(gArg)) {
    ctx.err(`${P}: invalid group ID '${gArg}'\n`);
    return 3;
  }
  const names = ctx.operands ?? [];
  if (names.length !== 1 || (o.has('non-unique') && gArg === undefined)) return yield* usageError(ctx, () => import('./help'));
  const name = names[0];
  if (!validName(name, false)) {
    ctx.err(`${P}: '${name}' is not a valid group name\n`);
    return 3;
  }
  if (h.groups?.has(name)) {
    if (o.has('force')) return 0;
    ctx.err(`${P}: group '${name}' already exists\n`);
    return 9;
  }
  let gid = gArg === undefined ? undefined : Number(gArg);
  if (gid !== undefined && [...(h.groups?.values() ?? [])].some((g) => g.gid === gid) && !o.has('non-unique')) {
    if (o.has('force')) gid = undefined;
    else {
      ctx.err(`${P}: GID '${gid}' already exists\n`);
      return 4;
    }
  }
  const locked = lockFor(ctx, P, '/etc/group', 10);
  if (locked !== null) return locked;
  gid ??= newGid(h, o.has('system'));
  const members = (o.str('users') ?? '').split(',').filter(Boolean);
  for (const m of members)
    if (!h.users.has(m)) {
      ctx.err(`Invalid member username ${m}\n`);
      return 10;
    }
  h.groups?.set(name, { name, gid, members, password: o.str('password') ?? '!' });
  writeAccounts(h);
  return 0;
}
