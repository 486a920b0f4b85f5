// cpio of GNU cpio 2.13: the archive formats byte for byte, the -tv listing, extraction with -d/-u/-m, the errors.
// More cases recorded from GNU cpio 2.13 are tests/golden/linux cpio-*.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';
import { packCpio, unpackCpio, type Entry } from '../../../../src/sim/commands/cpio/format';

const file = (name: string, text: string): Entry => ({ name, mode: 0o100644, uid: 0, gid: 0, nlink: 1, mtime: 1704067200, ino: 0x20e22d, dev: 0xfe00, data: new TextEncoder().encode(text) });

describe('cpio formats', () => {
  it('bin: the 26-byte header as GNU cpio writes it on a little-endian host, padded to 512', () => {
    const b = packCpio([file('b.txt', 'yo\n')], 'bin');
    // `echo b.txt | cpio -o | od -An -tx1 | head -2` for a file with that inode, device and time
    expect(Buffer.from(b.subarray(0, 32)).toString('hex')).toBe('c77100fe2de2a48100000000010000009265800006000000030062 2e74787400'.replace(' ', ''));
    expect(b.length).toBe(512);
  });

  it('newc and odc round-trip names, modes, times and data', () => {
    for (const f of ['newc', 'odc', 'crc', 'bin'] as const) {
      const x = unpackCpio(packCpio([file('a', 'one\n'), { ...file('d', ''), mode: 0o40755, nlink: 2 }, file('d/b', 'two\n')], f));
      expect(x).not.toBe('eof');
      if (x === 'eof') return;
      expect(x.entries.map((e) => [e.name, e.mode.toString(8), e.mtime, new TextDecoder().decode(e.data)])).toEqual([
        ['a', '100644', 1704067200, 'one\n'],
        ['d', '40755', 1704067200, ''],
        ['d/b', '100644', 1704067200, 'two\n'],
      ]);
      expect(x.format).toBe(f);
    }
  });
});

describe('cpio', () => {
  it('-o from names, -tv lists like ls -l, -id extracts into new directories, -u replaces', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    await s.exec('mkdir -p /tmp/c/d && cd /tmp/c && echo hello > d/a.txt && echo yo > b.txt && touch -d @1704067200 b.txt d d/a.txt');
    expect(await s.exec('cd /tmp/c && find . -mindepth 1 | sort | cpio -o -H newc > /tmp/x.cpio')).toMatchObject({ stderr: '1 block\n', exitCode: 0 });
    expect((await s.exec('file /tmp/x.cpio')).stdout).toBe('/tmp/x.cpio: ASCII cpio archive (SVR4 with no CRC)\n');
    expect((await s.exec('cpio -tv < /tmp/x.cpio')).stdout).toBe(
      '-rw-rw-r--   1 vagrant  vagrant         3 Jan  1  2024 ./b.txt\ndrwxrwxr-x   2 vagrant  vagrant         0 Jan  1  2024 ./d\n-rw-rw-r--   1 vagrant  vagrant         6 Jan  1  2024 ./d/a.txt\n',
    );
    expect(await s.exec('mkdir /tmp/e && cd /tmp/e && cpio -id "*a.txt" < /tmp/x.cpio && cat d/a.txt')).toMatchObject({ stdout: 'hello\n', stderr: '1 block\n', exitCode: 0 });
    expect(await s.exec('cd /tmp/e && cpio -i "*a.txt" < /tmp/x.cpio')).toMatchObject({ stderr: 'cpio: ./d/a.txt not created: newer or same age version exists\n1 block\n', exitCode: 0 });
    expect(await s.exec('cd /tmp/e && cpio -ium "*a.txt" < /tmp/x.cpio && stat -c %Y d/a.txt')).toMatchObject({ stdout: '1704067200\n', exitCode: 0 });
  });

  it('usage errors are argp\'s, exit 2; junk is a premature end', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    const TRY = "Try 'cpio --help' or 'cpio --usage' for more information.\n";
    expect(await s.exec('cpio')).toMatchObject({ stderr: `cpio: You must specify one of -oipt options.\n${TRY}`, exitCode: 2 });
    expect(await s.exec('cpio -y')).toMatchObject({ stderr: `cpio: invalid option -- 'y'\n${TRY}`, exitCode: 64 });
    expect(await s.exec('echo hello | cpio -t')).toMatchObject({ stderr: 'cpio: premature end of archive\n', exitCode: 2 });
  });
});

