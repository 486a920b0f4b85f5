// A swap file on the Rocky guest: fallocate, mkswap and swapon as a learner types them, and the world that sees it
// (/proc/swaps, free, swapon --show, dmesg), then swapoff; the kubelet refuses to start while any swap is on.
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';
import type { Session } from '../../../../src/sim/session';
import { swapBlocksKubelet } from '../../../../src/sim/k8s/swap';
import '../../../../src/sim/k8s/register';

let s: Session;
beforeAll(async () => {
  await loadGuest();
  s = await createSession({ lab: 'vm', seed: 5 });
  await s.exec('sudo -i');
});

describe('a swap file', () => {
  it('fallocate makes the file; mkswap warns about its mode and writes the header', async () => {
    expect(await s.exec('fallocate -l 512M /swapfile')).toMatchObject({ output: '', exitCode: 0 });
    expect((await s.exec("stat -c '%a %s' /swapfile")).stdout).toBe('644 536870912\n');
    const r = await s.exec('mkswap /swapfile');
    expect(r.stderr).toBe('mkswap: /swapfile: insecure permissions 0644, fix with: chmod 0600 /swapfile\n');
    expect(r.stdout).toMatch(/^Setting up swapspace version 1, size = 512 MiB \(536866816 bytes\)\nno label, UUID=[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\n$/);
    expect((await s.exec('blkid -p /swapfile 2>/dev/null; hexdump -s 4086 -n 10 -e \'10/1 "%c" "\\n"\' /swapfile')).stdout).toContain('SWAPSPACE2\n');
  });

  it('swapon takes it; the system counts it; swapoff lets it go', async () => {
    await s.exec('chmod 600 /swapfile');
    s.world.host('default').sys!.swapOn = false;
    expect(swapBlocksKubelet(s.world.host('default'))).toBe(false);
    expect(await s.exec('swapon /swapfile')).toMatchObject({ output: '', exitCode: 0 });
    expect((await s.exec('swapon --show')).stdout).toBe('NAME      TYPE SIZE USED PRIO\n/swapfile file 512M   0B   -2\n');
    expect((await s.exec('cat /proc/swaps')).stdout.split('\n')[1]).toBe('/swapfile                               file\t\t524284\t\t0\t\t-2');
    expect((await s.exec('free')).stdout).toMatch(/\nSwap:\s+524284\s+0\s+524284\n$/);
    expect((await s.exec('dmesg | tail -1')).stdout).toContain('Adding 524284k swap on /swapfile.');
    expect(swapBlocksKubelet(s.world.host('default'))).toBe(true);
    expect(await s.exec('swapon /swapfile')).toMatchObject({ stderr: 'swapon: /swapfile: swapon failed: Device or resource busy\n', exitCode: 255 });
    expect(await s.exec('swapoff /swapfile')).toMatchObject({ output: '', exitCode: 0 });
    expect(await s.exec('swapoff /swapfile')).toMatchObject({ stderr: 'swapoff: /swapfile: swapoff failed: Invalid argument\n', exitCode: 4 });
    expect((await s.exec('swapon')).stdout).toBe('');
  });

  it('a file with holes (truncate) is refused; a user may not turn swap on', async () => {
    await s.exec('truncate -s 64M /holes; chmod 600 /holes; mkswap /holes >/dev/null 2>&1');
    expect(await s.exec('swapon /holes')).toMatchObject({ stderr: 'swapon: /holes: skipping - it appears to have holes.\n', exitCode: 255 });
    await s.exec('exit');
    await s.exec('fallocate -l 1M mine; chmod 600 mine; mkswap mine >/dev/null');
    const r = await s.exec('swapon mine');
    expect(r.stderr).toBe('swapon: /home/vagrant/mine: insecure file owner 1000, 0 (root) suggested.\nswapon: /home/vagrant/mine: swapon failed: Operation not permitted\n');
    expect(r.exitCode).toBe(255);
  });
});

describe('hexdump of a large file', () => {
  it('reads the zeros fallocate made without spelling them out, squeezed to one line', async () => {
    const t = await createSession({ lab: 'vm', seed: 5 });
    await t.exec('fallocate -l 1G big.img');
    expect((await t.exec('hexdump -C big.img')).stdout).toBe('00000000  00 00 00 00 00 00 00 00  00 00 00 00 00 00 00 00  |................|\n*\n40000000\n');
    expect((await t.exec('hexdump -C -s 4096 -n 32 big.img')).stdout).toBe('00001000  00 00 00 00 00 00 00 00  00 00 00 00 00 00 00 00  |................|\n*\n00001020\n');
  });
});
