// grubby 8.40 (the grubby-bls script): each case of tests/golden/grubby/cases.json (the script run by
// scripts/golden/grubby-record.sh as root over a /boot holding the box's one BLS entry) answers the same on a fresh
// guest through sudo. The recording names the kernel KERNEL and the entry by a placeholder machine id; the guest's
// are its kernel release and the image's build machine id.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';
import { buildMachineId } from '../../../../src/sim/commands/lib/box-boot';

beforeAll(async () => {
  await loadGuest();
});

type Case = { cmd: string; stdout: string; stderr: string; status: number };
const cases = JSON.parse(readFileSync('tests/golden/grubby/cases.json', 'utf8')) as Case[];

describe('grubby', () => {
  it('answers as the grubby-bls script over the box entry', async () => {
    expect(cases.length).toBeGreaterThan(30);
    for (const c of cases) {
      const s = await createSession({ lab: 'vm' });
      const k = (await s.exec('uname -r')).stdout.trim();
      const fill = (t: string) => t.split('KERNEL').join(k).split('0123456789abcdef0123456789abcdef').join(buildMachineId());
      const r = await s.exec(fill(c.cmd).replace(/(^|; )grubby/g, '$1sudo grubby').replace(/\bcat \/boot/g, 'sudo cat /boot'));
      expect({ cmd: c.cmd, stdout: r.stdout, stderr: r.stderr, status: r.exitCode }).toEqual({ cmd: c.cmd, stdout: fill(c.stdout), stderr: fill(c.stderr), status: c.status });
    }
  });

  it('agrees with uname, rpm and /proc/cmdline', async () => {
    const s = await createSession({ lab: 'vm' });
    const k = (await s.exec('uname -r')).stdout.trim();
    expect((await s.exec('rpm -q kernel')).stdout).toBe(`kernel-${k}\n`);
    // grubby.spec installs the script as %{_sbindir}/grubby, logrotate.spec its program as %{_sbindir}/logrotate
    expect((await s.exec('which grubby logrotate')).stdout).toBe('/usr/sbin/grubby\n/usr/sbin/logrotate\n');
    expect((await s.exec('grubby --default-kernel')).stdout).toBe(`/boot/vmlinuz-${k}\n`);
    const cmdline = (await s.exec('cat /proc/cmdline')).stdout.trim();
    const info = (await s.exec('sudo grubby --info=DEFAULT')).stdout;
    const root = /root="(.*)"/.exec(info)![1];
    const args = /args="(.*)"/.exec(info)![1];
    expect(cmdline).toBe(`BOOT_IMAGE=(hd0,gpt3)/vmlinuz-${k} root=${root} ${args}`);
  });
});
