// dnf, yum and yum-config-manager against the output recorded from dnf 4.14.0 (tests/golden/dnf, scripts/golden/record.sh
// dnf; the spec and help are written from the same recording by scripts/golden/dnf-spec.ts): help, the help of each
// command, unknown options and commands, missing values and operands, byte for byte with the exit status.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';

const DIR = path.resolve(import.meta.dirname, '../../../golden/dnf');
const cases = readdirSync(DIR).filter((n) => existsSync(path.join(DIR, n, 'cmd')));

beforeAll(async () => {
  await loadGuest();
});

describe('dnf: recorded cases', () => {
  it('has the cases', () => expect(cases.length).toBeGreaterThanOrEqual(25));
  for (const name of cases) {
    const f = (x: string) => readFileSync(path.join(DIR, name, x), 'utf8');
    it(`${name}: ${f('cmd').trim()}`, async () => {
      const s = await createSession({ lab: 'vm', seed: 3 });
      const r = await s.exec(f('cmd').trim());
      expect({ stdout: r.stdout, stderr: r.stderr, status: r.exitCode }).toEqual({ stdout: f('stdout'), stderr: f('stderr'), status: Number(f('status')) });
    });
  }
});

describe('dnf on the spec keeps its options', () => {
  it('-y, --showduplicates, --disableexcludes and config-manager --add-repo reach the command', async () => {
    const s = await createSession({ lab: 'vm', seed: 3 });
    expect((await s.exec('sudo dnf install -y nano')).stdout).toMatch(/Complete!\n$/);
    expect((await s.exec('nano --version')).exitCode).not.toBe(127);
    // the box has yum-utils (its kickstart installs it)
    expect((await s.exec('sudo yum-config-manager --add-repo https://download.docker.com/linux/centos/docker-ce.repo')).stdout).toBe('Adding repo from: https://download.docker.com/linux/centos/docker-ce.repo\n');
    const dup = (await s.exec('dnf list --showduplicates containerd.io')).stdout;
    expect(dup.match(/containerd\.io\.x86_64/g)!.length).toBeGreaterThan(1);
    expect((await s.exec('dnf list containerd.io')).stdout.match(/containerd\.io\.x86_64/g)!.length).toBe(1);
    expect((await s.exec('dnf ls --installed nano')).stdout).toMatch(/Installed Packages\nnano\.x86_64 /);
  });
});
