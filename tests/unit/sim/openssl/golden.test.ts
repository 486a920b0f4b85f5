// openssl against Debian's openssl 3.0 as recorded by scripts/golden/openssl.sh (tests/golden/openssl): the same
// commands over the same certificates, requests and keys, with the world's clock at the recording time. The
// error queue's lines (thread id, 3.0's source lines) were left out when recording; stdout, the rest of stderr
// and the status must match. version, help and list differ by design (3.2.2, recorded in openssl.test.ts).
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';

const DIR = path.resolve(import.meta.dirname, '../../../golden/openssl');
const FILES = path.join(DIR, 'files');
const files = Object.fromEntries(readdirSync(FILES).map((n) => [`default:/home/vagrant/fx/${n}`, readFileSync(path.join(FILES, n), 'utf8')]));
const start = Number(readFileSync(path.join(FILES, 'recorded-at'), 'utf8')) * 1000 + 5_000;
const SKIP = new Set(['help', 'list-commands']);

const cases = readdirSync(DIR)
  .filter((n) => existsSync(path.join(DIR, n, 'cmd')) && !SKIP.has(n.replace(/^\d+-/, '')))
  .sort()
  .map((name) => {
    const f = (x: string) => readFileSync(path.join(DIR, name, x), 'utf8');
    return { name, cmd: f('cmd').replace(/\n$/, ''), stdout: f('stdout'), stderr: f('stderr'), status: Number(f('status')) };
  });

describe('openssl over certificates and keys as Debian openssl 3.0 prints them', async () => {
  const s = await createSession({ lab: 'vm', seed: 1, files, start });
  await s.exec('cd /home/vagrant/fx');
  for (const c of cases) {
    it(`${c.name}: ${c.cmd}`, async () => {
      const r = await s.exec(`${c.cmd} > /tmp/.golden-out 2> /tmp/.golden-err`);
      const fs = s.world.host('default').fs;
      expect({ stdout: fs.read('/tmp/.golden-out'), stderr: fs.read('/tmp/.golden-err'), status: r.exitCode }).toEqual({ stdout: c.stdout, stderr: c.stderr, status: c.status });
    });
  }
});
