// ipconfig /all on the Windows host, in the layout of public Windows 10 and 11 outputs (tests/golden/cmd/SOURCES.md):
// the label lines below are theirs, dots and columns as printed.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';
import '../../../../src/sim/k8s/register';

/** Label lines of the public outputs (kellyjonbrazil/jc windows-10 and windows-11 ipconfig.out), value cut off. */
const REAL_LABELS = [
  '   Host Name . . . . . . . . . . . . : ',
  '   Primary Dns Suffix  . . . . . . . : ',
  '   Node Type . . . . . . . . . . . . : ',
  '   IP Routing Enabled. . . . . . . . : ',
  '   WINS Proxy Enabled. . . . . . . . : ',
  '   Connection-specific DNS Suffix  . : ',
  '   Description . . . . . . . . . . . : ',
  '   Physical Address. . . . . . . . . : ',
  '   DHCP Enabled. . . . . . . . . . . : ',
  '   Autoconfiguration Enabled . . . . : ',
  '   Link-local IPv6 Address . . . . . : ',
  '   IPv4 Address. . . . . . . . . . . : ',
  '   Subnet Mask . . . . . . . . . . . : ',
  '   Lease Obtained. . . . . . . . . . : ',
  '   Lease Expires . . . . . . . . . . : ',
  '   Default Gateway . . . . . . . . . : ',
  '   DHCP Server . . . . . . . . . . . : ',
  '   DHCPv6 IAID . . . . . . . . . . . : ',
  '   DHCPv6 Client DUID. . . . . . . . : ',
  '   DNS Servers . . . . . . . . . . . : ',
  '   NetBIOS over Tcpip. . . . . . . . : ',
];

describe('ipconfig /all', () => {
  it('prints the host block and each adapter with the real labels, dots and columns', async () => {
    const s = await createSession({ lab: 'host', seed: 1 });
    const out = (await s.exec('ipconfig /all')).stdout;
    const labelled = out.split('\n').filter((l) => l.startsWith('   ') && l.includes(' : '));
    for (const l of labelled) expect(REAL_LABELS).toContain(l.slice(0, l.indexOf(' : ') + 3));
    expect(out.startsWith('\nWindows IP Configuration\n\n   Host Name . . . . . . . . . . . . : DESKTOP-7Q2K4VB\n   Primary Dns Suffix  . . . . . . . : \n   Node Type . . . . . . . . . . . . : Hybrid\n')).toBe(true);
    expect(out).toContain('   WINS Proxy Enabled. . . . . . . . : No\n\nEthernet adapter Ethernet:\n\n   Connection-specific DNS Suffix  . : \n');
    expect(out).toContain('   IPv4 Address. . . . . . . . . . . : 192.168.0.10(Preferred)\n');
    expect(out).toMatch(/   Lease Obtained\. \. \. \. \. \. \. \. \. \. : [A-Z][a-z]+day, [A-Z][a-z]+ \d{1,2}, \d{4} \d{1,2}:\d\d:\d\d [AP]M\n/);
  });

  it('shows a Host-Only adapter as a public VirtualBox transcript does: static, no DHCP lines, the default DNS servers', async () => {
    const s = await createSession({ lab: 'host', seed: 1 });
    const out = (await s.exec('IPCONFIG /ALL')).stdout;
    const block = out.slice(out.indexOf('Ethernet adapter VirtualBox Host-Only Network:'));
    expect(block).toContain('   Description . . . . . . . . . . . : VirtualBox Host-Only Ethernet Adapter\n   Physical Address. . . . . . . . . : 0A-00-27-00-00-11\n   DHCP Enabled. . . . . . . . . . . : No\n   Autoconfiguration Enabled . . . . : Yes\n');
    expect(block).toContain('   Subnet Mask . . . . . . . . . . . : 255.255.255.0\n   Default Gateway . . . . . . . . . : \n   DHCPv6 IAID');
    expect(block).toContain('   DNS Servers . . . . . . . . . . . : fec0:0:0:ffff::1%1\n                                       fec0:0:0:ffff::2%1\n                                       fec0:0:0:ffff::3%1\n   NetBIOS over Tcpip. . . . . . . . : Enabled\n');
    expect(block).not.toContain('Lease');
  });

  it('keeps the short listing without /all', async () => {
    const s = await createSession({ lab: 'host', seed: 1 });
    expect((await s.exec('ipconfig')).stdout).not.toContain('Physical Address');
  });
});
