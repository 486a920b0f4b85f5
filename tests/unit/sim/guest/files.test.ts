// find, xargs and tar on a guest, against what GNU findutils and tar print (recorded on this machine over the
// same tree: directory order, messages, exit statuses).
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';
import type { Session } from '../../../../src/sim/session';

let s: Session;
beforeAll(async () => {
  await loadGuest();
});

const tree = async () => {
  s = await createSession({ lab: 'vm', seed: 3 });
  await s.exec('mkdir -p d/e; echo a > d/a.txt; echo b > d/e/b.yaml');
};

describe('find', () => {
  it('walks in directory order with -name, -type, -maxdepth', async () => {
    await tree();
    expect((await s.exec('find d')).stdout).toBe('d\nd/e\nd/e/b.yaml\nd/a.txt\n');
    expect((await s.exec("find d -name '*.txt'")).stdout).toBe('d/a.txt\n');
    expect((await s.exec('find d -type d')).stdout).toBe('d\nd/e\n');
    expect((await s.exec('find d -maxdepth 1')).stdout).toBe('d\nd/e\nd/a.txt\n');
    expect((await s.exec('find d -type f -exec wc -c {} \\;')).stdout).toBe('2 d/e/b.yaml\n2 d/a.txt\n');
  });

  it('errors as findutils words them', async () => {
    await tree();
    expect(await s.exec('find /nonexist')).toMatchObject({ stderr: 'find: ‘/nonexist’: No such file or directory\n', exitCode: 1 });
    expect(await s.exec('find . -bogus')).toMatchObject({ stderr: "find: unknown predicate `-bogus'\n", exitCode: 1 });
  });
});

describe('xargs', () => {
  it('appends the words of its input, -n at a time', async () => {
    await tree();
    expect((await s.exec("echo 'a b c' | xargs echo hi")).stdout).toBe('hi a b c\n');
    expect((await s.exec("echo 'a b' | xargs -n1 echo x")).stdout).toBe('x a\nx b\n');
    expect((await s.exec("find d -name '*.yaml' | xargs cat")).stdout).toBe('b\n');
    expect(await s.exec('xargs --bogus')).toMatchObject({ stderr: "xargs: unrecognized option '--bogus'\nTry 'xargs --help' for more information.\n", exitCode: 1 });
  });
});

describe('tar', () => {
  it('is in the box; czvf, tvf, tf and xf round-trip a tree', async () => {
    await tree();
    expect((await s.exec('tar czvf x.tgz d')).stdout).toBe('d/\nd/e/\nd/e/b.yaml\nd/a.txt\n');
    expect((await s.exec('tar tf x.tgz')).stdout).toBe('d/\nd/e/\nd/e/b.yaml\nd/a.txt\n');
    expect((await s.exec('tar tvf x.tgz')).stdout.split('\n')[0]).toMatch(/^drwxrwxr-x vagrant\/vagrant   0 \d{4}-\d\d-\d\d \d\d:\d\d d\/$/);
    await s.exec('rm -rf d; tar xf x.tgz');
    expect((await s.exec('cat d/e/b.yaml')).stdout).toBe('b\n');
  });

  it('errors as GNU tar 1.34 words them', async () => {
    await tree();
    expect(await s.exec('tar xf nosuch.tar')).toMatchObject({ stderr: 'tar: nosuch.tar: Cannot open: No such file or directory\ntar: Error is not recoverable: exiting now\n', exitCode: 2 });
    expect(await s.exec('tar')).toMatchObject({ stderr: "tar: You must specify one of the '-Acdtrux', '--delete' or '--test-label' options\nTry 'tar --help' or 'tar --usage' for more information.\n", exitCode: 2 });
    expect(await s.exec('tar --bogus')).toMatchObject({ stderr: "tar: unrecognized option '--bogus'\nTry 'tar --help' or 'tar --usage' for more information.\n", exitCode: 64 });
  });
});

describe('less and more', () => {
  it('print the file or their input; a missing file in each tool’s words', async () => {
    await tree();
    expect((await s.exec('less d/a.txt | cat')).stdout).toBe('a\n');
    expect((await s.exec('cat d/a.txt | more')).stdout).toBe('a\n');
    expect(await s.exec('less nosuch')).toMatchObject({ stderr: 'nosuch: No such file or directory\n', exitCode: 1 });
    expect(await s.exec('more nosuch')).toMatchObject({ stderr: 'more: cannot open nosuch: No such file or directory\n', exitCode: 1 });
  });
});

