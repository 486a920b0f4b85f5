// net-tools 2.0 (ifconfig, netstat, route, arp) once `dnf install net-tools` has put it on a guest: usage, version and
// option errors against the recorded binary (tests/golden/net-tools, scripts/golden/net-tools.sh), and the tables
// from the guest's model, consistent with `ip` and `ss`.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';
import type { Session } from '../../../../src/sim/session';

const dir = 'tests/golden/net-tools';
const cases = readFileSync(`${dir}/cases.txt`, 'utf8').trim().split('\n').map((l) => l.split('\t'));

let s: Session;
beforeAll(async () => {
  await loadGuest();
  s = await createSession({ lab: 'vm', seed: 3 });
  expect((await s.exec('ifconfig')).exitCode).toBe(127);
  expect((await s.exec('sudo dnf install -y net-tools')).exitCode).toBe(0);
});

describe('recorded usage, version and errors', () => {
  it.each(cases)('%s: %s', async (name, line) => {
    const r = await s.exec(line);
    expect(r.stdout).toBe(readFileSync(`${dir}/${name}.out`, 'utf8'));
    expect(r.stderr).toBe(readFileSync(`${dir}/${name}.err`, 'utf8'));
    expect(r.exitCode).toBe(Number(readFileSync(`${dir}/${name}.rc`, 'utf8')));
  });
});

describe('ifconfig', () => {
  it('lists the interfaces ip shows, sorted by name, in ife_print_long()’s layout', async () => {
    const r = await s.exec('ifconfig');
    const mac = (await s.exec("ip -br link | awk '/eth0/ {print $3}'")).stdout.trim();
    expect(r.stdout).toMatch(new RegExp(`^eth0: flags=4163<UP,BROADCAST,RUNNING,MULTICAST>  mtu 1500\\n {8}inet 10\\.0\\.2\\.15  netmask 255\\.255\\.255\\.0  broadcast 10\\.0\\.2\\.255\\n {8}inet6 fe80::\\S+  prefixlen 64  scopeid 0x20<link>\\n {8}ether ${mac}  txqueuelen 1000  \\(Ethernet\\)\\n {8}RX packets \\d+  bytes \\d+ \\([\\d.]+ KiB\\)\\n`));
    expect(r.stdout).toContain('\nlo: flags=73<UP,LOOPBACK,RUNNING>  mtu 65536\n        inet 127.0.0.1  netmask 255.0.0.0\n        inet6 ::1  prefixlen 128  scopeid 0x10<host>\n        loop  txqueuelen 1000  (Local Loopback)\n');
    expect(r.stdout.endsWith('collisions 0\n\n')).toBe(true);
    // the counters are ip -s link's
    const rx = (await s.exec("ip -s link show eth0 | awk 'NR==4 {print $2}'")).stdout.trim();
    expect(r.stdout).toContain(`RX packets ${rx}  bytes`);
  });
  it('ip -br link prints print_linkinfo()’s brief line (name, state, address, flags)', async () => {
    expect((await s.exec('ip -br link show lo')).stdout).toBe('lo               UNKNOWN        00:00:00:00:00:00 <LOOPBACK,UP,LOWER_UP> \n');
  });
  it('-s and netstat -i print the short table; an unknown interface fails', async () => {
    const short = (await s.exec('ifconfig -s')).stdout;
    expect(short.split('\n')[0]).toBe('Iface      MTU    RX-OK RX-ERR RX-DRP RX-OVR    TX-OK TX-ERR TX-DRP TX-OVR Flg');
    expect(short).toMatch(/\neth0 {6}1500 +\d+ +0 +0 0 +\d+ +0 +0 +0 BMRU\nlo {7}65536 +\d+ +0 +0 0 +\d+ +0 +0 +0 LRU\n$/);
    expect((await s.exec('netstat -i')).stdout).toBe('Kernel Interface table\n' + short);
    expect(await s.exec('ifconfig eth7')).toMatchObject({ stderr: 'eth7: error fetching interface information: Device not found\n', exitCode: 1 });
  });
  it('changes fail for a user as the kernel refuses them; as root they are taken', async () => {
    expect(await s.exec('ifconfig eth0 down')).toMatchObject({ stderr: 'SIOCSIFFLAGS: Operation not permitted\n', exitCode: 255 });
    expect(await s.exec('ifconfig eth0 10.9.9.9')).toMatchObject({ stderr: 'SIOCSIFADDR: Operation not permitted\nSIOCSIFFLAGS: Operation not permitted\n', exitCode: 255 });
    expect(await s.exec('ifconfig eth0 mtu 1400')).toMatchObject({ stderr: 'SIOCSIFMTU: Operation not permitted\n', exitCode: 1 });
    expect(await s.exec('ifconfig eth7 up')).toMatchObject({ stderr: 'eth7: ERROR while getting interface flags: No such device\n', exitCode: 255 });
    expect(await s.exec('sudo ifconfig eth0 mtu 1500')).toMatchObject({ stderr: '', exitCode: 0 });
  });
});

