// psmisc 23.4's killall, pstree and fuser over the world's processes; their usage errors against Debian's psmisc
// (tests/golden/psmisc, scripts/golden/record.sh psmisc), byte for byte with the exit status.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import '../../../../src/sim/k8s/register';
import { createSession } from '../../../../src/sim/index';

const DIR = path.resolve(import.meta.dirname, '../../../golden/psmisc');
const cases = readdirSync(DIR).filter((n) => existsSync(path.join(DIR, n, 'cmd')));

describe('psmisc: recorded cases', () => {
  it('has the cases', () => expect(cases.length).toBeGreaterThanOrEqual(20));
  for (const name of cases) {
    const f = (x: string) => readFileSync(path.join(DIR, name, x), 'utf8');
    it(`${name}: ${f('cmd').trim()}`, async () => {
      const s = await createSession({ lab: 'vm', seed: 1 });
      const r = await s.exec(`${f('cmd').trim()} > /tmp/.o 2> /tmp/.e`);
      const fs = s.world.host('default').fs;
      expect({ stdout: fs.read('/tmp/.o'), stderr: fs.read('/tmp/.e'), status: r.exitCode }).toEqual({ stdout: f('stdout'), stderr: f('stderr'), status: Number(f('status')) });
    });
  }
});

describe('killall', () => {
  it('ends a background job by name, says so with -v, and lets a unit go when root kills its daemon', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    await s.exec('sleep 300 &');
    const r = await s.exec('killall -v sleep');
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toMatch(/^Killed sleep\(\d+\) with signal 15\n$/);
    expect((await s.exec('jobs')).stdout).toMatch(/Terminated +sleep 300/);
    const denied = await s.exec('killall crond');
    expect(denied.stderr).toMatch(/^crond\(\d+\): Operation not permitted\ncrond: no process found\n$/);
    expect(denied.exitCode).toBe(1);
    expect((await s.exec('sudo killall -KILL crond')).exitCode).toBe(0);
    expect((await s.exec('systemctl is-active crond')).stdout).toBe('inactive\n');
  });

  it('asks with -i and sends the signal only on yes; -V prints its version to stderr', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    await s.exec('sleep 300 &');
    await s.submit('killall -i sleep');
    expect(s.question).toMatch(/^Kill sleep\(\d+\) \? \(y\/N\) $/);
    await s.submit('n');
    expect((await s.exec('jobs')).stdout).toMatch(/Running +sleep 300 &/);
    const v = await s.exec('killall -V');
    expect([v.stdout, v.stderr.split('\n').slice(0, 2)]).toEqual(['', ['killall (PSmisc) 23.4', 'Copyright (C) 1993-2021 Werner Almesberger and Craig Small']]);
  });
});

describe('pstree', () => {
  it('draws the node from systemd down: the shims with their pause and control-plane containers, the login', async () => {
    const s = await createSession({ lab: 'cluster', seed: 1 });
    const out = (await s.exec('pstree | cat')).stdout;
    // into a pipe (as exec runs it): ASCII, 132 columns
    const lines = out.split('\n');
    expect(lines[0]).toMatch(/^systemd-\+-NetworkManager$/);
    expect(out).toMatch(/\n {8}\|-containerd-shim-\+-kube-apiserver\n {8}\| {17}`-pause\n/);
    expect(out).toMatch(/\|-sshd---sshd---sshd---bash---sudo---bash---pstree\n/);
    expect(out).toMatch(/\|-kubelet\n/);
    expect(lines.every((l) => l.length <= 132)).toBe(true);
    const p = (await s.exec('pstree -p | cat')).stdout;
    expect(p.split('\n')[0]).toMatch(/^systemd\(1\)-\+-NetworkManager\(\d+\)$/);
    const a = (await s.exec('pstree -a | cat')).stdout;
    expect(a.split('\n')[0]).toBe('systemd --switched-root --system --deserialize 31');
    expect(a).toMatch(/\n {2}\|-containerd-shim -namespace k8s\.io -id [0-9a-f]+ -address \.\.\.\n {2}| {3}|-etcd --advertise-client-urls=/);
  });

  it('uses UTF-8 lines on a UTF-8 terminal, cuts lines at its width with +, and arguments with ...', async () => {
    const s = await createSession({ lab: 'cluster', seed: 1 });
    s.resize(40, 24);
    let text = '';
    s.on('output', ({ text: t }) => (text += t));
    await s.submit('pstree');
    await s.settle();
    expect(text).toMatch(/\n {8}├─containerd-shim─┬─kube-apiser\+\n {8}│ {17}└─pause\n/);
    expect(text).toContain('\n        ├─sshd───sshd───sshd───bash───s+\n');
    text = '';
    await s.submit('pstree -a');
    await s.settle();
    expect(text).toContain('systemd --switched-root --system ...\n');
    expect(text).toMatch(/\n {2}├─NetworkManager --no-daemon\n/);
    expect(text).toMatch(/\n {2}└─systemd-udevd\n/);
  });

  it('shows the trees of a user, numeric order with -n, and says so for an unknown user', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    expect((await s.exec('pstree vagrant | cat')).stdout).toBe('sshd---bash---pstree\n\nsystemd---(sd-pam)\n');
    const n = (await s.exec('pstree -n -p | cat')).stdout.split('\n');
    expect(n.slice(0, 2)).toEqual(['systemd(1)-+-systemd-journal(540)', '           |-systemd-udevd(584)']);
    const none = await s.exec('pstree nobody');
    expect([none.stderr, none.exitCode]).toEqual(['No processes found.\n', 1]);
  });
});

describe('fuser', () => {
  it('-v -n tcp 6443 names the API server listening there (root); a user sees only their own processes', async () => {
    const s = await createSession({ lab: 'cluster', seed: 1 });
    await s.exec('exit');
    const mine = await s.exec('fuser -n tcp 6443');
    expect([mine.stdout, mine.stderr, mine.exitCode]).toEqual(['', '', 1]);
    const r = await s.exec('sudo fuser -v -n tcp 6443');
    expect(r.exitCode).toBe(0);
    expect(r.output).toMatch(/^ {21}USER {8}PID ACCESS COMMAND\n6443\/tcp: {12}root {6}\d{5} F\.\.\.\. kube-apiserver\n$/);
    const short = await s.exec('sudo fuser 6443/tcp');
    expect(short.stderr).toBe('6443/tcp:           \n');
    expect(short.stdout).toMatch(/^ +\d+$/);
  });

  it('lists what uses a directory (working directory c, root r) and -k ends a background job there', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    await s.exec('sleep 300 &');
    await s.exec('cd /tmp');
    const v = await s.exec('fuser -v .');
    expect(v.output).toMatch(/^ {21}USER {8}PID ACCESS COMMAND\n\/tmp: {16}vagrant +\d+ \.\.c\.\. bash\n$/);
    const home = await s.exec('fuser -v /home/vagrant');
    expect(home.output).toMatch(/\n\/home\/vagrant: {7}vagrant +\d+ \.\.c\.\. sleep\n$/);
    expect((await s.exec('fuser -k /home/vagrant')).exitCode).toBe(0);
    expect((await s.exec('jobs')).stdout).toMatch(/Killed +sleep 300/);
    const root = await s.exec('sudo fuser -v /');
    expect(root.output).toMatch(/\n\/: {19}root {5}kernel mount \/\n {21}root {10}1 \.rc\.\. systemd\n/);
  });
});
