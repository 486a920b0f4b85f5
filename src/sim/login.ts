// One login environment for every way into a guest shell: a lab's first shell, `vagrant ssh`, `sudo -i`,
// `su -`; and the environment a non-login `su` / `sudo -s` keeps.
import type { Frame } from './context';
import type { Host } from './types';
import type { CompoundCommand } from './shell/ast';
import { parseBash } from './shell/parse';
import type { World } from './world';
import { unixDate } from './util';

/** PATH of a login shell on Rocky 9 (/etc/profile and ~/.bashrc): root gets the sbin directories first. */
export function loginPath(home: string, user: string): string {
  return user === 'root'
    ? `${home}/.local/bin:${home}/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin`
    : `${home}/.local/bin:${home}/bin:/usr/local/bin:/usr/bin:/usr/local/sbin:/usr/sbin`;
}

/** HOME, USER, LOGNAME, PWD and PATH of a login shell of `user` (no host defaults). */
export function loginVars(home: string, user: string): Record<string, string> {
  return { HOME: home, USER: user, LOGNAME: user, PWD: home, PATH: loginPath(home, user) };
}

/** The whole environment of a login shell of `user` on `host` (with what Rocky's /etc/profile exports). */
export function loginEnv(host: Host, user: string): Record<string, string> {
  const home = host.users.get(user)?.home ?? '/';
  return { ...host.env, ...loginVars(home, user), HISTSIZE: '1000', HISTCONTROL: 'ignoredups' };
}

/**
 * The shell level `su` / `sudo -i` / `sudo -s` opens: a login shell starts in the user's home with a fresh
 * login environment; otherwise the caller's environment and directory stay, with the user's names.
 */
export function switchUserFrame(host: Host, from: Frame, user: string, login: boolean, umask?: number): Frame {
  const home = host.users.get(user)?.home ?? '/';
  // su's PAM session (postlogin: pam_umask) gives the user's login umask; a caller that keeps its own passes it
  return {
    ...(umask === undefined ? {} : { umask }),
    shell: 'bash',
    hostId: host.id,
    user,
    cwd: login ? home : from.cwd,
    env: login ? loginEnv(host, user) : { ...from.env, HOME: home, USER: user, LOGNAME: user },
    via: login ? 'sudo' : 'su',
    lastExit: 0,
    history: from.history,
  };
}

const ALIAS_LINE = /^alias ([^=\s]+)='([^']*)'/gm;

/**
 * The aliases an interactive bash on a guest has: ~/.bashrc (of `home`, the shell's HOME) sources /etc/bashrc,
 * which sources every /etc/profile.d/*.sh; the top-level `alias NAME='VALUE'` lines of those files are read here
 * in file order, ~/.bashrc's own last (a later line wins, as in colorls.sh): root's rm -i, cp -i and mv -i.
 */
export function guestAliases(host: Host, home?: string): Record<string, string> {
  const aliases: Record<string, string> = {};
  const dir = '/etc/profile.d';
  const list = host.fs.list(dir);
  if (typeof list !== 'string') {
    for (const e of [...list].sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (!e.name.endsWith('.sh')) continue;
      const node = host.fs.get(`${dir}/${e.name}`);
      if (node?.type !== 'file') continue;
      for (const m of node.content.matchAll(ALIAS_LINE)) aliases[m[1]] = m[2];
    }
  }
  const rc = home !== undefined ? host.fs.get(`${home.replace(/\/$/, '')}/.bashrc`) : undefined;
  if (rc?.type === 'file') for (const m of rc.content.matchAll(ALIAS_LINE)) aliases[m[1]] = m[2];
  return aliases;
}

/**
 * The functions and variables an interactive bash on a guest gets from /etc/profile.d: each file's top-level
 * `name () { ... }` definitions, and the assignments of the `bash|sh)` branch of a `case` on the shell's name
 * (which2.sh: `which` a function piping `(alias; eval ${which_declare})` into /usr/bin/which, `which_declare`
 * exported as `declare -f`).
 */
export function guestFunctions(host: Host): { functions: Record<string, CompoundCommand>; vars: Record<string, string> } {
  const functions: Record<string, CompoundCommand> = {};
  const vars: Record<string, string> = {};
  const dir = '/etc/profile.d';
  const list = host.fs.list(dir);
  if (typeof list === 'string') return { functions, vars };
  for (const e of [...list].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (!e.name.endsWith('.sh')) continue;
    const node = host.fs.get(`${dir}/${e.name}`);
    if (node?.type !== 'file') continue;
    const branch = /^\s*(?:[^\n)]*\|)?bash(?:\|[^\n)]*)?\)\n([\s\S]*?);;/m.exec(node.content);
    for (const m of branch?.[1].matchAll(/^\s*(\w+)="([^"]*)"$/gm) ?? []) vars[m[1]] = m[2];
    for (const m of node.content.matchAll(/^[A-Za-z_][\w-]* \(\) \{\n[\s\S]*?\n\}$/gm)) {
      const r = parseBash(m[0] + '\n');
      const c = r.ok ? r.list[0]?.first.cmds[0] : undefined;
      if (c && 'kind' in c && c.kind === 'func') functions[c.name] = c.body;
    }
  }
  return { functions, vars };
}

/**
 * sshd's "Last login:" line (PrintLastLog yes) for a new login of `user` on `host` from `from`, recorded for the
 * next one: the time and address of the previous login, or '' for the first.
 */
export function lastLogin(world: World, host: Host, user: string, from: string): string {
  const key = user === 'vagrant' ? `ssh-last-login:${host.id}` : `ssh-last-login:${host.id}:${user}`;
  const prev = world.ext.get(key) as number | undefined;
  const prevFrom = (world.ext.get(key + ':from') as string | undefined) ?? '10.0.2.2';
  world.ext.set(key, world.now);
  world.ext.set(key + ':from', from);
  // sshd's wtmp login record (commands/lib/wtmp.ts): the first pseudo-terminal no open login holds
  if (host.sys) {
    const w = (host.sys.wtmp ??= []);
    const open = new Set<string>();
    for (const r of w) if (r.type === 'login') open.add(r.line!);
    else if (r.type === 'logout') open.delete(r.line!);
    else open.clear();
    let n = 0;
    while (open.has(`pts/${n}`)) n++;
    w.push({ type: 'login', at: world.now, user, line: `pts/${n}`, host: from });
  }
  return prev === undefined ? '' : `Last login: ${unixDate(prev).replace(' UTC', '')} from ${prevFrom}\n`;
}
