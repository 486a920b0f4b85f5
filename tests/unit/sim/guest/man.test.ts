// man of man-db 2.9.3: missing pages, no page named, -w locations, -f, and argp's usage errors (pages shown: man-pages.test.ts).
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';
import { help } from '../../../../src/sim/commands/man-db/man/help';

const TRY = "Try 'man --help' or 'man --usage' for more information.\n";

describe('man', () => {
  it('with no page asks which one (status 1); -k and -f ask what', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    expect(await s.exec('man')).toMatchObject({ stdout: '', stderr: "What manual page do you want?\nFor example, try 'man man'.\n", exitCode: 1 });
    expect(await s.exec('man -k')).toMatchObject({ stdout: 'apropos what?\n', stderr: '', exitCode: 1 });
    expect(await s.exec('man -f')).toMatchObject({ stdout: 'whatis what?\n', stderr: '', exitCode: 1 });
  });

  it('a page nobody installed is "No manual entry", status 16, per section too', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    expect(await s.exec('man nosuchpage')).toMatchObject({ stdout: '', stderr: 'No manual entry for nosuchpage\n', exitCode: 16 });
    expect(await s.exec('man 9 ls')).toMatchObject({ stderr: 'No manual entry for ls in section 9\n', exitCode: 16 });
    expect(await s.exec('man kubectl')).toMatchObject({ stderr: 'No manual entry for kubectl\n', exitCode: 16 });
    expect(await s.exec('man 5')).toMatchObject({
      stderr: "No manual entry for 5\n(Alternatively, what manual page do you want from section 5?)\nFor example, try 'man man'.\n",
      exitCode: 1,
    });
    expect(await s.exec('man -f zzq')).toMatchObject({ stdout: '', stderr: 'zzq: nothing appropriate.\n', exitCode: 16 });
  });

  it('-w gives where the pages are: programs, sbin tools, man-pages sections', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    expect(await s.exec('man -w ls useradd')).toMatchObject({ stdout: '/usr/share/man/man1/ls.1.gz\n/usr/share/man/man8/useradd.8.gz\n', exitCode: 0 });
    expect((await s.exec('man -w 5 passwd')).stdout).toBe('/usr/share/man/man5/passwd.5.gz\n');
    expect((await s.exec('man -w open.2')).stdout).toBe('/usr/share/man/man2/open.2.gz\n');
    expect((await s.exec('man -wa passwd')).stdout).toBe('/usr/share/man/man1/passwd.1.gz\n/usr/share/man/man5/passwd.5.gz\n');
    // names are looked up case-insensitively unless -I
    expect((await s.exec('man -w LS')).stdout).toBe('/usr/share/man/man1/ls.1.gz\n');
    expect(await s.exec('man -I -w LS')).toMatchObject({ stdout: '', stderr: 'No manual entry for LS\n', exitCode: 16 });
  });

  it('a page the box has whose text is not kept here is not shown, and man says so', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    const r = await s.exec('man useradd');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('not part of this simulation');
  });

  it('help, version and bad options in argp words', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    expect(await s.exec('man --help')).toMatchObject({ stdout: help, exitCode: 0 });
    expect(help.startsWith('Usage: man [OPTION...] [SECTION] PAGE...\n')).toBe(true);
    expect(await s.exec('man -V')).toMatchObject({ stdout: 'man 2.9.3\n', exitCode: 0 });
    expect(await s.exec('man -Q')).toMatchObject({ stderr: "man: invalid option -- 'Q'\n" + TRY, exitCode: 1 });
    expect(await s.exec('man --bogus')).toMatchObject({ stderr: "man: unrecognized option '--bogus'\n" + TRY, exitCode: 1 });
    expect(await s.exec('man -C')).toMatchObject({ stderr: "man: option requires an argument -- 'C'\n" + TRY, exitCode: 1 });
  });
});
