// groups of GNU coreutils 8.32 (options and help in spec.ts): the groups of the current user, or `NAME : groups`
// for each user named (the same groups id -Gn gives: the user's own, and wheel for the box's admin accounts).
import { def } from '../../lib/guest';

def({
  name: 'groups',
  summary: 'print the groups a user is in',
  *run(ctx) {
    const of = (name: string) => (name === 'root' ? 'root' : `${name} wheel`);
    const names = ctx.operands ?? [];
    if (!names.length) {
      ctx.out(of(ctx.frame.user) + '\n');
      return 0;
    }
    let code = 0;
    for (const n of names) {
      if (!ctx.host.users.get(n)) {
        ctx.err(`groups: ‘${n}’: no such user\n`);
        code = 1;
        continue;
      }
      ctx.out(`${n} : ${of(n)}\n`);
    }
    return code;
  },
});
