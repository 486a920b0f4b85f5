// chage, chpasswd, gpasswd, groupmod, lastlog and newgrp of shadow-utils 4.9 against the texts of its source (tag
// 4.9: src/chage.c list_fields(), src/gpasswd.c, src/groupmod.c, src/chpasswd.c, src/lastlog.c print_one(),
// src/newgrp.c). The help texts are read from the same source by scripts/golden/shadow-specs.ts (checked against the
// host's shadow 4.13 with --check). The box's /etc/shadow has root and vagrant changed on the install day, 20047
// (2024-11-20), with 0:99999:7 (see accounts.ts).
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';
import { help as chageHelp } from '../../../../src/sim/commands/shadow-utils/chage/help';
import { help as lastlogHelp } from '../../../../src/sim/commands/shadow-utils/lastlog/help';

const vm = () => createSession({ lab: 'vm', seed: 1 });
const LIST = (last: string, expires: string, account: string, max: number) =>
  `Last password change\t\t\t\t\t: ${last}\nPassword expires\t\t\t\t\t: ${expires}\nPassword inactive\t\t\t\t\t: never\n` +
  `Account expires\t\t\t\t\t\t: ${account}\nMinimum number of days between password change\t\t: 0\n` +
  `Maximum number of days between password change\t\t: ${max}\nNumber of days of warning before password expires\t: 7\n`;

describe('chage', () => {
  it('-l lists the aging of vagrant and root from /etc/shadow; only root may list another user', async () => {
    const s = await vm();
    let r = await s.exec('chage -l vagrant');
    expect([r.stdout, r.exitCode]).toEqual([LIST('Nov 20, 2024', 'never', 'never', 99999), 0]);
    expect((await s.exec('sudo chage -l root')).stdout).toBe(LIST('Nov 20, 2024', 'never', 'never', 99999));
    r = await s.exec('chage -l root');
    expect([r.stdout, r.stderr, r.exitCode]).toEqual(['', 'chage: Permission denied.\n', 1]);
    r = await s.exec('chage -l nobody2');
    expect([r.stderr, r.exitCode]).toEqual(["chage: user 'nobody2' does not exist in /etc/passwd\n", 1]);
  });

  it('-M and -E change the shadow line (root only); -i prints ISO dates', async () => {
    const s = await vm();
    let r = await s.exec('chage -M 90 vagrant');
    expect([r.stderr, r.exitCode]).toEqual(['chage: Permission denied.\n', 1]);
    r = await s.exec('sudo chage -M 90 -E 2027-01-31 vagrant');
    expect([r.output, r.exitCode]).toEqual(['', 0]);
    expect((await s.exec('sudo grep ^vagrant: /etc/shadow | cut -d: -f3-')).stdout).toBe('20047:0:90:7::20849:\n');
    expect((await s.exec('chage -l -i vagrant')).stdout).toBe(LIST('2024-11-20', '2025-02-18', '2027-01-31', 90));
    expect((await s.exec('sudo chage -E -1 -M 99999 vagrant; chage -l vagrant')).stdout).toBe(LIST('Nov 20, 2024', 'never', 'never', 99999));
  });

  it('refuses -l with a change, a bad date and no login with the usage (exit 2)', async () => {
    const s = await vm();
    let r = await s.exec('chage -l -M 3 vagrant');
    expect([r.stderr, r.exitCode]).toEqual([`chage: do not include "l" with other flags\n${chageHelp}`, 2]);
    r = await s.exec('sudo chage -E someday vagrant');
    expect([r.stderr, r.exitCode]).toEqual([`chage: invalid date 'someday'\n${chageHelp}`, 2]);
    r = await s.exec('chage');
    expect([r.stderr, r.exitCode]).toEqual([chageHelp, 2]);
    expect((await s.exec('chage --help')).stdout).toBe(chageHelp);
  });
});

describe('chage asking', () => {
  it('with no change option root is asked each field (new_fields()); ENTER keeps a value', async () => {
    const s = await vm();
    const r = await s.exec('sudo chage vagrant', { answers: ['', '60', '', '', '', '2030-01-01'] });
    expect([r.stdout, r.exitCode]).toEqual([
      'Changing the aging information for vagrant\nEnter the new value, or press ENTER for the default\n\n' +
        '\tMinimum Password Age [0]: \n\tMaximum Password Age [99999]: 60\n\tLast Password Change (YYYY-MM-DD) [2024-11-20]: \n' +
        '\tPassword Expiration Warning [7]: \n\tPassword Inactive [-1]: \n\tAccount Expiration Date (YYYY-MM-DD) [-1]: 2030-01-01\n',
      0,
    ]);
    expect((await s.exec('sudo grep ^vagrant: /etc/shadow | cut -d: -f3-')).stdout).toBe('20047:0:60:7::21915:\n');
    const bad = await s.exec('sudo chage vagrant', { answers: ['x'] });
    expect([bad.stderr, bad.exitCode]).toEqual(['chage: error changing fields\n', 1]);
  });
});

