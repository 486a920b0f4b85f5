// gzip, gunzip, zcat (gzip 1.12) and diff (diffutils 3.7) beyond the recorded cases of tests/golden/linux
// (gzip-*, gunzip-*, zcat-*, diff-*): what tar reads of gzip's output, the unified header's times, the prompt
// before overwriting, and a user's rights.
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';
import { help as gzipHelp, version as gzipVersion } from '../../../../src/sim/commands/gzip/gzip/help';
import { help as diffHelp } from '../../../../src/sim/commands/diffutils/diff/help';
import { plain } from '../plain';

beforeAll(async () => {
  await loadGuest();
});

describe('gzip', () => {
  it('what gzip compresses, tar -z reads; what tar -z writes, gunzip expands', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    await s.exec('echo hello > a.txt && tar cf a.tar a.txt && gzip a.tar');
    expect((await s.exec('tar tzf a.tar.gz')).stdout).toBe('a.txt\n');
    await s.exec('tar czf b.tgz a.txt && rm a.txt && gunzip b.tgz');
    expect((await s.exec('tar xvf b.tar && cat a.txt')).stdout).toBe('a.txt\nhello\n');
  });

  it('asks before overwriting on a terminal, and writes nothing where the user may not', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    await s.exec('echo x > n.txt && gzip -k n.txt');
    await s.submit('gzip n.txt');
    await s.settle();
    expect(s.question).toBe('gzip: n.txt.gz already exists; do you wish to overwrite (y or n)? ');
    await s.submit('y');
    await s.settle();
    expect(plain((await s.exec('ls n.txt*')).stdout)).toBe('n.txt.gz\n');
    const r = await s.exec('gzip -k /etc/hostname');
    expect(r.stderr).toBe('gzip: /etc/hostname.gz: Permission denied\n');
    expect(r.exitCode).toBe(1);
  });

  it('help and version come from gzip.c; -h prints the help as --help does', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    expect((await s.exec('gzip -h')).stdout).toBe(gzipHelp);
    expect((await s.exec('gunzip -V')).stdout).toBe(gzipVersion);
  });

  it('is on the box and in /usr/bin', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    expect((await s.exec('which gzip gunzip zcat diff')).stdout).toBe('/usr/bin/gzip\n/usr/bin/gunzip\n/usr/bin/zcat\n/usr/bin/diff\n');
  });
});

describe('diff', () => {
  it('-u names each file with its time as diff prints it (%Y-%m-%d %H:%M:%S.%N %z)', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    await s.exec('printf "a\\nb\\n" > x && printf "a\\nc\\n" > y');
    const out = (await s.exec('diff -u x y')).stdout.split('\n');
    expect(out[0]).toMatch(/^--- x\t\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{9} \+0000$/);
    expect(out[1]).toMatch(/^\+\+\+ y\t\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{9} \+0000$/);
    expect(out.slice(2)).toEqual(['@@ -1,2 +1,2 @@', ' a', '-b', '+c', '']);
  });

  it('--help is usage() of diffutils 3.7 (its --color line is not 3.8’s)', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    const r = await s.exec('diff --help');
    expect(r.stdout).toBe(diffHelp);
    expect(r.stdout).toContain("      --color[=WHEN]       colorize the output; WHEN can be 'never', 'always',\n                             or 'auto' (the default)\n");
    expect((await s.exec('diff -v')).stdout.split('\n')[0]).toBe('diff (GNU diffutils) 3.7');
  });

  it('reports a file it may not read', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    const r = await s.exec('diff /etc/shadow /etc/hostname');
    expect(r.stderr).toBe('diff: /etc/shadow: Permission denied\n');
    expect(r.exitCode).toBe(2);
  });

  it('-l pipes each pair\'s differences through pr -h "diff OPTIONS NAME0 NAME1" (util.c begin_output())', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    await s.exec('printf "a\\nb\\n" > x && printf "a\\nc\\n" > y');
    const r = await s.exec('diff -l x y');
    const lines = r.stdout.split('\n');
    // as Debian's diff and pr print it: a 66-line page, the header centred between the date and the page number
    expect(lines.length - 1).toBe(66);
    expect(lines.slice(0, 2)).toEqual(['', '']);
    expect(lines[2]).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d {19}diff -l x y {20}Page 1$/);
    expect(lines.slice(3, 9)).toEqual(['', '', '2c2', '< b', '---', '> c']);
    expect(r.exitCode).toBe(1);
    expect(await s.exec('diff -l x x')).toMatchObject({ stdout: '', exitCode: 0 });
  });
});
