/**
 * The simulator against the real kubectl clients, byte for byte: every case recorded by
 * scripts/record-kubectl.mjs under tests/golden/kubectl/<version>/ (help of every verb and sub-verb, usage
 * errors, `--dry-run=client` manifests, `kubectl config` on a kubeconfig file, `version --client`).
 * A case listed in tests/golden/kubectl/pending.txt is expected to differ still: it must fail, so the list
 * only shrinks.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, type Session } from '../../../../src/sim/index';
import '../../../../src/sim/k8s/register';

const GOLDEN = path.resolve(__dirname, '../../../golden/kubectl');
const FILES = path.join(GOLDEN, 'files');
const read = (p: string) => fs.readFileSync(p, 'utf8');
const pending = new Set(
  read(path.join(GOLDEN, 'pending.txt'))
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#')),
);

interface Case {
  version: string;
  name: string;
  cmd: string;
  setup: string[];
  stdout: string;
  stderr: string;
  status: number;
}

function cases(version: string): Case[] {
  const dir = path.join(GOLDEN, version);
  return fs
    .readdirSync(dir)
    .sort()
    .map((name) => {
      const d = path.join(dir, name);
      const setup = fs.existsSync(path.join(d, 'setup')) ? read(path.join(d, 'setup')).split('\n').filter(Boolean) : [];
      return { version, name, cmd: read(path.join(d, 'cmd')).trimEnd(), setup, stdout: read(path.join(d, 'stdout')), stderr: read(path.join(d, 'stderr')), status: Number(read(path.join(d, 'status'))) };
    });
}

/** A root shell on the lab's control-plane node with the given kubectl client and no kubeconfig, in /root/golden. */
async function shell(version: string): Promise<Session> {
  const s = await createSession({ lab: 'cluster', seed: 1 });
  const host = s.world.hosts.get(s.frame.hostId)!;
  const pkg = host.sys!.packages.get('kubectl')!;
  pkg.version = version === '1.28' ? '1.28.15' : '1.29.14';
  host.fs.mkdir('/root/golden', true);
  host.fs.mkdir('/root/.kube', true);
  for (const f of fs.readdirSync(FILES)) if (f !== 'kubeconfig') host.fs.write(`/root/golden/${f}`, read(path.join(FILES, f)));
  await s.exec('cd /root/golden; export HOME=/root; unset KUBECONFIG');
  return s;
}

async function runCase(s: Session, c: Case) {
  const host = s.world.hosts.get(s.frame.hostId)!;
  host.fs.remove('/root/.kube/config');
  for (const step of c.setup) {
    if (step === 'kubeconfig') host.fs.write('/root/.kube/config', read(path.join(FILES, 'kubeconfig')));
    else await s.exec(step);
  }
  const r = await s.exec(c.cmd);
  host.fs.remove('/root/.kube/config');
  return { stdout: r.stdout, stderr: r.stderr, status: r.exitCode };
}

for (const version of ['1.28', '1.29']) {
  describe(`kubectl ${version} golden fixtures`, () => {
    let s: Session;
    beforeAll(async () => {
      s = await shell(version);
    });
    for (const c of cases(version)) {
      const key = `${version}/${c.name}`;
      const test = pending.has(key) ? it.fails : it;
      test(`${c.cmd}${c.setup.length > 1 ? `  (after ${c.setup.slice(1).join('; ')})` : ''}`, async () => {
        const got = await runCase(s, c);
        expect(got).toEqual({ stdout: c.stdout, stderr: c.stderr, status: c.status });
      });
    }
  });
}
