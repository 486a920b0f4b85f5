// useradd of shadow-utils 4.9 (options and help in spec.ts), after src/useradd.c: process_flags() checks the
// options in its order, main() refuses an existing user (exit 9) before it locks /etc/passwd (only root may),
// then gives the UID and the user's own group (USERGROUPS_ENAB), writes the four files and /etc/subuid and
// /etc/subgid, creates the home from /etc/skel (CREATE_HOME yes on Rocky, not for -r) and the mailbox.
import type { CommandContext } from '../../../context';
import type { CommandRun, User } from '../../../types';
import { dayOf, findGroup, writeAccounts } from '../../lib/accounts';
import { isRoot } from '../../lib/guest';
import { DEFS, USERADD_DEFAULTS, addSubIds, lockFor, newGid, newUid, shellWarning, usageError, validName } from '../lib';
import { makerOf } from '../../../fs-owner';
import type { FsNode } from '../../../fs';

const P = 'useradd';
const help = () => import('./help');

function defaults(ctx: CommandContext): Record<string, string> {
  const r = ctx.host.fs.readFile('/etc/default/useradd');
  const out: Record<string, string> = {};
  for (const l of (r.ok ? r.text : USERADD_DEFAULTS).split('\n')) {
    const m = /^([A-Z_]+)=(.*)$/.exec(l);
    if (m) out[m[1]] = m[2];
  }
  return out;
}

/** Copy a skeleton tree into a new home (copy_tree). */
function copyTree(ctx: CommandContext, from: string, to: string): void {
  const fs = ctx.host.fs;
  const list = fs.list(from);
  if (typeof list === 'string') return;
  for (const e of list) {
    const src = `${from}/${e.name}`;
    const dst = `${to}/${e.name}`;
    if (e.type === 'dir') {
      fs.mkdir(dst);
      copyTree(ctx, src, dst);
    } else if (e.type === 'link' && e.target !== undefined) fs.symlink(e.target, dst);
    else fs.copy(src, dst, true);
  }
}

