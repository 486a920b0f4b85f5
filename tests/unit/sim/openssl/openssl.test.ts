// openssl on the lab's nodes: the version Rocky 9.5 ships, the kubeadm certificates as a learner checks them, what
// a renewal changes, and the commands whose output is random or version-specific (not in the golden cases).
import { describe, expect, it } from 'vitest';
import { lab } from '../k8s/helpers';
import { createSession } from '../../../../src/sim/index';

describe('openssl version', () => {
  it("prints 3.2.2's version text and the Fedora/RHEL build's directories", async () => {
    const s = await createSession({ lab: 'vm' });
    expect((await s.exec('openssl version')).output).toBe('OpenSSL 3.2.2 4 Jun 2024 (Library: OpenSSL 3.2.2 4 Jun 2024)\n');
    expect((await s.exec('openssl version -d -m')).output).toBe('OPENSSLDIR: "/etc/pki/tls"\nMODULESDIR: "/usr/lib64/ossl-modules"\n');
    const bad = await s.exec('openssl version -x');
    expect([bad.stderr, bad.exitCode]).toEqual(['version: Unknown option: -x\nversion: Use -help for summary.\n', 1]);
  });

  it('rand gives the bytes asked for in hex or base64, and openssl alone lists the commands on stderr', async () => {
    const s = await createSession({ lab: 'vm' });
    expect((await s.exec('openssl rand -hex 16')).stdout).toMatch(/^[0-9a-f]{32}\n$/);
    expect((await s.exec('openssl rand -base64 32')).stdout).toMatch(/^[A-Za-z0-9+/]{43}=\n$/);
    const bare = await s.exec('openssl');
    expect(bare.stdout).toBe('');
    expect(bare.stderr).toMatch(/^help:\n\nStandard commands\nasn1parse {9}ca/);
  });
});

