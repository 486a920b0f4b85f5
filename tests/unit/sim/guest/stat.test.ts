// stat's default output on a Rocky 9 guest: the layout of coreutils 8.32's default_format() (src/stat.c at v8.32),
// which Debian's 9.1 no longer prints (its Device line reads `%Hd,%Ld`), so it is checked against the format
// string rather than recorded; SELinux is enforcing on the box, so the Context line is there.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';

const run = async (line: string) => {
  const s = await createSession({ lab: 'vm', seed: 1, files: { 'default:/home/vagrant/notes.txt': 'hello\n' } });
  return s.exec(line);
};

describe('stat as coreutils 8.32 prints it', () => {
  it('lays out a file as default_format() does, with a Context line under SELinux', async () => {
    const r = await run('stat notes.txt');
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('  File: notes.txt');
    expect(lines[1]).toBe('  Size: 6         \tBlocks: 8          IO Block: 4096   regular file');
    expect(lines[2]).toMatch(/^Device: 804h\/2052d\tInode: \d+ {2,}Links: 1$/);
    expect(lines[3]).toBe('Access: (0644/-rw-r--r--)  Uid: ( 1000/ vagrant)   Gid: ( 1000/ vagrant)');
    expect(lines[4]).toBe('Context: unconfined_u:object_r:user_home_t:s0');
    for (const [i, w] of ['Access', 'Modify', 'Change', ' Birth'].entries()) expect(lines[5 + i]).toMatch(new RegExp(`^${w}: \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{9} \\+0000$`));
    expect(lines.length).toBe(10);
  });

  it('shows a link with its target, unquoted, and follows it with -L', async () => {
    const r = await run('ln -s notes.txt l && stat l && stat -L -c %F l');
    expect(r.stdout).toMatch(/^ {2}File: l -> notes.txt\n {2}Size: 9 {9}\tBlocks: 0 {10}IO Block: 4096   symbolic link\n/);
    expect(r.stdout).toMatch(/Access: \(0777\/lrwxrwxrwx\)/);
    expect(r.stdout.endsWith('regular file\n')).toBe(true);
  });

  it('counts a hard link and drops the Context line when SELinux is off', async () => {
    const s = await createSession({ lab: 'vm', seed: 1, files: { 'default:/home/vagrant/notes.txt': 'hello\n' } });
    s.world.host('default').sys!.selinux = 'Disabled';
    const r = await s.exec('ln notes.txt h && stat -c "%h %i" notes.txt h && stat h | grep -c Context');
    const [a, b] = r.stdout.split('\n');
    expect(a).toBe(b);
    expect(a).toMatch(/^2 \d+$/);
    expect(r.stdout.endsWith('0\n')).toBe(true);
  });
});