export function* run(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  const err = (msg: string, code: number) => {
    ctx.err(`${P}: ${msg}\n`);
    return code;
  };
  const h = ctx.host;
  const def = defaults(ctx);
  // process_flags, in the order its switch and checks run
  for (const [k, what] of [['base-dir', 'base directory'], ['comment', 'comment'], ['home-dir', 'home directory']] as const) {
    const v = o.str(k);
    if (v !== undefined && (v.includes(':') || v.includes('\n') || (k !== 'comment' && !v.startsWith('/')))) return err(`invalid ${what} '${v}'`, 3);
  }
  const inactive = o.str('inactive');
  if (inactive !== undefined && !/^-?\d+$/.test(inactive)) return err(`invalid numeric argument '${inactive}'`, 3);
  const gArg = o.str('gid');
  const primary = gArg !== undefined ? findGroup(h, gArg) : undefined;
  if (gArg !== undefined && !primary) return err(`group '${gArg}' does not exist`, 6);
  const supplementary: string[] = [];
  for (const list of o.all('groups')) {
    let missing = false;
    for (const name of list.split(',').filter(Boolean)) {
      const g = findGroup(h, name);
      if (!g) {
        ctx.err(`${P}: group '${name}' does not exist\n`);
        missing = true;
      } else if (!supplementary.includes(g.name)) supplementary.push(g.name);
    }
    if (missing) return 6;
  }
  const shell = o.str('shell');
  if (shell !== undefined && (shell.includes(':') || shell.includes('\n') || (shell !== '' && !shell.startsWith('/') && !shell.startsWith('*')))) return err(`invalid shell '${shell}'`, 3);
  if (shell !== undefined) shellWarning(ctx, P, shell);
  const uArg = o.str('uid');
  if (uArg !== undefined && !/^\d+$/.test(uArg)) return err(`invalid user ID '${uArg}'`, 3);
  const [mflg, Mflg, Nflg, oflg, rflg, Dflg] = ['create-home', 'no-create-home', 'no-user-group', 'non-unique', 'system', 'defaults'].map((k) => o.has(k));
  const Uflg = o.has('user-group') || (!gArg && !Nflg);
  const conflict = (a: string, b: string) => `options ${a} and ${b} conflict`;
  const only = (a: string, b: string) => `${a} flag is only allowed with the ${b} flag`;
  const bad = oflg && !uArg ? only('-o', '-u') : o.has('skel') && !mflg ? only('-k', '-m') : o.has('user-group') && gArg ? conflict('-U', '-g') : o.has('user-group') && Nflg ? conflict('-U', '-N') : mflg && Mflg ? conflict('-m', '-M') : null;
  if (bad) {
    ctx.err(`${P}: ${bad}\n`);
    return yield* usageError(ctx, help);
  }
  const names = ctx.operands ?? [];
  if (Dflg) {
    if (names.length || uArg || o.has('groups') || o.has('home-dir') || o.has('comment') || mflg) return yield* usageError(ctx, help);
    // set_defaults(): the given keys rewritten in /etc/default/useradd (only root may write it)
    const set: Record<string, string | undefined> = { GROUP: primary ? String(primary.gid) : undefined, HOME: o.str('base-dir'), INACTIVE: inactive, EXPIRE: o.str('expiredate'), SHELL: shell };
    if (Object.values(set).some((v) => v !== undefined)) {
      if (!isRoot(ctx)) {
        // mkstemp() of /etc/default/useradd.XXXXXX fails for a user
        ctx.err(`${P}: cannot create new defaults file\n`);
        return 1;
      }
      const r = h.fs.readFile('/etc/default/useradd');
      const lines = (r.ok ? r.text : USERADD_DEFAULTS).split('\n').filter((l, i, a) => l !== '' || i < a.length - 1);
      for (const [k, v] of Object.entries(set)) {
        if (v === undefined) continue;
        const i = lines.findIndex((l) => l.startsWith(k + '='));
        if (i >= 0) lines[i] = `${k}=${v}`;
        else lines.push(`${k}=${v}`);
      }
      h.fs.write('/etc/default/useradd', lines.join('\n') + '\n');
      return 0;
    }
    ctx.out(['GROUP', 'HOME', 'INACTIVE', 'EXPIRE', 'SHELL', 'SKEL', 'CREATE_MAIL_SPOOL'].map((k) => `${k}=${def[k] ?? ''}\n`).join(''));
    return 0;
  }
  if (names.length !== 1) return yield* usageError(ctx, help);
  const name = names[0];
  if (!validName(name, true) && !o.has('badnames')) return err(`invalid user name '${name}': use --badname to ignore`, 3);
  // main
  if (h.users.has(name)) return err(`user '${name}' already exists`, 9);
  if (Uflg && h.groups?.has(name)) return err(`group ${name} exists - if you want to add this user to that group, use -g.`, 9);
  const locked = lockFor(ctx, P, '/etc/passwd', 1);
  if (locked !== null) return locked;
  let uid: number;
  if (uArg !== undefined) {
    uid = Number(uArg);
    if (!oflg && [...h.users.values()].some((u) => u.uid === uid)) return err(`UID ${uid} is not unique`, 4);
  } else {
    uid = newUid(h, rflg);
    if (uid < 0) return err("can't create user", 4);
  }
  let gid = primary?.gid ?? Number(def.GROUP ?? 100);
  if (Uflg) {
    gid = newGid(h, rflg, uid);
    if (gid < 0) return err("can't create group", 4);
    h.groups?.set(name, { name, gid, members: [], password: '!' });
  }
  const home = o.str('home-dir') ?? `${o.str('base-dir') ?? def.HOME ?? '/home'}/${name}`;
  const day = dayOf(ctx.world.now);
  const user: User = {
    name, uid, gid, home,
    gecos: o.str('comment') ?? '',
    shell: shell ?? def.SHELL ?? '/bin/bash',
    shadow: { hash: o.str('password') ?? '!!', aging: rflg ? `${day}::::::` : `${day}:0:99999:7:${inactive && inactive !== '-1' ? inactive : ''}::` },
  };
  h.users.set(name, user);
  for (const g of supplementary) h.groups?.get(g)?.members.push(name);
  writeAccounts(h);
  if (!rflg) addSubIds(h, name);
  // the home: -m, or CREATE_HOME for a user that is not a system account; -M never
  const makeHome = !Mflg && (mflg || !rflg);
  if (makeHome) {
    if (h.fs.exists(home)) {
      ctx.err(`${P}: warning: the home directory ${home} already exists.\n${P}: Not copying any file from skel directory into it.\n`);
    } else {
      h.fs.mkdir(home, true);
      const node = h.fs.get(home);
      if (node) node.mode = DEFS.HOME_MODE;
      copyTree(ctx, o.str('skel') ?? def.SKEL ?? '/etc/skel', home);
      // the home and what skel put there are the new user's (chown_tree)
      const own = makerOf(h, name);
      const give = (n: FsNode) => {
        n.owner = { ...own };
        if (n.type === 'dir') for (const c of h.fs.kids(n).values()) give(c);
      };
      if (node) give(node);
    }
  }
  if (!rflg && (def.CREATE_MAIL_SPOOL ?? 'yes') === 'yes') {
    const box = `${DEFS.MAIL_DIR}/${name}`;
    if (h.fs.exists(box)) ctx.err('Creating mailbox file: File exists\n');
    else {
      h.fs.mkdir(DEFS.MAIL_DIR, true);
      h.fs.write(box, '', false, 0o660);
      // owned by the user, group mail, mode 0660 whatever the umask (create_mail's fchmod)
      const mbox = h.fs.get(box);
      if (mbox) mbox.mode = (mbox.mode & ~0o7777) | 0o660;
      if (mbox) mbox.owner = { user: name, group: h.groups?.has('mail') ? 'mail' : makerOf(h, name).group };
    }
  }
  return 0;
}
