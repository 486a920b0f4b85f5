// The order of a directory's entries (readdir on the box's XFS: as they were made, a name made again last) in
// ls -U and -f, find, cp -rv, rm -rv, chmod -Rv, chown -Rv and tar cv, against tests/golden/readdir (recorded on a
// loop-mounted XFS by scripts/golden/readdir-order.sh). Each case runs as root in a new empty directory.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';

const DIR = join(__dirname, '../../../golden/readdir');
const cases = readdirSync(DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

beforeAll(async () => {
  await loadGuest();
});

describe('readdir order', () => {
  it('has its recorded cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
  });

  it.each(cases)('%s', async (name) => {
    const read = (f: string) => readFileSync(join(DIR, name, f), 'utf8');
    const s = await createSession({ lab: 'vm', seed: 1 });
    await s.exec('sudo -i');
    // the recording ran bash --norc: none of root's aliases (rm -i)
    await s.exec('unalias -a');
    await s.exec(`mkdir /srv/${name} && cd /srv/${name}`);
    const r = await s.exec(read('cmd').replace(/\n$/, ''));
    expect({ stdout: r.stdout, stderr: r.stderr, status: r.exitCode }).toEqual({ stdout: read('stdout'), stderr: read('stderr'), status: Number(read('status')) });
  });
});
