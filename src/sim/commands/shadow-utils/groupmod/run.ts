// groupmod of shadow-utils 4.9 (options and help in spec.ts), after src/groupmod.c: -g gives the group a new GID
// (a GID in use: exit 4 unless -o; the users whose primary group it is follow), -n a new name (in use: exit 9,
// invalid: exit 3), -p a new (encrypted) password, -U the members (-a appends to them). The group must exist
// (exit 6); only root may lock /etc/group (exit 10).
import type { CommandContext } from '../../../context';
import type { CommandRun, Group } from '../../../types';
import { writeAccounts } from '../../lib/accounts';
import { lockFor, usageError, validName } from '../lib';

const P = 'groupmod';

export function* run(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  const h = ctx.host;
  const gArg = o.str('gid');
  if (gArg !== undefined && (!/^\d+$/.test(gArg) || Number(gArg) >= 4294967295)) {
    ctx.err(`${P}: invalid group ID '${gArg}'\n`);
    return 3;
  }
  const names = ctx.operands ?? [];
  if ((o.has('non-unique') && gArg === undefined) || names.length !== 1) return yield* usageError(ctx, () => import('./help'));
  const name = names[0];
  const g = h.groups?.get(name);
  if (!g) {
    ctx.err(`${P}: group '${name}' does not exist\n`);
    return 6;
  }
  let gid = gArg === undefined ? undefined : Number(gArg);
  if (gid === g.gid) gid = undefined;
  if (gid !== undefined && !o.has('non-unique') && [...h.groups!.values()].some((x) => x.gid === gid)) {
    ctx.err(`${P}: GID '${gid}' already exists\n`);
    return 4;
  }
  let newName = o.str('new-name');
  if (newName === name) newName = undefined;
  if (newName !== undefined) {
    if (!validName(newName, false)) {
      ctx.err(`${P}: invalid group name '${newName}'\n`);
      return 3;
    }
    if (h.groups!.has(newName)) {
      ctx.err(`${P}: group '${newName}' already exists\n`);
      return 9;
    }
  }
  const locked = lockFor(ctx, P, '/etc/group', 10);
  if (locked !== null) return locked;
  const next: Group = { ...g, members: [...g.members] };
  if (gid !== undefined) {
    for (const u of h.users.values()) if (u.gid === g.gid) u.gid = gid;
    next.gid = gid;
  }
  const pw = o.str('password');
  if (pw !== undefined) next.password = pw;
  const users = o.str('users');
  if (users !== undefined) {
    if (!o.has('append')) next.members = [];
    for (const m of users.split(',').filter(Boolean)) {
      if (!h.users.has(m)) {
        ctx.err(`Invalid member username ${m}\n`);
        return 10;
      }
      if (!next.members.includes(m)) next.members.push(m);
    }
  }
  if (newName !== undefined) next.name = newName;
  // the group keeps its place in /etc/group under its new name
  h.groups = new Map([...h.groups!].map(([k, v]) => (k === name ? [next.name, next] : [k, v])));
  writeAccounts(h);
  return 0;
}
