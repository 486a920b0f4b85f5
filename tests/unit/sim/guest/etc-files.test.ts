// The login files of the rockylinux/9 box that learners read: setup-2.13.7's /etc/profile and /etc/bashrc,
// coreutils 8.32's /etc/DIR_COLORS files (no .256color on el9), sudo 1.9.5p2's /etc/sudoers, and the profile.d
// scripts of less and bash-completion, with their packages' modes and the file contexts of the targeted policy.
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';
import { plain } from '../plain';

beforeAll(async () => {
  await loadGuest();
});

const vm = () => createSession({ lab: 'vm', seed: 3 });

describe('/etc login files', () => {
  it('lists the DIR_COLORS files coreutils-8.32 el9 installs', async () => {
    const s = await vm();
    expect((await s.exec('ls /etc/DIR_COLORS*')).stdout).toBe('/etc/DIR_COLORS  /etc/DIR_COLORS.lightbgcolor\n');
    const dc = (await s.exec('cat /etc/DIR_COLORS')).stdout;
    // the downstream patch's header and its MISSING colour; the spec's sed made LINK 01;36
    expect(dc.startsWith('# This file goes in the /etc directory, and must be world readable.\n')).toBe(true);
    expect(dc).toContain('\nLINK 01;36\t# symbolic link.');
    expect(dc).toContain('\nMISSING 01;37;41 # ... and the files they point to\n');
    const light = (await s.exec('cat /etc/DIR_COLORS.lightbgcolor')).stdout;
    expect(light.split('\n')[0]).toBe('# Configuration file for the color ls utility - modified for lighter backgrounds');
    expect(light).toContain('\nDIR 00;34\t# directory\n');
    expect(light).toContain('\nEXEC 00;32\n');
  });

  it('has setup’s /etc/profile and /etc/bashrc with the el9 patches applied', async () => {
    const s = await vm();
    const profile = (await s.exec('cat /etc/profile')).stdout;
    expect(profile).toContain('HOSTNAME=$(/usr/bin/hostnamectl --transient 2>/dev/null) || \\\nHOSTNAME=$(/usr/bin/hostname 2>/dev/null) || \\\nHOSTNAME=$(/usr/bin/uname -n)\n\nHISTSIZE=1000\n');
    expect(profile).toContain('export PATH USER LOGNAME MAIL HOSTNAME HISTSIZE HISTCONTROL\n');
    expect(profile.endsWith('                . /etc/bashrc\n       fi\nfi\n')).toBe(true);
    const bashrc = (await s.exec('cat /etc/bashrc')).stdout;
    expect(bashrc).not.toContain('__vte_prompt_command');
    expect(bashrc).toContain('    # Set default umask for non-login shell only if it is set to 0\n    [ `umask` -eq 0 ] && umask 022\n');
    expect(bashrc.endsWith('# vim:ts=4:sw=4\n')).toBe(true);
    expect((await s.exec('wc -c /etc/profile /etc/bashrc')).stdout).toBe('1898 /etc/profile\n2658 /etc/bashrc\n4556 total\n');
  });

  it('has less.sh, bash_completion.sh and sh.local in /etc/profile.d', async () => {
    const s = await vm();
    expect((await s.exec('cat /etc/profile.d/less.sh')).stdout).toBe(
      '# less initialization script (sh)\n\n# All less.*sh files should have the same semantics!\n\nif [ -z "$LESSOPEN" ] && [ -x /usr/bin/lesspipe.sh ]; then\n    # The \'||\' here is intentional, see rhbz#1254837.\n    export LESSOPEN="||/usr/bin/lesspipe.sh %s"\nfi\n',
    );
    const bc = (await s.exec('cat /etc/profile.d/bash_completion.sh')).stdout;
    expect(bc).toContain('        if shopt -q progcomp && [ -r /usr/share/bash-completion/bash_completion ]; then\n            # Source completion code.\n            . /usr/share/bash-completion/bash_completion\n');
    // the targeted policy's corecommands.fc labels /etc/profile.d(/.*)? bin_t; setup's files stay etc_t
    expect((await s.exec('ls -Z /etc/profile.d/less.sh /etc/profile')).stdout).toBe('system_u:object_r:etc_t:s0 /etc/profile\nsystem_u:object_r:bin_t:s0 /etc/profile.d/less.sh\n');
    expect(plain((await s.exec('ls -dZ /etc/profile.d')).stdout)).toBe('system_u:object_r:bin_t:s0 /etc/profile.d\n');
    expect((await s.exec('cat /etc/profile.d/sh.local')).stdout).toBe('#Add any required envvar overrides to this file, it is sourced from /etc/profile\n');
  });

  it('has sudo’s /etc/sudoers, 0440 and readable by root only, which visudo -c parses', async () => {
    const s = await vm();
    expect((await s.exec('cat /etc/sudoers')).stderr).toBe('cat: /etc/sudoers: Permission denied\n');
    const text = (await s.exec('sudo cat /etc/sudoers')).stdout;
    expect(text).toContain('Defaults    env_keep =  "COLORS DISPLAY HOSTNAME HISTSIZE KDEDIR LS_COLORS"\n');
    expect(text).toContain('Defaults    secure_path = /sbin:/bin:/usr/sbin:/usr/bin\n');
    expect(text.endsWith('#includedir /etc/sudoers.d\n')).toBe(true);
    expect((await s.exec('ls -l /etc/sudoers')).stdout).toMatch(/^-r--r-----\. 1 root root 4328 /);
    expect((await s.exec('sudo visudo -c')).stdout).toBe('/etc/sudoers: parsed OK\n/etc/sudoers.d/vagrant: parsed OK\n');
  });
});
