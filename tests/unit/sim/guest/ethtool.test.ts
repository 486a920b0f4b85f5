// ethtool 6.2 on the guests' e1000 adapters: nl_gset()'s settings as netlink/settings.c lays them out, -i's driver
// information, -S's e1000 counters, -P's address, -l's and -c's unsupported operation, -T's software time stamping, main()'s exit_bad_args() and show_usage() (scripts/golden/ethtool-spec.ts).
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';

beforeAll(async () => {
  await loadGuest();
});

const vm = () => createSession({ lab: 'vm', seed: 3 });
const BAD = 'ethtool: bad command line argument(s)\nFor more information run ethtool -h\n';

describe('ethtool', () => {
  it('shows an e1000 adapter’s link modes, speed and message level', async () => {
    const s = await vm();
    const r = await s.exec('ethtool eth0');
    expect(r).toMatchObject({ stderr: '', exitCode: 0 });
    expect(r.stdout).toMatch(/^Settings for eth0:\n\tSupported ports: \[ TP \]\n/);
    expect(r.stdout).toContain('\tSupported link modes:   10baseT/Half 10baseT/Full\n\t                        100baseT/Half 100baseT/Full\n\t                        1000baseT/Full\n');
    expect(r.stdout).toContain('\tAdvertised link modes:  10baseT/Half 10baseT/Full\n');
    expect(r.stdout).toContain('\tSpeed: 1000Mb/s\n\tDuplex: Full\n\tAuto-negotiation: on\n\tPort: Twisted Pair\n');
    expect(r.stdout).toMatch(/        Current message level: 0x00000007 \(7\)\n {31}drv probe link\n\tLink detected: yes\n$/);
  });

  it('-i gives the driver, the kernel release as version and the PCI address', async () => {
    const s = await vm();
    expect(await s.exec('ethtool -i eth0')).toMatchObject({
      stdout:
        'driver: e1000\nversion: 5.14.0-503.14.1.el9_5.x86_64\nfirmware-version: \nexpansion-rom-version: \nbus-info: 0000:00:03.0\n' +
        'supports-statistics: yes\nsupports-test: yes\nsupports-eeprom-access: yes\nsupports-register-dump: yes\nsupports-priv-flags: no\n',
      exitCode: 0,
    });
    expect(await s.exec('ethtool -i lo')).toMatchObject({ stdout: '', stderr: 'Cannot get driver information: Operation not supported\n', exitCode: 71 });
    expect(await s.exec('ethtool --driver eth9')).toMatchObject({ stderr: 'Cannot get driver information: No such device\n', exitCode: 71 });
  });

  it('-S lists the e1000 counters, packets and bytes as ip -s counts them', async () => {
    const s = await vm();
    const r = await s.exec('ethtool -S eth0');
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('NIC statistics:');
    expect(lines.slice(1, -1)).toHaveLength(46);
    expect(lines[1]).toMatch(/^ {5}rx_packets: \d+$/);
    expect(lines.at(-2)).toBe('     dropped_smbus: 0');
    const ip = (await s.exec('ip -s link show eth0')).stdout;
    const rxPackets = lines[1].split(': ')[1];
    expect(ip).toMatch(new RegExp(`\\b\\d+ +${rxPackets}\\b`));
    expect(await s.exec('ethtool -S lo')).toMatchObject({ stderr: 'no stats available\n', exitCode: 94 });
  });

  it('-P prints the permanent address; -l is not supported by e1000 or lo', async () => {
    const s = await vm();
    const mac = (await s.exec("ip -o link show eth0")).stdout.match(/link\/ether ([0-9a-f:]{17})/)![1];
    expect(await s.exec('ethtool -P eth0')).toMatchObject({ stdout: `Permanent address: ${mac}\n`, exitCode: 0 });
    expect(await s.exec('ethtool --show-permaddr lo')).toMatchObject({ stdout: 'Permanent address: 00:00:00:00:00:00\n', exitCode: 0 });
    expect((await s.exec('ethtool -P eth0 extra')).stdout).toBe(`Permanent address: ${mac}\n`);
    expect(await s.exec('ethtool -P eth9')).toMatchObject({ stderr: 'Cannot read permanent address: No such device\n', exitCode: 255 });
    expect(await s.exec('ethtool -l eth0')).toMatchObject({ stdout: '', stderr: 'netlink error: Operation not supported\n', exitCode: 1 });
    expect(await s.exec('ethtool --show-channels lo')).toMatchObject({ stderr: 'netlink error: Operation not supported\n', exitCode: 1 });
    expect(await s.exec('ethtool -l eth0 rx')).toMatchObject({ stderr: "ethtool: unexpected parameter 'rx'\n", exitCode: 1 });
  });

  it('-T lists the software time stamping of ethtool_op_get_ts_info(); -c is not supported by the 82540EM or lo', async () => {
    const s = await vm();
    const ts = (dev: string) =>
      `Time stamping parameters for ${dev}:\nCapabilities:\n\tsoftware-transmit\n\tsoftware-receive\n\tsoftware-system-clock\n` +
      'PTP Hardware Clock: none\nHardware Transmit Timestamp Modes: none\nHardware Receive Filter Modes: none\n';
    expect(await s.exec('ethtool -T eth0')).toMatchObject({ stdout: ts('eth0'), stderr: '', exitCode: 0 });
    expect(await s.exec('ethtool --show-time-stamping lo')).toMatchObject({ stdout: ts('lo'), exitCode: 0 });
    expect(await s.exec('ethtool -T eth0 all')).toMatchObject({ stdout: '', stderr: "ethtool: unexpected parameter 'all'\n", exitCode: 1 });
    expect(await s.exec('ethtool -c eth0')).toMatchObject({ stdout: '', stderr: 'netlink error: Operation not supported\n', exitCode: 1 });
    expect(await s.exec('ethtool --show-coalesce lo')).toMatchObject({ stderr: 'netlink error: Operation not supported\n', exitCode: 1 });
  });

  it('refuses what main() cannot place and prints show_usage() for -h', async () => {
    const s = await vm();
    expect(await s.exec('ethtool')).toMatchObject({ stderr: BAD, exitCode: 1 });
    expect(await s.exec('ethtool -Z eth0')).toMatchObject({ stderr: BAD, exitCode: 1 });
    expect(await s.exec('ethtool -i')).toMatchObject({ stderr: BAD, exitCode: 1 });
    expect(await s.exec('ethtool -i eth0 extra')).toMatchObject({ stderr: BAD, exitCode: 1 });
    expect(await s.exec('ethtool --json -i eth0')).toMatchObject({ stderr: BAD, exitCode: 1 });
    expect(await s.exec('ethtool --version')).toMatchObject({ stdout: 'ethtool version 6.2\n', exitCode: 0 });
    const h = await s.exec('ethtool -h');
    expect(h.stdout).toMatch(/^ethtool version 6\.2\nUsage:\n        ethtool \[ FLAGS \]  DEVNAME\tDisplay standard information about device\n/);
    expect(h.stdout).toContain('        ethtool [ FLAGS ] -i|--driver DEVNAME\tShow driver information\n');
    expect(h.stdout).toMatch(/\nFLAGS:\n\t--debug MASK\tturn on debugging messages\n/);
  });
});
