// useradd, userdel, usermod, groupadd and groupdel of shadow-utils 4.9 against the texts of its source (tag 4.9:
// src/*.c, lib/commonio.c) and Rocky's defaults (login.defs: CREATE_HOME, USERGROUPS_ENAB, UID_MIN 1000;
// /etc/default/useradd). Their help is read from the same source by scripts/golden/shadow-specs.ts, whose reader
// reproduces the host's shadow 4.13 (--check); every-command.test.ts compares it.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';
import { plain } from '../plain';

const vm = () => createSession({ lab: 'vm', seed: 1 });

describe('useradd', () => {
  it('needs root: commonio\'s "Permission denied." and the lock message, exit 1 (E_PW_UPDATE)', async () => {
    const s = await vm();
    const r = await s.exec('useradd bob');
    expect([r.stdout, r.stderr, r.exitCode]).toEqual(['', 'useradd: Permission denied.\nuseradd: cannot lock /etc/passwd; try again later.\n', 1]);
    expect((await s.exec('getent passwd bob')).exitCode).toBe(2);
  });

  it('refuses an existing user before it locks anything: exit 9 (E_NAME_IN_USE), for root and others', async () => {
    const s = await vm();
    for (const c of ['useradd vagrant', 'sudo useradd vagrant']) {
      const r = await s.exec(c);
      expect([r.stderr, r.exitCode]).toEqual(["useradd: user 'vagrant' already exists\n", 9]);
    }
  });

  it('adds the user to the four files, with its own group, a home from /etc/skel and a mailbox', async () => {
    const s = await vm();
    const r = await s.exec('sudo useradd -m -s /bin/bash -c "Bob Builder" bob');
    expect([r.stdout, r.stderr, r.exitCode]).toEqual(['', '', 0]);
    expect((await s.exec('tail -1 /etc/passwd')).stdout).toBe('bob:x:1001:1001:Bob Builder:/home/bob:/bin/bash\n');
    expect((await s.exec('tail -1 /etc/group')).stdout).toBe('bob:x:1001:\n');
    expect((await s.exec('sudo tail -1 /etc/shadow')).stdout).toMatch(/^bob:!!:\d+:0:99999:7:::\n$/);
    expect((await s.exec('sudo tail -1 /etc/gshadow')).stdout).toBe('bob:!::\n');
    expect((await s.exec('tail -1 /etc/subuid')).stdout).toBe('bob:165536:65536\n');
    expect((await s.exec('ls -A /home/bob')).stdout).toBe('.bash_logout  .bash_profile  .bashrc\n');
    // HOME_MODE 0700, the home and skel's files the user's; the mailbox 0660, bob:mail
    expect((await s.exec('stat -c "%a %U %G" /home/bob /home/bob/.bashrc /var/spool/mail/bob')).stdout).toBe('700 bob bob\n644 bob bob\n660 bob mail\n');
    expect((await s.exec('id bob')).stdout).toBe('uid=1001(bob) gid=1001(bob) groups=1001(bob)\n');
    // the passwd- backup holds the file as it was
    expect((await s.exec('grep -c bob /etc/passwd-')).stdout).toBe('0\n');
  });

  it('-G, -u, -g and -r: supplementary groups, a given UID, a given group, a system account without home', async () => {
    const s = await vm();
    await s.exec('sudo useradd -G wheel,adm -u 2000 alice');
    expect((await s.exec('id alice')).stdout).toBe('uid=2000(alice) gid=2000(alice) groups=2000(alice),4(adm),10(wheel)\n');
    await s.exec('sudo useradd -g users carl');
    expect((await s.exec('id carl')).stdout).toBe('uid=2001(carl) gid=100(users) groups=100(users)\n');
    expect((await s.exec('getent group carl')).exitCode).toBe(2);
    await s.exec('sudo useradd -r svc');
    expect((await s.exec('getent passwd svc')).stdout).toBe('svc:x:996:992::/home/svc:/bin/bash\n');
    expect(plain((await s.exec('ls /home')).stdout)).toBe('alice  carl  vagrant\n');
  });

  it('says what the source says for a taken UID, a missing group, bad names and a home that exists', async () => {
    const s = await vm();
    const t = async (c: string) => {
      const r = await s.exec(c);
      return [r.stderr, r.exitCode];
    };
    expect(await t('sudo useradd -u 1000 carl')).toEqual(['useradd: UID 1000 is not unique\n', 4]);
    expect(await t('sudo useradd -g nosuch carl')).toEqual(["useradd: group 'nosuch' does not exist\n", 6]);
    expect(await t('sudo useradd -G wheel,nosuch carl')).toEqual(["useradd: group 'nosuch' does not exist\n", 6]);
    expect(await t('sudo useradd -u x carl')).toEqual(["useradd: invalid user ID 'x'\n", 3]);
    expect(await t("sudo useradd 'a:b'")).toEqual(["useradd: invalid user name 'a:b': use --badname to ignore\n", 3]);
    await s.exec('sudo useradd dave; sudo userdel dave');
    expect(await t('sudo useradd dave')).toEqual(['useradd: warning: the home directory /home/dave already exists.\nuseradd: Not copying any file from skel directory into it.\nCreating mailbox file: File exists\n', 0]);
  });

  it('usage errors print the help on stderr, exit 2 (E_USAGE)', async () => {
    const s = await vm();
    const help = (await s.exec('useradd --help')).stdout;
    expect(help.startsWith('Usage: useradd [options] LOGIN\n       useradd -D\n       useradd -D [options]\n\nOptions:\n')).toBe(true);
    expect(await s.exec('useradd')).toMatchObject({ stdout: '', stderr: help, exitCode: 2 });
    expect(await s.exec('sudo useradd -m -M x')).toMatchObject({ stderr: 'useradd: options -m and -M conflict\n' + help, exitCode: 2 });
    expect(await s.exec('useradd -j')).toMatchObject({ stderr: "useradd: invalid option -- 'j'\n" + help, exitCode: 2 });
  });

  it('-D prints the defaults of /etc/default/useradd', async () => {
    const s = await vm();
    expect((await s.exec('useradd -D')).stdout).toBe('GROUP=100\nHOME=/home\nINACTIVE=-1\nEXPIRE=\nSHELL=/bin/bash\nSKEL=/etc/skel\nCREATE_MAIL_SPOOL=yes\n');
  });
});

