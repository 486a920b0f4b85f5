// openssl s_client against a node's API server and kubelet, as recorded from Debian's openssl 3.0 against a Go TLS
// listener set up like theirs (scripts/golden/openssl-s_client.sh): the recorded files are put where m-k8s keeps
// its serving certificates and CAs, the recorded ports become 6443 and 10250, and the session's random values
// (session id, resumption key, ticket bytes, start time) are masked on both sides.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';
import '../../../../src/sim/k8s/register';

const DIR = path.resolve(import.meta.dirname, '../../../golden/openssl-s_client');
const file = (n: string) => readFileSync(path.join(DIR, 'files', n), 'utf8');
const start = Number(file('recorded-at')) * 1000;
// recorded from 3.0; OpenSSL 3.1 and later say this of TLS 1.3 instead (CHANGES.md, "Changes between 3.0 and 3.1.0")
const to32 = (s: string) => s.replace('Secure Renegotiation IS NOT supported\n', 'This TLS version forbids renegotiation.\n');
const mask = (s: string) =>
  s
    .replace(/(Session-ID|Resumption PSK): [0-9A-F]{64}/g, '$1: <random>')
    .replace(/^ {4}[0-9a-f]{4} - .*$/gm, '    <ticket>')
    .replace(/Start Time: \d+/, 'Start Time: <now>');

const cases = readdirSync(DIR)
  .filter((n) => existsSync(path.join(DIR, n, 'cmd')))
  .sort()
  .map((name) => {
    const f = (x: string) => readFileSync(path.join(DIR, name, x), 'utf8');
    return { name, cmd: f('cmd').replace(/\n$/, ''), stdout: f('stdout'), stderr: f('stderr'), status: Number(f('status')) };
  });

describe("openssl s_client to the API server and the kubelet as recorded against Go's TLS", async () => {
  const s = await createSession({ lab: 'cluster', seed: 1, start: start - 20 * 60_000 });
  await s.exec('sudo -i');
  const m = [...s.world.hosts.values()].find((h) => h.hostname.startsWith('m-k8s'))!;
  m.fs.mkdir('/root/fx', true);
  for (const n of ['ca.crt', 'front-proxy-ca.crt']) m.fs.write(`/etc/kubernetes/pki/${n}`, file(n));
  m.fs.write('/root/fx/ca.crt', file('ca.crt'));
  m.fs.write('/var/lib/kubelet/pki/kubelet.crt', file('kubelet.crt'));
  await s.exec('cd /root/fx');
  for (const c of cases) {
    it(`${c.name}: ${c.cmd}`, async () => {
      m.fs.write('/etc/kubernetes/pki/apiserver.crt', file(c.name.includes('expired') ? 'expired.crt' : 'leaf.crt'));
      const cmd = c.cmd.replace(':16443', ':6443').replace(':16444', ':6443').replace(':16250', ':10250');
      const r = await s.exec(`${cmd} > /tmp/.golden-out 2> /tmp/.golden-err`);
      const out = String(m.fs.read('/tmp/.golden-out'));
      const err = String(m.fs.read('/tmp/.golden-err'));
      expect({ stdout: mask(out), stderr: err, status: r.exitCode }).toEqual({ stdout: mask(to32(c.stdout)), stderr: c.stderr, status: c.status });
    });
  }
});
