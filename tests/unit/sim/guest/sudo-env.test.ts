// sudo 1.9.5p2's env_reset under the box's /etc/sudoers (env.c rebuild_env): what `sudo env`, `sudo -i env`,
// `sudo -s` and `sudo -i` hand on, and in which order.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';
import { shellCommand, sudoCommandPath, sudoEnv } from '../../../../src/sim/commands/sudo/env';

const LS_COLORS = /^LS_COLORS='(.*)';\n/s.exec(readFileSync(new URL('../../../golden/etc/dircolors-sh-xterm-256color.txt', import.meta.url), 'utf8'))![1];

beforeAll(async () => {
  await loadGuest();
});

const vm = () => createSession({ lab: 'vm', seed: 1 });

describe('sudo env_reset', () => {
  it('keeps what env_check and env_keep let through, in the caller’s order, then adds sudo’s own', async () => {
    const s = await vm();
    expect((await s.exec('sudo env')).stdout).toBe(
      [
        'HISTSIZE=1000', 'HOSTNAME=localhost.localdomain', 'LANG=en_US.UTF-8', `LS_COLORS=${LS_COLORS}`, 'TERM=xterm-256color',
        'MAIL=/var/spool/mail/vagrant', 'PATH=/sbin:/bin:/usr/sbin:/usr/bin', 'LOGNAME=root', 'USER=root', 'HOME=/root', 'SHELL=/bin/bash',
        'SUDO_COMMAND=/bin/env', 'SUDO_USER=vagrant', 'SUDO_UID=1000', 'SUDO_GID=1000',
      ].join('\n') + '\n',
    );
    expect((await s.exec('sudo printenv SUDO_COMMAND')).stdout).toBe('/bin/printenv SUDO_COMMAND\n');
    expect((await s.exec('sudo -u vagrant printenv USER HOME SUDO_COMMAND')).stdout).toBe('vagrant\n/home/vagrant\n/bin/printenv USER HOME SUDO_COMMAND\n');
  });

  it('drops a value with / or % from env_check’s names, and a variable no list names', async () => {
    const s = await vm();
    const out = (await s.exec('TERM=/x/y LANG=C FOO=bar sudo env')).stdout;
    expect(out.startsWith('LANG=C\nHISTSIZE=1000\n')).toBe(true);
    expect(out).not.toContain('FOO=');
    expect(out).toContain('\nTERM=unknown\nSUDO_COMMAND=/bin/env\n');
  });

  it('keeps the caller’s environment with -E (a rule for ALL allows it) but env_delete’s names and bash functions', async () => {
    const s = await vm();
    await s.exec('export LD_PRELOAD=/x.so PYTHONPATH=/y; f(){ :; }; export -f f');
    const env = (await s.exec('sudo -E env')).stdout;
    expect(env).toContain('\nSSH_TTY=/dev/pts/0\n');
    expect(env).toContain('\nLOGNAME=root\n');
    expect(env).toContain('\nPATH=/sbin:/bin:/usr/sbin:/usr/bin\n');
    expect(env).not.toMatch(/LD_PRELOAD|PYTHONPATH|BASH_FUNC_/);
    expect(env.endsWith('SUDO_COMMAND=/bin/env\nSUDO_USER=vagrant\nSUDO_UID=1000\nSUDO_GID=1000\n')).toBe(true);
    // --preserve-env=list: the named variables, in place or added last
    expect((await s.exec('FOO=1 sudo --preserve-env=FOO,LANG env | tail -2')).stdout).toBe('SUDO_GID=1000\nFOO=1\n');
  });

  it('runs -i commands in a login bash: /etc/profile’s variables in bash’s order, SHLVL taken back by the exec', async () => {
    const s = await vm();
    const env = (await s.exec('sudo -i env')).stdout;
    const names = env.split('\n').filter((l) => /^[A-Za-z_]+=/.test(l)).map((l) => l.split('=')[0]);
    expect(names.slice(0, 4)).toEqual(['SHELL', 'SUDO_GID', 'HISTCONTROL', 'HOSTNAME']);
    expect(env).toContain('\nSUDO_COMMAND=/bin/bash -c env\n');
    expect(env).toContain('\nMAIL=/var/spool/mail/root\n');
    expect(env).toContain('\nSHLVL=0\n');
    expect(env.endsWith('_=/usr/bin/env\n')).toBe(true);
    expect((await s.exec('sudo -i pwd')).stdout).toBe('/root\n');
    expect((await s.exec('sudo -i printenv SUDO_COMMAND')).stdout).toBe('/bin/bash -c printenv SUDO_COMMAND\n');
  });

  it('gives the shells of sudo -s and sudo -i SUDO_COMMAND=/bin/bash and the reset list', async () => {
    const s = await vm();
    s.submit('sudo -s');
    await s.settle();
    expect((await s.exec('printenv SUDO_COMMAND PATH MAIL SHLVL')).stdout).toBe('/bin/bash\n/sbin:/bin:/usr/sbin:/usr/bin\n/var/spool/mail/vagrant\n1\n');
    expect((await s.exec('printenv SSH_TTY XDG_SESSION_ID; echo $?')).stdout).toBe('1\n');
    s.submit('exit');
    await s.settle();
    s.submit('sudo -i');
    await s.settle();
    expect((await s.exec('printenv SUDO_COMMAND MAIL PWD')).stdout).toBe('/bin/bash\n/var/spool/mail/root\n/root\n');
  });
});

describe('sudo’s helpers', () => {
  it('finds commands through secure_path and escapes the -c command as parse_args.c does', () => {
    expect(sudoCommandPath('ip')).toBe('/sbin/ip');
    expect(sudoCommandPath('systemctl')).toBe('/bin/systemctl');
    expect(sudoCommandPath('./run.sh')).toBe('./run.sh');
    expect(shellCommand(['ls', '-l', '/tmp', 'a b', '$HOME'])).toBe('ls -l \\/tmp a\\ b $HOME');
  });

  it('keeps LOGNAME and USER together and never a bash function', async () => {
    const s = await vm();
    const host = [...s.world.hosts.values()].find((h) => h.kind === 'linux')!;
    const from: [string, string][] = [['BASH_FUNC_x%%', '() {  :\n}'], ['LANG', '() { :; }'], ['TZ', 'UTC']];
    const env = sudoEnv(host, 'vagrant', 'root', from, '/bin/env', []);
    expect(env.map(([k]) => k)).toEqual(['TZ', 'MAIL', 'PATH', 'LOGNAME', 'USER', 'HOME', 'SHELL', 'TERM', 'SUDO_COMMAND', 'SUDO_USER', 'SUDO_UID', 'SUDO_GID']);
  });
});
