// vmstat, pwdx and pmap of procps-ng 3.3.17 over the guest's model; their usage errors against Debian's procps
// (tests/golden/procps, scripts/golden/record.sh procps), byte for byte with the exit status.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import '../../../../src/sim/k8s/register';
import { createSession } from '../../../../src/sim/index';

const DIR = path.resolve(import.meta.dirname, '../../../golden/procps');
const cases = readdirSync(DIR).filter((n) => existsSync(path.join(DIR, n, 'cmd')));

describe('procps: recorded cases', () => {
  it('has the cases', () => expect(cases.length).toBeGreaterThanOrEqual(14));
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

const ROW = /^ *\d+ +\d+ +\d+ +\d+ +\d+ +\d+ +0 +0 +\d+ +\d+ +\d+ +\d+ +\d+ +\d+ +\d+ +\d+ +\d+$/;

describe('vmstat', () => {
  it('prints the two header lines and a line of averages, its memory the same as free shows', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    const lines = (await s.exec('vmstat')).stdout.split('\n');
    expect(lines[0]).toBe('procs -----------memory---------- ---swap-- -----io---- -system-- ------cpu-----');
    expect(lines[1]).toBe(' r  b   swpd   free   buff  cache   si   so    bi    bo   in   cs us sy id wa st');
    expect(lines[2]).toMatch(ROW);
    const free = (await s.exec('free')).stdout.split('\n')[1].trim().split(/ +/).map(Number);
    const v = lines[2].trim().split(/ +/).map(Number);
    // free and buff + cache are free's `free` and `buff/cache`
    expect([v[3], v[4] + v[5]]).toEqual([free[3], free[5]]);
    const cpu = v.slice(12);
    expect(cpu.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(99);
  });

  it('with a delay prints a line per delay of the world time, the header again each screen, count lines in all', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    s.resize(80, 8);
    let text = '';
    s.on('output', ({ text: t }) => (text += t));
    await s.submit('vmstat 2 7');
    expect(text.split('\n').filter((l) => ROW.test(l))).toHaveLength(1);
    await s.advance(2_000);
    expect(text.split('\n').filter((l) => ROW.test(l))).toHaveLength(2);
    await s.advance(10_000);
    expect(s.busy).toBe(false);
    const lines = text.trimEnd().split('\n');
    // 8 rows: a header every 5 lines
    expect(lines.map((l) => (l.startsWith('procs') ? 'H' : l.startsWith(' r') ? 'h' : ROW.test(l) ? 'v' : '?')).join('')).toBe('Hhvvvvv' + 'Hhvv');
    await s.submit('vmstat 1');
    await s.advance(3_000);
    expect(s.busy).toBe(true);
    await s.interrupt();
    expect(s.busy).toBe(false);
  });

  it('-w, -a -S M, -t, -s, -d and -p print their layouts', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    expect((await s.exec('vmstat -w')).stdout.split('\n')[1]).toBe('   r    b         swpd         free         buff        cache   si   so    bi    bo   in   cs  us  sy  id  wa  st');
    const a = (await s.exec('vmstat -a -S M')).stdout.split('\n');
    expect(a[1]).toBe(' r  b   swpd   free  inact active   si   so    bi    bo   in   cs us sy id wa st');
    const total = Number((await s.exec('vmstat -s -S M')).stdout.split('\n')[0].trim().split(' ')[0]);
    expect(Number(a[2].trim().split(/ +/)[3])).toBeLessThan(total);
    const t = (await s.exec('vmstat -t')).stdout.split('\n');
    expect(t[0]).toBe('procs -----------memory---------- ---swap-- -----io---- -system-- ------cpu----- -----timestamp-----');
    expect(t[1]).toMatch(/ st {17}UTC$/);
    expect(t[2]).toMatch(/ \d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
    const stats = (await s.exec('vmstat -s')).stdout.split('\n');
    expect(stats[0]).toMatch(/^ {4,}\d+ K total memory$/);
    expect(stats.slice(10, 11)[0]).toMatch(/^ +\d+ non-nice user cpu ticks$/);
    expect(stats[stats.length - 2]).toMatch(/^ +\d+ forks$/);
    const d = (await s.exec('vmstat -d')).stdout.split('\n');
    expect(d[0]).toBe('disk- ------------reads------------ ------------writes----------- -----IO------');
    expect(d[1]).toBe('       total merged sectors      ms  total merged sectors      ms    cur    sec');
    expect(d[2]).toMatch(/^sda {3,}\d+/);
    expect((await s.exec('vmstat -p /dev/sda4')).stdout.split('\n')[0]).toBe('sda4            reads      read sectors      writes  requested writes');
    expect((await s.exec('vmstat -p sdz')).stdout).toBe('partition was not found\n');
  });
});

describe('pwdx', () => {
  it("names a process's working directory: the shell's is where the learner is; others' need root", async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    await s.exec('cd /etc');
    const shell = (await s.exec('pgrep -n bash')).stdout.trim();
    expect((await s.exec(`pwdx ${shell}`)).stdout).toBe(`${shell}: /etc\n`);
    const one = await s.exec('pwdx 1');
    expect([one.stderr, one.exitCode]).toEqual(['1: Permission denied\n', 1]);
    expect((await s.exec('sudo pwdx 1')).stdout).toBe('1: /\n');
  });
});

describe('pmap', () => {
  it("maps the shell's memory: its segments, glibc, the stack, a total that is ps's VSZ; -x adds RSS", async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    const pid = (await s.exec('pgrep -n bash')).stdout.trim();
    const lines = (await s.exec(`pmap ${pid}`)).stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(`${pid}:   -bash`);
    expect(lines[1]).toMatch(/^[0-9a-f]{16} +\d+K r---- bash$/);
    expect(lines.some((l) => /^[0-9a-f]{16} +1572K r-x-- libc\.so\.6$/.test(l))).toBe(true);
    expect(lines.some((l) => / rw--- {3}\[ stack \]$/.test(l))).toBe(true);
    const [, vsz, rss] = (await s.exec(`ps -o pid,vsz,rss -p ${pid}`)).stdout.split('\n')[1].trim().split(/ +/);
    expect(lines[lines.length - 1]).toBe(` total ${(vsz + 'K').padStart(17)}`);
    const x = (await s.exec(`pmap -x ${pid}`)).stdout.trimEnd().split('\n');
    expect(x[1]).toBe('Address           Kbytes     RSS   Dirty Mode  Mapping');
    expect(x[x.length - 2]).toBe('---------------- ------- ------- ------- ');
    expect(x[x.length - 1]).toMatch(new RegExp(`^total kB {9}${vsz.padStart(7)} ${rss.padStart(7)} +\\d+$`));
  });

  it("shows only the header line of another user's process (status 1), and adds 42 for a PID not there", async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    const r = await s.exec('pmap 1 999999');
    expect([r.stdout, r.exitCode]).toEqual(['1:   /usr/lib/systemd/systemd --switched-root --system --deserialize 31\n', 43]);
    expect((await s.exec('pmap -x -d 1')).stderr).toBe('pmap: options -c, -C, -d, -n, -N, -x, -X are mutually exclusive\n');
    expect((await s.exec('sudo pmap -q 1')).stdout).not.toContain(' total ');
  });
});
