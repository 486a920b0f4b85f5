// usermod of shadow-utils 4.9 (options and help in spec.ts), after src/usermod.c: process_flags() reads the
// options (an unknown group: exit 6), then the user (exit 6 when missing), refuses no option at all and the
// combinations it forbids (usage, exit 2), says "no changes" when nothing differs, and checks a new name or UID
// before /etc/passwd is locked (only root may). -G sets the supplementary groups (-a adds to them), -g the
// primary group, -l renames, -d (with -m moving the files) the home, -L/-U lock and unlock the password.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { findGroup, writeAccounts } from '../../lib/accounts';
import { busyPid, lockFor, shellWarning, usageError, validName } from '../lib';

const P = 'usermod';
const help = () => import('./help');

export function* run(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  const h = ctx.host;
  const err = (msg: string, code: number) => {
    ctx.err(`${P}: ${msg}\n`);
    return code;
  };
  const comment = o.str('comment');
  if (comment !== undefined && (comment.includes(':') || comment.includes('\n'))) return err(`invalid field '${comment}'`, 3);
  const home = o.str('home');
  if (home !== undefined && !home.startsWith('/')) return err('homedir must be an absolute path', 3);
  const inactive = o.str('inactive');
  if (inactive !== undefined && !/^-?\d+$/.test(inactive)) return err(`invalid numeric argument '${inactive}'`, 3);
  const gArg = o.str('gid');
  const primary = gArg !== undefined ? findGroup(h, gArg) : undefined;
  if (gArg !== undefined && !primary) return err(`group '${gArg}' does not exist`, 6);
  let groups: string[] | undefined;
  for (const list of o.all('groups')) {
    groups = [];
    let missing = false;
    for (const n of list.split(',').filter(Boolean)) {
      const g = findGroup(h, n);
      if (!g) {
        ctx.err(`${P}: group '${n}' does not exist\n`);
        missing = true;
      } else if (!groups.includes(g.name)) groups.push(g.name);
    }
    if (missing) return 6;
  }
  const login = o.str('login');
  if (login !== undefined && !validName(login, true) && !o.has('badnames')) return err(`invalid user name '${login}'`, 3);
  const shell = o.str('shell');
  if (shell !== undefined && (shell.includes(':') || shell.includes('\n') || (shell !== '' && !shell.startsWith('/')))) return err(`invalid shell '${shell}'`, 3);
  if (shell !== undefined) shellWarning(ctx, P, shell);
  const uArg = o.str('uid');
  if (uArg !== undefined && !/^\d+$/.test(uArg)) return err(`invalid user ID '${uArg}'`, 3);
  const names = ctx.operands ?? [];
  if (names.length !== 1) return yield* usageError(ctx, help);
  const name = names[0];
  const u = h.users.get(name);
  if (!u) return err(`user '${name}' does not exist`, 6);
  const flags = ['append', 'comment', 'home', 'expiredate', 'inactive', 'gid', 'groups', 'login', 'lock', 'move-home', 'non-unique', 'password', 'shell', 'uid', 'unlock', 'add-subuids', 'del-subuids', 'add-subgids', 'del-subgids', 'selinux-user'];
  if (!flags.some((k) => o.has(k))) {
    ctx.err(`${P}: no options\n`);
    return yield* usageError(ctx, help);
  }
  const only = (a: string, b: string) => `${a} flag is only allowed with the ${b} flag`;
  const exclusive = [o.has('lock'), o.has('password'), o.has('unlock')].filter(Boolean).length > 1;
  const bad = o.has('append') && !groups ? only('-a', '-G') : exclusive ? 'the -L, -p, and -U flags are exclusive' : o.has('non-unique') && !uArg ? only('-o', '-u') : o.has('move-home') && !home ? only('-m', '-d') : null;
  if (bad) {
    ctx.err(`${P}: ${bad}\n`);
    return yield* usageError(ctx, help);
  }
  const uid = uArg === undefined ? u.uid : Number(uArg);
  const changes = {
    uid: uid !== u.uid,
    gid: primary !== undefined && primary.gid !== u.gid,
    shell: shell !== undefined && shell !== u.shell,
    login: login !== undefined && login !== name,
    home: home !== undefined && home !== u.home,
    comment: comment !== undefined && comment !== (u.gecos ?? ''),
    other: ['expiredate', 'inactive', 'groups', 'lock', 'password', 'unlock', 'add-subuids', 'del-subuids', 'add-subgids', 'del-subgids', 'selinux-user'].some((k) => o.has(k)),
  };
  if (!Object.values(changes).some(Boolean)) {
    ctx.out(`${P}: no changes\n`);
    return 0;
  }
  if (changes.login && h.users.has(login!)) return err(`user '${login}' already exists`, 9);
  if (changes.uid && !o.has('non-unique') && [...h.users.values()].some((x) => x.uid === uid)) return err(`UID '${uid}' already exists`, 4);
  // a logged-in user cannot be renamed, renumbered or moved
  if (changes.login || changes.uid || (changes.home && o.has('move-home'))) {
    const pid = busyPid(ctx, u);
    if (pid !== null) return err(`user ${name} is currently used by process ${pid}`, 8);
  }
  const locked = lockFor(ctx, P, '/etc/passwd', 1);
  if (locked !== null) return locked;
  // the edits
  if (groups) {
    for (const g of h.groups?.values() ?? []) {
      const member = g.members.includes(name);
      const want = groups.includes(g.name) || (o.has('append') && member);
      if (want && !member) g.members.push(name);
      if (!want && member) g.members = g.members.filter((m) => m !== name);
    }
  }
  if (changes.gid) u.gid = primary!.gid;
  if (changes.uid) u.uid = uid;
  if (changes.shell) u.shell = shell!;
  if (changes.comment) u.gecos = comment!;
  const hash = u.shadow?.hash ?? '!!';
  if (o.has('lock') && !hash.startsWith('!')) u.shadow = { hash: '!' + hash, aging: u.shadow?.aging ?? '::::::' };
  if (o.has('unlock') && hash.startsWith('!')) {
    if (hash === '!') ctx.err(`${P}: unlocking the user's password would result in a passwordless account.\nYou should set a password with usermod -p to unlock this user's password.\n`);
    else u.shadow = { hash: hash.slice(1), aging: u.shadow?.aging ?? '::::::' };
  }
  if (o.has('password')) u.shadow = { hash: o.str('password')!, aging: u.shadow?.aging ?? '::::::' };
  if (changes.home) {
    if (o.has('move-home') && h.fs.isDir(u.home)) {
      if (h.fs.exists(home!)) {
        ctx.err(`${P}: directory ${home} exists\n`);
        return 12;
      }
      h.fs.mkdir(h.fs.dirname(home!), true);
      h.fs.copy(u.home, home!, true);
      h.fs.remove(u.home, true);
    }
    u.home = home!;
  }
  if (changes.login) {
    // the line keeps its place in /etc/passwd
    h.users = new Map([...h.users].map(([k, v]) => (k === name ? [login!, { ...v, name: login! }] : [k, v])));
    for (const g of h.groups?.values() ?? []) g.members = g.members.map((m) => (m === name ? login! : m));
  }
  writeAccounts(h);
  return 0;
}
