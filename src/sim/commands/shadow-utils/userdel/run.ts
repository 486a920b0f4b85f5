// userdel of shadow-utils 4.9 (options and help in spec.ts), after src/userdel.c: an unknown user (exit 6) and a
// user with running processes (exit 8, unless -f) are refused before /etc/passwd is locked (only root may);
// then the user leaves the four files, every group's member list and /etc/subuid and /etc/subgid, and its own
// group goes with it (USERGROUPS_ENAB) unless another user has it as primary group or it has members.
// -r removes the mailbox and the home directory, saying which is not there.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { writeAccounts } from '../../lib/accounts';
import { DEFS, busyPid, lockFor, removeSubIds, usageError } from '../lib';

const P = 'userdel';

export function* run(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  const names = ctx.operands ?? [];
  if (names.length !== 1) return yield* usageError(ctx, () => import('./help'));
  const name = names[0];
  const h = ctx.host;
  const u = h.users.get(name);
  if (!u) {
    ctx.err(`${P}: user '${name}' does not exist\n`);
    return 6;
  }
  const force = o.has('force');
  const pid = busyPid(ctx, u);
  if (pid !== null) {
    ctx.err(`${P}: user ${name} is currently used by process ${pid}\n`);
    if (!force) return 8;
  }
  const locked = lockFor(ctx, P, '/etc/passwd', 1);
  if (locked !== null) return locked;
  h.users.delete(name);
  const groups = h.groups;
  if (groups) {
    for (const g of groups.values()) g.members = g.members.filter((m) => m !== name);
    // remove_usergroup
    const own = groups.get(name);
    if (own) {
      if (own.gid !== u.gid) ctx.err(`${P}: group ${own.name} not removed because it is not the primary group of user ${name}.\n`);
      else if (own.members.length) ctx.err(`${P}: group ${own.name} not removed because it has other members.\n`);
      else if (!force && [...h.users.values()].some((x) => x.gid === own.gid)) ctx.err(`${P}: group ${own.name} is the primary group of another user and is not removed.\n`);
      else groups.delete(name);
    }
  }
  writeAccounts(h);
  removeSubIds(h, name);
  let code = 0;
  if (o.has('remove')) {
    const box = `${DEFS.MAIL_DIR}/${name}`;
    if (h.fs.exists(box)) h.fs.remove(box);
    else ctx.err(`${P}: ${name} mail spool (${box}) not found\n`);
    if (!h.fs.isDir(u.home)) {
      ctx.err(`${P}: ${name} home directory (${u.home}) not found\n`);
    } else {
      const other = [...h.users.values()].find((x) => x.home === u.home || x.home.startsWith(u.home + '/'));
      if (other && !force) {
        ctx.err(`${P}: not removing directory ${u.home} (would remove home of user ${other.name})\n`);
        code = 12;
      } else h.fs.remove(u.home, true);
    }
  }
  return code;
}
