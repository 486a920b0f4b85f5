// The user and group database of a Rocky 9 guest: host.users and host.groups are the truth, /etc/passwd,
// /etc/group, /etc/shadow and /etc/gshadow are written from them after every change (with the `-` backups
// shadow-utils' commonio keeps), so cat, grep and awk see what useradd did.
//
// The accounts a new rockylinux/9 box has:
//   - setup-2.13.7 (pagure.io/setup, tag setup-2.13.7): its `passwd` and `group` files, as its shadowconvert.sh
//     turns them into the installed files (`x` in passwd and group; `*:DAYS:0:99999:7:::` in shadow, `name:::`
//     in gshadow, DAYS the day the package was built);
//   - the packages of @core and of the Vagrant kickstart (rocky-linux/kickstarts, r9: vagrant/rocky-vagrant-*.ks)
//     that add system accounts in their scriptlets or sysusers files: systemd (utmp, input, kvm, render, sgx,
//     systemd-journal, systemd-coredump), dbus-common, polkit, tpm2-tss, openssh (ssh_keys, sshd), chrony,
//     rpcbind, nfs-utils; fixed IDs from setup's uidgid table, the others from 999 down as the installer gave
//     them (see the DIFFERENCES.md of shadow-utils);
//   - the kickstart's `rootpw --plaintext vagrant` and `user --name=vagrant --plaintext --password=vagrant`.
import type { Vfs } from '../../fs';
import type { Group, Host, User } from '../../types';

/** The day (since 1970-01-01) setup-2.13.7-10.el9 was built: the third field of its shadow lines. */
const SETUP_DAY = 19130;
/** The day the box was installed (rockylinux/9 5.0.0, Rocky 9.5). */
const INSTALL_DAY = 20047;

type Row = [name: string, uid: number, gid: number, gecos: string, home: string, shell: string];

// setup-2.13.7's passwd, in its order
const SETUP_USERS: Row[] = [
  ['root', 0, 0, 'root', '/root', '/bin/bash'],
  ['bin', 1, 1, 'bin', '/bin', '/sbin/nologin'],
  ['daemon', 2, 2, 'daemon', '/sbin', '/sbin/nologin'],
  ['adm', 3, 4, 'adm', '/var/adm', '/sbin/nologin'],
  ['lp', 4, 7, 'lp', '/var/spool/lpd', '/sbin/nologin'],
  ['sync', 5, 0, 'sync', '/sbin', '/bin/sync'],
  ['shutdown', 6, 0, 'shutdown', '/sbin', '/sbin/shutdown'],
  ['halt', 7, 0, 'halt', '/sbin', '/sbin/halt'],
  ['mail', 8, 12, 'mail', '/var/spool/mail', '/sbin/nologin'],
  ['operator', 11, 0, 'operator', '/root', '/sbin/nologin'],
  ['games', 12, 100, 'games', '/usr/games', '/sbin/nologin'],
  ['ftp', 14, 50, 'FTP User', '/var/ftp', '/sbin/nologin'],
  ['nobody', 65534, 65534, 'Kernel Overflow User', '/', '/sbin/nologin'],
];

// setup-2.13.7's group, in its order
const SETUP_GROUPS: [string, number][] = [
  ['root', 0], ['bin', 1], ['daemon', 2], ['sys', 3], ['adm', 4], ['tty', 5], ['disk', 6], ['lp', 7], ['mem', 8],
  ['kmem', 9], ['wheel', 10], ['cdrom', 11], ['mail', 12], ['man', 15], ['dialout', 18], ['floppy', 19],
  ['games', 20], ['tape', 33], ['video', 39], ['ftp', 50], ['lock', 54], ['audio', 63], ['users', 100],
  ['nobody', 65534],
];

