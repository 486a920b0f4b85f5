// python3 on the rockylinux/9 box: CPython 3.9's command line (recorded from CPython 3.9.18's python3.9: the help,
// the usage errors and their status); code itself is not run (src/sim/commands/python/DIFFERENCES.md).
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';

const GOLDEN = path.resolve(import.meta.dirname, '../../../golden/python');

const vm = () => createSession({ lab: 'vm', seed: 3 });
const TRY = "Try `python -h' for more information.\n";
const usage = (p: string) => `usage: ${p} [option] ... [-c cmd | -m mod | file | -] [arg] ...\n`;

describe('python3', () => {
  it('prints its version and help as CPython 3.9 does', async () => {
    const s = await vm();
    expect(await s.exec('python3 --version')).toMatchObject({ stdout: 'Python 3.9.21\n', exitCode: 0 });
    expect((await s.exec('python3 -V')).stdout).toBe('Python 3.9.21\n');
    expect((await s.exec('python3 -E -s -V')).stdout).toBe('Python 3.9.21\n');
    const h = await s.exec('python3 --help');
    expect(h.exitCode).toBe(0);
    expect(h.stdout.startsWith(usage('python3') + 'Options and arguments (and corresponding environment variables):\n-b     : issue warnings')).toBe(true);
    expect(h.stdout.endsWith('PYTHONPYCACHEPREFIX: root directory for bytecode cache (pyc) files.\n')).toBe(true);
    expect(h.stdout.split('\n').length).toBe(99);
    // -h acts at once, even after -V
    expect((await s.exec('python3 -V -h')).stdout).toBe(h.stdout);
    expect((await s.exec('/usr/bin/python3 -h')).stdout.split('\n')[0]).toBe('usage: /usr/bin/python3 [option] ... [-c cmd | -m mod | file | -] [arg] ...');
  });

  it('reports bad options with the usage line and status 2', async () => {
    const s = await vm();
    expect(await s.exec('python3 --bogus')).toMatchObject({ stdout: '', stderr: 'unknown option --bogus\n' + usage('python3') + TRY, exitCode: 2 });
    expect(await s.exec('python3 --hel')).toMatchObject({ stderr: 'unknown option --hel\n' + usage('python3') + TRY, exitCode: 2 });
    expect(await s.exec('python3 -Z')).toMatchObject({ stderr: 'Unknown option: -Z\n' + usage('python3') + TRY, exitCode: 2 });
    expect(await s.exec('python3 -V -Z')).toMatchObject({ stdout: '', stderr: 'Unknown option: -Z\n' + usage('python3') + TRY, exitCode: 2 });
    expect(await s.exec('python3 -c')).toMatchObject({ stderr: 'Argument expected for the -c option\n' + usage('python3') + TRY, exitCode: 2 });
    expect((await s.exec('python3 -J')).stderr).toBe('-J is reserved for Jython\n' + usage('python3') + TRY);
    expect((await s.exec('python3 --check-hash-based-pycs x')).stderr).toBe("--check-hash-based-pycs must be one of 'default', 'always', or 'never'\n" + usage('python3') + TRY);
    expect((await s.exec('python3 --check-hash-based-pycs')).stderr).toBe('Argument expected for the --check-hash-based-pycs options\n' + usage('python3') + TRY);
    expect((await s.exec('python3.9 -Z')).stderr).toBe('Unknown option: -Z\n' + usage('python3.9') + TRY);
  });

  it('answers a missing script and a directory without __main__.py as CPython does; code is not run', async () => {
    const s = await vm();
    expect(await s.exec('python3 nofile.py')).toMatchObject({ stderr: "python3: can't open file '/home/vagrant/nofile.py': [Errno 2] No such file or directory\n", exitCode: 2 });
    expect((await s.exec('python3 ./nofile.py')).stderr).toBe("python3: can't open file '/home/vagrant/./nofile.py': [Errno 2] No such file or directory\n");
    await s.exec('mkdir d');
    expect(await s.exec('python3 d')).toMatchObject({ stderr: "/usr/bin/python3: can't find '__main__' module in '/home/vagrant/d'\n", exitCode: 1 });
    expect(await s.exec("python3 -c 'print(1+1)'")).toMatchObject({ stdout: '', exitCode: 1 });
    expect((await s.exec('python')).stderr).toBe('-bash: python: command not found\n');
    expect((await s.exec('readlink /usr/bin/python3')).stdout).toBe('python3.9\n');
    expect((await s.exec('rpm -qf /usr/bin/python3')).stdout).toBe('python3-3.9.21-1.el9_5.x86_64\n');
    const r = await s.exec('sudo dnf install -y python3');
    expect(r.stdout.endsWith('Package python3-3.9.21-1.el9_5.x86_64 is already installed.\nDependencies resolved.\nNothing to do.\nComplete!\n')).toBe(true);
  });
});

describe('python3 -m', () => {
  it('has no pip: python3-pip is not on the box, only its wheel', async () => {
    const s = await vm();
    expect(await s.exec('python3 -m pip install requests')).toMatchObject({ stdout: '', stderr: '/usr/bin/python3: No module named pip\n', exitCode: 1 });
    expect((await s.exec('/usr/bin/python3.9 -m pip --version')).stderr).toBe('/usr/bin/python3.9: No module named pip\n');
    // a library module that would run code is not run
    expect((await s.exec('python3 -m timeit 1')).stderr).toBe('python3: running Python code is not part of this simulation\n');
  });
});

describe('python3 against CPython 3.9 (tests/golden/python, scripts/golden/record.sh python)', () => {
  const names = readdirSync(GOLDEN).filter((n) => existsSync(path.join(GOLDEN, n, 'cmd'))).sort();
  it('has the recorded cases', () => expect(names.length).toBeGreaterThanOrEqual(20));
  for (const name of names) {
    it(name, async () => {
      const f = (x: string) => readFileSync(path.join(GOLDEN, name, x), 'utf8');
      const s = await vm();
      const r = await s.exec(f('cmd').replace(/\n$/, ''));
      expect({ stdout: r.stdout, stderr: r.stderr, status: r.exitCode }).toEqual({ stdout: f('stdout'), stderr: f('stderr'), status: Number(f('status')) });
    });
  }
});
