// chronyc 4.5's root-only reports (serverstats, clients, authdata, selectdata, ntpdata) against chronyd/chronyc 4.5
// run with the box's unresolvable pool line (scripts/golden/chronyc-root-reports.sh): the same sequence of commands
// in one session, root over the command socket, the user over UDP, and the daemon's command packet count.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createSession } from '../../../../src/sim/index';

const text = readFileSync(path.resolve(import.meta.dirname, '../../../golden/chronyc/root-reports.txt'), 'utf8');
const cases = text.split(/^=== /m).filter(Boolean).map((block) => {
  const m = /^(root|user) chronyc (.*)\n([\s\S]*?)\n--- rc (\d+)\n$/.exec(block);
  if (!m) throw new Error(`bad block: ${block}`);
  return { root: m[1] === 'root', args: m[2], out: m[3], rc: Number(m[4]) };
});

describe('chronyc root-only reports (tests/golden/chronyc/root-reports.txt)', () => {
  it('has the recorded sequence', () => expect(cases.length).toBeGreaterThanOrEqual(25));
  it('answers each command of the sequence as chronyd 4.5 does, counting its requests', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    for (const c of cases) {
      const r = await s.exec(`${c.root ? 'sudo ' : ''}chronyc ${c.args}`);
      expect({ cmd: `${c.root ? 'root' : 'user'}: ${c.args}`, out: (r.stdout + r.stderr).replace(/\n+$/, ''), rc: r.exitCode }).toEqual({
        cmd: `${c.root ? 'root' : 'user'}: ${c.args}`,
        out: c.out,
        rc: c.rc,
      });
    }
  });
  it('starts the count again when chronyd restarts', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    await s.exec('chronyc sources; chronyc tracking');
    expect((await s.exec('sudo chronyc serverstats')).stdout).toContain('Command packets received   : 11\n');
    await s.exec('sudo systemctl restart chronyd');
    expect((await s.exec('sudo chronyc serverstats')).stdout).toContain('Command packets received   : 1\n');
  });
});
