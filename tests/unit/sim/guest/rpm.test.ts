// rpm 4.16.1.3: popt's errors (`rpm: <word>: unknown option`, exit 1), --version, the query modes of rpm.c and
// lib/query.c: -q by name, -qa with patterns in install order, -qf by file, -V silent for an installed package,
// the number of misses as status; erase and install need the rpmdb lock a user cannot take.
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';
import { plain } from '../plain';

beforeAll(async () => {
  await loadGuest();
});

const vm = () => createSession({ lab: 'vm', seed: 3 });

describe('rpm', () => {
  it('--version, popt’s unknown option and missing argument, the mode errors of rpm.c', async () => {
    const s = await vm();
    expect(await s.exec('rpm --version')).toMatchObject({ stdout: 'RPM version 4.16.1.3\n', stderr: '', exitCode: 0 });
    expect(await s.exec('rpm --bogus')).toMatchObject({ stdout: '', stderr: 'rpm: --bogus: unknown option\n', exitCode: 1 });
    expect(await s.exec('rpm -qj bash')).toMatchObject({ stderr: 'rpm: -qj: unknown option\n', exitCode: 1 });
    // popt has no abbreviations
    expect(await s.exec('rpm --quer bash')).toMatchObject({ stderr: 'rpm: --quer: unknown option\n', exitCode: 1 });
    expect(await s.exec('rpm -q --root')).toMatchObject({ stderr: 'rpm: --root: missing argument\n', exitCode: 1 });
    expect(await s.exec('rpm -q')).toMatchObject({ stderr: 'rpm: no arguments given for query\n', exitCode: 1 });
    expect(await s.exec('rpm -V')).toMatchObject({ stderr: 'rpm: no arguments given for verify\n', exitCode: 1 });
    expect(await s.exec('rpm -qaf /etc/hosts')).toMatchObject({ stderr: 'rpm: one type of query/verify may be performed at a time\n', exitCode: 1 });
    expect(await s.exec('rpm -e')).toMatchObject({ stderr: 'rpm: no packages given for erase\n', exitCode: 1 });
  });

  it('-q names installed packages by NEVRA; a missing one is said on stdout and counted in the status', async () => {
    const s = await vm();
    expect(await s.exec('rpm -q bash')).toMatchObject({ stdout: 'bash-5.1.8-9.el9.x86_64\n', exitCode: 0 });
    expect((await s.exec('rpm -q bash-5.1.8')).stdout).toBe('bash-5.1.8-9.el9.x86_64\n');
    expect((await s.exec('rpm --query which yum-utils')).stdout).toBe('which-2.21-29.el9.x86_64\nyum-utils-4.3.0-16.el9.noarch\n');
    expect(await s.exec('rpm -q kubelet foo bash')).toMatchObject({ stdout: 'package kubelet is not installed\npackage foo is not installed\nbash-5.1.8-9.el9.x86_64\n', stderr: '', exitCode: 2 });
    expect(await s.exec('rpm -V bash')).toMatchObject({ stdout: '', exitCode: 0 });
    expect(await s.exec('rpm -V kubelet')).toMatchObject({ stdout: 'package kubelet is not installed\n', exitCode: 1 });
  });

  it('-qa lists the box’s packages in install order, filtered by patterns; dnf’s installs come after', async () => {
    const s = await vm();
    const all = (await s.exec('rpm -qa')).stdout.split('\n').filter(Boolean);
    expect(all).toContain('vim-minimal-8.2.2637-21.el9.x86_64');
    expect(all).toContain('dnf-plugins-core-4.3.0-16.el9.noarch');
    // @core, the kickstart's packages and their dependencies (data/box-packages.ts): dnf's Python is there
    expect(all.length).toBeGreaterThan(300);
    for (const p of ['python3-3.9.21-1.el9_5.x86_64', 'python3-dnf-4.14.0-17.el9.noarch', 'passwd-0.80-12.el9.x86_64', 'open-vm-tools-12.3.5-2.el9.x86_64', 'kernel-5.14.0-503.14.1.el9_5.x86_64'])
      expect(all).toContain(p);
    for (const p of ['plymouth', 'microcode_ctl', 'iwl100-firmware', 'dracut-config-rescue', 'vim-enhanced', 'nano', 'git', 'wget'])
      expect(all.some((x) => x.startsWith(p + '-') && /^\d/.test(x.slice(p.length + 1)))).toBe(false);
    expect(new Set(all).size).toBe(all.length);
    expect((await s.exec('rpm -qa "vim*" bash')).stdout).toBe('bash-5.1.8-9.el9.x86_64\nvim-filesystem-8.2.2637-21.el9.noarch\nvim-minimal-8.2.2637-21.el9.x86_64\n');
    expect(await s.exec('rpm -qa nothing')).toMatchObject({ stdout: '', exitCode: 0 });
    await s.exec('sudo dnf install -y nano');
    expect((await s.exec('rpm -qa | tail -1')).stdout).toBe('nano-5.6.1-6.el9.x86_64\n');
  });

  it('-qf names the package owning a file, says when none does, and errs on a missing file', async () => {
    const s = await vm();
    expect((await s.exec('rpm -qf /usr/bin/ls')).stdout).toBe('coreutils-8.32-36.el9.x86_64\n');
    expect((await s.exec('rpm -qf /bin/bash /etc/redhat-release')).stdout).toBe('bash-5.1.8-9.el9.x86_64\nrocky-release-9.5-1.2.el9.noarch\n');
    await s.exec('touch notes.txt');
    expect(await s.exec('rpm -qf notes.txt')).toMatchObject({ stdout: 'file /home/vagrant/notes.txt is not owned by any package\n', exitCode: 1 });
    expect(await s.exec('rpm -qf /nonexistent')).toMatchObject({ stdout: '', stderr: 'error: file /nonexistent: No such file or directory\n', exitCode: 1 });
  });

  it('erase needs root: a user cannot take the rpmdb lock; root removes the package', async () => {
    const s = await vm();
    expect(await s.exec('rpm -e which')).toMatchObject({ stderr: "error: can't create transaction lock on /var/lib/rpm/.rpm.lock (Permission denied)\n", exitCode: 1 });
    expect(await s.exec('sudo rpm -e nosuch')).toMatchObject({ stderr: 'error: package nosuch is not installed\n', exitCode: 1 });
    await s.exec('sudo dnf install -y nano');
    expect(await s.exec('sudo rpm -e nano')).toMatchObject({ stdout: '', stderr: '', exitCode: 0 });
    expect((await s.exec('rpm -q nano')).stdout).toBe('package nano is not installed\n');
    expect((await s.exec('nano')).stderr).toBe('-bash: nano: command not found\n');
  });
});

