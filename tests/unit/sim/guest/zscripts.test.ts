// gzip 1.12's scripts over the guest's gzip, grep, diff, cmp, less and more (more cases: tests/golden/linux z*-).
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';
import { plain, plainRun } from '../plain';

describe('gzip 1.12 z* scripts', () => {
  async function guest() {
    const s = await createSession({ lab: 'vm', seed: 1 });
    await s.exec('mkdir -p /tmp/z && cd /tmp/z && printf "alpha\\nbeta\\n" > t && printf "alpha\\ngamma\\n" > u && gzip -k t');
    return s;
  }

  it('zgrep greps the uncompressed data, names files when there are several, keeps gzip\'s errors', async () => {
    const s = await guest();
    expect(plainRun(await s.exec('cd /tmp/z && zgrep al t.gz'))).toMatchObject({ stdout: 'alpha\n', exitCode: 0 });
    expect(plainRun(await s.exec('cd /tmp/z && zgrep -c al t.gz nothere'))).toMatchObject({ stdout: 't.gz:1\nnothere:0\n', stderr: 'gzip: nothere.gz: No such file or directory\n', exitCode: 2 });
    expect(plain((await s.exec('cd /tmp/z && zegrep "al|be" t.gz && zfgrep -l a t.gz u')).stdout)).toBe('alpha\nbeta\nt.gz\nu\n');
    expect(await s.exec('cd /tmp/z && zgrep -r x t.gz')).toMatchObject({ stderr: '/usr/bin/zgrep: -r: option not supported\n', exitCode: 2 });
  });

  it('zdiff and zcmp compare FILE.gz with FILE or another file; zforce renames gzip data', async () => {
    const s = await guest();
    expect(await s.exec('cd /tmp/z && zdiff t.gz u')).toMatchObject({ stdout: '2c2\n< beta\n---\n> gamma\n', exitCode: 1 });
    expect(await s.exec('cd /tmp/z && zcmp t.gz')).toMatchObject({ stdout: '', exitCode: 0 });
    expect(await s.exec('cd /tmp/z && zdiff u')).toMatchObject({ stderr: '/usr/bin/zdiff: u: unknown compressed file extension\n', exitCode: 2 });
    expect(plainRun(await s.exec('cd /tmp/z && cp t.gz w && zforce w u && ls w*'))).toMatchObject({ stdout: 'w -- replaced with w.gz\nw.gz\n', exitCode: 0 });
    expect((await s.exec('cd /tmp/z && zmore t.gz u | cat')).stdout).toBe('::::::::::::::\nt.gz\n::::::::::::::\nalpha\nbeta\n::::::::::::::\nu\n::::::::::::::\nalpha\ngamma\n');
  });

  it('zdiff and zcmp of two compressed files compare /dev/fd/5 with standard input, as bash runs the script', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    await s.exec('mkdir -p /tmp/w && cd /tmp/w && printf "a\\nb\\n" > p && printf "a\\nc\\n" > q && gzip p q');
    expect(await s.exec('cd /tmp/w && zdiff p.gz q.gz')).toMatchObject({ stdout: '2c2\n< b\n---\n> c\n', exitCode: 1 });
    expect(await s.exec('cd /tmp/w && zcmp p.gz q.gz')).toMatchObject({ stdout: '/dev/fd/5 - differ: byte 3, line 2\n', exitCode: 1 });
    const u = (await s.exec('cd /tmp/w && zdiff -u p.gz q.gz')).stdout.split('\n');
    expect(u[0]).toMatch(/^--- \/dev\/fd\/5\t\d{4}-/);
    expect(u[1]).toMatch(/^\+\+\+ -\t\d{4}-/);
    expect(await s.exec('cd /tmp/w && zcmp p.gz p.gz')).toMatchObject({ stdout: '', exitCode: 0 });
    // the data waited in no file the user can see
    expect((await s.exec('ls -A /tmp/w /tmp | grep -c fd5')).stdout).toBe('0\n');
  });

  it('znew recompresses FILE.Z with gzip -d then gzip, as the 1.12 script does', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    expect(await s.exec('cd /tmp && znew')).toMatchObject({ stderr: "/usr/bin/znew: invalid number of operands; try `/usr/bin/znew --help' for help\n", exitCode: 1 });
    expect(await s.exec('cd /tmp && znew a.Z')).toMatchObject({ stdout: 'a.Z not found\n', exitCode: 1 });
    await s.exec('mkdir -p /tmp/n && cd /tmp/n && echo hello > h && gzip h && mv h.gz h.Z');
    expect(await s.exec('cd /tmp/n && znew h.Z')).toMatchObject({ stdout: '', exitCode: 0 });
    expect(plain((await s.exec('cd /tmp/n && ls && zcat h.gz')).stdout)).toBe('h.gz\nhello\n');
    await s.exec('cd /tmp/n && echo plain > p.Z');
    const r = await s.exec('cd /tmp/n && znew p');
    expect(r).toMatchObject({ stdout: 'error while uncompressing p.Z\n', exitCode: 1 });
    expect(r.stderr).toContain('gzip: p.Z: not in gzip format\n');
  });
});
