// $- and $_ as bash 5.1 gives them: $- the single-letter options on (flags.c's order) with s for a shell reading
// the terminal and c for bash -c; $_ the last word of the previous simple command (empty after an assignment).
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';
import { plain } from '../plain';

describe('$- and $_', () => {
  it('$- follows set, in the login shell, bash -c and a script (as bash prints: hBc, hB)', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    expect((await s.exec('echo $-')).stdout).toBe('himBHs\n');
    expect((await s.exec('bash -c \'echo $-\'; printf "echo \\$-\\n" > s.sh; bash s.sh')).stdout).toBe('hBc\nhB\n');
    expect((await s.exec('bash -c \'set -e; echo $-; set +B; echo ${-}\'')).stdout).toBe('ehBc\nehc\n');
    expect(plain((await s.exec('bash -c \'set -o\' | grep -w on')).stdout)).toBe('braceexpand    \ton\nhashall        \ton\ninteractive-comments\ton\n');
  });

  it('$_ is the last word of the command before, empty after an assignment', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    expect((await s.exec('echo a b >/dev/null; echo $_; x=5; echo "[$_]"; ls /nonexist 2>/dev/null; echo $_; true "q r"; echo "$_"')).stdout).toBe('b\n[]\n/nonexist\nq r\n');
  });
});