describe('dnf list installed', () => {
  it('lists the box’s packages by name, with the epochs dnf shows', async () => {
    const s = await vm();
    const out = (await s.exec('dnf list installed "NetworkManager*" vim-minimal python3')).stdout.split('\n');
    const rows = out.slice(out.indexOf('Installed Packages') + 1).filter(Boolean).map((l) => l.split(/\s+/));
    expect(rows.map((r) => r[0])).toEqual(['NetworkManager.x86_64', 'NetworkManager-libnm.x86_64', 'NetworkManager-team.x86_64', 'NetworkManager-tui.x86_64', 'python3.x86_64', 'vim-minimal.x86_64']);
    expect(rows[0].slice(1)).toEqual(['1:1.48.10-5.el9_5', '@anaconda']);
    expect(rows[5].slice(1)).toEqual(['2:8.2.2637-21.el9', '@anaconda']);
  });

  it('sizes its columns as dnf 4.14’s calcColumns does (checked against dnf’s own output.py on this package set)', async () => {
    const s = await vm();
    // into a pipe: 80 columns' worth, the widths dnf computes for the box's ~330 packages are 36, 32 and 10
    const out = plain((await s.exec("dnf list installed | grep -E '^(bash|python3-gobject-base)'")).stdout);
    expect(out).toBe(
      'bash.x86_64'.padEnd(36) + ' ' + '5.1.8-9.el9'.padEnd(32) + ' @anaconda \n' +
        'bash-completion.noarch'.padEnd(36) + ' ' + '1:2.11-5.el9'.padEnd(32) + ' @anaconda \n' +
        'python3-gobject-base.x86_64'.padEnd(36) + ' ' + '3.40.1-6.el9'.padEnd(32) + ' @anaconda \n' +
        'python3-gobject-base-noarch.noarch'.padEnd(36) + ' ' + '3.40.1-6.el9'.padEnd(32) + ' @anaconda \n',
    );
  });

  it('--qf renders the tags the simulator keeps, with widths and escapes (headerfmt.c); a broken format is an error', async () => {
    const s = await vm();
    expect(await s.exec("rpm -q --qf '%{NAME}-%{VERSION}-%{RELEASE}\\n' bash")).toMatchObject({ stdout: 'bash-5.1.8-9.el9\n', exitCode: 0 });
    expect((await s.exec("rpm -q --qf '%-8{name}|%{EPOCH}|%{NEVRA}\\n' bash openssl")).stdout).toMatch(/^bash    \|\(none\)\|bash-5\.1\.8-9\.el9\.x86_64\nopenssl \|1\|openssl-1:\S+\.x86_64\n$/);
    expect(await s.exec("rpm -q --qf '%{NAME' bash")).toMatchObject({ stderr: 'error: incorrect format: missing } after %{\n', exitCode: 1 });
  });
});
