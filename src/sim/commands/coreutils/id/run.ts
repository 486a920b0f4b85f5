// id of GNU coreutils 8.32 (options and help in spec.ts), after src/id.c: the IDs of the shell's user (with its
// SELinux context) or of each USER named, from the guest's user and group database (lib/accounts.ts).
import { def } from '../../lib/guest';
import { findUser, groupByGid, groupsOf } from '../../lib/accounts';
import type { User } from '../../../types';

const CONTEXT = 'unconfined_u:unconfined_r:unconfined_t:s0-s0:c0.c1023';

def({
  name: 'id',
  summary: 'print real and effective user and group IDs',
  *run(ctx) {
    const o = ctx.opts!;
    const names = ctx.operands ?? [];
    const [onlyUser, onlyGroup, onlyGroups, onlyContext] = ['user', 'group', 'groups', 'context'].map((k) => o.has(k));
    const useName = o.has('name');
    const useReal = o.has('real');
    const zero = o.has('zero');
    const die = (msg: string) => {
      ctx.err(`id: ${msg}\n`);
      return 1;
    };
    if (names.length && onlyContext) return die('cannot print security context when user specified');
    if ([onlyUser, onlyGroup, onlyGroups, onlyContext].filter(Boolean).length > 1) return die('cannot print "only" of more than one choice');
    const def = !(onlyUser || onlyGroup || onlyGroups || onlyContext);
    if (def && (useReal || useName)) return die('cannot print only names or real IDs in default format');
    if (def && zero) return die('option --zero not permitted in default format');
    const end = zero ? '\0' : '\n';
    const grpName = (gid: number) => groupByGid(ctx.host, gid)?.name;
    const show = (user: User, self: boolean): boolean => {
      let u = user;
      let groups = groupsOf(ctx.host, u);
      // a shell newgrp started: its group is the real and effective one, first in the list, the others kept
      if (self && ctx.frame.gid !== undefined && ctx.frame.gid !== u.gid) {
        const gid = ctx.frame.gid;
        groups = [{ gid, name: grpName(gid) }, ...groups.filter((g) => g.gid !== gid)];
        u = { ...u, gid };
      }
      if (onlyContext) {
        ctx.out(CONTEXT + end);
        return true;
      }
      if (onlyUser) {
        ctx.out((useName ? u.name : String(u.uid)) + end);
        return true;
      }
      if (onlyGroup) {
        const n = grpName(u.gid);
        if (useName && n === undefined) {
          ctx.err(`id: cannot find name for group ID ${u.gid}\n`);
          ctx.out(String(u.gid) + end);
          return false;
        }
        ctx.out((useName ? n! : String(u.gid)) + end);
        return true;
      }
      if (onlyGroups) {
        ctx.out(groups.map((g) => (useName ? (g.name ?? String(g.gid)) : String(g.gid))).join(zero ? '\0' : ' ') + end);
        return true;
      }
      const label = (n: number, name: string | undefined) => (name === undefined ? String(n) : `${n}(${name})`);
      let line = `uid=${label(u.uid, u.name)} gid=${label(u.gid, grpName(u.gid))}`;
      line += ' groups=' + groups.map((g) => label(g.gid, g.name)).join(',');
      if (self) line += ` context=${CONTEXT}`;
      ctx.out(line + '\n');
      return true;
    };
    if (!names.length) {
      const u = ctx.host.users.get(ctx.frame.user) ?? ctx.user;
      return show(u, true) ? 0 : 1;
    }
    let code = 0;
    for (const n of names) {
      const u = findUser(ctx.host, n);
      if (!u) {
        ctx.err(`id: ‘${n}’: no such user\n`);
        code = 1;
        continue;
      }
      if (!show(u, false)) code = 1;
    }
    return code;
  },
});