/** Hex with ~N~ for N zero bytes. */
const unhex = (s: string) => s.replace(/~(\d+)~/g, (_, n: string) => '00'.repeat(Number(n)));

describe('cpio -H ustar and -H tar (src/tar.c)', () => {
  it('writes the header byte for byte as GNU cpio 2.13 does', async () => {
    const { packTar } = await import('../../../../src/sim/commands/cpio/tarfmt');
    const e = { ...file('b.txt', 'yo\n'), ino: 1, dev: 1 };
    // `echo b.txt | cpio -o -H ustar | head -c 512` as root, b.txt mode 644 with mtime 1704067200
    const u = packTar([e], true, () => 'root', () => 'root');
    expect(Buffer.from(u.subarray(0, 512)).toString('hex')).toBe(unhex('622e747874~95~303030303634340030303030303030003030303030303000303030303030303030303300313435343434303032303000303031323032300030~100~7573746172003030726f6f74~28~726f6f74~28~303030303030300030303030303030~168~'));
    const t = packTar([e], false, () => 'root', () => 'root');
    expect(Buffer.from(t.subarray(0, 512)).toString('hex')).toBe(unhex('622e747874~95~303030303634340030303030303030003030303030303000303030303030303030303300313435343434303032303000303030353533310030~355~'));
    // the data block, 1024 zero bytes, no further padding: 2048 bytes
    expect(u.length).toBe(2048);
  });

  it('tar tvf in the guest reads a ustar archive cpio wrote, owners and links included', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    await s.exec('cd /tmp && echo hi > f && ln -s f l && touch -d @1704067200 f');
    const r = await s.exec("cd /tmp && printf 'f\\nl\\n' | cpio -o -H ustar > a.tar && tar tvf a.tar");
    expect(r.stdout).toMatch(/^-rw-rw-r-- vagrant\/vagrant +3 2024-01-01 00:00 f\nlrwxrwxrwx vagrant\/vagrant +0 \d{4}-\d\d-\d\d \d\d:\d\d l -> f\n$/);
    expect(r.stderr).toBe('5 blocks\n');
    // a second name of the same file is a hard link member (tar lists it "link to")
    await s.exec('cd /tmp && ln f g');
    expect((await s.exec("cd /tmp && printf 'f\\ng\\n' | cpio -o -H ustar --quiet | tar tvf -")).stdout).toMatch(/\nhrw-rw-r-- vagrant\/vagrant +0 2024-01-01 00:00 g link to f\n$/);
    // tar -x makes the links again
    await s.exec("cd /tmp && printf 'f\\ng\\nl\\n' | cpio -o -H ustar --quiet > links.tar && mkdir x && cd x && tar xf ../links.tar");
    expect((await s.exec('cd /tmp/x && stat -c %h f && readlink l && cat g')).stdout).toBe('2\nf\nhi\n');
    const v7 = await s.exec("cd /tmp && echo f | cpio -o -H tar --quiet | tar tvf -");
    expect(v7.stdout).toMatch(/^-rw-rw-r-- 1000\/1000 +3 2024-01-01 00:00 f\n$/);
  });
});

describe('cpio -p (copy-pass mode, src/copypass.c)', () => {
  it('copies files, directories and links into the destination and counts the blocks', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    await s.exec('cd /tmp && mkdir -p src/d && echo one > src/d/a && ln -s a src/d/l && mkdir dest');
    const r = await s.exec('cd /tmp/src && find . | cpio -pdmv ../dest');
    // the names as find gives them, after the destination (`find . | cpio -pdmv ../dest` on cpio 2.13)
    expect(r.stderr).toBe('../dest/./d\n../dest/./d/a\n../dest/./d/l\n1 block\n');
    expect((await s.exec('readlink /tmp/dest/d/l; cat /tmp/dest/d/a')).stdout).toBe('a\none\n');
    expect(await s.exec('cd /tmp/src && echo d/a | cpio -p ../dest')).toMatchObject({ stderr: 'cpio: ../dest/d/a not created: newer or same age version exists\n0 blocks\n', exitCode: 0 });
  });
});
