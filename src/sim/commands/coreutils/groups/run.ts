// groups of GNU coreutils 8.32 (options and help in spec.ts): the groups of the current user, or `NAME : groups`
// for each user named, as getgrouplist() gives them from the guest's group database (lib/accounts.ts).
import { def } from '../../lib/guest';
import { groupsOf } from '../../lib/accounts';
import type { User } from '../../../types';

def({
  name: 'groups',
  summary: 'print the groups a user is in',
  *run(ctx) {
    const of = (u: User) => groupsOf(ctx.host, u).map((g) => g.name ?? String(g.gid)).join(' ');
    const names = ctx.operands ?? [];
    if (!names.length) {
      ctx.out(of(ctx.host.users.get(ctx.frame.user) ?? ctx.user) + '\n');
      return 0;
    }
    let code = 0;
    for (const n of names) {
      const u = ctx.host.users.get(n);
      if (!u) {
        ctx.err(`groups: ‘${n}’: no such user\n`);
        code = 1;
        continue;
      }
      ctx.out(`${n} : ${of(u)}\n`);
    }
    return code;
  },
});
