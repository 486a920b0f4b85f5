// GNU which 2.21 and Rocky's /etc/profile.d/which2.sh: in the login shell `which` is a function piping
// `(alias; eval ${which_declare})` into /usr/bin/which --tty-only --read-alias --read-functions --show-tilde
// --show-dot, so aliases and functions are shown with what they run; which.c's getopt handling, usage and version.
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';

beforeAll(async () => {
  await loadGuest();
});

const vm = () => createSession({ lab: 'vm', seed: 3 });
const PATH = '/home/vagrant/.local/bin:/home/vagrant/bin:/usr/local/bin:/usr/bin:/usr/local/sbin:/usr/sbin';
const FN = 'which () \n{ \n    ( alias;\n    eval ${which_declare} ) | /usr/bin/which --tty-only --read-alias --read-functions --show-tilde --show-dot $@\n}\n';

describe('which in the login shell', () => {
  it('is which2.sh’s function, printed by type and declare -f as bash prints it', async () => {
    const s = await vm();
    expect((await s.exec('type which')).stdout).toBe('which is a function\n' + FN);
    expect((await s.exec('declare -f which')).stdout).toBe(FN);
    expect((await s.exec('echo $which_declare')).stdout).toBe('declare -f\n');
    expect((await s.exec('declare -F')).stdout).toContain('declare -f which\n');
  });

  it('shows an alias and the path of the command it runs; a plain command by its path', async () => {
    const s = await vm();
    expect(await s.exec('which ls')).toMatchObject({ stdout: "alias ls='ls --color=auto'\n\t/usr/bin/ls\n", stderr: '', exitCode: 0 });
    expect((await s.exec('which ll')).stdout).toBe("alias ll='ls -l --color=auto'\n\t/usr/bin/ls\n");
    expect((await s.exec('which sysctl cat')).stdout).toBe('/usr/sbin/sysctl\n/usr/bin/cat\n');
    // bash's execable alternatives of its regular builtins live in /usr/bin; export has none
    expect((await s.exec('which cd')).stdout).toBe('/usr/bin/cd\n');
    expect(await s.exec('which export')).toMatchObject({ stderr: `/usr/bin/which: no export in (${PATH})\n`, exitCode: 1 });
  });

  it('shows a function’s definition, and a name it cannot find on stderr with the count of misses as status', async () => {
    const s = await vm();
    expect((await s.exec('which which')).stdout).toBe(FN.replace('which () \n', 'which ()\n'));
    await s.exec('hi() { echo hi; }');
    expect((await s.exec('which hi')).stdout).toBe('hi ()\n{ \n    echo hi\n}\n');
    const r = await s.exec('which kubectl nosuch ls');
    expect(r.stderr).toBe(`/usr/bin/which: no kubectl in (${PATH})\n/usr/bin/which: no nosuch in (${PATH})\n`);
    expect(r.stdout).toBe("alias ls='ls --color=auto'\n\t/usr/bin/ls\n");
    expect(r.exitCode).toBe(2);
  });

  it('prints ~/ for the home directory on a terminal, the full path into a pipe (--tty-only)', async () => {
    const s = await vm();
    await s.exec("mkdir -p ~/bin && printf '#!/bin/sh\\necho hello\\n' > ~/bin/hello && chmod +x ~/bin/hello");
    expect((await s.exec('which hello')).stdout).toBe('~/bin/hello\n');
    expect((await s.exec('which hello | cat')).stdout).toBe('/home/vagrant/bin/hello\n');
    await s.exec('cd ~/bin');
    expect((await s.exec('which ./hello')).stdout).toBe('./hello\n');
    expect(await s.exec('which ./nope')).toMatchObject({ stderr: '/usr/bin/which: no nope in (.)\n', exitCode: 1 });
  });
});

describe('/usr/bin/which itself', () => {
  it('--help and --version as which.c prints them; no name prints the usage on stderr, exit 255', async () => {
    const s = await vm();
    const h = await s.exec('which --help');
    expect(h).toMatchObject({ stderr: '', exitCode: 0 });
    expect(h.stdout).toMatch(/^Usage: \/usr\/bin\/which \[options\] \[--\] COMMAND \[\.\.\.\]\nWrite the full path of COMMAND\(s\) to standard output\.\n\n  --version, -\[vV\] Print version and exit successfully\.\n/);
    expect(h.stdout).toMatch(/\n\nReport bugs to <which-bugs@gnu\.org>\.\n$/);
    expect((await s.exec('command which --help')).stdout).toBe(h.stdout.replace('Usage: /usr/bin/which', 'Usage: which'));
    const v = await s.exec('which -V');
    expect(v).toMatchObject({ stdout: 'GNU which v2.21, Copyright (C) 1999 - 2015 Carlo Wood.\nGNU which comes with ABSOLUTELY NO WARRANTY;\nThis program is free software; your freedom to use, change\nand distribute this program is protected by the GPL.\n', exitCode: 0 });
    expect((await s.exec('which --vers')).stdout).toBe(v.stdout);
    const none = await s.exec('which');
    expect(none).toMatchObject({ stdout: '', exitCode: 255 });
    expect(none.stderr).toBe(h.stdout);
  });

  it('reports a bad option with getopt’s words and goes on', async () => {
    const s = await vm();
    expect(await s.exec('which --bogus ls')).toMatchObject({ stdout: "alias ls='ls --color=auto'\n\t/usr/bin/ls\n", stderr: "/usr/bin/which: unrecognized option '--bogus'\n", exitCode: 0 });
    expect(await s.exec('command which -x cat')).toMatchObject({ stdout: '/usr/bin/cat\n', stderr: "which: invalid option -- 'x'\n", exitCode: 0 });
    expect((await s.exec('command which --s cat')).stderr).toBe("which: option '--s' is ambiguous; possibilities: '--skip-dot' '--skip-tilde' '--show-dot' '--show-tilde' '--skip-alias' '--skip-functions'\n");
    expect((await s.exec('command which --all=1 cat')).stderr).toBe("which: option '--all' doesn't allow an argument\n");
  });

  it('without the function: no aliases, and root sees the full path', async () => {
    const s = await vm();
    expect((await s.exec('command which ls')).stdout).toBe('/usr/bin/ls\n');
    // sudo's PATH is the sudoers secure_path, /sbin:/bin:/usr/sbin:/usr/bin: ls is found through the /bin link
    expect((await s.exec('sudo which ls')).stdout).toBe('/bin/ls\n');
    expect((await s.exec('alias | /usr/bin/which -i ll')).stdout).toBe("alias ll='ls -l --color=auto'\n\t/usr/bin/ls\n");
    expect((await s.exec('command which -i ls')).stderr).toBe('which: --read-alias, -i: Warning: stdin is a tty.\n');
  });
});
