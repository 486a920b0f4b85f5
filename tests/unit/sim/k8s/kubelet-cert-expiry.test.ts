// A year after kubeadm init, nobody having renewed: the kubelets' requests fail on the API server's expired serving
// certificate as kubectl's do (the TLS error recorded from kubectl 1.28.15 in cert-expiry.test.ts: Go's
// "tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time … is after …"),
// logged where kubelet 1.28 logs a failed node status update and lease renewal (kubelet-journal.test.ts).
import { describe, expect, it } from 'vitest';
import { lab } from './helpers';

const YEAR = 365 * 24 * 3600_000;

describe("the kubelet's journal with the API server's certificate expired", () => {
  it('logs the TLS failure of its node status updates and lease until the certificates are renewed', async () => {
    const { s, sh } = await lab('cluster', 5);
    await sh('sudo -i');
    await s.advance(YEAR + 24 * 3600_000);
    const lines = (await sh('journalctl -u kubelet --no-pager')).stdout.trimEnd().split('\n');
    const status = lines.filter((l) => l.includes('"Error updating node status, will retry"'));
    expect(status.length).toBeGreaterThanOrEqual(5);
    for (const l of status) expect(l).toMatch(/err="error getting node \\"m-k8s\\": Get \\"https:\/\/192\.168\.56\.10:6443\/api\/v1\/nodes\/m-k8s\?(resourceVersion=0&)?timeout=10s\\": tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ is after \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ"$/);
    expect(lines.some((l) => /"Failed to ensure lease exists, will retry" err=.*tls: failed to verify certificate: .* interval="7s"$/.test(l))).toBe(true);
    expect((await sh('kubeadm certs renew all')).exitCode).toBe(0);
    const before = (await sh('journalctl -u kubelet --no-pager')).stdout;
    await s.advance(120_000);
    const after = (await sh('journalctl -u kubelet --no-pager')).stdout;
    expect(after.slice(before.length)).not.toContain('x509');
  });
});
