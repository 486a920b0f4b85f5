// arp on the Windows host: `/?` as ARP.EXE prints it (tests/golden/cmd/arp.usage), a table per adapter in the
// layout of public `arp -a` outputs, the guests of the host-only network while they run, and the statuses and
// messages of a recorded arp.exe session (filters, bad arguments, -d refused without elevation but exit 0).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';
import '../../../../src/sim/k8s/register';

const GOLDEN = path.resolve(__dirname, '../../../golden/cmd');

describe('arp', () => {
  it('/? and a bare arp print the recorded usage on stdout with status 1', async () => {
    const s = await createSession({ lab: 'host', seed: 1 });
    const usage = fs.readFileSync(path.join(GOLDEN, 'arp.usage'), 'utf8');
    expect(await s.exec('arp /?')).toMatchObject({ stdout: usage + '\n', exitCode: 1 });
    expect(await s.exec('arp')).toMatchObject({ stdout: usage + '\n', exitCode: 1 });
    expect((await s.exec('arp -v -a')).exitCode).toBe(1);
  });

  it('-a lists one table per adapter, the running guests on the Host-Only one', async () => {
    const s = await createSession({ lab: 'nodes', seed: 1 });
    while (s.frame.shell !== 'cmd') await s.exec('exit');
    const out = (await s.exec('arp -a')).stdout;
    expect(out.startsWith('\nInterface: 192.168.0.10 --- 0xc\n  Internet Address      Physical Address      Type\n  192.168.0.1           ')).toBe(true);
    expect(out).toContain('\nInterface: 192.168.56.1 --- 0x11\n  Internet Address      Physical Address      Type\n');
    const guests = out.match(/^ {2}192\.168\.56\.\d+ +08-00-27(-[0-9a-f]{2}){3} {5}dynamic {3}$/gm) ?? [];
    expect(guests.length).toBeGreaterThan(0);
    expect(out).toContain('  192.168.56.255        ff-ff-ff-ff-ff-ff     static    \n');
    expect((await s.exec('arp -g')).stdout).toBe(out);
    const first = guests[0]!;
    const one = first.trim().split(/\s+/)[0];
    expect((await s.exec(`arp -a ${one}`)).stdout).toBe(`\nInterface: 192.168.56.1 --- 0x11\n  Internet Address      Physical Address      Type\n${first}\n\n`);
    expect((await s.exec('arp -a -N 192.168.0.10')).stdout).not.toContain('192.168.56.');
    await s.exec('vagrant halt');
    expect((await s.exec('arp -a')).stdout).not.toMatch(/dynamic.*\n.*192\.168\.56\.\d+ +08-00-27/);
    expect((await s.exec(`arp -a ${one}`)).stdout).toBe('No ARP Entries Found.\n\n');
  }, 60_000);

  it('answers bad arguments on stderr and refuses changes without elevation (status 0)', async () => {
    const s = await createSession({ lab: 'host', seed: 1 });
    expect(await s.exec('arp -a abc')).toMatchObject({ stderr: 'ARP: bad argument: abc\n', exitCode: 1 });
    expect(await s.exec('arp -a -N 10.0.0.1')).toMatchObject({ stderr: 'ARP: bad argument: 10.0.0.1\n', exitCode: 1 });
    expect(await s.exec('arp -d *')).toMatchObject({ stderr: 'The ARP entry deletion failed: The requested operation requires elevation.\n', exitCode: 0 });
    expect(await s.exec('arp -s 192.168.56.77 aa-bb-cc-dd-ee-ff')).toMatchObject({ stderr: 'The ARP entry addition failed: The requested operation requires elevation.\n', exitCode: 0 });
  });
});
