// route on the Windows host: `/?` as ROUTE.EXE prints it (tests/golden/cmd/route.usage), `route print` in the layout
// of public Windows outputs with the adapters ipconfig shows (the VirtualBox Host-Only adapter among them), the
// same tables from `netstat -r`, and changes refused in a console that is not elevated.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';

const GOLDEN = path.resolve(__dirname, '../../../golden/cmd');
const RULE = '='.repeat(75);

describe('route', () => {
  it('/? and a bare route print the recorded usage on stderr', async () => {
    const s = await createSession({ lab: 'host', seed: 1 });
    const usage = fs.readFileSync(path.join(GOLDEN, 'route.usage'), 'utf8');
    expect(await s.exec('route /?')).toMatchObject({ stderr: usage, exitCode: 0 });
    expect(await s.exec('route')).toMatchObject({ stderr: usage, exitCode: 1 });
  });

  it('print lists the interfaces and both tables, the Host-Only network on its adapter', async () => {
    const s = await createSession({ lab: 'host', seed: 1 });
    const out = (await s.exec('route print')).stdout;
    const ip = (await s.exec('ipconfig /all')).stdout;
    const mac = /VirtualBox Host-Only Ethernet Adapter\n\s+Physical Address[ .]+: (\S+)/.exec(ip)![1];
    const lines = out.split('\n');
    expect(lines.slice(0, 2)).toEqual([RULE, 'Interface List']);
    expect(out).toContain(`...${mac.toLowerCase().replace(/-/g, ' ')} ......VirtualBox Host-Only Ethernet Adapter\n`);
    expect(out).toContain('  1...........................Software Loopback Interface 1\n' + RULE + '\n\nIPv4 Route Table\n');
    expect(out).toContain('Network Destination        Netmask          Gateway       Interface  Metric\n          0.0.0.0          0.0.0.0      192.168.0.1     192.168.0.10     25\n');
    expect(out).toContain('     192.168.56.0    255.255.255.0         On-link      192.168.56.1    281\n');
    expect(out).toContain(RULE + '\nPersistent Routes:\n  None\n\nIPv6 Route Table\n');
    // a link-local /128 is too wide for its column: its gateway goes on the next line
    expect(out).toMatch(/\n \d\d    281 fe80::[0-9a-f:]+\/128\n {36}On-link\n/);
    expect(out.endsWith(RULE + '\nPersistent Routes:\n  None\n\n')).toBe(true);
    const v4 = (await s.exec('route print -4')).stdout;
    expect(v4).not.toContain('IPv6 Route Table');
    expect(v4.endsWith('Persistent Routes:\n  None\n\n')).toBe(true);
    expect((await s.exec('netstat -r')).stdout).toBe(out);
    // a destination pattern keeps the matching routes only
    const only = (await s.exec('route print -4 192.168.56*')).stdout;
    expect(only).toContain('Interface  Metric\n     192.168.56.0    255.255.255.0         On-link      192.168.56.1    281\n     192.168.56.1  255.255.255.255         On-link      192.168.56.1    281\n   192.168.56.255  255.255.255.255         On-link      192.168.56.1    281\n' + RULE + '\nPersistent Routes:');
  });

  it('add and delete need an elevated console', async () => {
    const s = await createSession({ lab: 'host', seed: 1 });
    for (const l of ['route add 10.0.0.0 mask 255.0.0.0 192.168.56.10', 'route -p add 10.0.0.0 mask 255.0.0.0 192.168.56.10', 'route delete 10.0.0.0'])
      expect(await s.exec(l), l).toMatchObject({ stdout: 'The requested operation requires elevation.\n\n', exitCode: 1 });
  });
});
