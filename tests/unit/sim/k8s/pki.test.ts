// The PKI kubeadm leaves on the lab's nodes: DER X.509 v3 certificates whose names, usages, key ids and dates
// are kubeadm 1.28's, the kubeconfigs' embedded pairs, the kubelet's own files, the same for the same seed.
import { describe, expect, it } from 'vitest';
import { lab } from './helpers';
import { pemBlocks, unbase64 } from '../../../../src/sim/k8s/pki/der';
import { altNames, extension, nameAttrs, parseCert, subjectKeyIdOf, type Certificate } from '../../../../src/sim/k8s/pki/parse';

const DAY = 24 * 3600_000;
const certsOf = (text: string): Certificate[] => pemBlocks(text).filter((b) => b.label === 'CERTIFICATE').map((b) => parseCert(b.der)!);
const dn = (der: Uint8Array) => nameAttrs(der).map(([o, v]) => `${o === '2.5.4.3' ? 'CN' : 'O'}=${v}`).join(',');
const hex = (b: Uint8Array | null) => (b ? [...b].map((x) => x.toString(16).padStart(2, '0')).join('') : '');
const eku = (c: Certificate) => {
  const e = extension(c, '2.5.29.37');
  return e ? hex(e.value) : '';
};

describe("kubeadm's certificates on the control plane", () => {
  it('are CAs and leaves with kubeadm 1.28 names, SANs, usages, key ids and validity', async () => {
    const { sh } = await lab('cluster', 5);
    await sh('sudo -i');
    const read = async (p: string) => certsOf((await sh(`cat ${p}`)).stdout);
    const [ca] = await read('/etc/kubernetes/pki/ca.crt');
    expect(ca.version).toBe(3);
    expect(dn(ca.subject)).toBe('CN=kubernetes');
    expect(hex(ca.issuer)).toBe(hex(ca.subject));
    expect(ca.notAfter - ca.notBefore).toBe(10 * 365 * DAY + 5 * 60_000);
    expect(altNames(ca)).toEqual({ dns: ['kubernetes'], ips: [] });
    expect(extension(ca, '2.5.29.19')!.critical).toBe(true);
    const caKeyId = subjectKeyIdOf(ca);
    expect(caKeyId).toHaveLength(20);

    const [api] = await read('/etc/kubernetes/pki/apiserver.crt');
    expect(dn(api.subject)).toBe('CN=kube-apiserver');
    expect(dn(api.issuer)).toBe('CN=kubernetes');
    expect(altNames(api)).toEqual({ dns: ['kubernetes', 'kubernetes.default', 'kubernetes.default.svc', 'kubernetes.default.svc.cluster.local', 'm-k8s'], ips: ['10.96.0.1', '192.168.56.10'] });
    expect(api.notBefore).toBe(ca.notBefore);
    expect(api.notAfter - ca.notBefore).toBe(365 * DAY + 5 * 60_000);
    expect(subjectKeyIdOf(api)).toBeNull();
    // the authority key id is the CA's subject key id: 30 16 80 14 <20 bytes>
    expect(hex(extension(api, '2.5.29.35')!.value)).toBe('30168014' + hex(caKeyId));
    expect(eku(api)).toBe('300a06082b06010505070301');

    const [etcdCa] = await read('/etc/kubernetes/pki/etcd/ca.crt');
    const [etcdServer] = await read('/etc/kubernetes/pki/etcd/server.crt');
    expect(dn(etcdServer.subject)).toBe('CN=m-k8s');
    expect(dn(etcdServer.issuer)).toBe('CN=etcd-ca');
    expect(altNames(etcdServer)).toEqual({ dns: ['localhost', 'm-k8s'], ips: ['192.168.56.10', '127.0.0.1', '::1'] });
    expect(hex(extension(etcdServer, '2.5.29.35')!.value)).toBe('30168014' + hex(subjectKeyIdOf(etcdCa)));
    const [kubeletClient] = await read('/etc/kubernetes/pki/apiserver-kubelet-client.crt');
    expect(dn(kubeletClient.subject)).toBe('O=system:masters,CN=kube-apiserver-kubelet-client');
    const [proxy] = await read('/etc/kubernetes/pki/front-proxy-client.crt');
    expect(dn(proxy.issuer)).toBe('CN=front-proxy-ca');
    expect(eku(proxy)).toBe('300a06082b06010505070302');

    expect((await sh('head -1 /etc/kubernetes/pki/ca.key')).stdout).toBe('-----BEGIN RSA PRIVATE KEY-----\n');
    expect((await sh('head -1 /etc/kubernetes/pki/sa.pub')).stdout).toBe('-----BEGIN PUBLIC KEY-----\n');
    expect((await sh('stat -c %a /etc/kubernetes/pki/ca.key /etc/kubernetes/pki/ca.crt')).stdout).toBe('600\n644\n');
  });

  it("embeds each kubeconfig's client pair and the CA in base64, and the kubelet keeps its own pair", async () => {
    const { s, sh } = await lab('cluster', 5);
    await sh('sudo -i');
    const caPem = (await sh('cat /etc/kubernetes/pki/ca.crt')).stdout;
    const users: Record<string, string> = {
      'admin.conf': 'O=system:masters,CN=kubernetes-admin',
      'controller-manager.conf': 'CN=system:kube-controller-manager',
      'scheduler.conf': 'CN=system:kube-scheduler',
    };
    for (const [file, subject] of Object.entries(users)) {
      const conf = (await sh(`cat /etc/kubernetes/${file}`)).stdout;
      const data = (key: string) => new TextDecoder().decode(unbase64(new RegExp(`${key}: (\\S+)`).exec(conf)![1])!);
      expect(data('certificate-authority-data')).toBe(caPem);
      const [cert] = certsOf(data('client-certificate-data'));
      expect(dn(cert.subject)).toBe(subject);
      expect(eku(cert)).toBe('300a06082b06010505070302');
      expect(data('client-key-data')).toMatch(/^-----BEGIN RSA PRIVATE KEY-----\n/);
    }
    // kubelet-finalize pointed kubelet.conf at the kubelet's own pair; a worker's kubelet wrote its own after bootstrap
    const kubeletConf = (await sh('cat /etc/kubernetes/kubelet.conf')).stdout;
    expect(kubeletConf).toContain('- name: system:node:m-k8s\n  user:\n    client-certificate: /var/lib/kubelet/pki/kubelet-client-current.pem\n    client-key: /var/lib/kubelet/pki/kubelet-client-current.pem\n');
    const w1conf = String([...s.world.hosts.values()].find((h) => h.hostname.startsWith('w1-k8s'))!.fs.read('/etc/kubernetes/kubelet.conf'));
    expect(w1conf).toMatch(/^apiVersion: v1\nclusters:\n- cluster:\n {4}certificate-authority-data: \S+\n {4}server: https:\/\/192\.168\.56\.10:6443\n {2}name: default-cluster\ncontexts:\n- context:\n {4}cluster: default-cluster\n {4}namespace: default\n {4}user: default-auth\n/);
    const serving = certsOf((await sh('cat /var/lib/kubelet/pki/kubelet.crt')).stdout);
    expect(serving.map((c) => dn(c.subject))).toEqual([expect.stringMatching(/^CN=m-k8s@\d+$/), expect.stringMatching(/^CN=m-k8s-ca@\d+$/)]);
    expect(dn(serving[0].issuer)).toBe(dn(serving[1].subject));
    const client = (await sh('cat /var/lib/kubelet/pki/kubelet-client-current.pem')).stdout;
    expect(pemBlocks(client).map((b) => b.label)).toEqual(['CERTIFICATE', 'EC PRIVATE KEY']);
    expect(dn(certsOf(client)[0].subject)).toBe('O=system:nodes,CN=system:node:m-k8s');
    // the control plane's pair comes from the certificate manager's rotation (an EC key: digital signature only), a
    // worker's from its TLS bootstrap (digital signature and key encipherment)
    expect(hex(extension(certsOf(client)[0], '2.5.29.15')!.value)).toBe('03020780');
    const w1pem = String([...s.world.hosts.values()].find((h) => h.hostname.startsWith('w1-k8s'))!.fs.read('/var/lib/kubelet/pki/kubelet-client-current.pem'));
    expect(hex(extension(certsOf(w1pem)[0], '2.5.29.15')!.value)).toBe('030205a0');
    // the cluster-info ConfigMap publishes the same CA
    const published = (await sh("kubectl -n kube-public get cm cluster-info -o jsonpath='{.data.kubeconfig}' | grep certificate-authority-data | awk '{print $2}' | base64 -d")).stdout;
    expect(published).toBe(caPem);
    // a worker got the cluster's CA when it joined
    const w1 = [...s.world.hosts.values()].find((h) => h.hostname.startsWith('w1-k8s'));
    expect(w1?.fs.read('/etc/kubernetes/pki/ca.crt')).toBe(caPem);
  });

  it('kubeadm upgrade apply renews the certificates of the components it upgrades, not admin.conf', async () => {
    const { s, sh } = await lab('cluster', 5);
    await sh('sudo -i');
    await s.advance(100 * DAY);
    const serialBefore = (await sh('openssl x509 -in /etc/kubernetes/pki/apiserver.crt -noout -serial')).stdout;
    const r = await sh('kubeadm upgrade apply v1.28.15 -y');
    expect(r.stdout).toContain('[upgrade/staticpods] Renewing apiserver certificate\n');
    expect((await sh('openssl x509 -in /etc/kubernetes/pki/apiserver.crt -noout -serial')).stdout).not.toBe(serialBefore);
    const check = (await sh('kubeadm certs check-expiration')).stdout;
    expect(check).toMatch(/\napiserver +\w{3} \d\d, \d{4} \d\d:\d\d UTC +364d +ca /);
    expect(check).toMatch(/\nscheduler\.conf +\w{3} \d\d, \d{4} \d\d:\d\d UTC +364d +ca /);
    expect(check).toMatch(/\nadmin\.conf +\w{3} \d\d, \d{4} \d\d:\d\d UTC +26[45]d +ca /);
  });

  it('is the same for the same seed and differs for another', async () => {
    const ca = async (seed: number) => {
      const { sh } = await lab('cluster', seed);
      await sh('sudo -i');
      return (await sh('cat /etc/kubernetes/pki/ca.crt /etc/kubernetes/pki/apiserver.crt')).stdout;
    };
    const a = await ca(1);
    expect(await ca(1)).toBe(a);
    expect(await ca(2)).not.toBe(a);
  });
});
