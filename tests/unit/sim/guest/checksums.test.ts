// sha224sum, sha384sum, b2sum, cksum and sum of coreutils 8.32: what 8.32's md5sum.c, cksum.c and sum.c print
// where Debian's 9.1 (tests/golden/linux) says something else, and the digests of known strings.
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';
import type { Session } from '../../../../src/sim/session';

let s: Session;
beforeAll(async () => {
  await loadGuest();
  s = await createSession({ lab: 'vm', seed: 7 });
  await s.exec("printf 'abc' > /tmp/abc");
});

describe('digests of FIPS 180-2 and RFC 7693 test vectors', () => {
  it('sha224sum and sha384sum of "abc"', async () => {
    expect((await s.exec('sha224sum /tmp/abc')).stdout).toBe('23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7  /tmp/abc\n');
    expect((await s.exec('sha384sum < /tmp/abc')).stdout).toBe('cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7  -\n');
  });
  it('b2sum of "abc" (RFC 7693 appendix A) and of an empty input', async () => {
    expect((await s.exec('b2sum /tmp/abc')).stdout).toBe('ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d17d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923  /tmp/abc\n');
    expect((await s.exec('printf "" | b2sum -l 256')).stdout).toBe('0e5751c026e543b2e8ab2eb06099daa1d1e5df47778f7787faab45cdf12fe3a8  -\n');
  });
  it('cksum is the POSIX CRC with the length appended', async () => {
    expect((await s.exec('cksum /tmp/abc')).stdout).toBe('1219131554 3 /tmp/abc\n');
  });
});

describe('8.32 where 9.1 differs', () => {
  it('cksum --version names the package as cksum.c passes it (PACKAGE), and has no options', async () => {
    expect((await s.exec('cksum --version')).stdout).toMatch(/^cksum \(coreutils\) 8\.32\n[\s\S]*Written by Q\. Frank Xia\.\n$/);
    expect((await s.exec('cksum --help')).stdout).toMatch(/^Usage: cksum \[FILE\]\.\.\.\n  or:  cksum \[OPTION\]\nPrint CRC checksum and byte counts of each FILE\.\n/);
    expect(await s.exec('cksum -a md5 /tmp/abc')).toMatchObject({ stderr: "cksum: invalid option -- 'a'\nTry 'cksum --help' for more information.\n", exitCode: 1 });
  });
  it('cksum of a directory is a read error', async () => {
    expect(await s.exec('cksum /tmp')).toMatchObject({ stdout: '', stderr: 'cksum: /tmp: Is a directory\n', exitCode: 1 });
  });
  it('sum -r names the file only when given more than one; -s names any named file and ends the line', async () => {
    expect((await s.exec('sum /tmp/abc')).stdout).toBe('16556     1\n');
    expect((await s.exec('sum -s /tmp/abc')).stdout).toBe('294 1 /tmp/abc\n');
    expect((await s.exec('sum -s -r /tmp/abc /tmp/abc')).stdout).toBe('16556     1 /tmp/abc\n16556     1 /tmp/abc\n');
  });
  it("b2sum's maximum length names the algorithm in lower case", async () => {
    expect(await s.exec('b2sum -l 1024 /tmp/abc')).toMatchObject({ stderr: 'b2sum: invalid length: ‘1024’\nb2sum: maximum digest length for ‘blake2b’ is 512 bits\n', exitCode: 1 });
  });
});

describe('checking', () => {
  it('b2sum -c reads the length from each line, tagged or not, and BLAKE2b abbreviated', async () => {
    await s.exec("{ b2sum -l 64 /tmp/abc; b2sum --tag -l 16 /tmp/abc; b2sum --tag /tmp/abc | sed 's/^BLAKE2b/BLAKE2/'; } > /tmp/b2");
    expect(await s.exec('b2sum -c /tmp/b2')).toMatchObject({ stdout: '/tmp/abc: OK\n/tmp/abc: OK\n/tmp/abc: OK\n', exitCode: 0 });
    await s.exec("echo 'BLAKE2b-12 (/tmp/abc) = abc' > /tmp/b2bad");
    expect(await s.exec('b2sum -c /tmp/b2bad')).toMatchObject({ stderr: 'b2sum: /tmp/b2bad: no properly formatted BLAKE2 checksum lines found\n', exitCode: 1 });
  });
  it('sha224sum -c says SHA224 in its warnings', async () => {
    await s.exec('echo junk > /tmp/j');
    expect((await s.exec('sha224sum -c /tmp/j')).stderr).toBe('sha224sum: /tmp/j: no properly formatted SHA224 checksum lines found\n');
  });
});
