// util-linux 2.37.4 on the Rocky guest: lsblk, su, swapon, swapoff, more and whereis answer --help with the
// text read from their sources (scripts/golden/util-linux-specs.ts), bad options in util-linux's words, and
// whereis searches the guest the way misc-utils/whereis.c does.
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';
import type { Session } from '../../../../src/sim/session';
import '../../../../src/sim/k8s/register';

let s: Session;
beforeAll(async () => {
  await loadGuest();
  s = await createSession({ lab: 'vm', seed: 5 });
});

describe('util-linux help and usage errors', () => {
  it('--help and -h print the 2.37 usage; --version names the release', async () => {
    const lsblk = await s.exec('lsblk --help');
    expect(lsblk.stdout).toMatch(/^\nUsage:\n lsblk \[options\] \[<device> \.\.\.\]\n\nList information about block devices\.\n/);
    expect(lsblk.stdout).toContain('\n -h, --help           display this help\n -V, --version        display version\n\nAvailable output columns:\n         NAME  device name\n');
    expect(lsblk.stdout.endsWith('\nFor more details see lsblk(8).\n')).toBe(true);
    expect((await s.exec('swapoff -h')).stdout).toBe((await s.exec('swapoff --help')).stdout);
    expect((await s.exec('su --help')).stdout).toContain(' -, -l, --login                  make the shell a login shell\n');
    expect((await s.exec('more --version')).stdout).toBe('more from util-linux 2.37.4\n');
    expect((await s.exec('whereis --help')).stdout).toMatch(/^\nUsage:\n whereis \[options\] \[-BMS <dir>\.\.\. -f\] <name>\n/);
  });

  it("a bad option: getopt's message, util-linux's Try line, the tool's status", async () => {
    expect(await s.exec('lsblk --bogus')).toMatchObject({ stderr: "lsblk: unrecognized option '--bogus'\nTry 'lsblk --help' for more information.\n", exitCode: 1 });
    expect(await s.exec('swapoff -j')).toMatchObject({ stderr: "swapoff: invalid option -- 'j'\nTry 'swapoff --help' for more information.\n", exitCode: 16 });
    expect(await s.exec('swapoff')).toMatchObject({ stderr: "swapoff: bad usage\nTry 'swapoff --help' for more information.\n", exitCode: 16 });
    expect(await s.exec('whereis')).toMatchObject({ stderr: "whereis: not enough arguments\nTry 'whereis --help' for more information.\n", exitCode: 1 });
    expect(await s.exec('whereis --bogus')).toMatchObject({ stderr: "whereis: bad usage\nTry 'whereis --help' for more information.\n", exitCode: 1 });
    expect(await s.exec('whereis -Bx ls')).toMatchObject({ stderr: "whereis: bad usage\nTry 'whereis --help' for more information.\n", exitCode: 1 });
  });

  it('more takes -<number> as --lines and pages files with headers', async () => {
    await s.exec('printf "a\\nb\\n" > m1; printf "c\\n" > m2');
    expect((await s.exec('more -5 m1 m2 | cat')).stdout).toBe('::::::::::::::\nm1\n::::::::::::::\na\nb\n::::::::::::::\nm2\n::::::::::::::\nc\n');
  });

  it('Tab offers the long options', async () => {
    expect((await s.completeAsync('lsblk --no', 10)).candidates).toContain('--noheadings');
    expect((await s.completeAsync('swapon --sh', 11)).candidates).toContain('--show');
  });
});

describe('whereis', () => {
  it('finds the program and its man page; the Kubernetes tools have none', async () => {
    expect((await s.exec('whereis ls')).stdout).toBe('ls: /usr/bin/ls /usr/share/man/man1/ls.1.gz\n');
    expect((await s.exec('whereis swapoff')).stdout).toBe('swapoff: /usr/sbin/swapoff /usr/share/man/man8/swapoff.8.gz\n');
    expect((await s.exec('whereis -b ls')).stdout).toBe('ls: /usr/bin/ls\n');
    expect((await s.exec('whereis -m ls')).stdout).toBe('ls: /usr/share/man/man1/ls.1.gz\n');
    expect((await s.exec('whereis /usr/bin/ls')).stdout).toBe('ls: /usr/bin/ls /usr/share/man/man1/ls.1.gz\n');
    expect((await s.exec('whereis nosuchthing')).stdout).toBe('nosuchthing:\n');
  });

  it('lists directories of the file system that carry the name (/etc/ssh)', async () => {
    expect((await s.exec('whereis -b ssh')).stdout).toMatch(/^ssh:.* \/etc\/ssh(\n| )/);
  });

  it('-b applies to the names after it until a name has been looked up, then resets', async () => {
    expect((await s.exec('whereis -b ls -m cat')).stdout).toBe('ls: /usr/bin/ls\ncat: /usr/share/man/man1/cat.1.gz\n');
  });

  it('kubectl once installed: the binary only', async () => {
    const k = await createSession({ lab: 'vm', seed: 5 });
    k.world.host('default').sys!.extraCommands.add('kubectl');
    expect((await k.exec('whereis kubectl')).stdout).toBe('kubectl: /usr/bin/kubectl\n');
  });

  it('-l lists the directories searched, bin first', async () => {
    const l = (await s.exec('whereis -l')).stdout.split('\n');
    expect(l[0]).toBe('bin: /usr/bin');
    expect(l).toContain('man: /usr/share/man/man1');
  });
});
