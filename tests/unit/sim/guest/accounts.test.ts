// The guest's user and group database and the files written from it: setup-2.13.7's passwd and group (read
// from its tag), shadow-utils' file modes (setup.spec: /etc/shadow and /etc/gshadow 0000), and what id, groups
// and getent read from them. The same-as-Debian cases are in tests/golden/linux (id-*, groups-*, getent-*).
import { beforeAll, describe, expect, it } from 'vitest';
import { plain } from '../plain';
import { createSession } from '../../../../src/sim/index';
import type { Session } from '../../../../src/sim/session';

let s: Session;
beforeAll(async () => {
  s = await createSession({ lab: 'vm', seed: 1 });
});

// setup-2.13.7: passwd, after shadowconvert.sh (`x` in the password field)
const SETUP_PASSWD = `root:x:0:0:root:/root:/bin/bash
bin:x:1:1:bin:/bin:/sbin/nologin
daemon:x:2:2:daemon:/sbin:/sbin/nologin
adm:x:3:4:adm:/var/adm:/sbin/nologin
lp:x:4:7:lp:/var/spool/lpd:/sbin/nologin
sync:x:5:0:sync:/sbin:/bin/sync
shutdown:x:6:0:shutdown:/sbin:/sbin/shutdown
halt:x:7:0:halt:/sbin:/sbin/halt
mail:x:8:12:mail:/var/spool/mail:/sbin/nologin
operator:x:11:0:operator:/root:/sbin/nologin
games:x:12:100:games:/usr/games:/sbin/nologin
ftp:x:14:50:FTP User:/var/ftp:/sbin/nologin
nobody:x:65534:65534:Kernel Overflow User:/:/sbin/nologin
`;

