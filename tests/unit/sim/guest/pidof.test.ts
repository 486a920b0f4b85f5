// pidof of procps-ng 3.3.17 (pidof.c select_procs() and main()): the PIDs of the processes ps lists under that
// name, newest first on one line; -s the newest, -S the separator, -q only the status, a bad option getopt's words
// and the usage on stderr with status 1.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';

describe('pidof', () => {
  it('lists the PIDs ps shows for a name, newest first', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    const ps = (await s.exec('ps -eo pid,comm')).stdout.trim().split('\n').slice(1).map((l) => l.trim().split(/\s+/));
    const of = (name: string) => ps.filter(([, c]) => c === name).map(([p]) => Number(p)).sort((a, b) => b - a);
    expect(of('sshd').length).toBeGreaterThan(1);
    expect((await s.exec('pidof sshd')).stdout).toBe(of('sshd').join(' ') + '\n');
    expect((await s.exec('pidof -s sshd')).stdout).toBe(`${of('sshd')[0]}\n`);
    expect((await s.exec('pidof -S , chronyd sshd')).stdout).toBe([...of('chronyd'), ...of('sshd')].join(',') + '\n');
    expect(await s.exec('pidof -q sshd')).toMatchObject({ stdout: '', exitCode: 0 });
    expect(await s.exec('pidof no-such-program')).toMatchObject({ stdout: '', exitCode: 1 });
  });

  it('a bad option: getopt, then the usage on stderr, status 1', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    const r = await s.exec('pidof -z');
    expect(r.stderr.startsWith("pidof: invalid option -- 'z'\n\nUsage:\n pidof [options] [program [...]]\n")).toBe(true);
    expect(r.exitCode).toBe(1);
  });
});
