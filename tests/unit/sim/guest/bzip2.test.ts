// bzip2, bunzip2 and bzcat of bzip2 1.0.8: the bytes are bzip2's own (the fixtures in tests/golden/linux bzip2-*
// were written by the real bzip2 1.0.8), several blocks and streams round-trip, tar -j reads and writes them.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';
import { bunzip2Bytes, bzip2Bytes } from '../../../../src/sim/commands/bzip2/format';
import { license, usage } from '../../../../src/sim/commands/bzip2/bzip2/help';
import { plainRun } from '../plain';

const enc = (s: string) => new TextEncoder().encode(s);

describe('bzip2 format', () => {
  it('writes the 14-byte empty stream and the recorded bytes of a short text', () => {
    expect(Buffer.from(bzip2Bytes(new Uint8Array(0))).toString('hex')).toBe('425a683917724538509000000000');
    // `printf 'hello world\n' | bzip2 | od -An -tx1` on bzip2 1.0.8
    expect(Buffer.from(bzip2Bytes(enc('hello world\n'))).toString('hex')).toBe('425a68393141592653594eece83600000251800010400006449080200031064c4101a7a9a580bb9431f8bb9229c28482776741b0');
  });

  it('round-trips runs, repeats and data spanning several -1 blocks', () => {
    const big = new Uint8Array(250000);
    for (let i = 0; i < big.length; i++) big[i] = (i * 7919) % 251 ^ (i >> 9);
    for (const d of [enc('a'.repeat(1000)), enc('ab'.repeat(300)), enc('x'.repeat(300) + 'y'), big]) {
      const x = bunzip2Bytes(bzip2Bytes(d, 1));
      expect(x.ok && Buffer.compare(Buffer.from(x.data), Buffer.from(d))).toBe(0);
    }
    const two = new Uint8Array([...bzip2Bytes(enc('one\n')), ...bzip2Bytes(enc('two\n'))]);
    const x = bunzip2Bytes(two);
    expect(x.ok && new TextDecoder().decode(x.data)).toBe('one\ntwo\n');
  });

  it('tells a cut file, a damaged block and other data apart', () => {
    const b = bzip2Bytes(enc('alpha one\nbeta two\n'));
    expect(bunzip2Bytes(b.subarray(0, 20))).toMatchObject({ ok: false, why: 'eof' });
    const bad = b.slice();
    bad[10] ^= 0xff;
    expect(bunzip2Bytes(bad)).toMatchObject({ ok: false, why: 'data' });
    expect(bunzip2Bytes(enc('plain text'))).toMatchObject({ ok: false, why: 'magic' });
    expect(bunzip2Bytes(new Uint8Array(0))).toMatchObject({ ok: false, why: 'eof' });
  });
});

describe('bzip2 commands', () => {
  async function guest() {
    const s = await createSession({ lab: 'vm', seed: 1 });
    await s.exec('mkdir -p /home/vagrant/w && cd /home/vagrant/w && printf "hello world\\n" > a.txt');
    return s;
  }

  it('compresses in place keeping the mode, and bunzip2/bzcat give the text back', async () => {
    const s = await guest();
    await s.exec('chmod 600 a.txt');
    expect(plainRun(await s.exec('bzip2 a.txt && ls'))).toMatchObject({ stdout: 'a.txt.bz2\n', exitCode: 0 });
    expect((await s.exec('stat -c "%a %s" a.txt.bz2')).stdout).toBe('600 52\n');
    expect((await s.exec('file a.txt.bz2')).stdout).toBe('a.txt.bz2: bzip2 compressed data, block size = 900k\n');
    expect((await s.exec('bzcat a.txt.bz2')).stdout).toBe('hello world\n');
    expect(await s.exec('bunzip2 a.txt.bz2 && cat a.txt')).toMatchObject({ stdout: 'hello world\n', exitCode: 0 });
  });

  it('help and license go to standard error; -L goes on to compress', async () => {
    const s = await guest();
    expect(await s.exec('bzcat --help')).toMatchObject({ stdout: '', stderr: usage('bzcat'), exitCode: 0 });
    const r = await s.exec('bzip2 -L < a.txt | bunzip2');
    expect(r).toMatchObject({ stdout: 'hello world\n', stderr: license, exitCode: 0 });
    expect(await s.exec('bzip2')).toMatchObject({ stderr: "bzip2: I won't write compressed data to a terminal.\nbzip2: For help, type: `bzip2 --help'.\n", exitCode: 1 });
  });

  it('tar -j writes bzip2 data that bzip2 -t accepts and tar -t lists', async () => {
    const s = await guest();
    const r = await s.exec('tar cjf x.tar.bz2 a.txt && bzip2 -tv x.tar.bz2 && tar tjf x.tar.bz2 && bzcat x.tar.bz2 | tar tf -');
    expect(r).toMatchObject({ stdout: 'a.txt\na.txt\n', stderr: '  x.tar.bz2: ok\n', exitCode: 0 });
  });
});