// what the box's packages add, in the order they were installed: groups ([name, gid]) and users (with their group)
const PACKAGE_ACCOUNTS: ([string, number] | Row)[] = [
  // systemd: sysusers.d/basic.conf (fixed GIDs from setup's uidgid: utmp 22, kvm 36, systemd-journal 190)
  ['utmp', 22], ['input', 999], ['kvm', 36], ['render', 998], ['sgx', 997], ['systemd-journal', 190],
  ['systemd-coredump', 996],
  ['systemd-coredump', 999, 996, 'systemd Core Dumper', '/', '/sbin/nologin'],
  // dbus-common (uidgid 81)
  ['dbus', 81],
  ['dbus', 81, 81, 'System message bus', '/', '/sbin/nologin'],
  // polkit
  ['polkitd', 995],
  ['polkitd', 998, 995, 'User for polkitd', '/', '/sbin/nologin'],
  // tpm2-tss (uidgid 59)
  ['tss', 59],
  ['tss', 59, 59, 'Account used for TPM access', '/dev/null', '/sbin/nologin'],
  // openssh (ssh_keys) and openssh-server (uidgid 74)
  ['ssh_keys', 994],
  ['sshd', 74],
  ['sshd', 74, 74, 'Privilege-separated SSH', '/usr/share/empty.sshd', '/sbin/nologin'],
  // chrony
  ['chrony', 993],
  ['chrony', 997, 993, 'chrony system user', '/var/lib/chrony', '/sbin/nologin'],
  // rpcbind (uidgid 32) and nfs-utils (uidgid 29)
  ['rpc', 32],
  ['rpc', 32, 32, 'Rpcbind Daemon', '/var/lib/rpcbind', '/sbin/nologin'],
  ['rpcuser', 29],
  ['rpcuser', 29, 29, 'RPC Service User', '/var/lib/nfs', '/sbin/nologin'],
];

/** bash-5.1.8's /etc/skel (SOURCES/dot-bashrc, dot-bash_profile and dot-bash_logout of Rocky/OpenELA's bash 5.1.8 el9). */
export const SKEL: Record<string, string> = {
  '.bash_logout': '# ~/.bash_logout\n\n',
  '.bash_profile': '# .bash_profile\n\n# Get the aliases and functions\nif [ -f ~/.bashrc ]; then\n\t. ~/.bashrc\nfi\n\n# User specific environment and startup programs\n',
  '.bashrc':
    '# .bashrc\n\n# Source global definitions\nif [ -f /etc/bashrc ]; then\n\t. /etc/bashrc\nfi\n\n# User specific environment\nif ! [[ "$PATH" =~ "$HOME/.local/bin:$HOME/bin:" ]]\nthen\n    PATH="$HOME/.local/bin:$HOME/bin:$PATH"\nfi\nexport PATH\n\n# Uncomment the following line if you don\'t like systemctl\'s auto-paging feature:\n# export SYSTEMD_PAGER=\n\n# User specific aliases and functions\nif [ -d ~/.bashrc.d ]; then\n\tfor rc in ~/.bashrc.d/*; do\n\t\tif [ -f "$rc" ]; then\n\t\t\t. "$rc"\n\t\tfi\n\tdone\nfi\n\nunset rc\n',
};

/** A SHA-512 crypt-looking string for a password set at install time (the same for the same name and seed). */
export function cryptLike(seed: string): string {
  const abc = './0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
  let h = 0x811c9dc5;
  const next = () => {
    h = Math.imul(h ^ (h >>> 13), 0x5bd1e995) >>> 0;
    h = (h + 0x9e3779b9) >>> 0;
    return abc[h % 64];
  };
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 0x01000193) >>> 0;
  const run = (n: number) => Array.from({ length: n }, next).join('');
  return `$6$${run(16)}$${run(86)}`;
}

/** The day number shadow keeps for `now` (epoch ms). */
export const dayOf = (now: number) => Math.floor(now / 86_400_000);

