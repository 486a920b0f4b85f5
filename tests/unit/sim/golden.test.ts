// The simulator against the real tools' recorded output (tests/golden/<family>/, scripts/golden/record.sh).
// Each family's cases run in the simulator the way they were recorded; stdout, stderr and status must match.
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../src/sim/index';

const GOLDEN = path.resolve(import.meta.dirname, '../../golden');

interface Case {
  name: string;
  cmd: string;
  stdout: string;
  stderr: string;
  status: number;
}

function cases(family: string): Case[] {
  const dir = path.join(GOLDEN, family);
  return readdirSync(dir)
    .filter((n) => n !== 'files' && statSync(path.join(dir, n)).isDirectory() && existsSync(path.join(dir, n, 'cmd')))
    .sort()
    .map((name) => {
      const f = (x: string) => readFileSync(path.join(dir, name, x), 'utf8');
      return { name, cmd: f('cmd').replace(/\n$/, ''), stdout: f('stdout'), stderr: f('stderr'), status: Number(f('status')) };
    });
}

function tree(dir: string, prefix: string, out: Record<string, string> = {}): Record<string, string> {
  for (const n of readdirSync(dir)) {
    const p = path.join(dir, n);
    if (statSync(p).isDirectory()) tree(p, `${prefix}/${n}`, out);
    else out[`${prefix}/${n}`] = readFileSync(p, 'utf8');
  }
  return out;
}

describe('linux: bash and GNU tools over the fixture tree', () => {
  const files = tree(path.join(GOLDEN, 'linux/files'), 'default:/home/vagrant/fx');
  for (const c of cases('linux')) {
    it(c.name + ': ' + c.cmd, async () => {
      const s = await createSession({ lab: 'vm', seed: 1, files });
      // recorded under umask 0022 (record.sh), where vagrant's login has 0002
      await s.exec('cd /home/vagrant/fx; umask 022');
      // recorded as `bash -c CASE < /dev/null > stdout 2> stderr`: the whole line's output goes to the files,
      // whatever lists and pipelines it has (the newline ends a case that ends in a comment)
      const r = await s.exec(`{ ${c.cmd}\n} < /dev/null > /tmp/.golden-out 2> /tmp/.golden-err`);
      const fs = s.world.host('default').fs;
      expect({ stdout: fs.read('/tmp/.golden-out'), stderr: fs.read('/tmp/.golden-err'), status: r.exitCode }).toEqual({ stdout: c.stdout, stderr: c.stderr, status: c.status });
    });
  }
});

describe('systemd: systemctl and journalctl usage errors as recorded (tests/golden/systemd, scripts/golden/record.sh systemd)', () => {
  for (const c of cases('systemd')) {
    it(c.name + ': ' + c.cmd, async () => {
      const s = await createSession({ lab: 'vm', seed: 1 });
      const r = await s.exec(`${c.cmd} > /tmp/.golden-out 2> /tmp/.golden-err`);
      const fs = s.world.host('default').fs;
      expect({ stdout: fs.read('/tmp/.golden-out'), stderr: fs.read('/tmp/.golden-err'), status: r.exitCode }).toEqual({ stdout: c.stdout, stderr: c.stderr, status: c.status });
    });
  }
});

describe('net: ip, hostname and ping as recorded (tests/golden/net, scripts/golden/record.sh net)', () => {
  for (const c of cases('net')) {
    it(c.name + ': ' + c.cmd, async () => {
      const s = await createSession({ lab: 'vm', seed: 1 });
      const r = await s.exec(`${c.cmd} > /tmp/.golden-out 2> /tmp/.golden-err`);
      const fs = s.world.host('default').fs;
      expect({ stdout: fs.read('/tmp/.golden-out'), stderr: fs.read('/tmp/.golden-err'), status: r.exitCode }).toEqual({ stdout: c.stdout, stderr: c.stderr, status: c.status });
    });
  }
});

describe('findutils: find and xargs over the fixture tree as recorded (tests/golden/findutils, scripts/golden/record.sh findutils)', () => {
  const files = tree(path.join(GOLDEN, 'findutils/files'), 'default:/home/vagrant/fx');
  for (const c of cases('findutils')) {
    it(c.name + ': ' + c.cmd, async () => {
      const s = await createSession({ lab: 'vm', seed: 1, files });
      await s.exec('cd /home/vagrant/fx');
      // recorded with standard input from /dev/null (find gives its warnings only on a terminal)
      const r = await s.exec(`{ ${c.cmd}\n} < /dev/null > /tmp/.golden-out 2> /tmp/.golden-err`);
      const fs = s.world.host('default').fs;
      expect({ stdout: fs.read('/tmp/.golden-out'), stderr: fs.read('/tmp/.golden-err'), status: r.exitCode }).toEqual({ stdout: c.stdout, stderr: c.stderr, status: c.status });
    });
  }
});