describe('the new user logs in', () => {
  it('sudo -u, sudo su - and su - as root run as the user; su as vagrant wants a password the user does not have', async () => {
    const s = await vm();
    await s.exec('sudo useradd bob');
    expect((await s.exec('sudo -u bob whoami')).stdout).toBe('bob\n');
    expect((await s.exec('sudo su - bob -c pwd')).stdout).toBe('/home/bob\n');
    await s.exec('sudo su - bob');
    expect((await s.exec('pwd; id -un')).stdout).toBe('/home/bob\nbob\n');
    expect(s.prompt()).toBe('[bob@localhost ~]$ ');
    await s.exec('exit');
    expect(s.prompt()).toBe('[vagrant@localhost ~]$ ');
  });
});

describe('usermod, userdel, groupadd, groupdel', () => {
  it('usermod -aG adds a group, -G replaces the list', async () => {
    const s = await vm();
    await s.exec('sudo useradd bob; sudo groupadd devs');
    expect((await s.exec('getent group devs')).stdout).toBe('devs:x:1002:\n');
    await s.exec('sudo usermod -aG devs bob');
    await s.exec('sudo usermod -aG wheel bob');
    expect((await s.exec('id -Gn bob; getent group devs')).stdout).toBe('bob wheel devs\ndevs:x:1002:bob\n');
    await s.exec('sudo usermod -G devs bob');
    expect((await s.exec('groups bob')).stdout).toBe('bob : bob devs\n');
  });

  it('usermod: no options, -a without -G, no changes, a missing user, non-root', async () => {
    const s = await vm();
    const help = (await s.exec('usermod --help')).stdout;
    expect(await s.exec('sudo usermod vagrant')).toMatchObject({ stderr: 'usermod: no options\n' + help, exitCode: 2 });
    expect(await s.exec('sudo usermod -a vagrant')).toMatchObject({ stderr: 'usermod: -a flag is only allowed with the -G flag\n' + help, exitCode: 2 });
    expect(await s.exec('sudo usermod -s /bin/bash vagrant')).toMatchObject({ stdout: 'usermod: no changes\n', stderr: '', exitCode: 0 });
    expect(await s.exec('sudo usermod -aG wheel nosuch')).toMatchObject({ stderr: "usermod: user 'nosuch' does not exist\n", exitCode: 6 });
    expect(await s.exec('usermod -aG wheel vagrant')).toMatchObject({ stderr: 'usermod: Permission denied.\nusermod: cannot lock /etc/passwd; try again later.\n', exitCode: 1 });
  });

  it('userdel -r removes the home and the mailbox; the user\'s group goes with it', async () => {
    const s = await vm();
    await s.exec('sudo useradd bob');
    expect(await s.exec('sudo userdel -r bob')).toMatchObject({ stdout: '', stderr: '', exitCode: 0 });
    expect(plain((await s.exec('ls /home /var/spool/mail; grep -c bob /etc/passwd /etc/group /etc/subuid')).stdout)).toBe('/home:\nvagrant\n\n/var/spool/mail:\nvagrant\n/etc/passwd:0\n/etc/group:0\n/etc/subuid:0\n');
    expect(await s.exec('id bob')).toMatchObject({ stderr: "id: ‘bob’: no such user\n", exitCode: 1 });
    expect(await s.exec('sudo userdel bob')).toMatchObject({ stderr: "userdel: user 'bob' does not exist\n", exitCode: 6 });
    expect(await s.exec('userdel vagrant')).toMatchObject({ exitCode: 8 });
    expect((await s.exec('userdel vagrant')).stderr).toMatch(/^userdel: user vagrant is currently used by process \d+\n$/);
  });

  it('groupadd and groupdel', async () => {
    const s = await vm();
    expect(await s.exec('groupadd devs')).toMatchObject({ stderr: 'groupadd: Permission denied.\ngroupadd: cannot lock /etc/group; try again later.\n', exitCode: 10 });
    expect(await s.exec('sudo groupadd wheel')).toMatchObject({ stderr: "groupadd: group 'wheel' already exists\n", exitCode: 9 });
    expect(await s.exec('sudo groupadd -f wheel')).toMatchObject({ stderr: '', exitCode: 0 });
    expect(await s.exec('sudo groupadd -g 10 devs')).toMatchObject({ stderr: "groupadd: GID '10' already exists\n", exitCode: 4 });
    await s.exec('sudo groupadd -g 3000 devs');
    expect((await s.exec('getent group devs')).stdout).toBe('devs:x:3000:\n');
    expect(await s.exec('sudo groupdel vagrant')).toMatchObject({ stderr: "groupdel: cannot remove the primary group of user 'vagrant'\n", exitCode: 8 });
    expect(await s.exec('sudo groupdel nosuch')).toMatchObject({ stderr: "groupdel: group 'nosuch' does not exist\n", exitCode: 6 });
    expect(await s.exec('sudo groupdel devs')).toMatchObject({ stderr: '', exitCode: 0 });
    expect((await s.exec('getent group devs')).exitCode).toBe(2);
  });
});