describe("openssl over kubeadm's certificates", () => {
  it("prints names as 3.2 does by default (no spaces around '='), and 3.0's way with -nameopt oneline", async () => {
    const { sh } = await lab('cluster', 3);
    await sh('sudo -i');
    expect((await sh('openssl x509 -in /etc/kubernetes/pki/apiserver-kubelet-client.crt -noout -subject')).stdout).toBe('subject=O=system:masters, CN=kube-apiserver-kubelet-client\n');
    expect((await sh('openssl x509 -in /etc/kubernetes/pki/apiserver-kubelet-client.crt -noout -subject -nameopt oneline')).stdout).toBe('subject=O = system:masters, CN = kube-apiserver-kubelet-client\n');
  });

  it('shows the API server certificate, its dates and names, and verifies it against the cluster CA', async () => {
    const { sh } = await lab('cluster', 3);
    await sh('sudo -i');
    const text = (await sh('openssl x509 -in /etc/kubernetes/pki/apiserver.crt -noout -text')).stdout;
    expect(text).toContain('        Issuer: CN=kubernetes\n');
    expect(text).toContain('        Subject: CN=kube-apiserver\n');
    expect(text).toContain('                DNS:kubernetes, DNS:kubernetes.default, DNS:kubernetes.default.svc, DNS:kubernetes.default.svc.cluster.local, DNS:m-k8s, IP Address:10.96.0.1, IP Address:192.168.56.10\n');
    expect(text).toContain('                Public-Key: (2048 bit)\n');
    const dates = (await sh('openssl x509 -in /etc/kubernetes/pki/apiserver.crt -noout -dates')).stdout;
    const check = (await sh('kubeadm certs check-expiration')).stdout;
    // the same end of validity in both tools' formats
    const [, mon, day, hhmm, year] = /notAfter=(\w{3}) +(\d+) (\d\d:\d\d):\d\d (\d{4}) GMT/.exec(dates)!;
    expect(check).toMatch(new RegExp(`apiserver +${mon} ${day.padStart(2, '0')}, ${year} ${hhmm} UTC`));
    expect((await sh('openssl verify -CAfile /etc/kubernetes/pki/ca.crt /etc/kubernetes/pki/apiserver.crt')).stdout).toBe('/etc/kubernetes/pki/apiserver.crt: OK\n');
    const wrong = await sh('openssl verify -CAfile /etc/kubernetes/pki/etcd/ca.crt /etc/kubernetes/pki/apiserver.crt');
    expect(wrong.stderr).toBe('CN=kube-apiserver\nerror 20 at 0 depth lookup: unable to get local issuer certificate\nerror /etc/kubernetes/pki/apiserver.crt: verification failed\n');
    expect((await sh("grep client-certificate-data /etc/kubernetes/admin.conf | awk '{print $2}' | base64 -d | openssl x509 -noout -subject")).stdout).toBe('subject=O=system:masters, CN=kubernetes-admin\n');
    expect((await sh('openssl rsa -in /etc/kubernetes/pki/sa.key -noout -text | head -1')).stdout).toBe('Private-Key: (2048 bit, 2 primes)\n');
    expect((await sh('openssl pkey -pubin -in /etc/kubernetes/pki/sa.pub -noout -text | head -1')).stdout).toBe('Public-Key: (2048 bit)\n');
  });

  it("computes the CA's public key hash that kubeadm's join command pins, the way kubeadm's documentation does", async () => {
    const { sh } = await lab('cluster', 3);
    await sh('sudo -i');
    const hash = (await sh("openssl x509 -pubkey -in /etc/kubernetes/pki/ca.crt | openssl rsa -pubin -outform der 2>/dev/null | openssl dgst -sha256 -hex | sed 's/^.* //'")).stdout.trim();
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect((await sh('kubeadm token create --print-join-command')).stdout).toContain(`--discovery-token-ca-cert-hash sha256:${hash} `);
  });

  it('checks a host name and an address against the API server certificate; a failed check fails the command (3.2)', async () => {
    const { sh } = await lab('cluster', 3);
    await sh('sudo -i');
    const ok = await sh('openssl x509 -in /etc/kubernetes/pki/apiserver.crt -noout -checkhost KUBERNETES.default.svc -checkip 10.96.0.1');
    expect([ok.stdout, ok.exitCode]).toEqual(['Hostname KUBERNETES.default.svc does match certificate\nIP 10.96.0.1 does match certificate\n', 0]);
    const bad = await sh('openssl x509 -in /etc/kubernetes/pki/apiserver.crt -noout -subject -checkip 192.168.56.101');
    expect([bad.stdout, bad.exitCode]).toEqual(['subject=CN=kube-apiserver\nIP 192.168.56.101 does NOT match certificate\n', 1]);
  });

  it('finds the certificate expired a year on, and renewed after kubeadm certs renew', async () => {
    const { s, sh } = await lab('cluster', 3);
    await sh('sudo -i');
    await s.advance(366 * 24 * 3600_000);
    const before = await sh('openssl x509 -in /etc/kubernetes/pki/apiserver.crt -noout -checkend 0');
    expect([before.stdout, before.exitCode]).toEqual(['Certificate will expire\n', 1]);
    const serial = (await sh('openssl x509 -in /etc/kubernetes/pki/apiserver.crt -noout -serial')).stdout;
    await sh('kubeadm certs renew apiserver');
    const after = await sh('openssl x509 -in /etc/kubernetes/pki/apiserver.crt -noout -checkend 86400');
    expect([after.stdout, after.exitCode]).toEqual(['Certificate will not expire\n', 0]);
    expect((await sh('openssl x509 -in /etc/kubernetes/pki/apiserver.crt -noout -serial')).stdout).not.toBe(serial);
    expect((await sh('openssl verify -CAfile /etc/kubernetes/pki/ca.crt /etc/kubernetes/pki/apiserver.crt')).stdout).toBe('/etc/kubernetes/pki/apiserver.crt: OK\n');
  });
});
