// tar of GNU tar 1.34 as Rocky 9.5 builds it: argp's help and errors, the old bundled letters, archives that
// round-trip through the simulated file system (plain and compressed), the -v listing of src/list.c.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';
import { help, usage, version } from '../../../../src/sim/commands/tar/help';

const TRY = "Try 'tar --help' or 'tar --usage' for more information.\n";

async function guest() {
  const s = await createSession({ lab: 'vm', seed: 1 });
  await s.exec('mkdir -p /home/vagrant/w/dir && cd /home/vagrant/w && echo hello world > dir/a.txt && echo yo > b.txt');
  return s;
}

describe('tar: help, version, usage and argp errors', () => {
  it('--help and -? print 1.34 help with the Rocky build lines; --usage and --version', async () => {
    const s = await guest();
    expect(await s.exec('tar --help')).toMatchObject({ stdout: help, stderr: '', exitCode: 0 });
    expect((await s.exec('tar -?')).stdout).toBe(help);
    expect(help).toContain('      --wildcards            use wildcards (default)\n');
    expect(help).toContain('      --lzma                 filter the archive through xz --format=lzma\n');
    expect(help.endsWith('*This* tar defaults to:\n--format=gnu -f- -b20 --quoting-style=escape --rmt-command=/etc/rmt\n--rsh-command=/usr/bin/ssh\n')).toBe(true);
    expect(await s.exec('tar --usage')).toMatchObject({ stdout: usage, exitCode: 0 });
    expect(usage.startsWith('Usage: tar [-AcdrtuxGnSkUWOmpsMBiajJzZhPlRvwo?] [-g FILE] [-C DIR] [-T FILE]\n')).toBe(true);
    expect(await s.exec('tar --version')).toMatchObject({ stdout: version, exitCode: 0 });
    expect(version.split('\n')[0]).toBe('tar (GNU tar) 1.34');
  });

  it('a bad option is argp\'s error with exit 64; no mode, two modes and old letters are tar\'s (exit 2)', async () => {
    const s = await guest();
    expect(await s.exec('tar --bogus')).toMatchObject({ stdout: '', stderr: `tar: unrecognized option '--bogus'\n${TRY}`, exitCode: 64 });
    expect(await s.exec('tar -y')).toMatchObject({ stderr: `tar: invalid option -- 'y'\n${TRY}`, exitCode: 64 });
    expect(await s.exec('tar cvq x')).toMatchObject({ stderr: `tar: invalid option -- 'q'\n${TRY}`, exitCode: 64 });
    expect(await s.exec('tar -cf')).toMatchObject({ stderr: `tar: option requires an argument -- 'f'\n${TRY}`, exitCode: 64 });
    expect(await s.exec('tar cf')).toMatchObject({ stderr: `tar: Old option 'f' requires an argument.\n${TRY}`, exitCode: 2 });
    expect(await s.exec('tar')).toMatchObject({ stderr: `tar: You must specify one of the '-Acdtrux', '--delete' or '--test-label' options\n${TRY}`, exitCode: 2 });
    expect(await s.exec('tar -ct')).toMatchObject({ stderr: `tar: You may not specify more than one '-Acdtrux', '--delete' or  '--test-label' option\n${TRY}`, exitCode: 2 });
    expect(await s.exec('tar -c')).toMatchObject({ stderr: `tar: Cowardly refusing to create an empty archive\n${TRY}`, exitCode: 2 });
    expect(await s.exec('tar rf - b.txt')).toMatchObject({ stderr: `tar: Options '-Aru' are incompatible with '-f -'\n${TRY}`, exitCode: 2 });
  });
});

