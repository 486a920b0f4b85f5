// rsync between the cluster lab's guests over ssh: a push that creates the directory on the other guest, a pull
// back, the errors of a missing source and of an unknown host; and --delete, -i and -n on one guest.
import { beforeEach, describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';
import type { Session } from '../../../../src/sim/session';
import '../../../../src/sim/k8s/register';

let s: Session;
beforeEach(async () => {
  s = await createSession({ lab: 'cluster', seed: 5 });
  await s.exec('exit');
  await s.exec('ssh w1-k8s true', { answers: ['yes', 'vagrant'] });
  await s.exec('mkdir -p dir/sub && echo a > dir/a && echo b > dir/sub/b');
});

const w1 = () => s.world.host('w1-k8s');

describe('rsync over ssh', () => {
  it('pushes a tree into a new directory on the other guest, listing what it sends', async () => {
    const r = await s.exec('rsync -av dir/ vagrant@w1-k8s:/tmp/dir/', {
      answers: ['vagrant'],
    });
    expect(r.exitCode).toBe(0);
    expect(w1().fs.read('/tmp/dir/sub/b')).toBe('b\n');
    expect(r.stdout.replace(/^\n/, '')).toMatch(
      /^sending incremental file list\ncreated directory \/tmp\/dir\n\.\/\na\nsub\/\nsub\/b\n\nsent [\d,]+ bytes {2}received [\d,]+ bytes {2}[\d,]+\.\d\d bytes\/sec\ntotal size is 4 {2}speedup is \d+\.\d\d\n$/,
    );
  });

  it('pulls back with "receiving incremental file list"', async () => {
    await s.exec('rsync -a dir/ w1-k8s:/tmp/dir/', { answers: ['vagrant'] });
    const r = await s.exec('rsync -av w1-k8s:/tmp/dir/ back/', {
      answers: ['vagrant'],
    });
    expect(r.stdout.replace(/^\n/, '').split('\n').slice(0, 3)).toEqual(['receiving incremental file list', 'created directory back', './']);
    expect((await s.exec('cat back/a')).stdout).toBe('a\n');
  });

  it("reports the other side's missing source with code 23 and an unknown host with code 255", async () => {
    const r = await s.exec('rsync -a w1-k8s:/tmp/nosuch/ back/', {
      answers: ['vagrant'],
    });
    expect(r.exitCode).toBe(23);
    expect(r.stderr).toContain('rsync: [sender] change_dir "/tmp/nosuch" failed: No such file or directory (2)\n');
    expect(r.stderr).toContain('(code 23) at main.c(1816) [Receiver=3.2.3]\n');
    const n = await s.exec('rsync -a dir/ nohost:/tmp/x');
    expect(n.exitCode).toBe(255);
    expect(n.stderr).toBe(
      'ssh: Could not resolve hostname nohost: Name or service not known\r\nrsync: connection unexpectedly closed (0 bytes received so far) [sender]\nrsync error: unexplained error (code 255) at io.c(228) [sender=3.2.3]\n',
    );
  });

  it('needs rsync on the other guest: "command not found" there, code 127 here', async () => {
    await s.exec('ssh w1-k8s sudo dnf -y remove rsync', { answers: ['vagrant'] });
    const r = await s.exec('rsync -a dir/ w1-k8s:/tmp/z', { answers: ['vagrant'] });
    expect(r.exitCode).toBe(127);
    expect(r.stderr).toContain(
      'bash: line 1: rsync: command not found\nrsync: connection unexpectedly closed (0 bytes received so far) [sender]\nrsync error: remote command not found (code 127) at io.c(228) [sender=3.2.3]\n',
    );
  });
});

describe('rsync on one guest', () => {
  it('--delete removes what the source lacks; -i itemizes a changed file; -n changes nothing', async () => {
    await s.exec('rsync -a dir/ copy/ && touch copy/extra && echo more >> dir/a');
    const d = await s.exec('rsync -av --delete dir/ copy/');
    expect(d.stdout).toContain('deleting extra\n./\na\n');
    expect((await s.exec('ls copy | cat')).stdout).toBe('a\nsub\n');
    await s.exec('sleep 1; echo again >> dir/a');
    expect((await s.exec('rsync -ai dir/ copy/')).stdout).toBe('>f.st...... a\n');
    await s.exec('echo once more >> dir/a');
    const n = await s.exec('rsync -avn dir/ copy/');
    expect(n.stdout).toContain('(DRY RUN)');
    expect((await s.exec('cat copy/a')).stdout).toBe('a\nmore\nagain\n');
  });
});
