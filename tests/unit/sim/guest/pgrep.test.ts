// pgrep and pkill (procps-ng 3.3.17) choose from the processes ps lists; pkill's signals reach the shell's jobs and
// the units' main processes. Their usage errors are in tests/golden/linux (pgrep-*, pkill-*).
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';
import { help as pgrepHelp } from '../../../../src/sim/commands/procps/pgrep/help';
import { help as pkillHelp } from '../../../../src/sim/commands/procps/pkill/help';

beforeAll(async () => {
  await loadGuest();
});

/** PID and command line of each process `ps -eo pid,args` lists (pgrep's view). */
async function ps(s: Awaited<ReturnType<typeof createSession>>): Promise<{ pid: number; args: string; user: string }[]> {
  const out = (await s.exec('ps -eo pid,user,args | cat')).stdout.split('\n').slice(1, -1);
  return out.map((l) => {
    const m = /^\s*(\d+) (\S+)\s+(.*)$/.exec(l)!;
    return { pid: Number(m[1]), user: m[2], args: m[3] };
  });
}

describe('pgrep', () => {
  it('lists the PIDs of what ps lists under the name, never itself', async () => {
    const s = await createSession({ lab: 'vm', seed: 2 });
    const list = await ps(s);
    const sshd = list.filter((p) => /^sshd:/.test(p.args) || p.args.startsWith('/usr/sbin/sshd')).map((p) => p.pid);
    const r = await s.exec('pgrep sshd');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe(sshd.map((p) => `${p}\n`).join(''));
    expect((await s.exec('pgrep -f pgrep')).stdout).toBe('');
    expect((await s.exec('pgrep -f pgrep')).exitCode).toBe(1);
  });

  it('-l names, -a whole command lines, -d joins, -c counts, -u and -x narrow', async () => {
    const s = await createSession({ lab: 'vm', seed: 2 });
    const mine = (await ps(s)).filter((p) => p.user === 'vagrant' && !p.args.startsWith('ps '));
    expect((await s.exec('pgrep -a -u vagrant')).stdout).toBe(mine.map((p) => `${p.pid} ${p.args}\n`).join(''));
    expect((await s.exec('pgrep -d, -u vagrant')).stdout).toBe(mine.map((p) => p.pid).join(',') + '\n');
    expect((await s.exec('pgrep -c -u vagrant')).stdout).toBe(`${mine.length}\n`);
    const bash = mine.find((p) => p.args === '-bash')!;
    expect((await s.exec('pgrep -l -x bash')).stdout).toBe(`${bash.pid} bash\n`);
    expect((await s.exec('pgrep -x bas')).exitCode).toBe(1);
  });

  it('finds a background job, and pkill ends it as kill would', async () => {
    const s = await createSession({ lab: 'vm', seed: 2 });
    const pid = /\[1\] (\d+)/.exec((await s.exec('sleep 300 &')).output)![1];
    expect((await s.exec('pgrep -a sleep')).stdout).toBe(`${pid} sleep 300\n`);
    expect((await s.exec('pkill -e sleep')).stdout).toBe(`sleep killed (pid ${pid})\n`);
    expect((await s.exec('jobs')).stdout).toMatch(/^\[1\]\+ {2}Terminated {14}sleep 300\n$/);
    expect((await s.exec('pgrep sleep')).exitCode).toBe(1);
  });

  it('the help of pgrep and pkill is usage() of pgrep.c for each mode', async () => {
    const s = await createSession({ lab: 'vm', seed: 2 });
    expect((await s.exec('pgrep --help')).stdout).toBe(pgrepHelp);
    expect((await s.exec('pkill -h')).stdout).toBe(pkillHelp);
    expect(pkillHelp).toContain(' -<sig>, --signal <sig>    signal to send (either number or name)\n');
    const bad = await s.exec('pkill -9 --bogus x');
    expect(bad.stderr).toBe(`pkill: unrecognized option '--bogus'\n${pkillHelp}`);
    expect(bad.exitCode).toBe(2);
  });
});

describe('pkill', () => {
  it('a user may not signal root’s daemons: killing pid N failed, status 1', async () => {
    const s = await createSession({ lab: 'vm', seed: 2 });
    const crond = (await ps(s)).find((p) => p.args.startsWith('/usr/sbin/crond'))!;
    const r = await s.exec('pkill -9 crond');
    expect(r.stderr).toBe(`pkill: killing pid ${crond.pid} failed: Operation not permitted\n`);
    expect(r.exitCode).toBe(1);
    expect((await s.exec('systemctl is-active crond')).stdout).toBe('active\n');
  });

  it('as root -SIGNAL ends a unit’s main process and the unit goes inactive', async () => {
    const s = await createSession({ lab: 'vm', seed: 2 });
    const crond = (await ps(s)).find((p) => p.args.startsWith('/usr/sbin/crond'))!;
    const r = await s.exec('sudo pkill -KILL -e -x crond');
    expect(r.stdout).toBe(`crond killed (pid ${crond.pid})\n`);
    expect(r.exitCode).toBe(0);
    expect((await s.exec('systemctl is-active crond')).stdout).toBe('inactive\n');
    expect((await s.exec('pgrep crond')).exitCode).toBe(1);
  });
});
