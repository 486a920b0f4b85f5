// chown of GNU coreutils 8.32 (options and help in spec.ts).
import { def, isRoot } from '../../lib/guest';
import { owner } from '../../lib/files';
import { findGroup } from '../../lib/accounts';

def({
  name: 'chown',
  aliases: ['chgrp'],
  summary: 'change file owner and group',
  *run(ctx) {
    const args = ctx.args.filter((a) => !a.startsWith('-'));
    if (args.length < 2) {
      ctx.err(args.length ? `${ctx.name}: missing operand after ‘${args[0]}’\nTry '${ctx.name} --help' for more information.\n` : `${ctx.name}: missing operand\nTry '${ctx.name} --help' for more information.\n`);
      return 1;
    }
    const [owner, ...files] = args;
    const user = owner.split(':')[0];
    if (user && !/^\d+$/.test(user) && !ctx.host.users.has(user) && ctx.name === 'chown') {
      ctx.err(`chown: invalid user: ‘${owner}’\n`);
      return 1;
    }
    // the group (chown USER:GROUP, chgrp GROUP) from the guest's group database
    const group = ctx.name === 'chgrp' ? owner : owner.includes(':') ? owner.slice(owner.indexOf(':') + 1) : '';
    if (group && !/^\d+$/.test(group) && ctx.host.groups && !findGroup(ctx.host, group)) {
      ctx.err(`${ctx.name}: invalid group: ‘${owner}’\n`);
      return 1;
    }
    let code = 0;
    for (const f of files) {
      const p = ctx.resolve(f);
      if (!ctx.host.fs.exists(p)) {
        ctx.err(`${ctx.name}: cannot access '${f}': No such file or directory\n`);
        code = 1;
        continue;
      }
      if (!isRoot(ctx)) {
        ctx.err(`${ctx.name}: changing ownership of '${f}': Operation not permitted\n`);
        code = 1;
      }
    }
    return code;
  },
});
