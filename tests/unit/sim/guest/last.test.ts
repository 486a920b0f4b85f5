// last of util-linux 2.37.4 against the real tool (tests/golden/last, scripts/golden/record.sh last): the host's last
// reads a wtmp file made from files/wtmp.txt with utmpdump -r; the guest here is given the same records (boots with
// their run level 5 s later, a clean shutdown, ssh logins and logouts) and its last must print the same.
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';

const DIR = path.resolve(import.meta.dirname, '../../../golden/last');

const cases = readdirSync(DIR)
  .filter((n) => n !== 'files' && statSync(path.join(DIR, n)).isDirectory() && existsSync(path.join(DIR, n, 'cmd')))
  .sort()
  .map((name) => {
    const f = (x: string) => readFileSync(path.join(DIR, name, x), 'utf8');
    return { name, cmd: f('cmd').replace(/\n$/, ''), stdout: f('stdout'), stderr: f('stderr'), status: Number(f('status')) };
  });

type Rec = NonNullable<NonNullable<import('../../../../src/sim/types').Host['sys']>['wtmp']>[number];

/** utmpdump's text as the guest's records: [type] [pid] [id] [user] [line] [host] [addr] [time]. */
function records(): Rec[] {
  const out: Rec[] = [];
  for (const l of readFileSync(path.join(DIR, 'files/wtmp.txt'), 'utf8').trim().split('\n')) {
    const f = [...l.matchAll(/\[([^\]]*)\]/g)].map((m) => m[1].trim());
    const at = Date.parse(f[7].replace(',000000', ''));
    if (f[0] === '2') out.push({ type: 'boot', at, host: f[5] });
    else if (f[0] === '1' && f[3] === 'shutdown') out.push({ type: 'shutdown', at, host: f[5] });
    else if (f[0] === '7') out.push({ type: 'login', at, user: f[3], line: f[4], host: f[5] });
    else if (f[0] === '8') out.push({ type: 'logout', at, line: f[4] });
  }
  return out;
}

describe('last over the recorded login records', () => {
  it('the run level records are 5 s after each boot, as the guest writes them', () => {
    const lines = readFileSync(path.join(DIR, 'files/wtmp.txt'), 'utf8').trim().split('\n');
    const at = (l: string) => Date.parse(/\[(\d{4}-[^\]]+)\]$/.exec(l)![1].replace(',000000', ''));
    lines.forEach((l, i) => {
      if (l.startsWith('[1] [00051]')) expect(at(l) - at(lines[i - 1])).toBe(5000);
    });
  });

  for (const c of cases) {
    it(`${c.name}: ${c.cmd}`, async () => {
      const s = await createSession({ lab: 'vm', seed: 1 });
      s.world.host('default').sys!.wtmp = records();
      const r = await s.exec(`TZ=UTC ${c.cmd} > /tmp/.golden-out 2> /tmp/.golden-err`);
      const fs = s.world.host('default').fs;
      expect({ stdout: fs.read('/tmp/.golden-out'), stderr: fs.read('/tmp/.golden-err'), status: r.exitCode }).toEqual({ stdout: c.stdout, stderr: c.stderr, status: c.status });
    });
  }
});
