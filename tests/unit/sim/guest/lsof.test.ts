// lsof 4.94.0 once `dnf install lsof` has put it on a guest: network files from the same sockets ss shows, print.c's
// columns, selections (-i forms, -s, -u, -p, -a, -t), usage on a bad option, and what a user may see.
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';
import type { Session } from '../../../../src/sim/session';

let s: Session;
beforeAll(async () => {
  await loadGuest();
  s = await createSession({ lab: 'vm', seed: 3 });
  const before = await s.exec('lsof -i');
  expect(before.exitCode).toBe(127);
  expect(before.stderr).toBe('-bash: lsof: command not found\n');
  const r = await s.exec('sudo dnf install -y lsof');
  expect(r.exitCode).toBe(0);
  expect(r.stdout).toMatch(/^ lsof +x86_64 +4\.94\.0-3\.el9 +baseos +241 k$/m);
}, 60_000);

describe('catalog', () => {
  it('dnf info, rpm -q and dnf provides agree on lsof-4.94.0-3.el9', async () => {
    expect((await s.exec('rpm -q lsof')).stdout).toBe('lsof-4.94.0-3.el9.x86_64\n');
    const info = (await s.exec('dnf info lsof')).stdout;
    expect(info).toContain('Installed Packages\nName         : lsof\nVersion      : 4.94.0\nRelease      : 3.el9\n');
    expect(info).toContain('Summary      : A utility which lists open files on a Linux/UNIX system\n');
  });
  it('the other networking packages install too', async () => {
    for (const name of ['nmap-ncat', 'telnet', 'tree', 'zip']) {
      const r = await s.exec(`dnf list --available ${name}`);
      expect(r.exitCode, name).toBe(0);
    }
    expect((await s.exec('dnf list --available nmap-ncat')).stdout).toMatch(/^nmap-ncat\.x86_64 +7\.92-3\.el9 +appstream\n/m);
    expect((await s.exec('dnf search telnet')).stdout).toContain('telnet.x86_64 : The client program for the Telnet remote login protocol\n');
  });
});

describe('lsof -i', () => {
  it('root sees every network file, sorted by PID, in print_file()’s columns', async () => {
    const r = await s.exec('sudo lsof -i');
    expect(r.exitCode).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^COMMAND +PID +USER FD   TYPE DEVICE SIZE\/OFF NODE NAME$/);
    expect(r.stdout).toMatch(/\nsshd +\d+ +root 3u  IPv4 +\d+ +0t0  TCP \*:ssh \(LISTEN\)\n/);
    expect(r.stdout).toMatch(/\nsshd +\d+ +root 4u  IPv6 +\d+ +0t0  TCP \*:ssh \(LISTEN\)\n/);
    expect(r.stdout).toMatch(/\nchronyd +\d+ +chrony 5u  IPv4 +\d+ +0t0  UDP localhost:rpki-rtr\n/);
    expect(r.stdout).toMatch(/\nrpcbind +\d+ +rpc 4u  IPv4 +\d+ +0t0  TCP \*:sunrpc \(LISTEN\)\n/);
    const pids = lines.slice(1).map((l) => Number(l.split(/ +/)[1]));
    expect(pids).toEqual([...pids].sort((a, b) => a - b));
    // the same sockets ss lists
    const ss = (await s.exec('sudo ss -ltnp')).stdout;
    expect(ss).toContain('0.0.0.0:22');
  });
  it('-i :PORT with -n -P prints addresses and ports as numbers', async () => {
    const r = await s.exec('sudo lsof -n -P -i :22');
    expect(r.stdout).toMatch(/TCP \*:22 \(LISTEN\)\n/);
    expect(r.stdout).toMatch(/TCP 10\.0\.2\.15:22->10\.0\.2\.2:\d+ \(ESTABLISHED\)\n/);
    expect(r.stdout).not.toContain('sunrpc');
  });
  it('-iTCP -sTCP:LISTEN keeps the listening TCP sockets', async () => {
    const r = await s.exec('sudo lsof -iTCP -sTCP:LISTEN');
    expect(r.stdout).not.toContain('UDP');
    expect(r.stdout).not.toContain('ESTABLISHED');
    expect(r.stdout).toContain('TCP *:ssh (LISTEN)');
  });
  it('-i 4UDP, -u USER -a -i, -t', async () => {
    const udp = (await s.exec('sudo lsof -i 4UDP')).stdout;
    expect(udp.split('\n').slice(1, -1).every((l) => / IPv4 .* UDP /.test(l))).toBe(true);
    const chrony = (await s.exec('sudo lsof -u chrony -a -i')).stdout.trim().split('\n').slice(1);
    expect(chrony.length).toBe(2);
    expect(chrony.every((l) => l.startsWith('chronyd'))).toBe(true);
    const pid = (await s.exec('pgrep -x chronyd')).stdout.trim();
    expect((await s.exec('sudo lsof -t -i UDP:323')).stdout).toBe(`${pid}\n`);
    expect((await s.exec(`sudo lsof -a -p ${pid} -i`)).stdout).toContain('chronyd');
  });
  it('nothing found: no output, status 1', async () => {
    const r = await s.exec('sudo lsof -i :9999');
    expect(r).toMatchObject({ stdout: '', stderr: '', exitCode: 1 });
  });
  it('a user sees its own processes only', async () => {
    const r = await s.exec('lsof -i');
    const rows = r.stdout.trim().split('\n').slice(1);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((l) => / vagrant /.test(l))).toBe(true);
  });
  it('a bad option: GetOpt()’s line and usage(1), status 1', async () => {
    const r = await s.exec('lsof -Q');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toBe(
      'lsof: illegal option character: Q\nlsof 4.94.0\n latest revision: https://github.com/lsof-org/lsof\n latest FAQ: https://github.com/lsof-org/lsof/blob/master/00FAQ\n latest (non-formatted) man page: https://github.com/lsof-org/lsof/blob/master/Lsof.8\n' +
        ' usage: [-?abhKlnNoOPRtUvVX] [+|-c c] [+|-d s] [+D D] [+|-E] [+|-e s] [+|-f[gG]]\n [-F [f]] [-g [s]] [-i [i]] [+|-L [l]] [+m [m]] [+|-M] [-o [o]] [-p s]\n [+|-r [t]] [-s [p:s]] [-S [t]] [-T [t]] [-u s] [+|-w] [-x [fl]] [-Z [Z]] [--] [names]\n' +
        "Use the ``-h'' option to get more help information.\n",
    );
    const p = await s.exec('lsof -p abc');
    expect(p.stderr.startsWith('lsof: illegal process ID: abc\nlsof 4.94.0\n')).toBe(true);
    expect((await s.exec('lsof -a')).stderr.startsWith('lsof: no select options to AND via -a\nlsof 4.94.0\n')).toBe(true);
  });
  it('dnf remove takes the command away', async () => {
    expect((await s.exec('sudo dnf remove -y lsof')).exitCode).toBe(0);
    expect((await s.exec('lsof -i')).exitCode).toBe(127);
  });
});
