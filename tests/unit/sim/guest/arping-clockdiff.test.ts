// arping and clockdiff of iputils 20210202 between the lab's machines and VirtualBox's NAT: arping's requests and
// the replies of the gateway and the running machines (the route model picks the device and the source), its
// counts and exit statuses; clockdiff's measurement as root, its refusal as a user, usage() and option errors.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import '../../../../src/sim/k8s/register';
import { createSession, loadGuest } from '../../../../src/sim/index';
import { help as arpingHelp } from '../../../../src/sim/commands/iputils/arping/help';
import { help as clockdiffHelp } from '../../../../src/sim/commands/iputils/clockdiff/help';

beforeAll(async () => {
  await loadGuest();
});

const DIR = path.resolve(import.meta.dirname, '../../../golden/iputils');
const cases = readdirSync(DIR).filter((n) => existsSync(path.join(DIR, n, 'cmd')));

describe('iputils: recorded cases (scripts/golden/record-iputils.sh)', () => {
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

const NETNS = path.resolve(import.meta.dirname, '../../../golden/iputils-netns');
// the recording's names as the nodes lab's m-k8s sees them: eth1 with w1-k8s, eth0 with VirtualBox's NAT gateway
const NAMES: [string, string][] = [['GATEWAY', '10.0.2.2'], ['PEER', '192.168.56.101'], ['FREE', '192.168.56.99'], ['SELF2', '10.0.2.15'], ['SELF', '192.168.56.10'], ['DEV2', 'eth0'], ['DEV', 'eth1']];

describe('arping: cases recorded on a real kernel in network namespaces (scripts/golden/record-iputils-netns.sh)', () => {
  const names = readdirSync(NETNS).filter((n) => existsSync(path.join(NETNS, n, 'cmd')));
  it('has the cases', () => expect(names.length).toBeGreaterThanOrEqual(18));
  for (const name of names) {
    const f = (x: string) => readFileSync(path.join(NETNS, name, x), 'utf8');
    it(`${name}: ${f('cmd').trim()}`, async () => {
      const s = await createSession({ lab: 'nodes', seed: 3 });
      const cmd = NAMES.reduce((c, [k, v]) => c.replace(new RegExp(`\\b${k}\\b`, 'g'), v), f('cmd').trim());
      const r = await s.exec(`sudo ${cmd}`);
      const back = (t: string) =>
        NAMES.reduce((x, [k, v]) => x.replace(new RegExp(`(?<![\\d.])${v.replace(/\./g, '\\.')}(?![\\d.])|\\b${v}\\b`, 'g'), k), t)
          .replace(/\[([0-9A-F]{2}:){5}[0-9A-F]{2}\]/g, '[MAC]')
          .replace(/ \d+\.\d{3}ms$/gm, ' Tms');
      expect({ stdout: back(r.stdout), stderr: back(r.stderr), status: r.exitCode }).toEqual({ stdout: f('stdout'), stderr: f('stderr'), status: Number(f('status')) });
    });
  }
});

const nodes = () => createSession({ lab: 'nodes', seed: 3 });
const REPLY = (ip: string, mac: string) => new RegExp(`^Unicast reply from ${ip.replace(/\./g, '\\.')} \\[${mac}\\]  [01]\\.\\d{3}ms$`);

describe('arping', () => {
  it('asks the NAT gateway on eth0 three times, broadcast first, then unicast to the MAC it learnt', async () => {
    const s = await nodes();
    const r = await s.exec('arping -c 3 10.0.2.2');
    expect(r).toMatchObject({ stderr: '', exitCode: 0 });
    const l = r.stdout.split('\n');
    expect(l[0]).toBe('ARPING 10.0.2.2 from 10.0.2.15 eth0');
    for (const x of l.slice(1, 4)) expect(x).toMatch(REPLY('10.0.2.2', '52:54:00:12:35:02'));
    expect(l.slice(4)).toEqual(['Sent 3 probes (1 broadcast(s))', 'Received 3 response(s)', '']);
  });

  it('reaches another running machine on eth1 from its MAC; a free address gets only broadcasts and status 1', async () => {
    const s = await nodes();
    const mac = s.world.host('w1-k8s').ifaces.find((i) => i.name === 'eth1')!.mac.toUpperCase();
    const r = await s.exec('arping -c 2 192.168.56.101');
    expect(r.stdout.split('\n')[0]).toBe('ARPING 192.168.56.101 from 192.168.56.10 eth1');
    expect(r.stdout.split('\n')[1]).toMatch(REPLY('192.168.56.101', mac));
    expect(r.exitCode).toBe(0);
    expect(await s.exec('arping -c 2 192.168.56.99')).toMatchObject({ stdout: 'ARPING 192.168.56.99 from 192.168.56.10 eth1\nSent 2 probes (2 broadcast(s))\nReceived 0 response(s)\n', exitCode: 1 });
  });

  it('prints the half millisecond where recv_pack() puts it: a time is always between 0.500 and 1.499 ms', async () => {
    const s = await nodes();
    const times = (await s.exec('arping -c 5 10.0.2.2')).stdout.split('\n').slice(1, 6).map((l) => Number(/ (\d\.\d{3})ms$/.exec(l)![1]));
    for (const t of times) expect(t >= 0.5 && t <= 1.499).toBe(true);
  });

  it('-w: the last request goes out at the timeout and its reply is not read; -f stops at the first reply', async () => {
    const s = await nodes();
    const r = await s.exec('arping -w 3 10.0.2.2');
    expect(r.stdout.split('\n').slice(-3)).toEqual(['Sent 4 probes (1 broadcast(s))', 'Received 3 response(s)', '']);
    expect(r.exitCode).toBe(1);
    expect((await s.exec('arping -f 10.0.2.2')).stdout.split('\n').slice(-3)).toEqual(['Sent 1 probes (1 broadcast(s))', 'Received 1 response(s)', '']);
  });

  it('runs until Ctrl+C without -c, then prints its counts', async () => {
    const s = await nodes();
    await s.submit('arping 10.0.2.2');
    expect(s.busy).toBe(true);
    await s.advance(2_500);
    await s.interrupt();
    expect(s.busy).toBe(false);
    expect((await s.exec('echo $?')).stdout).toBe('0\n');
  });

  it('-D: an address in use answers (status 1), a free one does not (status 0); -U announces from the address itself', async () => {
    const s = await nodes();
    const used = await s.exec('arping -D -c 2 -I eth1 192.168.56.101');
    expect(used.stdout.split('\n')[0]).toBe('ARPING 192.168.56.101 from 0.0.0.0 eth1');
    expect(used.stdout.split('\n').slice(-3)).toEqual(['Sent 1 probes (1 broadcast(s))', 'Received 1 response(s)', '']);
    expect(used.exitCode).toBe(1);
    expect((await s.exec('arping -D -c 2 -I eth1 192.168.56.99')).exitCode).toBe(0);
    expect(await s.exec('arping -U -c 2 -I eth1 192.168.56.10')).toMatchObject({ stdout: 'ARPING 192.168.56.10 from 192.168.56.10 eth1\nSent 2 probes (2 broadcast(s))\nReceived 0 response(s)\n', exitCode: 0 });
  });

  it('fails as arping.c does: own address and loopback by lo, unknown devices, names and sources; off-link asks in vain', async () => {
    const s = await nodes();
    expect(await s.exec('arping -U -c 1 192.168.56.10')).toMatchObject({ stdout: 'Interface "lo" is not ARPable\n', exitCode: 2 });
    // off the device's network: asked from the device's address, and nobody answers
    expect(await s.exec('arping -c 1 8.8.8.8')).toMatchObject({ stdout: 'ARPING 8.8.8.8 from 10.0.2.15 eth0\nSent 1 probes (1 broadcast(s))\nReceived 0 response(s)\n', exitCode: 1 });
    expect(await s.exec('arping -I eth1 -c 1 10.0.2.2')).toMatchObject({ stdout: 'ARPING 10.0.2.2 from 192.168.56.10 eth1\nSent 1 probes (1 broadcast(s))\nReceived 0 response(s)\n', exitCode: 1 });
    expect(await s.exec('arping -I eth9 10.0.2.2')).toMatchObject({ stderr: 'arping: Device eth9 not available.\n', exitCode: 2 });
    expect(await s.exec('arping nosuchhost')).toMatchObject({ stderr: 'arping: nosuchhost: Name or service not known\n', exitCode: 2 });
    expect(await s.exec('arping -s 1.2.3.4 10.0.2.2')).toMatchObject({ stderr: 'arping: bind: Cannot assign requested address\n', exitCode: 2 });
    expect(await s.exec('arping -c 0 10.0.2.2')).toMatchObject({ stderr: "arping: invalid argument: '0': out of range: 1 <= value <= 2147483647\n", exitCode: 1 });
    expect(await s.exec('arping -w x 10.0.2.2')).toMatchObject({ stderr: "arping: invalid argument: 'x'\n", exitCode: 1 });
  });

  it('prints usage() on stderr with status 2, and its version', async () => {
    const s = await nodes();
    expect(await s.exec('arping')).toMatchObject({ stderr: arpingHelp, exitCode: 2 });
    expect(await s.exec('arping -h')).toMatchObject({ stderr: arpingHelp, exitCode: 2 });
    expect(await s.exec('arping -z 10.0.2.2')).toMatchObject({ stderr: "arping: invalid option -- 'z'\n" + arpingHelp, exitCode: 2 });
    expect(await s.exec('arping -V')).toMatchObject({ stdout: 'arping from iputils 20210202\n', exitCode: 0 });
    expect(arpingHelp).toContain('\n  -I <device>   which ethernet device to use\n  -s <source>');
  });
});

describe('clockdiff', () => {
  it('as root measures a running machine: a dot per reply, rtt averaged down, no delta; a pipe gets the numbers', async () => {
    const s = await nodes();
    const r = await s.exec('sudo clockdiff 192.168.56.101');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/^\.{50}\nhost=192\.168\.56\.101 rtt=0\(0\)ms\/0ms delta=0ms\/0ms [A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \d{4}$/);
    expect((await s.exec('sudo clockdiff --time-format iso 192.168.56.102')).stdout).toMatch(/ delta=0ms\/0ms \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d{4}\n$/);
    expect((await s.exec('sudo clockdiff 192.168.56.101 | cat')).stdout).toMatch(/^\d{10} 0 0\n$/);
  });

  it('finds the NAT gateway down (no timestamp replies) after 11 requests; a user cannot open the raw socket', async () => {
    const s = await nodes();
    const t0 = s.world.now;
    expect(await s.exec('sudo clockdiff 10.0.2.2')).toMatchObject({ stderr: 'clockdiff: 10.0.2.2 is down\n', exitCode: 1 });
    expect(s.world.now - t0).toBeGreaterThanOrEqual(11_000);
    expect(await s.exec('clockdiff 192.168.56.101')).toMatchObject({ stderr: 'clockdiff: socket: Operation not permitted\n', exitCode: 1 });
  });

  it('usage(): -h with status 0, no destination with 1; a bad option sends to --help on stdout', async () => {
    const s = await nodes();
    expect(await s.exec('clockdiff -h')).toMatchObject({ stdout: '', stderr: clockdiffHelp, exitCode: 0 });
    expect(await s.exec('clockdiff')).toMatchObject({ stderr: clockdiffHelp, exitCode: 1 });
    expect(await s.exec('clockdiff -x')).toMatchObject({ stdout: "Try 'clockdiff --help' for more information.\n", stderr: "clockdiff: invalid option -- 'x'\n", exitCode: 1 });
    expect(await s.exec('clockdiff -T foo 192.168.56.101')).toMatchObject({ stderr: 'clockdiff: invalid time-format argument: foo\n', exitCode: 1 });
    expect(await s.exec('clockdiff -V')).toMatchObject({ stdout: 'clockdiff from iputils 20210202\n', exitCode: 0 });
    expect(clockdiffHelp.startsWith('\nUsage:\n  clockdiff [options] <destination>\n')).toBe(true);
  });
});
