// systeminfo on the Windows host: `/?` as systeminfo.exe prints it (tests/golden/cmd/systeminfo.usage, SOURCES.md),
// the LIST layout of a public Windows 11 transcript, the same network cards as ipconfig, /FO CSV and /NH.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';
import '../../../../src/sim/k8s/register';

const GOLDEN = path.resolve(__dirname, '../../../golden/cmd');

describe('systeminfo', () => {
  it('/? prints the recorded usage; a bad option gets its ERROR lines', async () => {
    const s = await createSession({ lab: 'host', seed: 1 });
    expect((await s.exec('systeminfo /?')).stdout).toBe(fs.readFileSync(path.join(GOLDEN, 'systeminfo.usage'), 'utf8') + '\n');
    expect(await s.exec('systeminfo -help')).toMatchObject({ stderr: "ERROR: Invalid argument/option - '-help'.\nType \"SYSTEMINFO /?\" for usage.\n", exitCode: 1 });
  });

  it('lists the host in the LIST layout, with the Host-Only adapter ipconfig shows', async () => {
    const s = await createSession({ lab: 'nodes', seed: 1 });
    while (s.frame.shell !== 'cmd') await s.exec('exit');
    const out = (await s.exec('systeminfo')).stdout;
    const lines = out.split('\n');
    expect(lines[0]).toBe('');
    expect(lines.slice(1, 4)).toEqual(['Host Name:                 DESKTOP-7Q2K4VB', 'OS Name:                   Microsoft Windows 11 Pro', 'OS Version:                10.0.22631 N/A Build 22631']);
    // every label in the order and columns of the public transcript
    const labels = lines.filter((l) => /^\S/.test(l)).map((l) => l.slice(0, 27).trimEnd());
    expect(labels).toEqual([
      'Host Name:', 'OS Name:', 'OS Version:', 'OS Manufacturer:', 'OS Configuration:', 'OS Build Type:', 'Registered Owner:',
      'Registered Organization:', 'Product ID:', 'Original Install Date:', 'System Boot Time:', 'System Manufacturer:',
      'System Model:', 'System Type:', 'Processor(s):', 'BIOS Version:', 'Windows Directory:', 'System Directory:', 'Boot Device:',
      'System Locale:', 'Input Locale:', 'Time Zone:', 'Total Physical Memory:', 'Available Physical Memory:',
      'Virtual Memory: Max Size:', 'Virtual Memory: Available:', 'Virtual Memory: In Use:', 'Page File Location(s):', 'Domain:',
      'Logon Server:', 'Hotfix(s):', 'Network Card(s):', 'Hyper-V Requirements:',
    ]);
    expect(out).toContain(
      '                           [02]: VirtualBox Host-Only Ethernet Adapter\n' +
        '                                 Connection Name: VirtualBox Host-Only Network\n' +
        '                                 DHCP Enabled:    No\n' +
        '                                 IP address(es)\n' +
        '                                 [01]: 192.168.56.1\n',
    );
    const ip = (await s.exec('ipconfig')).stdout;
    expect(ip).toContain('Ethernet adapter VirtualBox Host-Only Network:');
    expect(ip).toContain('IPv4 Address. . . . . . . . . . . : 192.168.56.1\n');
    // the VMs' memory is in use while they run
    const avail = (o: string) => Number(/Available Physical Memory: ([\d,]+) MB/.exec(o)![1].replace(/,/g, ''));
    await s.exec('vagrant halt');
    expect(avail((await s.exec('systeminfo')).stdout)).toBeGreaterThan(avail(out));
  }, 60_000);

  it('/FO CSV with its header row (or /NH without), and /NH refused for LIST', async () => {
    const s = await createSession({ lab: 'host', seed: 1 });
    const [head, row] = (await s.exec('systeminfo /FO CSV')).stdout.split('\n');
    expect(head.startsWith('"Host Name","OS Name","OS Version","OS Manufacturer","OS Configuration","OS Build Type","Registered Owner"')).toBe(true);
    expect(head.endsWith('"Hotfix(s)","Network Card(s)","Hyper-V Requirements"')).toBe(true);
    expect(row).toMatch(/^"DESKTOP-7Q2K4VB","Microsoft Windows 11 Pro","10\.0\.22631 N\/A Build 22631",/);
    expect(row).toContain('"1 Processor(s) Installed.,[01]: Intel64 Family');
    expect((await s.exec('systeminfo /fo csv /nh')).stdout.split('\n')[0]).toBe(row);
    expect((await s.exec('systeminfo /nh')).exitCode).toBe(1);
  });
});