describe('groupmod and gpasswd', () => {
  it('groupmod -n renames and -g renumbers a group; a GID in use is exit 4', async () => {
    const s = await vm();
    await s.exec('sudo groupadd dev');
    expect((await s.exec('sudo groupmod -g 2000 -n devs dev')).exitCode).toBe(0);
    expect((await s.exec('getent group devs dev')).stdout).toBe('devs:x:2000:\n');
    let r = await s.exec('sudo groupmod -g 1000 devs');
    expect([r.stderr, r.exitCode]).toEqual(["groupmod: GID '1000' already exists\n", 4]);
    r = await s.exec('sudo groupmod -n wheel devs');
    expect([r.stderr, r.exitCode]).toEqual(["groupmod: group 'wheel' already exists\n", 9]);
    r = await s.exec('groupmod -n x devs');
    expect([r.stderr, r.exitCode]).toEqual(['groupmod: Permission denied.\ngroupmod: cannot lock /etc/group; try again later.\n', 10]);
    r = await s.exec('sudo groupmod -n x nosuch');
    expect([r.stderr, r.exitCode]).toEqual(["groupmod: group 'nosuch' does not exist\n", 6]);
  });

  it('groupmod -g moves the users whose primary group it is', async () => {
    const s = await vm();
    await s.exec('sudo useradd bob');
    expect((await s.exec('sudo groupmod -g 3000 bob; getent passwd bob')).stdout).toBe('bob:x:1001:3000::/home/bob:/bin/bash\n');
  });

  it('gpasswd -a and -d change the members in /etc/group and /etc/gshadow', async () => {
    const s = await vm();
    await s.exec('sudo groupadd devs');
    let r = await s.exec('sudo gpasswd -a vagrant devs');
    expect([r.stdout, r.exitCode]).toEqual(['Adding user vagrant to group devs\n', 0]);
    expect((await s.exec('getent group devs; sudo grep ^devs: /etc/gshadow')).stdout).toBe('devs:x:1001:vagrant\ndevs:!::vagrant\n');
    r = await s.exec('sudo gpasswd -d vagrant devs');
    expect([r.stdout, r.exitCode]).toEqual(['Removing user vagrant from group devs\n', 0]);
    r = await s.exec('sudo gpasswd -d vagrant devs');
    expect([r.stdout, r.stderr, r.exitCode]).toEqual(['Removing user vagrant from group devs\n', "gpasswd: user 'vagrant' is not a member of 'devs'\n", 3]);
    r = await s.exec('gpasswd -a vagrant devs');
    expect([r.stderr, r.exitCode]).toEqual(['gpasswd: Permission denied.\n', 1]);
    r = await s.exec('sudo gpasswd -a bob devs');
    expect([r.stderr, r.exitCode]).toEqual(["gpasswd: user 'bob' does not exist\n", 3]);
    r = await s.exec('sudo gpasswd -a vagrant nosuch');
    expect([r.stderr, r.exitCode]).toEqual(["gpasswd: group 'nosuch' does not exist in /etc/group\n", 3]);
    r = await s.exec('sudo gpasswd -a vagrant -d vagrant devs');
    expect(r.exitCode).toBe(2);
  });

  it('an administrator set with -A may change the group', async () => {
    const s = await vm();
    await s.exec('sudo groupadd devs; sudo gpasswd -A vagrant -M root devs');
    expect((await s.exec('sudo grep ^devs: /etc/gshadow')).stdout).toBe('devs:!:vagrant:root\n');
    expect((await s.exec('gpasswd -R devs')).exitCode).toBe(0);
    expect((await s.exec('gpasswd -r devs; sudo grep ^devs: /etc/gshadow')).stdout).toBe('devs::vagrant:root\n');
  });
});

describe('chpasswd', () => {
  it('sets passwords from standard input (SHA-512 by default) and the day of the change', async () => {
    const s = await vm();
    const r = await s.exec('echo vagrant:secret | sudo chpasswd');
    expect([r.output, r.exitCode]).toEqual(['', 0]);
    const line = (await s.exec('sudo grep ^vagrant: /etc/shadow')).stdout;
    expect(line).toMatch(/^vagrant:\$6\$[./0-9A-Za-z]{16}\$[./0-9A-Za-z]{86}:\d+:0:99999:7:::\n$/);
    expect(line.split(':')[2]).not.toBe('20047');
    expect((await s.exec('echo vagrant:plain | sudo chpasswd -c NONE; sudo grep ^vagrant: /etc/shadow | cut -d: -f2')).stdout).toBe('plain\n');
  });

  it('reports each bad line and changes nothing', async () => {
    const s = await vm();
    const before = (await s.exec('sudo cat /etc/shadow')).stdout;
    let r = await s.exec('printf "x\\nbob:a\\nvagrant:b\\n" | sudo chpasswd');
    expect([r.stderr, r.exitCode]).toEqual(["chpasswd: line 1: missing new password\nchpasswd: line 2: user 'bob' does not exist\nchpasswd: error detected, changes ignored\n", 1]);
    expect((await s.exec('sudo cat /etc/shadow')).stdout).toBe(before);
    r = await s.exec('echo vagrant:x | chpasswd');
    expect([r.stderr, r.exitCode]).toEqual(['chpasswd: Permission denied.\nchpasswd: cannot lock /etc/passwd; try again later.\n', 1]);
    r = await s.exec('echo vagrant:x | sudo chpasswd -c ROT13');
    expect(r.stderr.split('\n')[0]).toBe('chpasswd: unsupported crypt method: ROT13');
    expect(r.exitCode).toBe(2);
  });
});

