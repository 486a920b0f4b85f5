// xz, unxz and xzcat of xz 5.2.5: real .xz containers (stored LZMA2 chunks) that round-trip, the options and
// messages of src/xz, tar -J, xz -l's table. The recorded cases are tests/golden/linux xz-*.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';
import { crc64, unxzBytes, xzBytes } from '../../../../src/sim/commands/xz/format';
import { longHelp, shortHelp } from '../../../../src/sim/commands/xz/xz/help';
import { plainRun } from '../plain';

const enc = (s: string) => new TextEncoder().encode(s);

describe('xz format', () => {
  it('writes xz 5.2.5 bytes for a short input, CRC64 as liblzma computes it', () => {
    // `printf 'hello\n' | xz | od -An -tx1`
    expect(Buffer.from(xzBytes(enc('hello\n'))).toString('hex')).toBe('fd377a585a000004e6d6b4460200210116000000742fe5a301000568656c6c6f0a000000a56097f194f6fde000011e06c12fa41d1fb6f37d010000000004595a');
    // the CRC64 of "123456789" is 0x995dc9bbdf1939fa, stored little-endian
    expect(Buffer.from(crc64(enc('123456789'))).toString('hex')).toBe('fa3919dfbbc95d99');
  });

  it('round-trips data over several 64 KiB chunks and concatenated streams; tells cut and damaged data apart', () => {
    const big = new Uint8Array(200000).map((_, i) => (i * 31) & 0xff);
    const x = unxzBytes(xzBytes(big, 9, 'crc32'));
    expect(x.ok && Buffer.compare(Buffer.from(x.data), Buffer.from(big))).toBe(0);
    const two = unxzBytes(new Uint8Array([...xzBytes(enc('a\n')), ...xzBytes(enc('b\n'))]));
    expect(two).toMatchObject({ ok: true, streams: 2, blocks: 2 });
    const b = xzBytes(enc('alpha one\n'));
    expect(unxzBytes(b.subarray(0, 30))).toMatchObject({ ok: false, why: 'eof' });
    const bad = b.slice();
    bad[30] ^= 1;
    expect(unxzBytes(bad)).toMatchObject({ ok: false, why: 'data' });
    expect(unxzBytes(enc('plain'))).toMatchObject({ ok: false, why: 'format' });
  });
});

describe('xz commands', () => {
  async function guest() {
    const s = await createSession({ lab: 'vm', seed: 1 });
    await s.exec('mkdir -p /home/vagrant/w && cd /home/vagrant/w && printf "hello\\n" > a.txt');
    return s;
  }

  it('compresses in place, lists, and unxz/xzcat give the text back', async () => {
    const s = await guest();
    expect(plainRun(await s.exec('xz a.txt && ls && file a.txt.xz'))).toMatchObject({ stdout: 'a.txt.xz\na.txt.xz: XZ compressed data\n', exitCode: 0 });
    expect((await s.exec('xz -l a.txt.xz')).stdout).toBe('Strms  Blocks   Compressed Uncompressed  Ratio  Check   Filename\n    1       1         64 B          6 B    ---  CRC64   a.txt.xz\n');
    expect((await s.exec('xzcat a.txt.xz')).stdout).toBe('hello\n');
    expect(await s.exec('unxz a.txt.xz && cat a.txt')).toMatchObject({ stdout: 'hello\n', exitCode: 0 });
  });

  it('help by the name it was run by, the long help, the version; errors and warnings set 1 and 2', async () => {
    const s = await guest();
    expect((await s.exec('unxz --help')).stdout).toBe(shortHelp('unxz'));
    expect((await s.exec('xz -H')).stdout).toBe(longHelp('xz'));
    expect((await s.exec('xz -V')).stdout).toBe('xz (XZ Utils) 5.2.5\nliblzma 5.2.5\n');
    expect(await s.exec('xz -d a.txt')).toMatchObject({ stderr: 'xz: a.txt: File format not recognized\n', exitCode: 1 });
    expect(await s.exec('xz -dc a.txt.nothere a.txt')).toMatchObject({ exitCode: 1 });
    expect(await s.exec('xz')).toMatchObject({ stderr: "xz: Compressed data cannot be written to a terminal\nxz: Try `xz --help' for more information.\n", exitCode: 1 });
  });

  it('tar -J writes .xz that xz -t accepts and xzcat expands', async () => {
    const s = await guest();
    const r = await s.exec('tar cJf x.tar.xz a.txt && xz -t x.tar.xz && tar tJf x.tar.xz && xzcat x.tar.xz | tar tf -');
    expect(r).toMatchObject({ stdout: 'a.txt\na.txt\n', stderr: '', exitCode: 0 });
  });
});