/** The system accounts of the box, the kickstart's root and vagrant passwords, /etc/skel and the four files. */
export function seedAccounts(host: Host, seed: number | string): void {
  const old = host.users;
  const users = new Map<string, User>();
  const groups = new Map<string, Group>();
  const addUser = ([name, uid, gid, gecos, home, shell]: Row, hash: string, aging: string) => {
    const prev = old.get(name);
    users.set(name, { ...prev, name, uid, gid, gecos, home, shell, shadow: { hash, aging } });
  };
  for (const r of SETUP_USERS) addUser(r, '*', `${SETUP_DAY}:0:99999:7:::`);
  for (const [name, gid] of SETUP_GROUPS) groups.set(name, { name, gid, members: [], password: '' });
  for (const a of PACKAGE_ACCOUNTS) {
    if (a.length === 2) groups.set(a[0], { name: a[0], gid: a[1], members: [], password: '!' });
    else addUser(a, '!!', `${INSTALL_DAY}::::::`);
  }
  // the kickstart: rootpw and user --name=vagrant (its own group, no supplementary groups)
  users.get('root')!.shadow = { hash: cryptLike(`${seed}:root`), aging: `${INSTALL_DAY}:0:99999:7:::` };
  groups.set('vagrant', { name: 'vagrant', gid: 1000, members: [], password: '!' });
  addUser(['vagrant', 1000, 1000, '', '/home/vagrant', '/bin/bash'], cryptLike(`${seed}:vagrant`), `${INSTALL_DAY}:0:99999:7:::`);
  for (const [name, u] of old) if (!users.has(name)) users.set(name, u);
  for (const u of users.values()) delete u.groups;
  host.users = users;
  host.groups = groups;
  host.fs.mkdir('/etc/skel', true);
  for (const [f, text] of Object.entries(SKEL)) host.fs.write(`/etc/skel/${f}`, text);
  // setup's subordinate ID files with the range useradd gave vagrant, shadow-utils' useradd defaults, the mail
  // spool (and vagrant's mailbox)
  for (const f of ['/etc/subuid', '/etc/subgid']) host.fs.write(f, 'vagrant:100000:65536\n');
  host.fs.mkdir('/etc/default', true);
  host.fs.write('/etc/default/useradd', '# useradd defaults file\nGROUP=100\nHOME=/home\nINACTIVE=-1\nEXPIRE=\nSHELL=/bin/bash\nSKEL=/etc/skel\nCREATE_MAIL_SPOOL=yes\n');
  host.fs.mkdir('/var/spool/mail', true);
  host.fs.write('/var/spool/mail/vagrant', '', false, 0o660);
  writeAccounts(host, false);
}

function render(host: Host): Record<'passwd' | 'group' | 'shadow' | 'gshadow', string> {
  const users = [...host.users.values()];
  const groups = [...(host.groups?.values() ?? [])];
  return {
    passwd: users.map((u) => `${u.name}:x:${u.uid}:${u.gid}:${u.gecos ?? ''}:${u.home}:${u.shell}\n`).join(''),
    shadow: users.map((u) => `${u.name}:${u.shadow?.hash ?? '!!'}:${u.shadow?.aging ?? '::::::'}\n`).join(''),
    group: groups.map((g) => `${g.name}:x:${g.gid}:${g.members.join(',')}\n`).join(''),
    gshadow: groups.map((g) => `${g.name}:${g.password}:${(g.admins ?? []).join(',')}:${g.members.join(',')}\n`).join(''),
  };
}

const MODES = { passwd: 0o644, group: 0o644, shadow: 0, gshadow: 0 } as const;

/** Write the four files from the database; `backup` keeps the previous text as `/etc/<name>-` as useradd does. */
export function writeAccounts(host: Host, backup = true): void {
  const fs: Vfs = host.fs;
  for (const [name, text] of Object.entries(render(host)) as [keyof typeof MODES, string][]) {
    const path = `/etc/${name}`;
    const r = fs.readFile(path);
    const prev = r.ok ? r.text : null;
    if (prev === text) continue;
    if (prev !== null && backup) fs.write(`${path}-`, prev, false, MODES[name]);
    fs.remove(path);
    fs.write(path, text, false, MODES[name]);
  }
}

/** A group by name, or by number when `key` is all digits. */
export function findGroup(host: Host, key: string): Group | undefined {
  const groups = host.groups;
  if (!groups) return undefined;
  return groups.get(key) ?? (/^\d+$/.test(key) ? [...groups.values()].find((g) => g.gid === Number(key)) : undefined);
}

export function groupByGid(host: Host, gid: number): Group | undefined {
  return host.groups ? [...host.groups.values()].find((g) => g.gid === gid) : undefined;
}

export function userByUid(host: Host, uid: number): User | undefined {
  return [...host.users.values()].find((u) => u.uid === uid);
}

/** A user by name, or by number when `key` is all digits (what getpwnam then getpwuid find). */
export function findUser(host: Host, key: string): User | undefined {
  return host.users.get(key) ?? (/^\d+$/.test(key) ? userByUid(host, Number(key)) : undefined);
}

/** The groups a user is in as getgrouplist() gives them: the primary group, then each group listing the user. */
export function groupsOf(host: Host, u: User): { gid: number; name: string | undefined }[] {
  const primary = groupByGid(host, u.gid);
  if (!host.groups) return [{ gid: u.gid, name: u.name === 'root' ? 'root' : u.name }];
  const out = [{ gid: u.gid, name: primary?.name }];
  for (const g of host.groups.values()) if (g.members.includes(u.name) && g.gid !== u.gid) out.push({ gid: g.gid, name: g.name });
  return out;
}
