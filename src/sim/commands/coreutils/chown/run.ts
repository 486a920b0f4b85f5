// chown of GNU coreutils 8.32 (options and help in spec.ts).
import { def, isRoot } from '../../lib/guest';
import { findGroup, groupsOf } from '../../lib/accounts';
import { ownerOf, quoteaf } from '../../lib/files';
import { readdirNodes } from '../../lib/readdir';
import type { CommandContext } from '../../../context';

/** -v (every file) or -c (the changed ones): chown-core.c's describe_change() with the names as given. */
interface Verbose { level: 'high' | 'changes'; user: string | null; group: string | null }

/** user_group_str(): USER:GROUP, USER or GROUP. */
const spec = (user: string | null, group: string | null) => (user !== null ? (group !== null ? `${user}:${group}` : user) : group);

/**
 * chown's change: a user by name or uid, a group by name or gid (`USER:` the user's login group); -R below a
 * directory, in readdir order, a directory's own change after its entries (fts's post-order visit, FTS_DP).
 */
function setOwner(ctx: CommandContext, abs: string, shown: string, recursive: boolean, user: string, group: string, login: boolean, verbose: Verbose | null): void {
  const fs = ctx.host.fs;
  const node = fs.get(abs);
  if (!node) return;
  if (recursive && node.type === 'dir') for (const c of readdirNodes(fs, node)) setOwner(ctx, fs.join(abs, c.name), `${shown.replace(/\/+$/, '')}/${c.name}`, true, user, group, login, verbose);
  const u = /^\d+$/.test(user) ? [...ctx.host.users.values()].find((x) => x.uid === Number(user)) : ctx.host.users.get(user);
  const now = ownerOf(node, abs);
  const g = group ? findGroup(ctx.host, group)?.name : login && u ? [...(ctx.host.groups?.values() ?? [])].find((x) => x.gid === u.gid)?.name : undefined;
  node.owner = { user: user ? (u?.name ?? user) : now.user, group: g ?? (group || now.group) };
  node.ctime = ctx.world.now;
  if (!verbose) return;
  const changed = node.owner.user !== now.user || node.owner.group !== now.group;
  if (!changed && verbose.level !== 'high') return;
  const to = spec(verbose.user, verbose.group);
  const from = spec(verbose.user !== null ? now.user : null, verbose.group !== null ? now.group : null);
  const f = quoteaf(shown);
  if (changed) ctx.out(verbose.user !== null ? `changed ownership of ${f} from ${from} to ${to}\n` : verbose.group !== null ? `changed group of ${f} from ${from} to ${to}\n` : `no change to ownership of ${f}\n`);
  else ctx.out(verbose.user !== null ? `ownership of ${f} retained as ${to}\n` : verbose.group !== null ? `group of ${f} retained as ${to}\n` : `ownership of ${f} retained\n`);
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
    // -v and --verbose, -c and --changes (the last given wins); the names as parse_user_spec() keeps them: the user as
    // given (empty beside a group alone), the group as given or the login group's of USER:
    let level: Verbose['level'] | null = null;
    for (const a of ctx.args) {
      if (a === '--verbose') level = 'high';
      else if (a === '--changes') level = 'changes';
      else if (/^-[^-]/.test(a)) for (const ch of a.slice(1)) if (ch === 'v') level = 'high';
      else if (ch === 'c') level = 'changes';
    }
    const loginGroup = (): string | null => {
      const u = /^\d+$/.test(user) ? [...ctx.host.users.values()].find((x) => x.uid === Number(user)) : ctx.host.users.get(user);
      return (u && [...(ctx.host.groups?.values() ?? [])].find((x) => x.gid === u.gid)?.name) ?? null;
    };
    const groupName = ctx.name === 'chgrp' ? group || null : group ? group : owner.endsWith(':') ? loginGroup() : null;
    const userName = ctx.name === 'chgrp' ? null : user || (groupName !== null ? '' : null);
    const verbose: Verbose | null = level ? { level, user: userName, group: groupName } : null;
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
      setOwner(ctx, p, f, recursive, user, group, owner.endsWith(':') && ctx.name === 'chown', verbose);
    }
    return code;
  },
});
