// zip 3.0's archive as the guest's files hold it (real ZIP: local headers, central directory, end record, read back
// by format.ts), what a user without rights sees, and -r's deflated entries.
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';
import type { Session } from '../../../../src/sim/session';
import { toBytes } from '../../../../src/sim/commands/lib/bytes';
import { expand, loadFlate, readZip } from '../../../../src/sim/commands/zip/format';

let s: Session;
const archive = async (path: string) => readZip(toBytes((await s.exec(`cat ${path}`)).stdout))!;
beforeAll(async () => {
  await loadGuest();
  await loadFlate();
  s = await createSession({ lab: 'vm', seed: 5 });
  expect((await s.exec('sudo dnf install -y zip')).exitCode).toBe(0);
  await s.exec('mkdir -p ~/w/dir/sub && cd ~/w && printf "hello\\n" > dir/a.txt && seq 1 400 > dir/sub/n.txt');
}, 60_000);

describe('the archive zip writes', () => {
  it('holds every entry with its data, sizes and CRC, directories first', async () => {
    const r = await s.exec('zip -r a.zip dir');
    expect(r.stdout).toMatch(/^ {2}adding: dir\/sub\/n\.txt \(deflated \d\d%\)$/m);
    const list = await archive('a.zip');
    expect(list.map((e) => e.name)).toEqual(['dir/', 'dir/a.txt', 'dir/sub/', 'dir/sub/n.txt']);
    expect(new TextDecoder().decode(expand(list[1])!)).toBe('hello\n');
    expect(list[3].method).toBe(8);
    expect(new TextDecoder().decode(expand(list[3])!)).toBe((await s.exec('seq 1 400')).stdout);
    expect(list[0].mode).toBe(0o40775);
    expect(list[1].mode & 0o777).toBe(0o664);
    expect(list[1].uid).toBe(1000);
  });
  it('starts with the local header zip writes for a stored entry (version 1.0)', async () => {
    await s.exec('zip -q s.zip dir/a.txt');
    expect((await s.exec('od -A n -t x1 -N 10 s.zip')).stdout).toBe(' 50 4b 03 04 0a 00 00 00 00 00\n');
    expect((await s.exec('file -b --mime-type s.zip')).stdout).toBe('application/zip\n');
  });
  it('-d leaves the other entries as they were', async () => {
    await s.exec('zip -qr b.zip dir');
    expect((await s.exec('zip -d b.zip "dir/sub/*"')).stdout).toBe('deleting: dir/sub/\ndeleting: dir/sub/n.txt\n');
    expect((await archive('b.zip')).map((e) => e.name)).toEqual(['dir/', 'dir/a.txt']);
  });
});

describe('rights', () => {
  it('a file the user cannot read is skipped, with the count at the end (exit 18)', async () => {
    await s.exec('sudo sh -c "printf secret > /tmp/secret && chmod 600 /tmp/secret"');
    const r = await s.exec('zip /tmp/u.zip /tmp/secret dir/a.txt');
    expect(r.stdout).toBe(
      '  adding: tmp/secret\n\tzip warning: could not open for reading: tmp/secret\n  adding: dir/a.txt (stored 0%)\n\n' +
        'zip warning: Not all files were readable\n  files/entries read:  1 (6 bytes)  skipped:  1 (6 bytes)\n',
    );
    expect(r.exitCode).toBe(18);
  });
  it('an archive the user cannot write is refused before anything is added (exit 15)', async () => {
    const r = await s.exec('zip /root/x.zip dir/a.txt');
    expect(r.stdout).toBe('zip I/O error: Permission denied\nzip error: Could not create output file (/root/x.zip)\n');
    expect(r.exitCode).toBe(15);
  });
  it('zip alone on a terminal prints the help; with options only it will not write to it', async () => {
    expect((await s.exec('zip')).stdout).toMatch(/^Copyright \(c\) 1990-2008 Info-ZIP/);
    const r = await s.exec('zip -q');
    expect(r.stdout).toBe('\nzip error: Invalid command arguments (cannot write zip file to terminal)\n');
    expect(r.exitCode).toBe(16);
  });
});