describe('lastlog', () => {
  it('lists every account with its last login; the never-logged-in ones say so', async () => {
    const s = await vm();
    const r = await s.exec('lastlog');
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(`Username         Port     From${' '.repeat(39)}Latest`);
    expect(lines[1]).toBe(`root${' '.repeat(13)}${' '.repeat(9)}${' '.repeat(42)}**Never logged in**`);
    expect(lines.find((l) => l.startsWith('vagrant'))).toMatch(/^vagrant {10}pts\/0 {4}10\.0\.2\.2 {34}\w{3} \w{3} [ \d]\d \d\d:\d\d:\d\d \+0000 \d{4}$/);
    expect((await s.exec('lastlog -u 1-2')).stdout.split('\n').slice(1, 3).map((l) => l.split(' ')[0])).toEqual(['bin', 'daemon']);
  });

  it('-S ("lastlog" from "localhost", now) and -C (root, with -u) set and clear a record', async () => {
    const s = await vm();
    let r = await s.exec('lastlog -S');
    expect([r.stderr, r.exitCode]).toEqual([`lastlog: Options -C and -S require option -u to specify the user\n${lastlogHelp}`, 1]);
    r = await s.exec('lastlog -C -u vagrant');
    expect([r.stderr, r.exitCode]).toEqual(['/var/log/lastlog: Permission denied\n', 1]);
    await s.exec('sudo lastlog -C -u vagrant');
    expect((await s.exec('lastlog -u vagrant')).stdout.split('\n')[1]).toMatch(/^vagrant +\*\*Never logged in\*\*$/);
    await s.exec('sudo lastlog -S -u root');
    expect((await s.exec('lastlog -u root')).stdout.split('\n')[1]).toMatch(/^root {13}lastlog  localhost {33}\w{3} \w{3} [ \d]\d \d\d:\d\d:\d\d \+0000 \d{4}$/);
    r = await s.exec('lastlog -u nosuch');
    expect([r.stderr, r.exitCode]).toEqual(['lastlog: Unknown user or range: nosuch\n', 1]);
  });
});

describe('newgrp', () => {
  it('starts a shell whose group is the one named; exit returns to the old one', async () => {
    const s = await vm();
    await s.exec('sudo groupadd devs; sudo gpasswd -a vagrant devs');
    expect((await s.exec('newgrp devs')).exitCode).toBe(0);
    expect((await s.exec('id -g; id -gn; id -G')).stdout).toBe('1001\ndevs\n1001 1000\n');
    await s.exec('touch x; exit');
    expect((await s.exec('id -g')).stdout).toBe('1000\n');
  });

  it('a group the user is not in asks its password; none set is "Invalid password."', async () => {
    const s = await vm();
    await s.exec('sudo groupadd devs');
    const r = await s.exec('newgrp devs', { answers: ['x'] });
    expect([r.stdout, r.stderr, r.exitCode]).toEqual(['Password: \n', 'Invalid password.\n', 1]);
  });

  it('a group password set with gpasswd lets a non-member in', async () => {
    const s = await vm();
    await s.exec('sudo groupadd devs');
    const r = await s.exec('sudo gpasswd devs', { answers: ['pw1', 'pw1'] });
    expect([r.stdout, r.exitCode]).toEqual(['Changing the password for group devs\nNew Password: \nRe-enter new password: \n', 0]);
    expect((await s.exec('sudo grep ^devs: /etc/gshadow')).stdout).toMatch(/^devs:\$6\$[^:]+:[^:]*:\n$/);
    expect((await s.exec('newgrp devs', { answers: ['pw1'] })).exitCode).toBe(0);
    expect((await s.exec('id -gn')).stdout).toBe('devs\n');
  });

  it('an unknown group and an option are errors', async () => {
    const s = await vm();
    let r = await s.exec('newgrp nosuch');
    expect([r.stderr, r.exitCode]).toEqual(["newgrp: group 'nosuch' does not exist\n", 1]);
    r = await s.exec('newgrp -x');
    expect([r.stderr, r.exitCode]).toEqual(['Usage: newgrp [-] [group]\n', 1]);
  });
});
