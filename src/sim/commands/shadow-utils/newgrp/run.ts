// newgrp of shadow-utils 4.9 (spec.ts), after src/newgrp.c: a new shell of the user whose real and effective group
// is GROUP (the primary group when none is named; `-` or `-l`: a login shell in the home directory). A group the
// user is not in asks for the group's password (root is not asked); a wrong one, or a group without one, is
// "Invalid password." (exit 1). `exit` returns to the shell newgrp was run from.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { switchUserFrame } from '../../../login';
import { groupByGid, groupsOf } from '../../lib/accounts';
import { umaskOf } from '../../../fs-owner';

const P = 'newgrp';

export function* run(ctx: CommandContext): CommandRun {
  const h = ctx.host;
  const args = [...ctx.args];
  const me = h.users.get(ctx.frame.user);
  if (!me) {
    ctx.err(`${P}: Cannot determine your user name.\n`);
    return 1;
  }
  let login = false;
  if (args[0] === '-' || args[0] === '-l') {
    args.shift();
    login = true;
  }
  if (args.length && args[0].startsWith('-')) {
    ctx.err((yield { load: () => import('./help').then((m) => m.usage) }) as string);
    return 1;
  }
  let name = args[0];
  if (name === undefined) {
    const g = groupByGid(h, me.gid);
    if (!g) {
      ctx.err(`${P}: GID '${me.gid}' does not exist\n`);
      return 1;
    }
    name = g.name;
  }
  const grp = h.groups?.get(name);
  if (!grp) {
    ctx.err(`${P}: group '${name}' does not exist\n`);
    return 1;
  }
  // getgroups() of this shell: the user's groups and the group an earlier newgrp gave it
  const current = new Set([...groupsOf(h, me).map((g) => g.gid), ...(ctx.frame.gid !== undefined ? [ctx.frame.gid] : [])]);
  if (!current.has(grp.gid)) {
    const needs = grp.gid !== me.gid && !grp.members.includes(me.name);
    if (me.uid !== 0 && needs) {
      const typed = (yield { ask: 'Password: ', secret: true }) as string | null;
      if (typed === null || typed === undefined) return 1;
      if (grp.password === '' || grp.secret === undefined || typed !== grp.secret) {
        yield { wait: 1000 };
        ctx.err('Invalid password.\n');
        return 1;
      }
    }
  }
  const f = switchUserFrame(h, ctx.frame, me.name, login, umaskOf(ctx.frame, h));
  if (!login) f.env = { ...ctx.frame.env };
  f.gid = grp.gid;
  f.via = 'su';
  ctx.session.pushFrame(f);
  return 0;
}
