// rm's walk and prompts as coreutils 8.32's remove.c has them: -v's "removed" and "removed directory" lines,
// a directory's entries before it; -i asking for each entry ("descend into directory", "remove regular empty
// file", "remove directory"), -I once for more than three or a recursive removal, -d for an empty directory.
// Expected texts are what GNU rm prints for the same tree.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';
import { plain } from '../plain';

describe('rm options', () => {
  it('-v names each file and directory removed, contents first', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    await s.exec('touch a && mkdir -p t/u && touch t/u/f t/g');
    expect(await s.exec('rm -v a')).toMatchObject({ stdout: "removed 'a'\n", exitCode: 0 });
    // readdir order: t/u was made before t/g (tests/golden/readdir/rm-rv, recorded on XFS)
    expect((await s.exec('rm -rv t')).stdout).toBe("removed 't/u/f'\nremoved directory 't/u'\nremoved 't/g'\nremoved directory 't'\n");
    expect(await s.exec('rm -fv nothere')).toMatchObject({ stdout: '', stderr: '', exitCode: 0 });
  });

  it('-d removes an empty directory only', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    await s.exec('mkdir empty nz && touch nz/q');
    expect(await s.exec('rm empty')).toMatchObject({ stderr: "rm: cannot remove 'empty': Is a directory\n", exitCode: 1 });
    expect(await s.exec('rm -d empty')).toMatchObject({ stderr: '', exitCode: 0 });
    expect(await s.exec('rm -d nz')).toMatchObject({ stderr: "rm: cannot remove 'nz': Directory not empty\n", exitCode: 1 });
  });

  it('-i and -I ask on standard error and read the answers from standard input', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    await s.exec('touch b c d e && echo x > full && mkdir -p z/y && touch z/y/k');
    expect(await s.exec('echo y | rm -i b')).toMatchObject({ stderr: "rm: remove regular empty file 'b'? ", exitCode: 0 });
    expect(await s.exec('echo n | rm -i c')).toMatchObject({ stderr: "rm: remove regular empty file 'c'? ", exitCode: 0 });
    expect((await s.exec('ls b c')).stdout).toBe('c\n');
    expect(await s.exec("printf 'n\\n' | rm -I c d e full")).toMatchObject({ stderr: 'rm: remove 4 arguments? ', exitCode: 0 });
    expect((await s.exec('ls | wc -l')).stdout).toBe('5\n');
    expect((await s.exec("printf 'y\\ny\\ny\\ny\\n' | rm -ri z")).stderr).toBe(
      "rm: descend into directory 'z'? rm: descend into directory 'z/y'? rm: remove regular empty file 'z/y/k'? rm: remove directory 'z/y'? rm: remove directory 'z'? ",
    );
    expect(plain((await s.exec('ls -d z; ls z')).stdout)).toBe('z\n');
  });

  it('-i at the terminal waits for the answer', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    await s.exec('echo x > f');
    expect(await s.exec('rm -i f', { answers: ['y'] })).toMatchObject({ stderr: "rm: remove regular file 'f'? ", exitCode: 0 });
    expect((await s.exec('ls f')).exitCode).toBe(2);
  });
});
