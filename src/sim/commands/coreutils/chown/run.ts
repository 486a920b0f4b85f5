// chown of GNU coreutils 8.32 (options and help in spec.ts).
import { def, isRoot } from '../../lib/guest';
import { findGroup, groupsOf } from '../../lib/accounts';
import { ownerOf } from '../../lib/files';
import type { CommandContext } from '../../../context';

/** chown's change: a user by name or uid, a group by name or gid (`USER:` the user's login group); -R below a directory. */
function setOwner(ctx: CommandContext, abs: string, recursive: boolean, user: string, group: string, login: boolean): void {
  const fs = ctx.host.fs;
  const node = fs.get(abs);
  if (!node) return;
  const u = /^\d+$/.test(user) ? [...ctx.host.users.values()].find((x) => x.uid === Number(user)) : ctx.host.users.get(user);
  const now = ownerOf(node, abs);
  const g = group ? findGroup(ctx.host, group)?.name : login && u ? [...(ctx.host.groups?.values() ?? [])].find((x) => x.gid === u.gid)?.name : undefined;
  node.owner = { user: user ? (u?.name ?? user) : now.user, group: g ?? (group || now.group) };
  node.ctime = ctx.world.now;
  if (recursive && node.type === 'dir') for (const c of fs.kids(node).keys()) setOwner(ctx, fs.join(abs, c), true, user, group, login);
}

/** chown(2) for a user who is not root: the file's owner may keep the owner and give it a group they are in. */
function ownChange(ctx: CommandContext, abs: string, user: string, group: string): boolean {
  const node = ctx.host.fs.get(abs);
  const me = ctx.host.users.get(ctx.frame.user);
  if (!node || !me || ownerOf(node, abs).user !== me.name) return false;
  if (user && user !== me.name && user !== String(me.uid)) return false;
  if (!group) return true;
  const g = findGroup(ctx.host, group);
  return !!g && groupsOf(ctx.host, me).some((x) => x.gid === g.gid);
}

def({
  name: 'chown',
  aliases: ['chgrp'],
  summary: 'change file owner and group',
  *run(ctx) {
    const args = ctx.args.filter((a) => !a.startsWith('-'));
    const recursive = ctx.args.some((a) => a === '--recursive' || /^-[^-]*R/.test(a));
    if (args.length < 2) {
      ctx.err(args.length ? `${ctx.name}: missing operand after ‘${args[0]}’\nTry '${ctx.name} --help' for more information.\n` : `${ctx.name}: missing operand\nTry '${ctx.name} --help' for more information.\n`);
      return 1;
    }
    const [owner, ...files] = args;
    const user = ctx.name === 'chgrp' ? '' : owner.split(':')[0];
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
      if (!isRoot(ctx) && !ownChange(ctx, p, user, group)) {
        // chown-core.c: "changing ownership" when a user is given, "changing group" otherwise
        ctx.err(`${ctx.name}: changing ${user ? 'ownership' : 'group'} of '${f}': Operation not permitted\n`);
        code = 1;
        continue;
      }
      setOwner(ctx, p, recursive, user, group, owner.endsWith(':') && ctx.name === 'chown');
    }
    return code;
  },
});
