// A year after kubeadm init, nobody having renewed: kubectl's TLS handshake fails on the API server's expired
// certificate, and after `kubeadm certs renew all` a kubeconfig copied before the renewal is refused (401).
// Expected texts recorded from the real kubectl 1.28.15 (and 1.29) client: against a local HTTPS server with an
// expired certificate signed by the kubeconfig's CA,
//   E1207 12:38:58.910994    6930 memcache.go:265] couldn't get current server API group list: Get "https://127.0.0.1:16443/api?timeout=32s": tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time 2026-12-07T12:38:58Z is after 2026-12-01T01:02:55Z
//   (five such lines)
//   Unable to connect to the server: tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time 2026-12-07T12:38:58Z is after 2026-12-01T01:02:55Z
// and against one answering 401 (tests/golden/kubectl-server/1.28/sa__get_pods_--token=not-a-token).
import { describe, expect, it } from 'vitest';
import { lab } from './helpers';

const YEAR = 365 * 24 * 3600_000;

describe('certificates kubeadm issued, a year later', () => {
  it('kubectl fails on the expired serving certificate; after renew all, an old copy of admin.conf gets 401', async () => {
    const { s, sh } = await lab('cluster', 5);
    await sh('sudo -i');
    await s.advance(YEAR + 24 * 3600_000);
    const r = await sh('kubectl get nodes');
    expect(r.exitCode).toBe(1);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(6);
    const x509 = /tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time (\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ) is after (\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)$/;
    for (const l of lines.slice(0, 5)) expect(l).toMatch(/^E\d{4} \d\d:\d\d:\d\d\.\d{6} +\d+ memcache\.go:265\] couldn't get current server API group list: Get "https:\/\/192\.168\.56\.10:6443\/api\?timeout=32s": tls: failed to verify certificate: x509: /);
    expect(lines[5]).toMatch(/^Unable to connect to the server: /);
    const [, now, after] = x509.exec(lines[5])!;
    expect(Date.parse(now)).toBeGreaterThan(Date.parse(after));
    expect(now).toBe(new Date(s.world.now).toISOString().replace(/\.\d+Z$/, 'Z'));
    expect((await sh('kubeadm certs renew all')).exitCode).toBe(0);
    const old = await sh('kubectl get nodes');
    expect(old.stderr.trimEnd().split('\n').pop()).toBe('error: You must be logged in to the server (the server has asked for the client to provide credentials)');
    expect((await sh('kubectl --kubeconfig /etc/kubernetes/admin.conf get nodes')).exitCode).toBe(0);
    await sh('cp /etc/kubernetes/admin.conf ~/.kube/config');
    expect((await sh('kubectl get nodes')).exitCode).toBe(0);
  });
  it('--kubeconfig names a file that must exist', async () => {
    const { sh } = await lab('cluster', 5);
    const r = await sh('kubectl --kubeconfig /nonexist get nodes');
    expect(r.stderr).toBe('error: stat /nonexist: no such file or directory\n');
    expect(r.exitCode).toBe(1);
  });
});