describe('tar: archives', () => {
  it('cvf writes names, tf lists them, tvf in list.c\'s format; xf extracts into -C', async () => {
    const s = await guest();
    expect(await s.exec('tar cvf x.tar dir b.txt')).toMatchObject({ stdout: 'dir/\ndir/a.txt\nb.txt\n', stderr: '', exitCode: 0 });
    expect((await s.exec('tar tf x.tar')).stdout).toBe('dir/\ndir/a.txt\nb.txt\n');
    const tv = (await s.exec('tar -tvf x.tar')).stdout.split('\n');
    expect(tv[0]).toMatch(/^drwxrwxr-x vagrant\/vagrant   0 \d{4}-\d\d-\d\d \d\d:\d\d dir\/$/);
    expect(tv[1]).toMatch(/^-rw-rw-r-- vagrant\/vagrant  12 \d{4}-\d\d-\d\d \d\d:\d\d dir\/a.txt$/);
    await s.exec('mkdir out');
    expect(await s.exec('tar xvf x.tar -C out')).toMatchObject({ stdout: 'dir/\ndir/a.txt\nb.txt\n', exitCode: 0 });
    expect((await s.exec('cat out/dir/a.txt out/b.txt')).stdout).toBe('hello world\nyo\n');
  });

  it('-z round-trips; reading detects the compression; the wrong filter is the program\'s error', async () => {
    const s = await guest();
    expect((await s.exec('tar -czf x.tgz dir')).exitCode).toBe(0);
    await s.exec('rm -r dir');
    expect(await s.exec('tar -xzf x.tgz')).toMatchObject({ stdout: '', stderr: '', exitCode: 0 });
    expect((await s.exec('cat dir/a.txt')).stdout).toBe('hello world\n');
    expect((await s.exec('tar tf x.tgz')).stdout).toBe('dir/\ndir/a.txt\n');
    expect(await s.exec('tar tjf x.tgz')).toMatchObject({ stderr: 'bzip2: (stdin) is not a bzip2 file.\ntar: Child returned status 2\ntar: Error is not recoverable: exiting now\n', exitCode: 2 });
    await s.exec('tar cf plain.tar b.txt');
    expect(await s.exec('tar tzf plain.tar')).toMatchObject({ stderr: '\ngzip: stdin: not in gzip format\ntar: Child returned status 1\ntar: Error is not recoverable: exiting now\n', exitCode: 2 });
    expect((await s.exec('tar caf a.tar.xz b.txt && tar tJf a.tar.xz')).stdout).toBe('b.txt\n');
    expect(await s.exec('tar --zstd -cf z.tar.zst b.txt')).toMatchObject({ stderr: 'tar (child): zstd: Cannot exec: No such file or directory\ntar (child): Error is not recoverable: exiting now\ntar: Child returned status 2\ntar: Error is not recoverable: exiting now\n', exitCode: 2 });
    expect(await s.exec('tar rzf x.tgz b.txt')).toMatchObject({ stderr: `tar: Cannot update compressed archives\n${TRY}`, exitCode: 2 });
    expect(await s.exec('tar rf x.tgz b.txt')).toMatchObject({ stderr: 'tar: Cannot update compressed archives\ntar: Error is not recoverable: exiting now\n', exitCode: 2 });
  });

  it('absolute names lose their leading /, once; missing files and archives in tar\'s words', async () => {
    const s = await guest();
    expect(await s.exec('tar cf abs.tar /home/vagrant/w/b.txt /home/vagrant/w/dir')).toMatchObject({ stderr: "tar: Removing leading `/' from member names\n", exitCode: 0 });
    expect((await s.exec('tar tf abs.tar')).stdout).toBe('home/vagrant/w/b.txt\nhome/vagrant/w/dir/\nhome/vagrant/w/dir/a.txt\n');
    expect(await s.exec('tar cf z.tar nothere b.txt')).toMatchObject({ stderr: 'tar: nothere: Cannot stat: No such file or directory\ntar: Exiting with failure status due to previous errors\n', exitCode: 2 });
    expect((await s.exec('tar tf z.tar')).stdout).toBe('b.txt\n');
    expect(await s.exec('tar xf x.tar')).toMatchObject({ stdout: '', stderr: 'tar: x.tar: Cannot open: No such file or directory\ntar: Error is not recoverable: exiting now\n', exitCode: 2 });
    expect(await s.exec('tar tf b.txt')).toMatchObject({ stderr: 'tar: This does not look like a tar archive\ntar: Exiting with failure status due to previous errors\n', exitCode: 2 });
    expect(await s.exec('tar tf z.tar nothere b.txt')).toMatchObject({ stdout: 'b.txt\n', stderr: 'tar: nothere: Not found in archive\ntar: Exiting with failure status due to previous errors\n', exitCode: 2 });
    expect(await s.exec('tar xf z.tar -C /nonexist')).toMatchObject({ stderr: 'tar: /nonexist: Cannot open: No such file or directory\ntar: Error is not recoverable: exiting now\n', exitCode: 2 });
    expect(await s.exec('tar cf /nonexist/x.tar b.txt')).toMatchObject({ stderr: 'tar: /nonexist/x.tar: Cannot open: No such file or directory\ntar: Error is not recoverable: exiting now\n', exitCode: 2 });
  });

  it('names match as wildcards (Rocky\'s patch); -O, -k, --strip-components, --exclude, -r and --delete', async () => {
    const s = await guest();
    await s.exec('tar cf x.tar dir b.txt');
    expect((await s.exec("tar tf x.tar '*.txt'")).stdout).toBe('dir/a.txt\nb.txt\n');
    expect(await s.exec("tar tf x.tar --no-wildcards '*.txt'")).toMatchObject({ stderr: 'tar: *.txt: Not found in archive\ntar: Exiting with failure status due to previous errors\n', exitCode: 2 });
    expect((await s.exec('tar xOf x.tar dir/a.txt')).stdout).toBe('hello world\n');
    expect(await s.exec('tar xkf x.tar b.txt')).toMatchObject({ stderr: 'tar: b.txt: Cannot open: File exists\ntar: Exiting with failure status due to previous errors\n', exitCode: 2 });
    await s.exec('mkdir s && tar xf x.tar -C s --strip-components=1');
    expect((await s.exec('ls s')).stdout).toBe('a.txt\n');
    expect((await s.exec("tar cf e.tar --exclude='*.txt' dir b.txt && tar tf e.tar")).stdout).toBe('dir/\n');
    expect((await s.exec('tar rf e.tar b.txt && tar --delete -f e.tar dir && tar tf e.tar')).stdout).toBe('b.txt\n');
  });

  it('on the terminal tar refuses to write or read the archive there', async () => {
    const s = await guest();
    const out: string[] = [];
    s.on('output', ({ text }) => out.push(text));
    await s.submit('tar c b.txt');
    expect(out.join('')).toBe('tar: Refusing to write archive contents to terminal (missing -f option?)\ntar: Error is not recoverable: exiting now\n');
    expect((await s.exec('echo $?')).stdout).toBe('2\n');
    expect(await s.exec('tar t')).toMatchObject({ stderr: 'tar: Refusing to read archive contents from terminal (missing -f option?)\ntar: Error is not recoverable: exiting now\n', exitCode: 2 });
    expect((await s.exec('tar cf - b.txt | tar tf -')).stdout).toBe('b.txt\n');
  });

  it('-d tells what differs, exit 1', async () => {
    const s = await guest();
    await s.exec('tar cf x.tar dir b.txt');
    expect(await s.exec('tar df x.tar')).toMatchObject({ stdout: '', exitCode: 0 });
    await s.exec('echo changed > b.txt; rm dir/a.txt');
    const r = await s.exec('tar df x.tar');
    expect(r.stderr).toBe('tar: dir/a.txt: Warning: Cannot stat: No such file or directory\n');
    expect(r.stdout).toContain('b.txt: Size differs\n');
    expect(r.exitCode).toBe(1);
  });
});
