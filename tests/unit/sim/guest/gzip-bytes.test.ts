// gzip's data is real (src/sim/commands/gzip/format.ts): what goes through pipes and files is the bytes gzip wrote,
// so gzip of binary data, tar -z through a pipe, damaged files and git's zlib objects behave as the real tools do.
// The recorded cases are tests/golden/linux gzip-*; these check what the fixtures cannot (an exact gzip -6 of a
// larger file is fflate's, DIFFERENCES.md).
import { beforeAll, describe, expect, it } from 'vitest';
import { gunzipSync } from 'fflate';
import { createSession, loadGuest } from '../../../../src/sim/index';
import { fromBytes, toBytes } from '../../../../src/sim/commands/lib/bytes';
import { plain } from '../plain';

beforeAll(async () => {
  await loadGuest();
});

async function vm() {
  const s = await createSession({ lab: 'vm', seed: 1 });
  await s.exec('cd /tmp && printf "alpha one\\nbeta two\\ngamma three\\n" > notes.txt && mkdir d && cp notes.txt d/ && echo hi > d/b.txt');
  return { s, fs: s.world.host('default').fs };
}

describe('gzip data as bytes', () => {
  it('is a gzip file any inflater reads, with the name and the file time in its header', async () => {
    const { s, fs } = await vm();
    await s.exec('touch -d @1704067200 notes.txt && gzip -k notes.txt');
    const b = toBytes(fs.read('/tmp/notes.txt.gz') as string);
    expect(new TextDecoder().decode(gunzipSync(b))).toBe('alpha one\nbeta two\ngamma three\n');
    expect([...b.subarray(0, 10)]).toEqual([0x1f, 0x8b, 8, 8, 0x80, 0x00, 0x92, 0x65, 0, 3]);
    expect(plain((await s.exec('ls -l notes.txt.gz')).stdout)).toMatch(/ 59 Jan  1  2024 notes.txt.gz/);
  });

  it('compresses binary data and gives it back byte for byte through pipes', async () => {
    const { s } = await vm();
    await s.exec('gzip -k notes.txt');
    const r = await s.exec('md5sum < notes.txt.gz; gzip -c notes.txt.gz | gunzip | md5sum; gzip -c notes.txt.gz | zcat | zcat');
    const [a, b, text] = r.stdout.split('\n');
    expect(a).toBe(b);
    expect(text).toBe('alpha one');
  });

  it('carries tar -z archives through pipes and files', async () => {
    const { s } = await vm();
    expect((await s.exec('tar czf - d | tar tzf -')).stdout).toBe('d/\nd/notes.txt\nd/b.txt\n');
    expect((await s.exec('tar czf x.tgz d && zcat x.tgz | tar tf - && gzip -t x.tgz && echo ok')).stdout).toBe('d/\nd/notes.txt\nd/b.txt\nok\n');
  });

  it('reports a damaged CRC and a length error in gzip words', async () => {
    const { s, fs } = await vm();
    await s.exec('gzip -k notes.txt');
    const b = toBytes(fs.read('/tmp/notes.txt.gz') as string);
    const crc = b.slice();
    crc[crc.length - 8] ^= 1;
    const len = b.slice();
    len[len.length - 1] ^= 1;
    fs.write('/tmp/crc.gz', fromBytes(crc));
    fs.write('/tmp/len.gz', fromBytes(len));
    const r = await s.exec('gzip -t crc.gz; echo $?; gzip -t len.gz; echo $?');
    expect(r.stdout).toBe('1\n1\n');
    expect(r.stderr).toBe('\ngzip: crc.gz: invalid compressed data--crc error\n\ngzip: len.gz: invalid compressed data--length error\n');
  });
});

describe('git objects as bytes', () => {
  it('are zlib data whose size on disk is their byte count', async () => {
    const { s, fs } = await vm();
    expect((await s.exec('sudo dnf install -y git')).exitCode).toBe(0);
    await s.exec('git init -q r && cp notes.txt r/ && cd r && git add notes.txt');
    const path = '/tmp/r/' + (await s.exec('find .git/objects -type f')).stdout.trim();
    const bytes = toBytes(fs.read(path) as string);
    expect(bytes[0]).toBe(0x78);
    expect((await s.exec(`wc -c < ${path}`)).stdout).toBe(`${bytes.length}\n`);
    expect((await s.exec(`git cat-file -p ${path.split('/').slice(-2).join('')}`)).stdout).toBe('alpha one\nbeta two\ngamma three\n');
  });
});
