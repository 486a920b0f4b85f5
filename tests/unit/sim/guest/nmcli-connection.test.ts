// nmcli connection show/up/down/modify/delete on the guests, as NetworkManager 1.48.10's sources and its client
// tests (src/tests/client/test-client.check-on-disk) print them: property lines at column 40, "(default)" notes
// only outside terse mode, the active groups after the profile, and the address following the profile.
import { describe, expect, it } from 'vitest';
import '../../../../src/sim/k8s/register';
import { createSession } from '../../../../src/sim/index';

const nodes = () => createSession({ lab: 'nodes', seed: 1 });

describe('nmcli connection', () => {
  it('show NAME: every property of the ifcfg-rh profile, then its active groups', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    const r = await s.exec('nmcli connection show "System eth0"');
    expect(r.exitCode).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('connection.id:                          System eth0');
    expect(lines).toContain('connection.autoconnect-retries:         -1 (default)');
    expect(lines).toContain('802-3-ethernet.generate-mac-address-mask:--');
    expect(lines).toContain('ipv4.method:                            auto');
    expect(lines).toContain('ipv6.method:                            ignore');
    expect(lines.indexOf('proxy.pac-script:                       --') + 1).toBe(lines.indexOf('GENERAL.NAME:                           System eth0'));
    expect(lines).toContain('IP4.ADDRESS[1]:                         10.0.2.15/24');
    expect(lines).toContain('DHCP4.OPTION[6]:                        ip_address = 10.0.2.15');
    const t = await s.exec('nmcli -t -f connection.autoconnect-retries,ipv4.method,GENERAL.STATE con show "System eth0"');
    expect(t.stdout).toBe('connection.autoconnect-retries:-1\nipv4.method:auto\nGENERAL.STATE:activated\n');
    expect((await s.exec('nmcli -g ipv4.method con show uuid 5fb06bd0-0bb0-7ffb-45f1-d6edd65f3e03')).stdout).toBe('auto\n');
    const bad = await s.exec('nmcli con show nope');
    expect([bad.stderr, bad.exitCode]).toEqual(['Error: nope - no such connection profile.\n', 10]);
  });

  it('down takes the private address away, modify and up put the new one on', async () => {
    const s = await nodes();
    const d = await s.exec('sudo nmcli con down "System eth1"');
    expect(d.stdout).toMatch(/^Connection 'System eth1' successfully deactivated \(D-Bus active path: \/org\/freedesktop\/NetworkManager\/ActiveConnection\/\d+\)\n$/);
    expect((await s.exec('ip -br addr show eth1')).stdout).not.toMatch(/192\.168/);
    expect((await s.exec('nmcli -t device')).stdout).toMatch(/^eth1:ethernet:disconnected:$/m);
    expect((await s.exec('sudo nmcli con modify "System eth1" ipv4.addresses 192.168.56.77/24')).output).toBe('');
    const u = await s.exec('sudo nmcli con up "System eth1"');
    expect(u.stdout).toMatch(/^Connection successfully activated \(D-Bus active path: \/org\/freedesktop\/NetworkManager\/ActiveConnection\/\d+\)\n$/);
    expect((await s.exec('ip -br addr show eth1')).stdout).toMatch(/192\.168\.56\.77\/24/);
    expect((await s.exec('grep ^IPADDR= /etc/sysconfig/network-scripts/ifcfg-eth1')).stdout).toBe('IPADDR=192.168.56.77\n');
  });

  it('errors for unknown profiles, settings and properties', async () => {
    const s = await nodes();
    const a = await s.exec("nmcli connection mod 'System eth1' ip.gateway ''");
    expect([a.stderr, a.exitCode]).toEqual(["Error: invalid or not allowed setting 'ip': 'ip' is ambiguous: ipv4, ipv6.\n", 2]);
    const b = await s.exec('nmcli con down nope');
    expect([b.stderr, b.exitCode]).toEqual(["Error: 'nope' is not an active connection.\nError: no active connection provided.\n", 10]);
    const c = await s.exec('nmcli con up nope');
    expect([c.stderr, c.exitCode]).toEqual(["Error: unknown connection 'nope'.\n", 10]);
    const g = await s.exec('nmcli con mod "System eth0" ipv4.gateway 10.0.2.9');
    expect([g.stderr, g.exitCode]).toEqual(["Error: Failed to modify connection 'System eth0': ipv4.gateway: gateway cannot be set if there are no addresses configured\n", 1]);
  });

  it('delete removes the profile and its address', async () => {
    const s = await nodes();
    const r = await s.exec('sudo nmcli con delete "System eth1"');
    expect(r.stdout).toMatch(/^Connection 'System eth1' \([0-9a-f-]{36}\) successfully deleted\.\n$/);
    expect((await s.exec('nmcli -g NAME con')).stdout).not.toMatch(/System eth1/);
  });
});
