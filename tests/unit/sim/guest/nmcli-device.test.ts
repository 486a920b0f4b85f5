// nmcli device, general, networking, radio, monitor and agent on the guests: the messages of NetworkManager
// 1.48.10's devices.c, general.c and agent.c, the daemon's refusals for a user polkit does not allow, and the
// address following the device's state.
import { describe, expect, it } from 'vitest';
import '../../../../src/sim/k8s/register';
import { createSession } from '../../../../src/sim/index';

const nodes = () => createSession({ lab: 'nodes', seed: 1 });

describe('nmcli device', () => {
  it('disconnect takes the device down and its address away; connect brings the last profile back', async () => {
    const s = await nodes();
    expect((await s.exec('sudo nmcli device disconnect eth1')).stdout).toBe("Device 'eth1' successfully disconnected.\n");
    expect((await s.exec('ip -4 -br addr show eth1')).stdout).not.toMatch(/\d+\.\d+\.\d+\.\d+/);
    const again = await s.exec('sudo nmcli device disconnect eth1');
    expect([again.stderr, again.exitCode]).toEqual(["Error: Device 'eth1' (/org/freedesktop/NetworkManager/Devices/3) disconnecting failed: This device is not active\nError: not all devices disconnected.\n", 6]);
    expect((await s.exec('nmcli')).stdout).toMatch(/^eth1: disconnected\n\t"Intel 82540EM"\n\t1 connection available\n/m);
    const c = await s.exec('sudo nmcli device connect eth1');
    expect(c.stdout).toMatch(/^Device 'eth1' successfully activated with '[0-9a-f-]{36}'\.\n$/);
    expect((await s.exec('ip -4 -br addr show eth1')).stdout).toMatch(/192\.168\.\d+\.\d+\/24/);
  });

  it('show -f/-g pick sections and fields in the order asked', async () => {
    const s = await nodes();
    expect((await s.exec('nmcli -g IP4.ADDRESS,GENERAL.STATE device show eth0')).stdout).toBe('10.0.2.15/24\n100 (connected)\n');
    expect((await s.exec('nmcli -f DHCP4 device show eth0')).stdout).toMatch(/^DHCP4\.OPTION\[\d+\]: +ip_address = 10\.0\.2\.15$/m);
    const bad = await s.exec('nmcli -f bogus device show eth0');
    expect(bad.stderr).toMatch(/^Error: 'device show': invalid field 'bogus'; allowed fields: GENERAL,CAPABILITIES,/);
  });

  it('errors: unknown device, hardware device delete, no Wi-Fi', async () => {
    const s = await nodes();
    const a = await s.exec('nmcli device connect eth9');
    expect([a.stderr, a.exitCode]).toEqual(["Error: Device 'eth9' not found.\n", 10]);
    const d = await s.exec('sudo nmcli device delete eth1');
    expect([d.stderr, d.exitCode]).toEqual(["Error: Device 'eth1' (/org/freedesktop/NetworkManager/Devices/3) deletion failed: This device is not a software device or is not realized\nError: not all devices deleted.\n", 1]);
    const w = await s.exec('nmcli device wifi list ifname eth1');
    expect([w.stderr, w.exitCode]).toEqual(["Error: Device 'eth1' is not a Wi-Fi device.\n", 10]);
    expect((await s.exec('nmcli device connect help')).stderr.startsWith('Usage: nmcli device connect { ARGUMENTS | help }\n')).toBe(true);
  });

  it('a user polkit does not allow is refused without an agent', async () => {
    const s = await nodes();
    const down = await s.exec('nmcli connection down "System eth1"');
    expect([down.stdout, down.exitCode]).toEqual(["Connection 'System eth1' deactivation failed: Not authorized to deactivate connections\n", 0]);
    const mod = await s.exec('nmcli con mod "System eth1" ipv4.addresses 192.168.56.99/24');
    expect([mod.stderr, mod.exitCode]).toEqual(["Error: Failed to modify connection 'System eth1': Insufficient privileges\n", 1]);
    const perms = (await s.exec('nmcli general permissions')).stdout;
    expect(perms).toMatch(/^org\.freedesktop\.NetworkManager\.network-control +auth +$/m);
    expect((await s.exec('sudo nmcli -t -f PERMISSION,VALUE general permissions')).stdout).toMatch(/^org\.freedesktop\.NetworkManager\.network-control:yes$/m);
  });
});

describe('nmcli general, networking, radio', () => {
  it('switch states print terse, logging lists the default domains', async () => {
    const s = await nodes();
    expect((await s.exec('nmcli networking')).stdout).toBe('enabled\n');
    expect((await s.exec('nmcli networking connectivity')).stdout).toBe('full\n');
    expect((await s.exec('nmcli radio wifi')).stdout).toBe('enabled\n');
    expect((await s.exec('nmcli radio')).stdout.split('\n')[0].split(/ +/).filter(Boolean)).toEqual(['WIFI-HW', 'WIFI', 'WWAN-HW', 'WWAN']);
    const log = (await s.exec('nmcli -t general logging')).stdout;
    expect(log.startsWith('INFO:PLATFORM,RFKILL,ETHER,WIFI,BT,MB,DHCP4,DHCP6,PPP,IP4,')).toBe(true);
    expect(log).not.toMatch(/WIFI_SCAN|DBUS_PROPS|VPN_PLUGIN/);
  });

  it('networking off puts every device to sleep and takes the addresses away; on brings them back', async () => {
    const s = await nodes();
    expect((await s.exec('sudo nmcli networking off')).output).toBe('');
    expect((await s.exec('nmcli -t -f STATE general')).stdout).toBe('asleep\n');
    expect((await s.exec('nmcli -g DEVICE,STATE device')).stdout).toMatch(/^eth1:unmanaged$/m);
    expect((await s.exec('hostname -I')).stdout.trim()).toBe('');
    await s.exec('sudo nmcli networking on');
    expect((await s.exec('hostname -I')).stdout).toMatch(/^10\.0\.2\.15 192\.168\./);
    const r = await s.exec('nmcli networking off');
    expect([r.stderr, r.exitCode]).toEqual(['Error: failed to set networking: Not authorized to enable/disable networking\n', 1]);
  });

  it('general hostname sets the static hostname', async () => {
    const s = await nodes();
    expect((await s.exec('sudo nmcli general hostname web1')).output).toBe('');
    expect((await s.exec('hostnamectl hostname')).stdout).toBe('web1\n');
    expect((await s.exec('nmcli general hostname')).stdout).toBe('web1\n');
  });
});

describe('nmcli monitor', () => {
  it('stays until Ctrl+C and prints what changes', async () => {
    const s = await nodes();
    let out = '';
    s.on('output', (e: { text: string }) => (out += e.text));
    await s.submit('nmcli monitor');
    await s.advance(1500);
    expect(out).toContain('NetworkManager is running\n');
    expect(s.busy).toBe(true);
    await s.interrupt();
    expect(out).toContain('Error: nmcli terminated by signal Interrupt (2)\n');
    expect(s.busy).toBe(false);
  });

  it('agent registers and waits', async () => {
    const s = await nodes();
    let out = '';
    s.on('output', (e: { text: string }) => (out += e.text));
    await s.submit('nmcli agent');
    await s.advance(1000);
    expect(out).toContain("nmcli successfully registered as a NetworkManager's secret agent.\nnmcli successfully registered as a polkit agent.\n");
    await s.interrupt();
    expect(s.busy).toBe(false);
  });
});
