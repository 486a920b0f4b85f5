// fgrep of grep 3.6: the script `exec grep -F "$@"`, so patterns are fixed strings and grep's options still apply.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';
import { plain, plainRun } from '../plain';

describe('fgrep', () => {
  it('matches fixed strings (a dot is a dot), takes -E/-i after it, and reports files as grep', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    expect(plainRun(await s.exec('printf "a.b\\naxb\\nA.B\\n" | fgrep a.b'))).toMatchObject({ stdout: 'a.b\n', exitCode: 0 });
    expect(plain((await s.exec('printf "a.b\\naxb\\nA.B\\n" | fgrep -i a.b')).stdout)).toBe('a.b\nA.B\n');
    expect(plain((await s.exec('printf "a.b\\naxb\\n" | fgrep -E a.b')).stdout)).toBe('a.b\naxb\n');
    expect(await s.exec('fgrep x nothere')).toMatchObject({ stderr: 'grep: nothere: No such file or directory\n', exitCode: 2 });
    expect((await s.exec('printf "x\\n" | fgrep y; echo $?')).stdout).toBe('1\n');
  });
});