describe('useradd -D with options', () => {
  it('rewrites /etc/default/useradd as root; a user cannot create the new file', async () => {
    const s = await vm();
    expect(await s.exec('useradd -D -s /bin/sh')).toMatchObject({ stderr: 'useradd: cannot create new defaults file\n', exitCode: 1 });
    expect(await s.exec('sudo useradd -D -s /bin/sh')).toMatchObject({ stderr: '', exitCode: 0 });
    expect(plain((await s.exec('useradd -D | grep SHELL; grep SHELL /etc/default/useradd')).stdout)).toBe('SHELL=/bin/sh\nSHELL=/bin/sh\n');
    await s.exec('sudo useradd bob');
    expect((await s.exec('getent passwd bob')).stdout).toBe('bob:x:1001:1001::/home/bob:/bin/sh\n');
  });
});

describe('sudo for the new user (sudoers: %wheel asks the password, %vagrant does not)', () => {
  it('a user outside wheel and vagrant: the password, then "not in the sudoers file"; a wrong one 3 times', async () => {
    const s = await vm();
    await s.exec('sudo useradd bob');
    // a user with no password set (!! in /etc/shadow) cannot authenticate
    await s.exec('sudo su - bob');
    const r = await s.exec('sudo ls', { answers: ['x', 'y', 'z'] });
    expect(r.output).toContain('[sudo] password for bob: ');
    expect(r.stderr).toBe('Sorry, try again.\nSorry, try again.\nsudo: 3 incorrect password attempts\n');
    expect(r.exitCode).toBe(1);
  });

  it('the model\'s password: refused outside wheel, allowed in wheel', async () => {
    const s = await vm();
    await s.exec('sudo useradd bob');
    s.world.host('default').users.get('bob')!.password = 'pw';
    await s.exec('sudo su - bob');
    const r = await s.exec('sudo id -un', { answers: ['pw'] });
    expect([r.stderr, r.exitCode]).toEqual(['bob is not in the sudoers file.  This incident will be reported.\n', 1]);
    await s.exec('exit');
    await s.exec('sudo usermod -aG wheel bob');
    await s.exec('sudo su - bob');
    const ok = await s.exec('sudo id -un', { answers: ['pw'] });
    expect([ok.stdout, ok.exitCode]).toEqual(['[sudo] password for bob: \nroot\n', 0]);
  });
});
