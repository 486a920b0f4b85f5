// coreutils 8.32 commands whose behaviour the golden cases (tests/golden/linux) cannot record: on a terminal, for
// ever, or reading the guest's own identity.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';
import { help as exprHelp, version as exprVersion } from '../../../../src/sim/commands/coreutils/expr/help';

describe('yes', () => {
  it('writes its line until stopped: timeout ends it with 124, Ctrl+C with 130', async () => {
    const s = await createSession({ lab: 'vm', seed: 3 });
    const r = await s.exec('timeout 1 yes ok');
    expect(r.exitCode).toBe(124);
    expect(r.stdout).toMatch(/^(ok\n){1000,}$/);
    let out = '';
    s.on('output', ({ text }) => (out += text));
    await s.submit('yes');
    await s.advance(500);
    expect(s.busy).toBe(true);
    await s.interrupt();
    expect(s.busy).toBe(false);
    expect(out).toMatch(/^(y\n)+/);
    expect((await s.exec('echo $?')).stdout).toBe('130\n');
  });
});

describe('expr reads a lone --help or --version itself (gnulib parse_long_options)', () => {
  it('prints the help for --help and a prefix of it, the version for --v; with more words they are operands', async () => {
    const s = await createSession({ lab: 'vm', seed: 3 });
    expect(await s.exec('expr --help')).toMatchObject({ stdout: exprHelp, exitCode: 0 });
    expect(await s.exec('expr --he')).toMatchObject({ stdout: exprHelp, exitCode: 0 });
    expect(await s.exec('expr --v')).toMatchObject({ stdout: exprVersion, exitCode: 0 });
    expect(await s.exec('expr --help = --help')).toMatchObject({ stdout: '1\n', exitCode: 0 });
  });
});

describe('tty and hostid on the guest', () => {
  it('tty names the login terminal; hostid is gethostid() of the name /etc/hosts gives 127.0.0.1', async () => {
    const s = await createSession({ lab: 'vm', seed: 3 });
    expect(await s.exec('tty')).toMatchObject({ stdout: '/dev/pts/0\n', exitCode: 0 });
    expect(await s.exec('tty -s')).toMatchObject({ stdout: '', exitCode: 0 });
    expect(await s.exec('echo | tty')).toMatchObject({ stdout: 'not a tty\n', exitCode: 1 });
    expect((await s.exec('cat /etc/hosts')).stdout).toMatch(/^127\.0\.0\.1 .*localhost/m);
    expect(await s.exec('hostid')).toMatchObject({ stdout: '007f0100\n', exitCode: 0 });
  });
});

describe('who and users read the guest login records', () => {
  it("list the vagrant ssh login on pts/0 from the host, in who.c's columns (the headings as Debian's who prints them)", async () => {
    const s = await createSession({ lab: 'vm', seed: 3 });
    const who = (await s.exec('who')).stdout;
    expect(who).toMatch(/^vagrant  pts\/0        \d{4}-\d\d-\d\d \d\d:\d\d \(10\.0\.2\.2\)\n$/);
    expect((await s.exec('who')).stdout).toBe(who);
    // the login's day is the day `date +%F` gives (the VM booted minutes ago)
    expect(who.slice(22, 32)).toBe((await s.exec('date +%F')).stdout.trim());
    expect((await s.exec('who -H')).stdout.split('\n')[0]).toBe('NAME     LINE         TIME             COMMENT');
    expect((await s.exec('who -uH')).stdout.split('\n')[0]).toBe('NAME     LINE         TIME             IDLE          PID COMMENT');
    expect((await s.exec('who -aH')).stdout.split('\n')[0]).toBe('NAME       LINE         TIME             IDLE          PID COMMENT  EXIT');
    expect((await s.exec('who -b')).stdout).toMatch(/^ {9}system boot  \d{4}-\d\d-\d\d \d\d:\d\d\n$/);
    expect((await s.exec('who -q')).stdout).toBe('vagrant\n# users=1\n');
    expect((await s.exec('users')).stdout).toBe('vagrant\n');
    expect((await s.exec('who am i')).stdout).toBe(who);
    expect((await s.exec('who -m < /dev/null')).stdout).toBe('');
  });
});
