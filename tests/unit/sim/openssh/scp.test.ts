// scp of OpenSSH 8.7p1 between the cluster lab's guests: a file copied into the other guest's file system with
// the progress meter of progressmeter.c on a terminal, copies back, -r, and the errors as scp reports them
// (the far side's with "scp: ", this side's without, "lost connection" when ssh fails).
import { beforeEach, describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';
import type { Session } from '../../../../src/sim/session';
import '../../../../src/sim/k8s/register';
import { help as USAGE } from '../../../../src/sim/commands/openssh/scp/help';
import { meterLine } from '../../../../src/sim/commands/openssh/scp/meter';

let s: Session;
beforeEach(async () => {
  s = await createSession({ lab: 'cluster', seed: 5 });
  await s.exec('exit');
  await s.exec('ssh w1-k8s true', { answers: ['yes', 'vagrant'] });
  await s.exec('echo "hello world" > file');
});

const w1 = () => s.world.host('w1-k8s');

describe('scp', () => {
  it("copies into the other guest with the meter: the 0% line, then 100% with size, rate and time", async () => {
    const r = await s.exec('scp file w1-k8s:/tmp/', { answers: ['vagrant'] });
    expect(r.exitCode).toBe(0);
    expect(w1().fs.read('/tmp/file')).toBe('hello world\n');
    const pad = (n: string) => n.padEnd(45);
    expect(r.stdout).toBe(
      `\n\r${pad('file')}   0%    0     0.0KB/s   --:-- ETA\r${pad('file')} 100%   12    10.2KB/s   00:00    \n`,
    );
  });

  it('the meter follows progressmeter.c: sizes in KB past 9999 bytes, the rate from bytes and seconds', () => {
    expect(meterLine(80, 'big.tar', 2_000_000, true, 0.05)).toBe('\r' + 'big.tar'.padEnd(45) + ' 100% 1953KB  38.2MB/s   00:00    ');
    expect(meterLine(60, 'x', 5, true, 1)).toHaveLength(60);
  });

  it('to the home directory, back again, and into a pipe without the meter', async () => {
    await s.exec('scp file w1-k8s:', { answers: ['vagrant'] });
    expect(w1().fs.read('/home/vagrant/file')).toBe('hello world\n');
    const back = await s.exec('scp w1-k8s:file copy | cat', { answers: ['vagrant'] });
    expect(back.exitCode).toBe(0);
    expect((await s.exec('cat copy')).stdout).toBe('hello world\n');
  });

  it('errors: a missing remote file (scp: ...), a missing local one (no prefix), a directory without -r', async () => {
    const nope = await s.exec('scp w1-k8s:/nope .', { answers: ['vagrant'] });
    expect(nope).toMatchObject({ exitCode: 1 });
    expect(nope.stderr).toBe("vagrant@w1-k8s's password: scp: /nope: No such file or directory\n");
    const local = await s.exec('scp nofile w1-k8s:/tmp/', { answers: ['vagrant'] });
    expect(local.stderr).toBe("vagrant@w1-k8s's password: nofile: No such file or directory\n");
    expect(local.exitCode).toBe(1);
    await s.exec('mkdir d; echo a > d/a');
    expect((await s.exec('scp d w1-k8s:/tmp/', { answers: ['vagrant'] })).stderr).toBe("vagrant@w1-k8s's password: d: not a regular file\n");
    const denied = await s.exec('scp file w1-k8s:/root/', { answers: ['vagrant'] });
    expect(denied.stderr).toBe("vagrant@w1-k8s's password: scp: /root//file: Permission denied\n");
    const rec = await s.exec('scp -rq d w1-k8s:/tmp/', { answers: ['vagrant'] });
    expect(rec.exitCode).toBe(0);
    expect(w1().fs.read('/tmp/d/a')).toBe('a\n');
  });

  it('usage, getopt errors, and a failed connection', async () => {
    expect(await s.exec('scp file')).toMatchObject({ stderr: USAGE, exitCode: 1 });
    expect(await s.exec('scp -j a b')).toMatchObject({ stderr: 'unknown option -- j\r\n' + USAGE, exitCode: 1 });
    expect(await s.exec('scp file foo:/tmp/')).toMatchObject({ stderr: 'ssh: Could not resolve hostname foo: Name or service not known\r\nlost connection\n', exitCode: 1 });
  });

  it('Tab offers host: after scp', () => {
    expect(s.complete('scp file w1').candidates).toEqual(['w1-k8s:']);
  });
});
