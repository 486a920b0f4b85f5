// e2fsprogs 1.46.5 (mke2fs, e2fsck and fsck.ext4, tune2fs, e2label, dumpe2fs, resize2fs) and util-linux 2.37.4's
// fsck against the real tools built from their tags, run on image files (tests/golden/e2fsprogs, recorded by scripts/golden/e2fsprogs.sh).
// Each case's bash line runs in an empty directory with standard input /dev/null. Normalised on both sides: the
// dates (ctime() lines, `ls -l` times), the directory hash seed and the superblock checksum (the real ones come
// from E2FSPROGS_FAKE_TIME and -E hash_seed). mke2fs's "Lifetime writes" line is not kept (DIFFERENCES.md).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';
import type { Session } from '../../../../src/sim/session';
import '../../../../src/sim/k8s/register';

const DIR = path.resolve(import.meta.dirname, '../../../golden/e2fsprogs');
const cases = readdirSync(DIR)
  .filter((n) => statSync(path.join(DIR, n)).isDirectory())
  .sort()
  .map((name) => {
    const f = (x: string) => readFileSync(path.join(DIR, name, x), 'utf8');
    return { name, line: f('cmd').replace(/\n$/, ''), stdout: f('stdout'), stderr: f('stderr'), status: Number(f('status')) };
  });

const norm = (t: string) =>
  t
    .replace(/\w{3} \w{3} [ \d]\d \d\d:\d\d:\d\d \d{4}/g, 'DATE')
    .replace(/^(Directory Hash Seed: +)\S+$/gm, '$1SEED')
    .replace(/^(Checksum: +)0x[0-9a-fA-Z]{8}$/gm, '$1CHECKSUM')
    .replace(/^Lifetime writes: .*\n/gm, '');

let s: Session;
beforeAll(async () => {
  await loadGuest();
  s = await createSession({ lab: 'vm', seed: 5 });
  await s.exec('sudo -i');
});

describe('e2fsprogs 1.46.5 on image files, as recorded', () => {
  cases.forEach((c) => {
    it(`${c.name}: ${c.line}`, async () => {
      // fsck takes only words starting with "/" as devices: the cases name $PWD, normalised to /WORK
      await s.exec(`rm -rf /WORK; mkdir -p /WORK && cd /WORK`);
      const r = await s.exec(`{ ${c.line}\n} < /dev/null > /tmp/.out 2> /tmp/.err`);
      const fs = s.world.host('default').fs;
      expect({ stdout: norm(fs.read('/tmp/.out')!), stderr: norm(fs.read('/tmp/.err')!), status: r.exitCode }).toEqual({ stdout: norm(c.stdout), stderr: norm(c.stderr), status: c.status });
    });
  });
});
