import { describe, it, expect } from 'vitest';
import { createSession } from '../../../src/sim/index';

describe('cp and mv into themselves', () => {
  it('refuse as coreutils does instead of copying forever', async () => {
    const s = await createSession({ lab: 'vm', seed: 5 });
    expect((await s.exec('cp -rf / /tmp/f')).stderr).toBe("cp: cannot copy a directory, '/', into itself, '/tmp/f'\n");
    const r = await s.exec('cp -r ~ ~/x');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toBe("cp: cannot copy a directory, '/home/vagrant', into itself, '/home/vagrant/x'\n");
    expect((await s.exec('mv ~ ~/y')).stderr).toBe("mv: cannot move '/home/vagrant' to a subdirectory of itself, '/home/vagrant/y'\n");
    await s.exec('touch a');
    expect((await s.exec('cp a a')).stderr).toBe("cp: 'a' and 'a' are the same file\n");
    expect((await s.exec('ls x y')).exitCode).toBe(2);
  });
});

describe('Vagrantfile parser', () => {
  it('reports an unterminated quoted symbol instead of reading forever', async () => {
    const { parseVagrantfile } = await import('../../../src/sim/vagrant/vagrantfile');
    const r = parseVagrantfile('1<6:"IJm');
    expect(r.ok).toBe(false);
  });
});