describe('netstat', () => {
  it('-tlnp lists what ss -tlnp lists; owners for root only', async () => {
    const user = await s.exec('netstat -tlnp');
    expect(user.stderr).toMatch(/^\((Not all processes could be identified|No info could be read)/);
    expect(user.stdout).toContain('Proto Recv-Q Send-Q Local Address           Foreign Address         State       PID/Program name    \n');
    expect(user.stdout).toContain('tcp        0      0 0.0.0.0:22              0.0.0.0:*               LISTEN      -                   \n');
    const root = (await s.exec('sudo netstat -tlnp')).stdout;
    const sshd = (await s.exec('sudo ss -tlnp')).stdout.match(/"sshd",pid=(\d+)/)![1];
    expect(root).toContain(`tcp        0      0 0.0.0.0:22              0.0.0.0:*               LISTEN      ${sshd}/sshd            \n`);
    expect(root).toContain(`tcp6       0      0 :::22                   :::*                    LISTEN      ${sshd}/sshd            \n`);
    expect((await s.exec('netstat -tl')).stdout).toContain('tcp6       0      0 [::]:ssh                [::]:*                  LISTEN     \n');
  });
  it('the login’s own connection, by name unless -n: the host name and _gateway (nss-myhostname)', async () => {
    expect((await s.exec('netstat -t')).stdout).toMatch(/^Active Internet connections \(w\/o servers\)\nProto .*\ntcp        0      0 localhost\.localdoma:ssh _gateway:\d+ +ESTABLISHED\n$/);
    expect((await s.exec('netstat -tn')).stdout).toMatch(/\ntcp        0      0 10\.0\.2\.15:22 +10\.0\.2\.2:\d+ +ESTABLISHED\n$/);
    expect((await s.exec('netstat -uln')).stdout).toContain('udp        0      0 127.0.0.1:323           0.0.0.0:*                          \n');
  });
  it('-r is route -e’s table and route prints its own; names unless -n', async () => {
    expect((await s.exec('netstat -rn')).stdout).toBe('Kernel IP routing table\nDestination     Gateway         Genmask         Flags   MSS Window  irtt Iface\n0.0.0.0         10.0.2.2        0.0.0.0         UG        0 0          0 eth0\n10.0.2.0        0.0.0.0         255.255.255.0   U         0 0          0 eth0\n');
    expect((await s.exec('route')).stdout).toBe('Kernel IP routing table\nDestination     Gateway         Genmask         Flags Metric Ref    Use Iface\ndefault         _gateway        0.0.0.0         UG    100    0        0 eth0\n10.0.2.0        0.0.0.0         255.255.255.0   U     100    0        0 eth0\n');
    expect((await s.exec('route -ee')).stdout).toContain('default         _gateway        0.0.0.0         UG    100    0        0 eth0     0     0      0\n');
    expect((await s.exec('route add -net 10.1.0.0/16 gw 10.0.2.2'))).toMatchObject({ stderr: 'SIOCADDRT: Operation not permitted\n', exitCode: 7 });
  });
  it('-s reads /proc/net/snmp, which the guest does not have', async () => {
    expect(await s.exec('netstat -s')).toMatchObject({ stderr: 'cannot open /proc/net/snmp: No such file or directory\n', exitCode: 0 });
  });
});

describe('arp', () => {
  it('the NAT gateway in both layouts, by name unless -n', async () => {
    expect((await s.exec('arp')).stdout).toBe('Address                  HWtype  HWaddress           Flags Mask            Iface\n_gateway                 ether   52:54:00:12:35:02   C                     eth0\n');
    expect((await s.exec('arp -n')).stdout).toContain('\n10.0.2.2                 ether   52:54:00:12:35:02   C                     eth0\n');
    expect((await s.exec('arp -a')).stdout).toBe('_gateway (10.0.2.2) at 52:54:00:12:35:02 [ether] on eth0\n');
    expect((await s.exec('arp -an')).stdout).toBe('? (10.0.2.2) at 52:54:00:12:35:02 [ether] on eth0\n');
    expect((await s.exec('arp -n 10.0.2.9')).stdout).toBe('10.0.2.9 (10.0.2.9) -- no entry\n');
    expect(await s.exec('arp -d 10.0.2.2')).toMatchObject({ stderr: 'SIOCDARP(dontpub): Operation not permitted\n', exitCode: 255 });
  });
  it('Tab offers the options', () => {
    expect(s.complete('netstat --li').candidates).toContain('--listening');
    expect(s.complete('arp -').candidates).toEqual(expect.arrayContaining(['-a', '-n', '-d']));
  });
});
