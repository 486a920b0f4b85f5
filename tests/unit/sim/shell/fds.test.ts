// Descriptors past 2: the words of each message are checked against the real bash in tests/golden/bash
// (fd-*); these cases cover what the recording terminal could not show: named descriptors start at 10
// (redir.c's SHELL_FD_BASE; the recorder's own bash already holds 10), scripts, copies of the terminal.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';

const vm = () => createSession({ lab: 'vm', seed: 1 });

describe('file descriptors past 2', () => {
  it('{name}> takes the lowest free number from 10', async () => {
    const s = await vm();
    expect((await s.exec('exec {a}>/tmp/a; exec {b}</tmp/a; echo $a $b')).stdout).toBe('10 11\n');
    expect((await s.exec('exec {a}>&-; exec {c}>/tmp/c; echo $c')).stdout).toBe('10\n');
  });

  it('a copy of standard output writes to the terminal; 3>&1 1>&2 2>&3 swaps the two', async () => {
    const s = await vm();
    await s.exec('exec 6>&1');
    expect((await s.exec('echo hi >&6')).stdout).toBe('hi\n');
    const r = await s.exec('{ echo out; echo err >&2; } 3>&1 1>&2 2>&3');
    expect(r.stdout).toBe('err\n');
    expect(r.stderr).toBe('out\n');
  });

  it('exec in a script keeps the descriptor for the rest of it', async () => {
    const s = await vm();
    await s.exec("printf 'exec 5>/tmp/log\\necho one >&5\\necho two >&5\\nexec 5>&-\\necho three >&5\\n' > /tmp/s.sh");
    const r = await s.exec('bash /tmp/s.sh; cat /tmp/log');
    expect(r.stdout).toBe('one\ntwo\n');
    expect(r.stderr).toBe('/tmp/s.sh: line 5: 5: Bad file descriptor\n');
  });
});
