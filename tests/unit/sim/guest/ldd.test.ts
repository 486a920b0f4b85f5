// ldd of glibc 2.34 (elf/ldd.bash.in): its messages as the script writes them; the host's Debian ldd is the same
// script but for Debian's removal of the execution-permission warning and its bug URL.
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';
import { help, version } from '../../../../src/sim/commands/glibc/ldd/help';

beforeAll(async () => {
  await loadGuest();
});

describe('ldd', () => {
  it('checks each file: missing, not regular, unreadable, not a dynamic executable', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    let r = await s.exec('ldd');
    expect([r.stderr, r.exitCode]).toEqual(["ldd: missing file arguments\nTry `ldd --help' for more information.\n", 1]);
    r = await s.exec('echo hi > t.txt; ldd t.txt /etc');
    expect([r.stdout, r.stderr, r.exitCode]).toEqual(['t.txt:\n/etc:\n', "ldd: warning: you do not have execution permission for `./t.txt'\n\tnot a dynamic executable\nldd: /etc: not regular file\n", 1]);
    r = await s.exec('ldd /etc/shadow');
    expect([r.stderr, r.exitCode]).toEqual(["ldd: error: you do not have read permission for `/etc/shadow'\n", 1]);
    r = await s.exec('ldd nosuch');
    expect([r.stderr, r.exitCode]).toEqual(['ldd: ./nosuch: No such file or directory\n', 1]);
  });

  it('options: prefixes of the long ones, an ambiguous --ver, an unknown one', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    expect((await s.exec('ldd --he')).stdout).toBe(help);
    expect((await s.exec('ldd --vers')).stdout).toBe(version);
    let r = await s.exec('ldd --ver');
    expect([r.stderr, r.exitCode]).toEqual(["ldd: option `--ver' is ambiguous\n", 1]);
    r = await s.exec('ldd -x');
    expect([r.stderr, r.exitCode]).toEqual(["ldd: unrecognized option `-x'\nTry `ldd --help' for more information.\n", 1]);
  });
});
