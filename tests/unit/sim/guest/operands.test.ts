// Operands the tools refuse, in their own words: procps-ng 3.3.17's uptime and free print their usage to stderr on an
// operand (`if (optind != argc) usage(stderr)`), util-linux 2.37.4's lsblk names what is not a block device
// (lsblk.c __process_one_device, exit 32 when all failed, 64 when some did).
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';
import type { Session } from '../../../../src/sim/session';

let s: Session;
beforeAll(async () => {
  s = await createSession({ lab: 'vm', seed: 3 });
});

describe('an operand where the tool takes none', () => {
  for (const tool of ['uptime', 'free']) {
    it(`${tool} extra: the usage on stderr, status 1`, async () => {
      const help = await import(`../../../../src/sim/commands/procps/${tool}/help.ts`).then((m) => m.help as string);
      expect(await s.exec(`${tool} extra`)).toMatchObject({ stdout: '', stderr: help, exitCode: 1 });
    });
  }
});

describe('lsblk DEVICE', () => {
  it('not a block device: 32 when every operand failed, 64 when some did', async () => {
    expect(await s.exec('lsblk /nonexist')).toMatchObject({ stdout: '', stderr: 'lsblk: /nonexist: not a block device\n', exitCode: 32 });
    const some = await s.exec('lsblk /dev/sda /x');
    expect(some.stderr).toBe('lsblk: /x: not a block device\n');
    expect(some.exitCode).toBe(64);
    expect(some.stdout).toBe((await s.exec('lsblk')).stdout);
  });
});

describe('complete reads its options as complete.def does', () => {
  const usage = 'complete: usage: complete [-abcdefgjksuv] [-pr] [-DEI] [-o option] [-A action] [-G globpat] [-W wordlist] [-F function] [-C command] [-X filterpat] [-P prefix] [-S suffix] [name ...]\n';
  it('an unknown option or a missing value: the usage, status 2', async () => {
    expect(await s.exec('complete --bogus')).toMatchObject({ stderr: `-bash: complete: --: invalid option\n${usage}`, exitCode: 2 });
    expect(await s.exec('complete -x')).toMatchObject({ stderr: `-bash: complete: -x: invalid option\n${usage}`, exitCode: 2 });
    expect(await s.exec('complete -F')).toMatchObject({ stderr: `-bash: complete: -F: option requires an argument\n${usage}`, exitCode: 2 });
    expect(await s.exec('complete -o default -W "a b" foo')).toMatchObject({ stderr: '', exitCode: 0 });
  });
});

describe('loginctl enable-linger / disable-linger', () => {
  it('looks each user up first, as enable_linger() does (get_user_creds: ESRCH)', async () => {
    expect(await s.exec('loginctl enable-linger nosuch')).toMatchObject({ stderr: 'Failed to look up user nosuch: No such process\n', exitCode: 1 });
    expect(await s.exec('loginctl disable-linger vagrant nosuch2')).toMatchObject({ stderr: 'Failed to look up user nosuch2: No such process\n', exitCode: 1 });
  });
});

describe('lsblk -f', () => {
  it('lists lsblk.c’s -f columns with blkid’s TYPE and UUID, swap’s version 1 and the mounted file systems’ space', async () => {
    const s = await createSession({ lab: 'vm', seed: 3 });
    const out = (await s.exec('lsblk -f | cat')).stdout.split('\n');
    expect(out[0]).toMatch(/^NAME +FSTYPE FSVER LABEL UUID +FSAVAIL FSUSE% MOUNTPOINTS$/);
    const blkid = (await s.exec('sudo blkid')).stdout;
    for (const dev of ['sda2', 'sda3', 'sda4']) {
      const m = new RegExp(`/dev/${dev}: UUID="([^"]+)"[^\\n]* TYPE="(\\w+)"`).exec(blkid)!;
      const row = out.find((l) => l.includes(dev + ' '))!;
      expect(row).toContain(' ' + m[1] + ' ');
      expect(row.split(/ +/)[1]).toBe(m[2]);
    }
    expect(out.find((l) => l.includes('sda2 '))).toMatch(/ swap +1 +\S+ +\[SWAP\]$/);
    // FSAVAIL is size_to_human_string() of f_bavail as findmnt's AVAIL; the UUID column is 36 wide
    const avail = (await s.exec('findmnt -n -o AVAIL /')).stdout.trim();
    expect(out.find((l) => l.endsWith(' /'))).toMatch(new RegExp(`^└─sda4 xfs {16}\\S{36} +${avail.replace('.', '\\.')} +\\d+% /$`));
    expect(out[1]).toBe('sda' + ' '.repeat(75));
  });
});
