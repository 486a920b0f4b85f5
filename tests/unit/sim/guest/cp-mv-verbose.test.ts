// cp -v and mv -v as coreutils 8.32's copy.c prints them (emit_verbose: 'SRC' -> 'DST', a directory before its
// entries; "renamed" for mv), and the destination's full name (DIRECTORY/basename) in the permission errors.
// Expected texts are what GNU cp and mv print.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';

describe('cp and mv -v', () => {
  it('name each copy and rename', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    await s.exec('echo big > big.txt && mkdir d && mkdir -p src/sub && touch src/sub/b');
    expect(await s.exec('cp -v big.txt c.txt')).toMatchObject({ stdout: "'big.txt' -> 'c.txt'\n", exitCode: 0 });
    expect((await s.exec('cp -v big.txt d')).stdout).toBe("'big.txt' -> 'd/big.txt'\n");
    expect((await s.exec('cp -v big.txt d/')).stdout).toBe("'big.txt' -> 'd/big.txt'\n");
    expect((await s.exec('cp -rv src dst')).stdout).toBe("'src' -> 'dst'\n'src/sub' -> 'dst/sub'\n'src/sub/b' -> 'dst/sub/b'\n");
    expect((await s.exec('cp -rv src d')).stdout).toBe("'src' -> 'd/src'\n'src/sub' -> 'd/src/sub'\n'src/sub/b' -> 'd/src/sub/b'\n");
    expect((await s.exec('mv -v c.txt e.txt')).stdout).toBe("renamed 'c.txt' -> 'e.txt'\n");
    expect((await s.exec('mv --verbose e.txt d')).stdout).toBe("renamed 'e.txt' -> 'd/e.txt'\n");
  });

  it('a refused copy or move names the file it would have made', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    await s.exec('echo big > big.txt');
    expect(await s.exec('mv big.txt /')).toMatchObject({ stderr: "mv: cannot move 'big.txt' to '/big.txt': Permission denied\n", exitCode: 1 });
    expect(await s.exec('cp big.txt /etc/')).toMatchObject({ stderr: "cp: cannot create regular file '/etc/big.txt': Permission denied\n", exitCode: 1 });
    expect((await s.exec('cp big.txt /etc/x.txt')).stderr).toBe("cp: cannot create regular file '/etc/x.txt': Permission denied\n");
    expect((await s.exec('mv big.txt /etc')).stderr).toBe("mv: cannot move 'big.txt' to '/etc/big.txt': Permission denied\n");
  });
});
