// gpasswd of shadow-utils 4.9 (options and help in spec.ts), after src/gpasswd.c: -a/-d add or remove a member
// (in /etc/group and /etc/gshadow), -r empties and -R restricts ("!") the group's password, -M sets the members and
// -A the administrators (root only), no option sets the group's password (asked twice, a tty needed). Root or an
// administrator of the group may; the options other than -A and -M cannot be combined (usage, exit 2).
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { cryptLike, writeAccounts } from '../../lib/accounts';
import { isRoot } from '../../lib/guest';
import { usageError } from '../lib';

const P = 'gpasswd';
const help = () => import('./help');
const RETRIES = 3;

export function* run(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  const h = ctx.host;
  const bad = (msg: string) => {
    ctx.err(`${P}: ${msg}\n`);
    return 3;
  };
  // process_flags(): the users named are checked as the options are read
  const add = o.str('add');
  if (add !== undefined && !h.users.has(add)) return bad(`user '${add}' does not exist`);
  const list = (v: string | undefined) => {
    if (v === undefined) return true;
    let ok = true;
    for (const n of v.split(',').filter(Boolean))
      if (!h.users.has(n)) {
        ctx.err(`${P}: user '${n}' does not exist\n`);
        ok = false;
      }
    return ok;
  };
  const admins = o.str('administrators');
  const members = o.str('members');
  if (!list(admins) || !list(members)) return 3;
  const del = o.str('delete');
  const exclusive = [add !== undefined, del !== undefined, o.has('remove-password'), o.has('restrict'), admins !== undefined || members !== undefined];
  const names = ctx.operands ?? [];
  if (exclusive.filter(Boolean).length > 1 || names.length !== 1) return yield* usageError(ctx, help);
  const group = names[0];
  const g = h.groups?.get(group);
  if (!g) return bad(`group '${group}' does not exist in /etc/group`);
  // check_perms(): root, or an administrator of the group (not for -A and -M)
  const root = isRoot(ctx);
  if ((!root && (admins !== undefined || members !== undefined)) || (!root && !(g.admins ?? []).includes(ctx.frame.user))) {
    ctx.err(`${P}: Permission denied.\n`);
    return 1;
  }
  const comma = (v: string) => v.split(',').filter(Boolean);
  if (o.has('remove-password')) [g.password, g.secret] = ['', undefined];
  else if (o.has('restrict')) [g.password, g.secret] = ['!', undefined];
  else if (add !== undefined) {
    ctx.out(`Adding user ${add} to group ${group}\n`);
    if (!g.members.includes(add)) g.members.push(add);
  } else if (del !== undefined) {
    ctx.out(`Removing user ${del} from group ${group}\n`);
    if (!g.members.includes(del)) return bad(`user '${del}' is not a member of '${group}'`);
    g.members = g.members.filter((m) => m !== del);
  } else if (admins !== undefined || members !== undefined) {
    if (admins !== undefined) g.admins = comma(admins);
    if (members !== undefined) g.members = comma(members);
  } else {
    if (!ctx.tty || ctx.stdin != null) {
      ctx.err(`${P}: Not a tty\n`);
      return 1;
    }
    ctx.out(`Changing the password for group ${group}\n`);
    let pass: string | null = null;
    for (let i = 0; i < RETRIES && pass === null; i++) {
      const a = (yield { ask: 'New Password: ', secret: true }) as string | null;
      if (a === null || a === undefined) return 1;
      const b = (yield { ask: 'Re-enter new password: ', secret: true }) as string | null;
      if (b === null || b === undefined) return 1;
      if (a === b) pass = a;
      else if (i + 1 < RETRIES) ctx.out("They don't match; try again\n");
    }
    if (pass === null) {
      ctx.err(`${P}: Try again later\n`);
      return 1;
    }
    g.password = cryptLike(`${group}:${pass}:${ctx.world.now}`);
    g.secret = pass;
  }
  writeAccounts(h);
  return 0;
}