describe('the box accounts', () => {
  it('/etc/passwd starts with setup\'s accounts and ends with the kickstart\'s vagrant', async () => {
    const r = await s.exec('cat /etc/passwd');
    expect(r.stdout.startsWith(SETUP_PASSWD)).toBe(true);
    expect(r.stdout.endsWith('vagrant:x:1000:1000::/home/vagrant:/bin/bash\n')).toBe(true);
    for (const name of ['systemd-coredump', 'dbus', 'polkitd', 'tss', 'sshd', 'chrony', 'rpc', 'rpcuser']) expect(r.stdout).toMatch(new RegExp(`^${name}:x:`, 'm'));
    expect((await s.exec("awk -F: '{print $1}' /etc/passwd | wc -l")).stdout).toBe('22\n');
  });

  it('/etc/group has setup\'s groups with their numbers, then the packages\' and vagrant', async () => {
    const r = await s.exec('cat /etc/group');
    expect(r.stdout.startsWith('root:x:0:\nbin:x:1:\ndaemon:x:2:\nsys:x:3:\nadm:x:4:\ntty:x:5:\n')).toBe(true);
    expect(r.stdout).toContain('\nwheel:x:10:\n');
    expect(r.stdout).toContain('\nusers:x:100:\nnobody:x:65534:\n');
    expect(r.stdout.endsWith('vagrant:x:1000:\n')).toBe(true);
  });

  it('/etc/shadow and /etc/gshadow are mode 0000: only root reads them', async () => {
    expect((await s.exec('stat -c %a /etc/shadow /etc/gshadow /etc/passwd /etc/group')).stdout).toBe('0\n0\n644\n644\n');
    const r = await s.exec('cat /etc/shadow');
    expect(r.stderr).toBe('cat: /etc/shadow: Permission denied\n');
    expect(r.exitCode).toBe(1);
    expect((await s.exec('cat /etc/gshadow')).stderr).toBe('cat: /etc/gshadow: Permission denied\n');
    const root = await s.exec('sudo head -2 /etc/shadow');
    expect(root.stdout).toMatch(/^root:\$6\$[./0-9A-Za-z]{16}\$[./0-9A-Za-z]{86}:\d+:0:99999:7:::\nbin:\*:\d+:0:99999:7:::\n$/);
    expect((await s.exec('sudo head -1 /etc/gshadow')).stdout).toBe('root:::\n');
  });

  it('/etc/skel holds bash\'s dot files', async () => {
    expect((await s.exec('ls -A /etc/skel')).stdout).toBe('.bash_logout  .bash_profile  .bashrc\n');
  });

  it("root's home holds rootfiles-8.1-31.el9's dot files, .bashrc with the rm, cp and mv -i aliases", async () => {
    expect((await s.exec('sudo ls -A /root')).stdout).toBe('.bash_logout  .bash_profile  .bashrc  .cshrc  .tcshrc  anaconda-ks.cfg\n');
    expect((await s.exec('sudo wc -c /root/.bashrc /root/.cshrc /root/.tcshrc')).stdout).toBe('429 /root/.bashrc\n100 /root/.cshrc\n129 /root/.tcshrc\n658 total\n');
    expect((await s.exec('sudo tail -5 /root/.bashrc')).stdout).toBe("# User specific aliases and functions\n \nalias rm='rm -i'\nalias cp='cp -i'\nalias mv='mv -i'\n");
    expect((await s.exec('sudo cat /root/.tcshrc')).stdout).toBe("# .tcshrc\n\n# User specific aliases and functions\n\nalias rm 'rm -i'\nalias cp 'cp -i'\nalias mv 'mv -i'\n\nset prompt='[%n@%m %c]# '\n\n");
  });

  it("setup's message-of-the-day files and /etc/environment exist, empty", async () => {
    const r = await s.exec('cat /etc/motd /usr/lib/motd /etc/environment; echo $?; ls -d /etc/motd.d /usr/lib/motd.d');
    expect(plain(r.stdout)).toBe('0\n/etc/motd.d  /usr/lib/motd.d\n');
  });

  it('/etc/shells lists the login shells setup 2.13.7 ships (no nologin)', async () => {
    expect((await s.exec('cat /etc/shells')).stdout).toBe('/bin/sh\n/bin/bash\n/usr/bin/sh\n/usr/bin/bash\n');
  });

  it("vagrant's home has the dot files useradd copied from /etc/skel, as bash 5.1.8's el9 package ships them", async () => {
    // sizes of SOURCES/dot-bash_logout, dot-bash_profile and dot-bashrc (openela-main/bash, imports/el9)
    expect((await s.exec('wc -c ~/.bash_logout ~/.bash_profile ~/.bashrc')).stdout).toBe(
      ' 18 /home/vagrant/.bash_logout\n141 /home/vagrant/.bash_profile\n492 /home/vagrant/.bashrc\n651 total\n',
    );
    expect((await s.exec('cat ~/.bash_profile')).stdout).toBe(
      '# .bash_profile\n\n# Get the aliases and functions\nif [ -f ~/.bashrc ]; then\n\t. ~/.bashrc\nfi\n\n# User specific environment and startup programs\n',
    );
    expect((await s.exec('cat ~/.bash_logout')).stdout).toBe('# ~/.bash_logout\n\n');
    expect((await s.exec('head -10 ~/.bashrc | tail -3')).stdout).toBe('# User specific environment\nif ! [[ "$PATH" =~ "$HOME/.local/bin:$HOME/bin:" ]]\nthen\n');
    expect((await s.exec('cmp ~/.bashrc /etc/skel/.bashrc && echo same')).stdout).toBe('same\n');
  });

  it('id, groups and getent read the database', async () => {
    expect((await s.exec('id vagrant')).stdout).toBe('uid=1000(vagrant) gid=1000(vagrant) groups=1000(vagrant)\n');
    expect((await s.exec('id -un 998; id -g chrony; id -Gn rpc')).stdout).toBe('polkitd\n993\nrpc\n');
    expect((await s.exec('groups')).stdout).toBe('vagrant\n');
    expect((await s.exec('getent passwd vagrant sshd')).stdout).toBe('vagrant:x:1000:1000::/home/vagrant:/bin/bash\nsshd:x:74:74:Privilege-separated SSH:/usr/share/empty.sshd:/sbin/nologin\n');
    expect((await s.exec('getent group 10')).stdout).toBe('wheel:x:10:\n');
    // getent reads shadow through the files: nothing for a user, exit 2 for a key
    const r = await s.exec('getent shadow root');
    expect([r.stdout, r.exitCode]).toEqual(['', 2]);
    expect((await s.exec('sudo getent shadow bin')).stdout).toMatch(/^bin:\*:\d+:0:99999:7:::\n$/);
  });

  it('getent --help is glibc 2.34\'s argp help', async () => {
    const r = await s.exec('getent --help');
    expect(r.stdout.split('\n').slice(0, 4)).toEqual(['Usage: getent [OPTION...] database [key ...]', 'Get entries from administrative database.', '', '  -i, --no-idn               disable IDN encoding']);
    expect((await s.exec('getent -V')).stdout.split('\n')[0]).toBe('getent (GNU libc) 2.34');
  });
});
