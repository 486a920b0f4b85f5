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
      '-rw-r--r--   1 vagrant  vagrant         3 Jan  1  2024 ./b.txt\ndrwxr-xr-x   2 vagrant  vagrant         0 Jan  1  2024 ./d\n-rw-r--r--   1 vagrant  vagrant         6 Jan  1  2024 ./d/a.txt\n',
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
