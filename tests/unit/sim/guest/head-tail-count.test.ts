// head's and tail's counts as coreutils 8.32 reads them (xdectoumax with the suffixes "bkKmMGTPEZY0": b 512,
// K 1024, KB 1000, KiB 1024) and the error for one it cannot read ("invalid number of lines: ‘abc’", exit 1).
// Expected texts are what GNU head and tail print.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';

describe('head and tail counts', () => {
  it('refuse a count that is not a number', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    await s.exec('seq 2000 > n.txt');
    expect(await s.exec('head -n abc n.txt')).toMatchObject({ stdout: '', stderr: 'head: invalid number of lines: ‘abc’\n', exitCode: 1 });
    expect((await s.exec('head -c x n.txt')).stderr).toBe('head: invalid number of bytes: ‘x’\n');
    expect(await s.exec('tail -n abc n.txt')).toMatchObject({ stdout: '', stderr: 'tail: invalid number of lines: ‘abc’\n', exitCode: 1 });
    expect((await s.exec('tail -c 1x n.txt')).stderr).toBe('tail: invalid number of bytes: ‘1x’\n');
    expect((await s.exec("head -n '' n.txt")).stderr).toBe('head: invalid number of lines: ‘’\n');
  });

  it('take the size suffixes', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    await s.exec('seq 2000 > n.txt');
    expect((await s.exec('head -c 1K n.txt | wc -c')).stdout).toBe('1024\n');
    expect((await s.exec('head -c 1KB n.txt | wc -c')).stdout).toBe('1000\n');
    expect((await s.exec('head -c 1KiB n.txt | wc -c')).stdout).toBe('1024\n');
    expect((await s.exec('head -n 2b n.txt | wc -l')).stdout).toBe('1024\n');
    expect((await s.exec('tail -c 1k n.txt | wc -c')).stdout).toBe('1024\n');
  });
});
