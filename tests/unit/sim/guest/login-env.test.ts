// The environment of a `vagrant ssh` login on the Rocky guest, as env and printenv print it: the variables sshd,
// PAM's session modules and /etc/profile(.d) export, in the order of bash's variable table (hashlib.c's FNV-1 over
// 1024 buckets), then the exported which function and `_`; cd puts OLDPWD after them, as bash's bindpwd does.
// The order is that of public Rocky/RHEL 9 `env` transcripts; LS_COLORS is colorls.sh's `dircolors --sh /etc/DIR_COLORS`
// (tests/golden/etc, recorded with GNU dircolors over the el9 file).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';
import { plain } from '../plain';

const LS_COLORS = /^LS_COLORS='(.*)';\n/s.exec(readFileSync(new URL('../../../golden/etc/dircolors-sh-xterm-256color.txt', import.meta.url), 'utf8'))![1];

const WHICH =
  'BASH_FUNC_which%%=() {  ( alias;\n eval ${which_declare} ) | /usr/bin/which --tty-only --read-alias --read-functions --show-tilde --show-dot $@\n}\n';

describe('the login environment', () => {
  it('lists what an ssh login gets, in bash’s order', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    const port = (await s.exec("ss -tn | awk 'NR==2 {print $5}'")).stdout.trim().split(':')[1];
    expect((await s.exec('env')).stdout).toBe(
      [
        'SHELL=/bin/bash', 'HISTCONTROL=ignoredups', 'HISTSIZE=1000', 'HOSTNAME=localhost.localdomain', 'PWD=/home/vagrant',
        'LOGNAME=vagrant', 'XDG_SESSION_TYPE=tty', 'MOTD_SHOWN=pam', 'HOME=/home/vagrant', 'LANG=en_US.UTF-8',
        `LS_COLORS=${LS_COLORS}`,
        `SSH_CONNECTION=10.0.2.2 ${port} 10.0.2.15 22`, 'XDG_SESSION_CLASS=user', 'SELINUX_ROLE_REQUESTED=', 'TERM=xterm-256color',
        'LESSOPEN=||/usr/bin/lesspipe.sh %s', 'USER=vagrant', 'SELINUX_USE_CURRENT_RANGE=', 'SHLVL=1', 'XDG_SESSION_ID=4',
        'XDG_RUNTIME_DIR=/run/user/1000', `SSH_CLIENT=10.0.2.2 ${port} 22`, 'which_declare=declare -f',
        'PATH=/home/vagrant/.local/bin:/home/vagrant/bin:/usr/local/bin:/usr/bin:/usr/local/sbin:/usr/sbin',
        'SELINUX_LEVEL_REQUESTED=', 'DBUS_SESSION_BUS_ADDRESS=unix:path=/run/user/1000/bus', 'MAIL=/var/spool/mail/vagrant',
        'SSH_TTY=/dev/pts/0',
      ].join('\n') + '\n' + WHICH + '_=/usr/bin/env\n',
    );
    expect((await s.exec('printenv | tail -1')).stdout).toBe('_=/usr/bin/printenv\n');
    expect((await s.exec('printenv SSH_TTY XDG_SESSION_ID; echo $?')).stdout).toBe('/dev/pts/0\n4\n0\n');
  });

  it('puts OLDPWD last after cd, NAME=value words first, and makes the list again after an export', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    await s.exec('cd /tmp');
    expect((await s.exec('env | tail -2')).stdout).toBe('_=/usr/bin/env\nOLDPWD=/home/vagrant\n');
    expect((await s.exec('GREETING=hi env | head -2')).stdout).toBe('GREETING=hi\nSHELL=/bin/bash\n');
    await s.exec('export KUBECONFIG=/etc/kubernetes/admin.conf');
    const names = (await s.exec('env')).stdout.split('\n').map((l) => l.split('=')[0]);
    // made again: OLDPWD and the new variable take their places in the table, `_` ends the list
    expect(names.indexOf('OLDPWD')).toBeLessThan(names.indexOf('BASH_FUNC_which%%'));
    expect(names.indexOf('KUBECONFIG')).toBeLessThan(names.indexOf('BASH_FUNC_which%%'));
    expect(names.slice(-2)).toEqual(['_', '']);
  });

  it('exports functions with export -f to the shells it starts, and sudo leaves the session’s variables behind', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    await s.exec('greet(){ echo hi; }; export -f greet');
    expect(plain((await s.exec('env | grep -A1 BASH_FUNC_greet')).stdout)).toBe('BASH_FUNC_greet%%=() {  echo hi\n}\n');
    expect((await s.exec('bash -c greet')).stdout).toBe('hi\n');
    expect(await s.exec('export -f nosuch')).toMatchObject({ stderr: '-bash: export: nosuch: not a function\n', exitCode: 1 });
    expect((await s.exec('sudo env | grep -cE "^(XDG_|SSH_|DBUS_|SELINUX_)"')).stdout).toBe('0\n');
  });
});
