// ip, ping and hostname on the command spec: the texts of Rocky 9.5's versions (help.ts, written from their
// sources by scripts/golden/net-specs.ts), their own argv styles and Tab. The cases recorded from real binaries
// are in tests/golden/net (golden.test.ts).
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';
import { help as pingHelp } from '../../../../src/sim/commands/iputils/ping/help';
import { objects, usage as ipUsage } from '../../../../src/sim/commands/iproute/ip/help';
import type { Session } from '../../../../src/sim/session';

let s: Session;
beforeAll(async () => {
  await loadGuest();
  s = await createSession({ lab: 'vm', seed: 3 });
});

describe('ping (iputils 20210202)', () => {
  it('-h prints usage() to stderr and exits 2; the 20210202 text has no -C or -e', async () => {
    const r = await s.exec('ping -h');
    expect(r).toMatchObject({ stdout: '', stderr: pingHelp, exitCode: 2 });
    expect(pingHelp).toMatch(/^\nUsage\n {2}ping \[options\] <destination>\n/);
    expect(pingHelp).not.toContain('-C ');
    expect(pingHelp).not.toContain('-e <identifier>');
  });
  it("a bad option and --help: getopt's line, then the usage, status 2", async () => {
    expect(await s.exec('ping -j 1.1.1.1')).toMatchObject({ stderr: "ping: invalid option -- 'j'\n" + pingHelp, exitCode: 2 });
    expect(await s.exec('ping --help')).toMatchObject({ stderr: "ping: invalid option -- '-'\n" + pingHelp, exitCode: 2 });
    expect(await s.exec('ping -c')).toMatchObject({ stderr: "ping: option requires an argument -- 'c'\n" + pingHelp, exitCode: 2 });
  });
  it('-V, -q and replies from the loopback', async () => {
    expect(await s.exec('ping -V')).toMatchObject({ stdout: 'ping from iputils 20210202\n', exitCode: 0 });
    const r = await s.exec('ping -c 2 127.0.0.1');
    expect(r.stdout).toMatch(/^PING 127\.0\.0\.1 \(127\.0\.0\.1\) 56\(84\) bytes of data\.\n64 bytes from 127\.0\.0\.1: icmp_seq=1 ttl=64 time=[\d.]+ ms\n/);
    expect(r.stdout).toContain('2 packets transmitted, 2 received, 0% packet loss');
    const q = await s.exec('ping -q -c 2 127.0.0.1');
    expect(q.stdout).not.toContain('icmp_seq');
  });
  it('Tab offers its short options', () => {
    const { candidates } = s.complete('ping -');
    for (const c of ['-c', '-i', '-W', '-q', '-4', '-h']) expect(candidates).toContain(c);
  });
});

describe('ip (iproute2 6.2)', () => {
  it('options and objects by prefix, in the order of ip.c', async () => {
    expect((await s.exec('ip -br a')).stdout).toMatch(/^lo {15}UNKNOWN {8}127\.0\.0\.1\/8 ::1\/128 \n/);
    expect((await s.exec('ip --brief addr show lo')).stdout).toMatch(/^lo /);
    expect((await s.exec('ip -4 a show lo')).stdout).toBe('1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default qlen 1000\n    inet 127.0.0.1/8 scope host lo\n       valid_lft forever preferred_lft forever\n');
    // -b is -batch (it takes a file name), not -brief
    expect(await s.exec('ip -b')).toMatchObject({ stderr: ipUsage, exitCode: 255 });
    expect(await s.exec('ip -e a')).toMatchObject({ stderr: 'Option "-e" is unknown, try "ip -help".\n', exitCode: 255 });
    expect((await s.exec('ip -V')).stdout).toMatch(/^ip utility, iproute2-6\.2\.0/);
  });
  it('every object answers help with its own usage; the modelled commands check root', async () => {
    expect(await s.exec('ip n help')).toMatchObject({ stderr: objects.neighbor, exitCode: 255 });
    expect(await s.exec('ip -s tunl help')).toMatchObject({ stderr: objects.tunnel, exitCode: 255 });
    expect(await s.exec('ip addr add 10.9.9.9/24 dev eth0')).toMatchObject({ stderr: 'RTNETLINK answers: Operation not permitted\n', exitCode: 2 });
    expect(await s.exec('ip link show nope')).toMatchObject({ stderr: 'Device "nope" does not exist.\n', exitCode: 1 });
  });
  it('Tab offers the objects, then their commands', () => {
    expect(s.complete('ip ad').candidates).toEqual(expect.arrayContaining(['address', 'addrlabel']));
    expect(s.complete('ip address s').candidates).toEqual(expect.arrayContaining(['show', 'save', 'showdump']));
  });
});

describe('hostname (3.23)', () => {
  it('-s, -I and setting the name as root', async () => {
    const v = await createSession({ lab: 'vm', seed: 3 });
    expect((await v.exec('hostname -s')).stdout).toBe((await v.exec('hostname')).stdout.split('.')[0].replace(/\n?$/, '\n'));
    expect((await v.exec('hostname -I')).stdout).toMatch(/^10\.0\.2\.15 \n$/);
    expect(await v.exec('sudo hostname m-k8s')).toMatchObject({ exitCode: 0 });
    expect((await v.exec('hostname')).stdout).toBe('m-k8s\n');
  });
  it('Tab offers its long options, --long and --nis too', () => {
    const { candidates } = s.complete('hostname --');
    for (const c of ['--fqdn', '--long', '--yp', '--nis', '--all-ip-addresses', '--file=']) expect(candidates).toContain(c);
  });
});
