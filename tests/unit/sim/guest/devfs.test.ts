// /dev on the Rocky guests: devtmpfs built from the world when it is looked up (commands/lib/devfs), the devices'
// numbers, owners and modes as ls -l prints them, and what reading and writing them does.
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';
import type { Session } from '../../../../src/sim/session';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { plainRun } from '../plain';

/** `ls -l` of the nodes this machine shares with the guests, recorded by scripts/golden/record-devfs.sh. */
const shared = readFileSync(path.join(import.meta.dirname, '../../../golden/devfs/shared.txt'), 'utf8').trim().split('\n');

/**
 * What udev gives these nodes on Rocky 9 (systemd 252 rules.d/50-udev-default.rules) that this machine, which runs
 * without udev, does not: tty and ptmx in group tty, the virtual consoles tty0..63 group tty with mode 0620.
 */
const udev = (name: string, mode: string, group: string): [string, string] =>
  name === 'tty' || name === 'ptmx' ? [mode, 'tty'] : /^tty\d+$/.test(name) ? ['crw--w----', 'tty'] : [mode, group];

let s: Session;
beforeAll(async () => {
  s = await createSession({ lab: 'vm', seed: 1 });
});

const run = async (line: string) => plainRun(await s.exec(line));

describe('/dev', () => {
  it('lists the devices, the links and the mounted directories', async () => {
    const ls = (await run('ls -1 /dev')).output.split('\n');
    for (const f of ['console', 'core', 'disk', 'fd', 'full', 'kmsg', 'mapper', 'mem', 'mqueue', 'null', 'ptmx', 'pts', 'random', 'sda', 'sda4', 'shm', 'stderr', 'stdin', 'stdout', 'tty', 'tty0', 'tty63', 'ttyS3', 'urandom', 'vcs', 'vcsa1', 'zero', 'hugepages']) expect(ls).toContain(f);
    expect(ls).not.toContain('tty64');
  });

  it('has the numbers, modes and links this machine\'s /dev has, with udev\'s groups', async () => {
    const names = shared.map((l) => l.split(' ').pop()!.replace(/ -> .*/, ''));
    const lines = shared.map((l) => l.split(' '));
    const r = await run(`cd /dev && ls -l ${lines.map((f) => (f[0].startsWith('l') ? f[f.length - 3] : f[f.length - 1])).join(' ')}`);
    const got = r.output.trim().split('\n').map((l) => l.replace(/^([^ ]+)\. /, '$1 ').replace(/ [A-Z][a-z]{2} +\d+ +[\d:]+ /, ' ').split(/ +/).join(' '));
    const want = lines.map((f) => {
      if (f[0].startsWith('l')) return f.join(' ');
      const [mode, group] = udev(f[f.length - 1], f[0], f[3]);
      return [mode, f[1], f[2], group, ...f.slice(4)].join(' ');
    });
    expect(names.length).toBeGreaterThan(70);
    // links: `lrwxrwxrwx 1 root root SIZE name -> target` here; the recorded line has no size
    expect(got.map((l) => l.replace(/^(l\S+ \d+ \S+ \S+) \d+ /, '$1 '))).toEqual(want);
  });

  it('shows each device as `major, minor` with its owner, group and mode', async () => {
    const r = await run('ls -l /dev/mem /dev/null /dev/sda1 /dev/tty0 /dev/ttyS0 /dev/zero');
    expect(r.output.split('\n').map((l) => l.split(/\s+/).slice(0, 6).join(' '))).toEqual([
      'crw-r-----. 1 root kmem 1, 1',
      'crw-rw-rw-. 1 root root 1, 3',
      'brw-rw----. 1 root disk 8, 1',
      'crw--w----. 1 root tty 4, 0',
      'crw-rw----. 1 root dialout 4, 64',
      'crw-rw-rw-. 1 root root 1, 5',
      '',
    ]);
  });

  it('sizes its directories as devtmpfs, tmpfs and devpts do', async () => {
    const r = (await run('ls -ld /dev/disk /dev/mapper /dev/pts /dev/shm')).output.split('\n').map((l) => l.split(/ +/).slice(0, 5).join(' '));
    expect(r).toEqual(['drwxr-xr-x. 4 root root 80', 'drwxr-xr-x. 2 root root 60', 'drwxr-xr-x. 2 root root 0', 'drwxrwxrwt. 2 root root 40', '']);
    expect((await run('ls -l /dev/mapper')).output).toMatch(/^total 0\ncrw-------\. 1 root root 10, 236 .* control\n$/);
  });

  it('links stdin, stdout, stderr and fd into /proc/self and has the terminal tty names', async () => {
    expect((await run('readlink /dev/stdin /dev/stdout /dev/stderr /dev/fd /dev/core')).output).toBe('/proc/self/fd/0\n/proc/self/fd/1\n/proc/self/fd/2\n/proc/self/fd\n/proc/kcore\n');
    expect((await run('tty')).output).toBe('/dev/pts/0\n');
    expect((await run('ls -l /dev/pts/0')).output).toMatch(/^crw--w----\. 1 vagrant tty 136, 0 .* \/dev\/pts\/0\n$/);
    expect((await run('readlink -f /dev/stdin')).output).toBe('/dev/pts/0\n');
  });

  it('names the partitions by the UUIDs blkid prints', async () => {
    const blkid = (await run('sudo blkid -s UUID -o value /dev/sda4')).output.trim();
    expect((await run(`readlink /dev/disk/by-uuid/${blkid}`)).output).toBe('../../sda4\n');
    const pu = (await run('sudo blkid -s PARTUUID -o value /dev/sda1')).output.trim();
    expect((await run(`readlink /dev/disk/by-partuuid/${pu}`)).output).toBe('../../sda1\n');
  });

  it('reads /dev/null empty and swallows what is written to it', async () => {
    expect(await run('cat /dev/null; echo $?')).toMatchObject({ output: '0\n' });
    expect((await run('echo hi > /dev/null; echo hi | tee /dev/null >/dev/null; wc -c < /dev/null')).output).toBe('0\n');
  });

  it('gives as many zeros and random bytes as the reader takes', async () => {
    expect((await run('od -N8 /dev/zero')).output).toBe('0000000 000000 000000 000000 000000\n0000010\n');
    expect((await run('head -c 100000 /dev/zero | wc -c')).output).toBe('100000\n');
    expect((await run('od -N100000 /dev/zero | tail -2')).output).toBe('*\n0303240\n');
    const a = (await run('head -c 16 /dev/urandom | base64')).output;
    const b = (await run('head -c 16 /dev/urandom | base64')).output;
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==\n$/);
    expect(a).not.toBe(b);
    expect((await run('tr -dc A-Za-z0-9 < /dev/urandom | head -c 20')).output).toMatch(/^[A-Za-z0-9]{20}$/);
    expect((await run('dd if=/dev/urandom bs=1k count=3 status=none | wc -c')).output).toBe('3072\n');
    expect((await run('cat /dev/zero | head -c 3 | od -An -c')).output).toBe('  \\0  \\0  \\0\n');
  });

  it('draws the same random bytes in another session of the same seed, and others for another seed', async () => {
    const first = async (seed: number) => (await (await createSession({ lab: 'vm', seed })).exec('od -An -tx1 -N8 /dev/urandom')).output;
    expect(await first(7)).toBe(await first(7));
    expect(await first(7)).not.toBe(await first(8));
  });

  it('runs cat /dev/zero on the terminal until Ctrl+C', async () => {
    const out: string[] = [];
    const off = s.on('output', (c) => out.push(c.text));
    await s.submit('cat /dev/zero');
    await s.advance(200);
    expect(s.busy).toBe(true);
    expect(out.join('')).toMatch(/^\0{4096,}/);
    await s.interrupt();
    await s.settle();
    off();
    expect(s.busy).toBe(false);
    expect((await run('echo $?')).output).toBe('130\n');
  });

  it('stops cat of an endless device when the reader of the pipe is done', async () => {
    const r = await s.exec('cat /dev/zero | wc -c');
    expect(Number(r.output.trim())).toBeGreaterThan(0);
  });

  it('writes to the terminal through /dev/tty and /dev/stderr', async () => {
    expect((await run('echo hi > /dev/tty')).output).toBe('hi\n');
    const r = await run('echo err > /dev/stderr');
    expect(r.stderr).toBe('err\n');
    expect((await run('echo z | tee /dev/tty >/dev/null')).output).toBe('z\n');
  });

  it('sends what a program writes to /dev/stdout and /dev/stderr where its own output goes', async () => {
    expect((await run('echo a | tee /dev/stdout | wc -l')).output).toBe('2\n');
    expect(await run('echo b | tee /dev/stderr >/dev/null')).toMatchObject({ stderr: 'b\n', exitCode: 0 });
    expect((await run('cp /etc/hostname /dev/stdout | wc -l')).output).toBe('1\n');
  });

  it('fails writes to /dev/full with No space left on device', async () => {
    expect(await run('echo hi > /dev/full')).toMatchObject({ output: '-bash: echo: write error: No space left on device\n', exitCode: 1 });
    expect(await run('cat /etc/hostname > /dev/full')).toMatchObject({ output: 'cat: write error: No space left on device\n', exitCode: 1 });
    expect((await run('head -c 4 /dev/full | od -An -tx1')).output).toBe(' 00 00 00 00\n');
  });

  it('gives the kernel log through /dev/kmsg as printk writes its records', async () => {
    const dmesg = (await run('dmesg --color=never')).output.trim().split('\n');
    const kmsg = (await run('cat /dev/kmsg | head -2')).output.trim().split('\n');
    expect(kmsg[0]).toMatch(/^5,0,0,-;Linux version 5\.14\.0-/);
    expect(kmsg[1]).toMatch(/^6,1,\d+,-;/);
    expect(kmsg[0].slice(kmsg[0].indexOf(';') + 1)).toBe(dmesg[0].replace(/^\[ *[\d.]+\] /, ''));
  });

  it('reads the standard input through /dev/stdin', async () => {
    expect((await run('echo piped | cat /dev/stdin')).output).toBe('piped\n');
  });

  it('gives stat the device numbers and the devtmpfs it lives on', async () => {
    const r = (await run('stat /dev/tty10')).output.split('\n');
    expect(r[1]).toMatch(/character special file$/);
    expect(r[2]).toMatch(/^Device: 5h\/5d\tInode: \d+ +Links: 1     Device type: 4,a$/);
    expect(r[3]).toBe('Access: (0620/crw--w----)  Uid: (    0/    root)   Gid: (    5/     tty)');
    expect(r[4]).toBe('Context: system_u:object_r:tty_device_t:s0');
    expect((await run('stat -c "%F %t %T %G" /dev/sda2')).output).toBe('block special file 8 2 disk\n');
  });

  it('keeps what is made in /dev/shm and in /dev itself, and lets only root open root\'s devices', async () => {
    expect((await run('echo x > /dev/shm/note; cat /dev/shm/note')).output).toBe('x\n');
    expect((await run('ls -ld /dev/shm')).output).toMatch(/^drwxrwxrwt\. /);
    expect((await run('sudo mknod /dev/mine c 1 3; ls -l /dev/mine')).output).toMatch(/^crw-r--r--\. 1 root root 1, 3 /);
    expect((await run('cat /dev/mem')).output).toBe('cat: /dev/mem: Permission denied\n');
    expect((await run('diff <(echo a) <(echo a); echo $?')).output).toBe('0\n');
  });
});
