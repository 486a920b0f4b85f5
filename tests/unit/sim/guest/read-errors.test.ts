// What the filters print when a file does not open: coreutils 8.32's head.c and tail.c ("cannot open %s for
// reading", "error reading %s" for a directory, quoteaf), tac.c ("failed to open %s for reading"), the others
// `error (0, errno, "%s", quotef (file))`; sed 4.8's execute.c ("can't read %s: %s", exit 2) and utils.c's
// panic ("read error on %s: %s", exit 4). A `-` operand among files is standard input. Expected texts are what
// the real tools print.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';

describe('file errors of the filters', () => {
  it('head and tail name the file they cannot open, quoted', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    expect(await s.exec('head nofile')).toMatchObject({ stdout: '', stderr: "head: cannot open 'nofile' for reading: No such file or directory\n", exitCode: 1 });
    expect(await s.exec('tail -n 3 nofile')).toMatchObject({ stderr: "tail: cannot open 'nofile' for reading: No such file or directory\n", exitCode: 1 });
    expect((await s.exec('head /etc/shadow')).stderr).toBe("head: cannot open '/etc/shadow' for reading: Permission denied\n");
    await s.exec('mkdir dd');
    expect(await s.exec('head dd')).toMatchObject({ stderr: "head: error reading 'dd': Is a directory\n", exitCode: 1 });
    expect((await s.exec('tail dd')).stderr).toBe("tail: error reading 'dd': Is a directory\n");
    expect((await s.exec("tac 'my file'")).stderr).toBe("tac: failed to open 'my file' for reading: No such file or directory\n");
  });

  it('the other coreutils filters quote a name the shell would need quoted', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    for (const c of ['cat', 'cut -f1', 'nl', 'fold', 'wc', 'uniq', 'paste'])
      expect(await s.exec(`${c} 'my file'`)).toMatchObject({ stderr: `${c.split(' ')[0]}: 'my file': No such file or directory\n`, exitCode: 1 });
    expect(await s.exec("sort 'my file'")).toMatchObject({ stderr: "sort: cannot read: 'my file': No such file or directory\n", exitCode: 2 });
    expect((await s.exec('cat nofile.txt')).stderr).toBe('cat: nofile.txt: No such file or directory\n');
    expect((await s.exec('cat *.md')).stderr).toBe("cat: '*.md': No such file or directory\n");
  });

  it("sed says it can't read a file (exit 2) and panics on a directory (exit 4)", async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    expect(await s.exec("sed p 'my file'")).toMatchObject({ stderr: "sed: can't read my file: No such file or directory\n", exitCode: 2 });
    expect(await s.exec('sed s/a/b/ nofile')).toMatchObject({ stderr: "sed: can't read nofile: No such file or directory\n", exitCode: 2 });
    await s.exec('mkdir dd');
    expect(await s.exec('sed p dd')).toMatchObject({ stderr: 'sed: read error on dd: Is a directory\n', exitCode: 4 });
    expect(await s.exec('grep x nofile')).toMatchObject({ stderr: 'grep: nofile: No such file or directory\n', exitCode: 2 });
  });

  it('- among the files reads standard input in its place', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    await s.exec('echo file > f.txt');
    expect(await s.exec('echo x | cat - f.txt')).toMatchObject({ stdout: 'x\nfile\n', stderr: '', exitCode: 0 });
    expect((await s.exec('echo y | cat f.txt -')).stdout).toBe('file\ny\n');
    expect((await s.exec('echo x | head -n1 - f.txt')).stdout).toBe('==> standard input <==\nx\n\n==> f.txt <==\nfile\n');
  });
});
