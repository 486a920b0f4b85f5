// netstat on the Windows host: `/?` as NETSTAT.EXE prints it (tests/golden/cmd/netstat.usage, SOURCES.md), the
// columns of public `netstat -an` / `-ano` outputs, VirtualBox's forwarded ports held by VBoxHeadless.exe while
// the VMs run, and -b refused in a console that is not elevated.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';
import '../../../../src/sim/k8s/register';

const GOLDEN = path.resolve(__dirname, '../../../golden/cmd');

async function hostOfNodes() {
  const s = await createSession({ lab: 'nodes', seed: 1 });
  while (s.frame.shell !== 'cmd') await s.exec('exit');
  return s;
}

describe('netstat', () => {
  it('/? prints the recorded usage on stderr', async () => {
    const s = await createSession({ lab: 'host', seed: 1 });
    const r = await s.exec('netstat /?');
    expect(r.stderr).toBe(fs.readFileSync(path.join(GOLDEN, 'netstat.usage'), 'utf8'));
    expect(r.stdout).toBe('\n');
  });

  it('-ano lists the forwarded ssh ports with the PID tasklist gives VBoxHeadless.exe', async () => {
    const s = await hostOfNodes();
    const out = (await s.exec('netstat -ano')).stdout;
    const lines = out.split('\n');
    expect(lines.slice(0, 4)).toEqual(['', 'Active Connections', '', '  Proto  Local Address          Foreign Address        State           PID']);
    const headless = (await s.exec('tasklist /FI "IMAGENAME eq VBoxHeadless.exe" /FO CSV /NH')).stdout.trim().split('\n').map((l) => l.split('","')[1]);
    expect(headless).toHaveLength(3);
    for (const pid of headless) expect(out).toMatch(new RegExp(`^  TCP    127\\.0\\.0\\.1:22\\d\\d         0\\.0\\.0\\.0:0              LISTENING       ${pid}$`, 'm'));
    expect(out).toContain('  TCP    192.168.56.1:139       0.0.0.0:0              LISTENING       4\n');
    expect(out).toContain('  UDP    0.0.0.0:5353           *:*                                    1404\n');
    // TCP before UDP, IPv4 before IPv6
    expect(out.indexOf('  TCP    [::]:135')).toBeGreaterThan(out.indexOf('  TCP    192.168.56.1:139'));
    expect(out.indexOf('  UDP ')).toBeGreaterThan(out.indexOf('  TCP    [::]:'));
    // the forwards close with their VMs
    await s.exec('vagrant halt');
    expect((await s.exec('netstat -an')).stdout).not.toContain('127.0.0.1:22');
  }, 60_000);

  it('-a names the host for a listener; -p filters; UDP rows keep their padding without -o', async () => {
    const s = await hostOfNodes();
    const tcp = (await s.exec('netstat -a -p TCP')).stdout;
    expect(tcp).toContain('  TCP    127.0.0.1:2222         DESKTOP-7Q2K4VB:0      LISTENING\n');
    expect(tcp).not.toContain('UDP');
    expect(tcp).not.toContain('[::]');
    expect((await s.exec('netstat -an -p udpv6')).stdout).toContain('  UDP    [::]:5355              *:*                    \n');
    // without -a only connections are listed: none at the prompt
    expect((await s.exec('netstat -n')).stdout).toBe('\nActive Connections\n\n  Proto  Local Address          Foreign Address        State\n\n');
  });

  it('-b needs an elevated console', async () => {
    const s = await createSession({ lab: 'host', seed: 1 });
    expect(await s.exec('netstat -abno')).toMatchObject({ stdout: 'The requested operation requires elevation.\n\n', exitCode: 1 });
  });

  it('-e prints the interface statistics in their columns, counting up with the uptime', async () => {
    const s = await createSession({ lab: 'host', seed: 1 });
    const out = (await s.exec('netstat -e')).stdout;
    const lines = out.split('\n');
    expect(lines.slice(0, 4)).toEqual(['Interface Statistics', '', '                           Received            Sent', '']);
    expect(lines.slice(4, 10).map((l) => l.replace(/\d/g, '9').length)).toEqual([51, 51, 51, 51, 51, 35]);
    expect(lines[7]).toBe('Discards                          0               0');
    expect(lines[9]).toBe('Unknown protocols                 0');
  });
});
