// Rocky 9's rootfiles-8.1-31.el9 in /root: root's ~/.bashrc adds rm -i, cp -i and mv -i to the aliases of
// /etc/profile.d, so a root shell (sudo -i, sudo su -, su, bash) asks before removing or overwriting; the vagrant
// user's home has the /etc/skel copies useradd made.
import { beforeAll, describe, expect, it } from 'vitest';
import { plain } from '../plain';
import { createSession, loadGuest } from '../../../../src/sim/index';

beforeAll(async () => {
  await loadGuest();
});

const vm = () => createSession({ lab: 'vm', seed: 3 });
const ROOT_BASHRC =
  '# .bashrc\n\n# Source global definitions\nif [ -f /etc/bashrc ]; then\n\t. /etc/bashrc\nfi\n\n# User specific environment\nif ! [[ "$PATH" =~ "$HOME/.local/bin:$HOME/bin:" ]]\nthen\n    PATH="$HOME/.local/bin:$HOME/bin:$PATH"\nfi\nexport PATH\n\n' +
  "# Uncomment the following line if you don't like systemctl's auto-paging feature:\n# export SYSTEMD_PAGER=\n\n# User specific aliases and functions\n \nalias rm='rm -i'\nalias cp='cp -i'\nalias mv='mv -i'\n";

describe('root’s dot files', () => {
  it('are rootfiles’ five files, with the package’s text', async () => {
    const s = await vm();
    await s.exec('sudo -i');
    expect((await s.exec('ls -A')).stdout).toBe('.bash_logout  .bash_profile  .bashrc  .cshrc  .tcshrc  anaconda-ks.cfg\n');
    expect((await s.exec('cat .bashrc')).stdout).toBe(ROOT_BASHRC);
    expect((await s.exec('cat .bash_profile')).stdout).toBe('# .bash_profile\n\n# Get the aliases and functions\nif [ -f ~/.bashrc ]; then\n\t. ~/.bashrc\nfi\n\n# User specific environment and startup programs\n');
    expect((await s.exec('cat .bash_logout')).stdout).toBe('# ~/.bash_logout\n\n');
    expect((await s.exec('cat .cshrc')).stdout).toBe("# .cshrc\n\n# User specific aliases and functions\n\nalias rm 'rm -i'\nalias cp 'cp -i'\nalias mv 'mv -i'\n");
    expect((await s.exec('tail -4 .tcshrc')).stdout).toBe("alias mv 'mv -i'\n\nset prompt='[%n@%m %c]# '\n\n");
    expect((await s.exec('stat -c "%a %U" .bashrc .tcshrc')).stdout).toBe('644 root\n644 root\n');
  });

  it('give a root login shell rm -i, cp -i and mv -i beside the profile.d aliases', async () => {
    const s = await vm();
    expect((await s.exec('alias rm')).stderr).toBe('-bash: alias: rm: not found\n');
    await s.exec('sudo -i');
    const list = (await s.exec('alias')).stdout;
    expect(list).toContain("alias cp='cp -i'\nalias egrep='egrep --color=auto'\n");
    expect(list).toContain("alias ls='ls --color=auto'\nalias mv='mv -i'\nalias rm='rm -i'\nalias xzegrep=");
    await s.exec('touch f');
    const r = await s.exec('rm f', { answers: ['n'] });
    expect(r.output).toContain("rm: remove regular empty file 'f'? ");
    expect((await s.exec('ls f')).stdout).toBe('f\n');
  });

  it('reach su, sudo su - and a bash started by root, not the vagrant user', async () => {
    const s = await vm();
    await s.exec('sudo su -');
    expect((await s.exec('alias mv')).stdout).toBe("alias mv='mv -i'\n");
    await s.exec('bash');
    expect((await s.exec('alias cp')).stdout).toBe("alias cp='cp -i'\n");
    await s.exec('exit');
    await s.exec('exit');
    await s.exec('bash');
    expect((await s.exec('alias cp')).exitCode).toBe(1);
  });

  it('leave the vagrant user the /etc/skel files', async () => {
    const s = await vm();
    expect(plain((await s.exec('ls -A ~')).stdout)).toBe('.bash_logout  .bash_profile  .bashrc  .ssh\n');
    expect((await s.exec('cmp ~/.bashrc /etc/skel/.bashrc && cmp ~/.bash_profile /etc/skel/.bash_profile && echo same')).stdout).toBe('same\n');
  });
});

describe('/etc/locale.conf', () => {
  it('is what anaconda wrote for the kickstart language, and localectl reads it', async () => {
    const s = await vm();
    expect((await s.exec('cat /etc/locale.conf; echo $LANG')).stdout).toBe('LANG="en_US.UTF-8"\nen_US.UTF-8\n');
    expect((await s.exec('localectl status')).stdout).toContain('System Locale: LANG=en_US.UTF-8\n');
  });
});
