// find and xargs where the recorded cases (tests/golden/findutils, recorded without a terminal) cannot go: what
// they ask on the terminal, their warnings there, and the texts read from findutils 4.8.0's sources (find/parser.c
// parse_version, find/util.c show_valid_debug_options, find/pred.c is_ok, xargs/xargs.c print_args and
// --show-limits).
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';

beforeAll(async () => {
  await loadGuest();
});

const session = async () => {
  const s = await createSession({ lab: 'vm', seed: 3 });
  await s.exec('mkdir -p d/e && touch d/a d/e/b');
  return s;
};

describe('find on a terminal', () => {
  it('-ok asks `< cmd ... file > ? ` on standard error and runs the command on y', async () => {
    const s = await session();
    const r = await s.exec('find d -name b -ok rm {} \\;', { answers: ['y'] });
    expect(r.stderr).toContain('< rm ... d/e/b > ? ');
    expect((await s.exec('ls d/e')).stdout).toBe('');
    const n = await s.exec('find d -name a -ok rm {} \\;', { answers: ['n'] });
    expect(n.exitCode).toBe(0);
    expect((await s.exec('ls d')).stdout).toContain('a');
  });

  it('warns about a global option after a test (standard input a terminal)', async () => {
    const s = await session();
    const r = await s.exec('find d -name a -maxdepth 1');
    expect(r.stderr).toBe(
      'find: warning: you have specified the global option -maxdepth after the argument -name, but global options are not positional, i.e., -maxdepth affects tests specified before it as well as those specified after it.  Please specify global options before other arguments.\n',
    );
    expect(r.stdout).toBe('d/a\n');
  });

  it('--version and -D help as 4.8.0 prints them', async () => {
    const s = await session();
    const v = await s.exec('find --version');
    expect(v.stdout.split('\n')[0]).toBe('find (GNU findutils) 4.8.0');
    expect(v.stdout).toContain('\n\nWritten by Eric B. Decker, James Youngman, and Kevin Dalley.\nFeatures enabled: ');
    const d = await s.exec('find -D help');
    expect(d.stdout.split('\n').slice(0, 2)).toEqual(['Valid arguments for -D:', 'exec       Show diagnostic information relating to -exec, -execdir, -ok and -okdir']);
  });

  it('runs -exec as each file is reached: output interleaves with -print', async () => {
    const s = await session();
    const r = await s.exec('find d/e -exec echo X {} \\; -print');
    expect(r.stdout).toBe('X d/e\nd/e\nX d/e/b\nd/e/b\n');
  });
});

describe('find -exec ... +', () => {
  // findutils 4.9 here, on the same 3000 names, ran echo twice, its first line 131065 bytes long (names in its own
  // directory order): command lines of at most 128 KiB, each argument counted with its NUL, "echo" included
  it('splits the names into command lines of up to 128 KiB', async () => {
    const s = await session();
    await s.exec('mkdir /tmp/big && cd /tmp/big && for i in $(seq 1 3000); do : > file-with-a-rather-long-name-number-$i.txt; done; cd');
    const lines = (await s.exec('find /tmp/big -type f -exec echo {} +')).stdout.split('\n').slice(0, -1);
    expect(lines.length).toBe(2);
    expect(lines.flatMap((l) => l.split(' ')).length).toBe(3000);
    const first = lines[0].length + 1;
    expect('echo'.length + 1 + first).toBeLessThanOrEqual(131072);
    // one more name would not have fitted
    expect('echo'.length + 1 + first + lines[1].split(' ')[0].length + 1).toBeGreaterThan(131072);
  });
});

describe('xargs -P', () => {
  // the same lines run by findutils 4.9's xargs here printed 1 2 3, and 1 3 2 1
  it('runs up to P commands at once, each output coming as its time passes', async () => {
    const s = await session();
    const t0 = Date.parse((await s.exec('date -u +%FT%TZ')).stdout.trim());
    expect((await s.exec(`printf '3\\n1\\n2\\n' | xargs -P 3 -I{} sh -c 'sleep {}; echo {}'`)).stdout).toBe('1\n2\n3\n');
    // three commands side by side take the longest one's time, not the sum
    const t1 = Date.parse((await s.exec('date -u +%FT%TZ')).stdout.trim());
    expect(t1 - t0).toBeLessThan(6000);
    expect((await s.exec(`printf '%s\\n' 3 1 2 1 | xargs -P 2 -n 1 sh -c 'sleep $0; echo $0'`)).stdout).toBe('1\n3\n2\n1\n');
    // one at a time keeps the input's order
    expect((await s.exec(`printf '3\\n1\\n' | xargs -P 1 -I{} sh -c 'sleep {}; echo {}'`)).stdout).toBe('3\n1\n');
  });
});

describe('xargs on a terminal', () => {
  it('-p prints the command and `?...`, and runs it on y only', async () => {
    const s = await session();
    const y = await s.exec('echo a b | xargs -p echo', { answers: ['y'] });
    expect(y.stderr).toContain('echo a b?...');
    // (the terminal shows the answer typed, then the command's output)
    expect(y.stdout.endsWith('a b\n')).toBe(true);
    const n = await s.exec('echo a b | xargs -p echo', { answers: ['n'] });
    expect(n.stdout).not.toContain('a b');
  });

  it('--show-limits gives its six lines on standard error', async () => {
    const s = await session();
    const r = await s.exec('xargs --show-limits < /dev/null');
    const lines = r.stderr.split('\n');
    expect(lines[0]).toMatch(/^Your environment variables take up \d+ bytes$/);
    expect(lines[1]).toMatch(/^POSIX upper limit on argument length \(this system\): \d+$/);
    expect(lines.slice(2, 6)).toEqual([
      'POSIX smallest allowable upper limit on argument length (all systems): 4096',
      expect.stringMatching(/^Maximum length of command we could actually use: \d+$/),
      'Size of command buffer we are actually using: 131072',
      'Maximum parallelism (--max-procs must be no greater): 2147483647',
    ]);
  });
});
