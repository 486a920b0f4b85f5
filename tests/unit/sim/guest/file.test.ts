// file 5.39 against Debian's file 5.44 recorded over the same fixtures (scripts/golden/file-spec.ts), with the
// 5.39 texts put back where the two versions differ (src/sim/commands/file/DIFFERENCES.md cites the sources).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';
import { fromBytes } from '../../../../src/sim/commands/lib/bytes';
import { help, usage } from '../../../../src/sim/commands/file/file/help';

interface Recorded {
  fixtures: Record<string, string>;
  links: Record<string, string>;
  dirs: string[];
  runs: { args: string[]; stdout: string; stderr: string; status: number }[];
}
const rec = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../golden/file/recorded.json'), 'utf8')) as Recorded;
const size = (n: string) => Buffer.from(rec.fixtures[n], 'base64').length;

/** 5.44's words back to 5.39's. */
function as539(out: string, args: string[]): string {
  let s = out
    .replace(/Unicode text, UTF-8 text/g, 'UTF-8 Unicode text')
    .replace(/Unicode text, UTF-8 \(with BOM\) text/g, 'UTF-8 Unicode (with BOM) text')
    .replace(/, with very long lines \(\d+\)/g, ', with very long lines')
    .replace(/JSON text data/g, 'JSON data')
    .replace(/text\/csv/g, 'application/csv');
  // Magdir/compress 5.39: the size only past 48 bytes, ", truncated" below
  for (const n of args.filter((a) => a.endsWith('.gz') && size(a) < 48)) {
    s = s.replace(new RegExp(`^(${n}:.*), original size modulo 2\\^32 \\d+$`, 'm'), '$1, truncated');
  }
  return s;
}

async function session() {
  const s = await createSession({ lab: 'vm', seed: 1 });
  const fs = s.world.host('default').fs;
  fs.mkdir('/home/vagrant/fx', true);
  for (const [n, b64] of Object.entries(rec.fixtures)) fs.write(`/home/vagrant/fx/${n}`, fromBytes(Uint8Array.from(Buffer.from(b64, 'base64'))));
  for (const d of rec.dirs) fs.mkdir(`/home/vagrant/fx/${d}`);
  for (const [n, t] of Object.entries(rec.links)) fs.symlink(t, `/home/vagrant/fx/${n}`);
  await s.exec('cd /home/vagrant/fx');
  return s;
}

const quote = (a: string) => `'${a}'`;

describe('file over the recorded fixtures', () => {
  it('classifies each fixture as file 5.39 does', async () => {
    const s = await session();
    for (const r of rec.runs) {
      const got = await s.exec('file ' + r.args.map(quote).join(' '));
      expect({ args: r.args, out: got.stdout, status: got.exitCode }).toEqual({ args: r.args, out: as539(r.stdout, r.args), status: r.status });
    }
  });
});

describe('file', () => {
  it('reads the world: the box key, certificates, /proc, unreadable files, missing programs', async () => {
    const s = await session();
    expect((await s.exec('file ~/.ssh/authorized_keys')).stdout).toBe('/home/vagrant/.ssh/authorized_keys: OpenSSH ED25519 public key\n');
    expect((await s.exec('file /proc/cpuinfo')).stdout).toBe('/proc/cpuinfo: empty\n');
    expect((await s.exec('file -s /proc/cpuinfo')).stdout).toBe('/proc/cpuinfo: ASCII text\n');
    expect((await s.exec('file /etc/shadow')).stdout).toBe('/etc/shadow: regular file, no read permission\n');
    expect((await s.exec('file /usr/bin/ls')).stdout).toBe("/usr/bin/ls: cannot open `/usr/bin/ls' (No such file or directory)\n");
    expect((await s.exec('echo hi | file -')).stdout).toBe('/dev/stdin: ASCII text\n');
  });

  it('names what gzip and tar made in the guest', async () => {
    const s = await session();
    await s.exec('seq 1 100 > n.txt && gzip -k n.txt && tar cf n.tar n.txt');
    const gz = (await s.exec('file n.txt.gz')).stdout;
    expect(gz).toMatch(/^n\.txt\.gz: gzip compressed data, was "n\.txt", last modified: \w{3} \w{3} [ \d]\d \d\d:\d\d:\d\d \d{4}, from Unix, original size modulo 2\^32 292\n$/);
    expect((await s.exec('file -bz n.txt.gz')).stdout).toMatch(/^ASCII text \(gzip compressed data, was "n\.txt", .*, from Unix\)\n$/);
    expect((await s.exec('file n.tar')).stdout).toBe('n.tar: POSIX tar archive (GNU)\n');
  });

  it('help, version and usage errors come from 5.39 file.c', async () => {
    const s = await session();
    expect(await s.exec('file --help')).toMatchObject({ stdout: help, exitCode: 0 });
    expect(help).toContain('bytes 1048576 max bytes to look inside file');
    expect(await s.exec('file')).toMatchObject({ stdout: '', stderr: usage, exitCode: 1 });
    expect(await s.exec('file -Q x')).toMatchObject({ stderr: "file: invalid option -- 'Q'\n" + usage, exitCode: 1 });
    expect(await s.exec('file --bogus x')).toMatchObject({ stderr: "file: unrecognized option '--bogus'\n" + usage, exitCode: 1 });
    expect((await s.exec('file -v')).stdout).toBe('file-5.39\nmagic file from /etc/magic:/usr/share/misc/magic\n');
  });
});