describe('typed file errors', () => {
  it('a file whose text is an errno name reads as text; a missing one reports the errno’s message', async () => {
    await tree();
    await s.exec('echo -n ENOENT > f');
    expect(await s.exec('cat f')).toMatchObject({ stdout: 'ENOENT', exitCode: 0 });
    expect((await s.exec('wc -c f')).stdout).toBe('6 f\n');
    expect(await s.exec('cat nosuch d')).toMatchObject({ stderr: 'cat: nosuch: No such file or directory\ncat: d: Is a directory\n', exitCode: 1 });
  });
});

describe('find and xargs help', () => {
  it('find --help is findutils 4.8’s usage (with its run-on -context line); xargs --help its own', async () => {
    await tree();
    const find = (await s.exec('find --help')).stdout;
    expect(find).toMatch(/^Usage: find \[-H\] \[-L\] \[-P\] \[-Olevel\] \[-D debugopts\] \[path\.\.\.\] \[expression\]\n\n/);
    expect(find).toContain('      -used N -user NAME -xtype [bcdpfls]      -context CONTEXT\n');
    expect(find).toContain('Valid arguments for -D:\nexec, opt, rates, search, stat, time, tree, all, help\nUse \'-D help\'');
    expect((await s.exec('xargs --help')).stdout).toMatch(/^Usage: xargs \[OPTION\]\.\.\. COMMAND \[INITIAL-ARGS\]\.\.\.\n/);
    expect((await s.exec("echo a | xargs -n 1 -- echo x")).stdout).toBe('x a\n');
  });
});

describe('base64', () => {
  it('encodes and decodes as coreutils does (recorded here: the same bytes and error)', async () => {
    await tree();
    expect((await s.exec("echo -n 's3cr3t-pässword' | base64")).stdout).toBe('czNjcjN0LXDDpHNzd29yZA==\n');
    expect((await s.exec('echo czNjcjN0LXDDpHNzd29yZA== | base64 -d')).stdout).toBe('s3cr3t-pässword');
    expect(await s.exec("echo 'czNjcjN0!!' | base64 -d")).toMatchObject({ stdout: 's3cr3t', stderr: 'base64: invalid input\n', exitCode: 1 });
    expect(await s.exec('base64 nosuch')).toMatchObject({ stderr: 'base64: nosuch: No such file or directory\n', exitCode: 1 });
  });
});

describe('cut where coreutils 8.32 words it apart from the recorded 9.1', () => {
  it('two lists at once: "only one type of list may be specified"', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    const r = await s.exec('echo a | cut -c1 -f1');
    expect(r).toMatchObject({ stdout: '', stderr: "cut: only one type of list may be specified\nTry 'cut --help' for more information.\n", exitCode: 1 });
  });
});

describe('nproc', () => {
  it('counts the processors the Vagrantfile gave the machine, less --ignore', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    expect((await s.exec('nproc')).stdout).toBe(`${s.world.host(s.frame.hostId).sys!.cpus}\n`);
    expect((await s.exec('nproc --ignore=1')).stdout).toBe(`${Math.max(1, s.world.host(s.frame.hostId).sys!.cpus - 1)}\n`);
  });
});

describe('groups and mktemp', () => {
  it('groups names the user\'s groups as id -Gn does; mktemp makes a file in /tmp under a fresh name', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    expect((await s.exec('groups')).stdout).toBe((await s.exec('id -Gn')).stdout);
    expect(await s.exec('groups nobody2')).toMatchObject({ stderr: 'groups: ‘nobody2’: no such user\n', exitCode: 1 });
    const a = (await s.exec('mktemp')).stdout.trim();
    const b = (await s.exec('mktemp')).stdout.trim();
    expect(a).toMatch(/^\/tmp\/tmp\.[A-Za-z0-9]{10}$/);
    expect(a).not.toBe(b);
    expect((await s.exec(`test -f ${a} && echo yes`)).stdout).toBe('yes\n');
  });
});
