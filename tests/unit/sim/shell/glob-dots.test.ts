// Pathname expansion as bash 5.1 does it (no globskipdots before 5.2: a pattern that starts with a dot also matches
// `.` and `..`, which sort first), bracket classes negated with `!` or `^`, a pattern ending in a slash matching
// directories only, and rm's refusal (coreutils 8.32 remove.c) to remove an operand whose last name is . or ..
// Expected texts are what bash 5.2 prints with `shopt -u globskipdots`, and what rm prints.
import { describe, expect, it } from 'vitest';
import { plain } from '../plain';
import { createSession } from '../../../../src/sim/index';

describe('globs with dots', () => {
  it('.* matches . and .., first; .?* matches .., .[!.]* does not', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    expect((await s.exec('cd ~ && echo .*')).stdout).toBe('. .. .bash_logout .bash_profile .bashrc .ssh\n');
    expect((await s.exec('echo .?*')).stdout).toBe('.. .bash_logout .bash_profile .bashrc .ssh\n');
    expect((await s.exec('echo .[!.]*; echo .[^.]*; echo ..*')).stdout).toBe('.bash_logout .bash_profile .bashrc .ssh\n.bash_logout .bash_profile .bashrc .ssh\n..\n');
    expect(plain((await s.exec('mkdir -p /tmp/e && cd /tmp/e && ls -d .*')).stdout)).toBe('.  ..\n');
  });

  it('a pattern that ends in a slash names directories only', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    expect((await s.exec('cd ~ && echo .*/ && echo */')).stdout).toBe('./ ../ .ssh/\n*/\n');
  });

  it('rm -r refuses . and .. and goes on with the rest', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    const r = await s.exec('mkdir -p /tmp/e/x && cd /tmp/e && touch .h && rm -rf .*');
    expect(r).toMatchObject({ stderr: "rm: refusing to remove '.' or '..' directory: skipping '.'\nrm: refusing to remove '.' or '..' directory: skipping '..'\n", exitCode: 1 });
    expect(plain((await s.exec('ls -A')).stdout)).toBe('x\n');
    expect((await s.exec('rm -r ./ x/./; echo $?')).stderr).toBe("rm: refusing to remove '.' or '..' directory: skipping './'\nrm: refusing to remove '.' or '..' directory: skipping 'x/./'\n");
  });
});
