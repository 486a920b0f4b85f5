// parted 3.5's table commands against the host's parted 3.5 on image files (tests/golden/parted, recorded by
// scripts/golden/parted.sh as root in /root/pt). `s` cases: the bash line with its output sent to files; `i` cases:
// the line typed at the guest's prompt and each question answered, the terminal's text put together.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';
import '../../../../src/sim/k8s/register';

const DIR = path.resolve(import.meta.dirname, '../../../golden/parted');
const cases = readdirSync(DIR)
  .filter((n) => statSync(path.join(DIR, n)).isDirectory())
  .sort()
  .map((name) => {
    const f = (x: string) => readFileSync(path.join(DIR, name, x), 'utf8');
    const [mode, line, answers] = f('cmd').replace(/\n$/, '').split('|');
    return { name, mode, line, answers: answers ? answers.split(';') : [], stdout: f('stdout'), stderr: f('stderr'), status: Number(f('status')) };
  });

async function root() {
  await loadGuest();
  const s = await createSession({ lab: 'vm', seed: 5 });
  await s.exec('sudo -i');
  await s.exec('mkdir -p /root/pt; cd /root/pt');
  return s;
}

describe('parted 3.5 on image files, as recorded', () => {
  for (const c of cases) {
    it(`${c.name}: ${c.line}`, async () => {
      const s = await root();
      if (c.mode === 's') {
        const r = await s.exec(`{ ${c.line}\n} < /dev/null > /tmp/.out 2> /tmp/.err`);
        const fs = s.world.host('default').fs;
        expect({ stdout: fs.read('/tmp/.out'), stderr: fs.read('/tmp/.err'), status: r.exitCode }).toEqual({ stdout: c.stdout, stderr: c.stderr, status: c.status });
      } else {
        let text = (await s.exec(c.line)).output;
        for (const a of c.answers) text += (await s.exec(a)).output;
        expect(text).toBe(c.stdout);
      }
    });
  }
});
