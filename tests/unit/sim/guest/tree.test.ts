// tree 1.8.0 once `dnf install tree` has put it on a guest: the drawing of tree.c / unix.c over the guest's files,
// fillinfo()'s bracket, -L, -d, -f -i, -P / -I patterns, the report, errors and usage texts from tree 1.8.0's source.
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';
import type { Session } from '../../../../src/sim/session';
import { patmatch } from '../../../../src/sim/commands/tree/pattern';

let s: Session;
beforeAll(async () => {
  await loadGuest();
  s = await createSession({ lab: 'vm', seed: 3 });
  // the listing without colours (tree-color's subject): at a terminal tree colours by the login's LS_COLORS
  await s.exec('unset LS_COLORS');
  expect((await s.exec('tree')).stderr).toBe('-bash: tree: command not found\n');
  expect((await s.exec('sudo dnf install -y tree')).exitCode).toBe(0);
  await s.exec('mkdir -p /tmp/t/a/b /tmp/t/c && touch /tmp/t/a/x.txt /tmp/t/a/b/y.log /tmp/t/z.txt /tmp/t/.h && chmod 700 /tmp/t/c');
}, 60_000);

describe('tree', () => {
  it('draws the UTF-8 lines (no-break spaces under a vertical bar) and counts directories and files', async () => {
    const r = await s.exec('tree /tmp/t');
    expect(r.stdout).toBe('/tmp/t\n├── a\n│\u00a0\u00a0 ├── b\n│\u00a0\u00a0 │\u00a0\u00a0 └── y.log\n│\u00a0\u00a0 └── x.txt\n├── c\n└── z.txt\n\n3 directories, 3 files\n');
    expect(r.exitCode).toBe(0);
  });
  it('-a shows dot files, -d only directories with a directories-only report, -L cuts the depth', async () => {
    expect((await s.exec('cd /tmp/t && tree -a -L 1')).stdout).toBe('.\n├── a\n├── c\n├── .h\n└── z.txt\n\n2 directories, 2 files\n');
    expect((await s.exec('tree -d /tmp/t')).stdout).toBe('/tmp/t\n├── a\n│\u00a0\u00a0 └── b\n└── c\n\n3 directories\n');
    expect((await s.exec('tree -L 0 /tmp/t')).stderr).toBe('tree: Invalid level, must be greater than 0.\n');
  });
  it('-f -i print full paths without lines; -P keeps matching files, -I drops matches; --noreport; --dirsfirst', async () => {
    expect((await s.exec('tree -fi --noreport /tmp/t/a')).stdout).toBe('/tmp/t/a\n/tmp/t/a/b\n/tmp/t/a/b/y.log\n/tmp/t/a/x.txt\n');
    expect((await s.exec('tree -P "*.txt" --noreport /tmp/t')).stdout).toBe('/tmp/t\n├── a\n│\u00a0\u00a0 ├── b\n│\u00a0\u00a0 └── x.txt\n├── c\n└── z.txt\n');
    expect((await s.exec("tree -I 'a|c' /tmp/t")).stdout).toBe('/tmp/t\n└── z.txt\n\n0 directories, 1 file\n');
    expect((await s.exec('tree --dirsfirst -L 1 --noreport /tmp/t/a')).stdout).toBe('/tmp/t/a\n├── b\n└── x.txt\n');
  });
  it('the bracket: mode, owner, group and size (-s bytes in 11 columns, -h units)', async () => {
    await s.exec('printf "%02000d" 0 > /tmp/t/c/k');
    expect((await s.exec('tree -pugs --noreport /tmp/t/c')).stdout).toBe('/tmp/t/c\n└── [-rw-rw-r-- vagrant  vagrant         2000]  k\n');
    expect((await s.exec('tree -h --noreport /tmp/t/c')).stdout).toBe('/tmp/t/c\n└── [2.0K]  k\n');
  });
  it('a directory it cannot open, and a name that is no directory', async () => {
    expect((await s.exec('tree /root /etc/hostname')).stdout).toBe('/root [error opening dir]\n/etc/hostname [error opening dir]\n\n0 directories, 0 files\n');
  });
  it('links: -> target, a link to a directory counts as one but is entered only with -l (once per directory)', async () => {
    await s.exec('mkdir -p /tmp/q/d && touch "/tmp/q/a b" /tmp/q/d/e && ln -s d /tmp/q/ld && ln -s /nowhere /tmp/q/dang && chmod +x /tmp/q/d/e');
    expect((await s.exec('tree -F -l /tmp/q')).stdout).toBe('/tmp/q\n├── a b\n├── d/\n│\u00a0\u00a0 └── e*\n├── dang -> /nowhere\n└── ld -> d/  [recursive, not followed]\n\n2 directories, 3 files\n');
    expect((await s.exec('tree -l /tmp/q/ld /tmp/q/d --noreport')).stdout).toBe('/tmp/q/ld\n└── e\n/tmp/q/d\n└── e\n');
  });
  it('outside a UTF-8 locale: the ASCII lines and printit() escapes', async () => {
    expect((await s.exec('LANG=C tree -L 1 /tmp/q')).stdout).toBe('/tmp/q\n|-- a\\ b\n|-- d\n|-- dang -> /nowhere\n`-- ld -> d\n\n2 directories, 2 files\n');
  });
  it('--sort with an unknown name, --filelimit', async () => {
    const r = await s.exec('tree --sort=bogus');
    expect(r.stderr).toBe("tree: sort type 'bogus' not valid, should be one of: ");
    expect(r.stdout).toBe('name,version,size,mtime,ctime\n');
    expect(r.exitCode).toBe(1);
    expect((await s.exec('tree --filelimit 1 /tmp/q')).stdout).toBe('/tmp/q [4 entries exceeds filelimit, not opening dir]\n\n0 directories, 0 files\n');
  });
  it('usage, help and version as tree.c prints them', async () => {
    const bad = await s.exec('tree -Z');
    expect(bad.exitCode).toBe(1);
    expect(bad.stderr).toMatch(/^tree: Invalid argument -`Z'\.\nusage: tree \[-acdfghilnpqrstuvxACDFJQNSUX\] \[-H baseHREF\] \[-T title \]\n\t\[-L level \[-R\]\]/);
    expect((await s.exec('tree --bogus')).stderr).toMatch(/^tree: Invalid argument `--bogus'\.\n/);
    const help = await s.exec('tree --help');
    expect(help.stdout).toContain('  ------- Listing options -------\n  -a            All files are listed.\n');
    expect(help.stdout.endsWith('  --            Options processing terminator.\n')).toBe(true);
    expect((await s.exec('tree --version')).stdout).toBe('tree v1.8.0 (c) 1996 - 2018 by Steve Baker, Thomas Moore, Francesc Rocher, Florian Sesser, Kyosuke Tokoro \n');
    expect((await s.exec('tree -L')).stderr).toBe('tree: Missing argument to -L option.\n');
  });
});

describe('bc', () => {
  it('installs from BaseOS with its bc command', async () => {
    const r = await s.exec('sudo dnf install -y bc');
    expect(r.exitCode).toBe(0);
    expect((await s.exec('echo 2^8 | bc')).stdout).toBe('256\n');
  });
});

describe('patmatch', () => {
  it('matches as tree.c does', () => {
    expect(patmatch('x.txt', '*.txt')).toBe(1);
    expect(patmatch('x.txt', '*.log|*.txt')).toBe(1);
    expect(patmatch('X.TXT', '*.txt', true)).toBe(1);
    expect(patmatch('b', '[a-c]')).toBe(1);
    expect(patmatch('d', '[^a-c]')).toBe(1);
    expect(patmatch('a', '|a')).toBe(-1);
  });
});
