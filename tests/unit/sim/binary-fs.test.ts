// Files hold bytes (src/sim/fs.ts FileNode.content, src/sim/commands/lib/bytes.ts): UTF-8 text as it is, the bytes
// that are not UTF-8 one lone surrogate U+DC80..U+DCFF each. Sizes, copies, pipes and snapshots keep them exactly.
import { describe, expect, it } from 'vitest';
import { byteLength, Vfs } from '../../../src/sim/fs';
import { fromBytes, isBinary, toBytes } from '../../../src/sim/commands/lib/bytes';
import { createSession } from '../../../src/sim/index';
import { saveWorld, restoreWorld, type WorldSnapshot } from '../../../src/sim/snapshot';

const all = Uint8Array.from({ length: 256 }, (_, i) => i);
/** A gzip header and some deflate bytes: not UTF-8. */
const gz = Uint8Array.from([0x1f, 0x8b, 0x08, 0x08, 0x80, 0x00, 0x92, 0x65, 0x00, 0x03, 0x6e, 0x00, 0x4b, 0xcc, 0x29, 0xc8, 0xe2, 0xff, 0xc3]);

describe('bytes as text', () => {
  it('round-trip every byte value, text and mixtures', () => {
    for (const b of [all, gz, new TextEncoder().encode('안녕 ✓ 😀 \ufeffbom'), new Uint8Array(0), Uint8Array.from([0xed, 0xb2, 0x80, 0xf0, 0x9f, 0x98])]) {
      const s = fromBytes(b);
      expect(toBytes(s)).toEqual(b);
      expect(byteLength(s)).toBe(b.length);
      expect(fromBytes(toBytes(s))).toBe(s);
    }
  });
  it('leave valid UTF-8 as plain text (a BOM kept) and mark the other bytes', () => {
    expect(fromBytes(new TextEncoder().encode('\ufeffé😀'))).toBe('\ufeffé😀');
    expect(isBinary('é😀 text')).toBe(false);
    expect(fromBytes(Uint8Array.from([0x41, 0xff, 0xc3]))).toBe('A\udcff\udcc3');
    expect(isBinary(fromBytes(gz))).toBe(true);
  });
  it('count a lone surrogate that stands for no byte as U+FFFD, as TextEncoder writes it', () => {
    for (const s of ['\ud800', 'a\udc00b', '\udbff\ud800x', '\ude00']) expect(byteLength(s)).toBe(new TextEncoder().encode(s).length);
  });
});

describe('the file system with binary files', () => {
  it('gives their size in bytes, copies and appends them exactly', () => {
    const fs = new Vfs(false, () => 0);
    const s = fromBytes(gz);
    fs.write('/a.gz', s);
    expect((fs.list('/') as { size: number }[])[0].size).toBe(gz.length);
    fs.copy('/a.gz', '/b.gz');
    fs.write('/b.gz', fromBytes(all), true);
    expect(toBytes(fs.read('/b.gz') as string)).toEqual(Uint8Array.from([...gz, ...all]));
  });
  it('keep them through a snapshot and its JSON', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    s.world.host('default').fs.write('/tmp/x.bin', fromBytes(all));
    const snap = JSON.parse(JSON.stringify(await saveWorld(s.world))) as WorldSnapshot;
    const w = await restoreWorld(snap);
    expect(toBytes(w.host('default').fs.read('/tmp/x.bin') as string)).toEqual(all);
  });
  it('keep them through redirections, pipes, cp, mv and ln, and count them with wc -c and ls -l', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    const fs = s.world.host('default').fs;
    fs.write('/tmp/x.bin', fromBytes(all));
    await s.exec('cd /tmp && cat x.bin > y.bin && cat x.bin | cat >> y.bin && cp y.bin z.bin && mv z.bin w.bin && ln w.bin h.bin && ln -s w.bin s.bin');
    for (const f of ['/tmp/y.bin', '/tmp/w.bin', '/tmp/h.bin', '/tmp/s.bin']) expect(toBytes(fs.read(f) as string)).toEqual(Uint8Array.from([...all, ...all]));
    expect((await s.exec('wc -c < /tmp/y.bin; cat /tmp/x.bin | wc -c')).stdout).toBe('512\n256\n');
    expect((await s.exec('ls -l /tmp/w.bin')).stdout).toMatch(/ 512 /);
    expect((await s.exec('stat -c %s /tmp/h.bin')).stdout).toBe('512\n');
  });
});

describe('characters cut into bytes', () => {
  it('are one character again when cat joins the pieces', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    const r = await s.exec("cd /tmp && printf '\\xc3\\xa9\\n' > e && split -b 1 e p && cat pa* > e2 && diff e e2 && cmp e e2 && head -c 1 e | od -An -tx1 && cat e2");
    expect(r.stdout).toBe(' c3\né\n');
    expect(s.world.host('default').fs.read('/tmp/e2')).toBe('é\n');
  });
});
