// CertificateSigningRequests: the kubelets' client CSRs of a kubeadm cluster, get/describe, approve/deny, the cleaner.
import { describe, expect, it } from 'vitest';
import { makeCluster } from './helpers';
import { parseRequest, unpem } from '../../../../src/sim/k8s/pki/csr';


describe('kubectl get csr on a kubeadm cluster', () => {
  it('lists the control plane kubelet and each joined kubelet, approved and issued', () => {
    const { c, run } = makeCluster({ workers: 2, network: false });
    const r = run('get csr');
    expect(r.code).toBe(0);
    const lines = r.out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^NAME\s+AGE\s+SIGNERNAME\s+REQUESTOR\s+REQUESTEDDURATION\s+CONDITION$/);
    expect(lines).toHaveLength(4);
    const rows = lines.slice(1).map((l) => l.split(/\s+/));
    for (const row of rows) {
      expect(row[0]).toMatch(/^csr-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
      expect(row[2]).toBe('kubernetes.io/kube-apiserver-client-kubelet');
      expect(row[4]).toBe('<none>');
      expect(row[5]).toBe('Approved,Issued');
    }
    const requestors = rows.map((row) => row[3]).sort();
    expect(requestors[2]).toBe('system:node:m-k8s');
    expect(requestors[0]).toMatch(/^system:bootstrap:[a-z0-9]{6}$/);
    expect(requestors[0]).toBe(requestors[1]);
    // the names come from hashes: the same cluster twice gives the same names, and no draw moved the cluster's rng
    const again = makeCluster({ workers: 2, network: false });
    expect(again.run('get csr').out).toBe(r.out);
    expect(again.c.rng.state).toBe(c.rng.state);
  });

  it('prints the kubelet request and certificate as the API serves them', () => {
    const { c, run } = makeCluster({ workers: 1, network: false });
    const csr = c.list('CertificateSigningRequest').find((o) => o.spec.username.startsWith('system:bootstrap:'))!;
    const y = run(`get csr ${csr.metadata.name} -o yaml`).out;
    expect(y).toContain('  generateName: csr-\n');
    expect(y).toContain('  groups:\n  - system:bootstrappers\n  - system:bootstrappers:kubeadm:default-node-token\n  - system:authenticated\n');
    expect(y).toContain('  usages:\n  - digital signature\n  - client auth\n');
    expect(y).toContain('    message: Auto approving kubelet client certificate after SubjectAccessReview.\n    reason: AutoApproved\n    status: "True"\n    type: Approved\n');
    const req = run(`get csr ${csr.metadata.name} -o jsonpath={.spec.request}`).out;
    const block = unpem(atob(req))!;
    expect(block.type).toBe('CERTIFICATE REQUEST');
    expect(parseRequest(block.der)!.subject).toEqual({ commonName: 'system:node:w1-k8s', organization: ['system:nodes'] });
    const cert = atob(run(`get csr ${csr.metadata.name} -o jsonpath={.status.certificate}`).out);
    expect(cert).toMatch(/^-----BEGIN CERTIFICATE-----\n[\s\S]+\n-----END CERTIFICATE-----\n$/);
    const cp = c.list('CertificateSigningRequest').find((o) => o.spec.username === 'system:node:m-k8s')!;
    expect(cp.status.conditions[0].message).toBe('Auto approving self kubelet client certificate after SubjectAccessReview.');
  });

  it('describes a CSR as kubectl 1.28 does', () => {
    const { c, run } = makeCluster({ workers: 1, network: false });
    const csr = c.list('CertificateSigningRequest').find((o) => o.spec.username.startsWith('system:bootstrap:'))!;
    const r = run(`describe csr ${csr.metadata.name}`);
    expect(r.out).toBe(
      `Name:               ${csr.metadata.name}\nLabels:             <none>\nAnnotations:        <none>\nCreationTimestamp:  Wed, 10 Dec 2025 01:00:00 +0000\nRequesting User:    ${csr.spec.username}\nSigner:             kubernetes.io/kube-apiserver-client-kubelet\nStatus:             Approved,Issued\nSubject:\n         Common Name:    system:node:w1-k8s\n         Serial Number:  \n         Organization:   system:nodes\nEvents:  <none>\n`,
    );
  });
});

describe('kubectl certificate approve|deny', () => {
  it('approves, refuses to deny an approved CSR, and names unknown ones', () => {
    const { c, run } = makeCluster({ workers: 1, network: false });
    const name = c.list('CertificateSigningRequest')[0].metadata.name;
    expect(run(`certificate approve ${name}`)).toEqual({ out: `certificatesigningrequest.certificates.k8s.io/${name} approved\n`, err: '', code: 0 });
    // already approved: nothing is sent unless --force
    expect(c.get('CertificateSigningRequest', undefined, name)!.status.conditions).toHaveLength(1);
    expect(run(`certificate deny ${name}`)).toEqual({ out: '', err: `error: certificate signing request "${name}" is already Approved\n`, code: 1 });
    expect(run('certificate approve csr-zzzzz')).toEqual({ out: '', err: 'Error from server (NotFound): certificatesigningrequests.certificates.k8s.io "csr-zzzzz" not found\n', code: 1 });
    expect(run('certificate approve').err).toBe('error: one or more CSRs must be specified as <name> or -f <filename>\n');
    expect(run(`certificate approve ${name} -o name`).out).toBe(`certificatesigningrequest.certificates.k8s.io/${name}\n`);
  });
});

describe('the csrcleaner', () => {
  it('deletes issued CSRs at its first hourly pass more than an hour after the approval', () => {
    const { c, run } = makeCluster({ workers: 1, network: false });
    c.advance(3600_000);
    expect(run('get csr').out.trimEnd().split('\n')).toHaveLength(3);
    c.advance(3600_000);
    expect(run('get csr')).toEqual({ out: '', err: 'No resources found\n', code: 0 });
  });
});

describe("the documentation's user CSR walk-through on the cluster lab", () => {
  it('creates a CSR from a manifest, approves it and reads the issued certificate', async () => {
    const { createSession } = await import('../../../../src/sim/index');
    const { readFileSync } = await import('node:fs');
    // the request openssl made on the recording machine (scripts/golden/csr-objects.ts)
    const req = JSON.parse(readFileSync(new URL('../../../golden/csr-objects.json', import.meta.url), 'utf8')).requests.myuser;
    const s = await createSession({ lab: 'cluster', seed: 3 });
    let r = await s.exec(`cat <<EOF | kubectl apply -f -\napiVersion: certificates.k8s.io/v1\nkind: CertificateSigningRequest\nmetadata:\n  name: myuser\nspec:\n  request: ${req}\n  signerName: kubernetes.io/kube-apiserver-client\n  expirationSeconds: 86400  # one day\n  usages:\n  - client auth\nEOF`);
    expect(r.output).toBe('certificatesigningrequest.certificates.k8s.io/myuser created\n');
    r = await s.exec('kubectl get csr myuser');
    expect(r.output).toBe('NAME     AGE   SIGNERNAME                            REQUESTOR          REQUESTEDDURATION   CONDITION\nmyuser   0s    kubernetes.io/kube-apiserver-client   kubernetes-admin   24h                 Pending\n');
    r = await s.exec('kubectl certificate approve myuser');
    expect(r.output).toBe('certificatesigningrequest.certificates.k8s.io/myuser approved\n');
    r = await s.exec('kubectl get csr myuser');
    expect(r.output.split('\n')[1]).toMatch(/^myuser\s+0s\s+kubernetes.io\/kube-apiserver-client\s+kubernetes-admin\s+24h\s+Approved,Issued$/);
    r = await s.exec("kubectl get csr myuser -o jsonpath='{.status.certificate}'| base64 -d > myuser.crt");
    expect(r.exitCode).toBe(0);
    r = await s.exec('head -1 myuser.crt; tail -1 myuser.crt');
    expect(r.output).toBe('-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n');
    r = await s.exec('kubectl delete csr myuser');
    expect(r.output).toBe('certificatesigningrequest.certificates.k8s.io "myuser" deleted\n');
    // the kubelets' CSRs stay: the control plane's and the two workers'
    r = await s.exec('kubectl get csr --no-headers');
    expect(r.output.trimEnd().split('\n').map((l) => l.split(/\s+/)[3])).toEqual(['system:node:m-k8s', expect.stringMatching(/^system:bootstrap:/), expect.stringMatching(/^system:bootstrap:/)]);
  });

  it('refuses a request that is no PEM certificate request, as the API server validates it', () => {
    const { c, k } = makeCluster({ workers: 0, network: false });
    const d = { apiVersion: 'certificates.k8s.io/v1', kind: 'CertificateSigningRequest', metadata: { name: 'bad' }, spec: { request: btoa('hi'), signerName: 'kubernetes.io/kube-apiserver-client', usages: ['client auth'] } };
    const bad = new (k.constructor as any)({ cluster: c, server: 'https://192.168.56.10:6443', clientVersion: 'v1.28.15', readFile: () => JSON.stringify(d) });
    const r = bad.run(['create', '-f', 'bad.json']);
    expect(r.err).toBe('The CertificateSigningRequest "bad" is invalid: spec.request: Invalid value: []byte{0x68, 0x69}: PEM block type must be CERTIFICATE REQUEST\n');
    expect(r.code).toBe(1);
  });
});

describe('who may approve', () => {
  it('refuses the approval subresource to a user who may only read CSRs', () => {
    const { c, run } = makeCluster({ workers: 1, network: false });
    const name = c.list('CertificateSigningRequest')[0].metadata.name;
    expect(run(`certificate approve ${name} --as=jane`).err).toBe(`Error from server (Forbidden): certificatesigningrequests.certificates.k8s.io "${name}" is forbidden: User "jane" cannot get resource "certificatesigningrequests" in API group "certificates.k8s.io" at the cluster scope\n`);
    run('create clusterrole csr-reader --verb=get,list --resource=certificatesigningrequests');
    run('create clusterrolebinding jane-csr --clusterrole=csr-reader --user=jane');
    expect(run('get csr --as=jane').code).toBe(0);
    const r = run(`certificate deny ${name} --as=jane`);
    expect(r.err).toBe(`Error from server (Forbidden): certificatesigningrequests.certificates.k8s.io "${name}" is forbidden: User "jane" cannot update resource "certificatesigningrequests/approval" in API group "certificates.k8s.io" at the cluster scope\n`);
    expect(r.code).toBe(1);
  });
});

describe('kubelet serving certificates', () => {
  it('are not requested on a kubeadm cluster by default', () => {
    const { c } = makeCluster({ workers: 2 });
    c.advance(3600_000);
    expect(c.list('CertificateSigningRequest').filter((o) => o.spec.signerName === 'kubernetes.io/kubelet-serving')).toEqual([]);
  });

  it('are requested once the kubelet runs with serverTLSBootstrap, again every 15 minutes, and installed when the latest is approved', async () => {
    const { createSession } = await import('../../../../src/sim/index');
    const s = await createSession({ lab: 'cluster', seed: 3 });
    const serving = async () => (await s.exec('kubectl get csr --sort-by=.metadata.creationTimestamp --no-headers')).output.split('\n').filter((l) => l.includes('kubelet-serving')).map((l) => l.split(/\s+/));
    expect(await serving()).toEqual([]);
    await s.exec("echo 'serverTLSBootstrap: true' >> /var/lib/kubelet/config.yaml");
    // the kubelet reads its configuration when it starts
    await s.exec('sleep 1');
    expect(await serving()).toEqual([]);
    await s.exec('systemctl restart kubelet');
    await s.exec('sleep 1');
    const first = await serving();
    expect(first.map((r) => [r[2], r[3], r[5]])).toEqual([['kubernetes.io/kubelet-serving', 'system:node:m-k8s', 'Pending']]);
    const d = (await s.exec(`kubectl describe csr ${first[0][0]}`)).output;
    expect(d).toContain('Subject Alternative Names:\n         DNS Names:     m-k8s\n         IP Addresses:  192.168.56.10\n');
    await s.advance(15 * 60_000);
    await s.exec('sleep 1');
    const two = await serving();
    expect(two.map((r) => r[5])).toEqual(['Pending', 'Pending']);
    // the kubelet gave up on the first: approving it installs nothing
    await s.exec(`kubectl certificate approve ${two[0][0]}`);
    await s.exec('sleep 1');
    expect((await s.exec('ls /var/lib/kubelet/pki/kubelet-server-current.pem')).exitCode).not.toBe(0);
    await s.exec(`kubectl certificate approve ${two[1][0]}`);
    await s.exec('sleep 1');
    expect((await serving()).map((r) => r[5])).toEqual(['Approved,Issued', 'Approved,Issued']);
    const pem = (await s.exec('cat /var/lib/kubelet/pki/kubelet-server-current.pem')).output;
    expect(pem).toMatch(/^-----BEGIN CERTIFICATE-----\n[\s\S]+\n-----END CERTIFICATE-----\n-----BEGIN EC PRIVATE KEY-----\n[\s\S]+\n-----END EC PRIVATE KEY-----\n$/);
    // and asks no more
    await s.advance(20 * 60_000);
    await s.exec('sleep 1');
    expect(await serving()).toHaveLength(2);
  });
});

describe('the certificate admission plugins', () => {
  it('CertificateApproval: approving needs approve on the signer, by name or its domain', () => {
    const { c, run } = makeCluster({ workers: 1, network: false });
    const name = c.list('CertificateSigningRequest')[0].metadata.name;
    run('create clusterrole csr-approver --verb=get,list --resource=certificatesigningrequests');
    run('create clusterrolebinding jane-csr --clusterrole=csr-approver --user=jane');
    run('create clusterrole csr-approval --verb=update --resource=certificatesigningrequests/approval');
    run('create clusterrolebinding jane-approval --clusterrole=csr-approval --user=jane');
    // already approved: nothing is sent, nothing refused
    expect(run(`certificate approve ${name} --as=jane`).out).toBe(`certificatesigningrequest.certificates.k8s.io/${name} approved\n`);
    const r = run(`certificate approve ${name} --force --as=jane`);
    expect(r.err).toBe(`Error from server (Forbidden): certificatesigningrequests.certificates.k8s.io "${name}" is forbidden: user not permitted to approve requests with signerName "kubernetes.io/kube-apiserver-client-kubelet"\n`);
    expect(r.code).toBe(1);
    run('create clusterrole signer-approver --verb=approve --resource=signers.certificates.k8s.io --resource-name=kubernetes.io/*');
    run('create clusterrolebinding jane-signer --clusterrole=signer-approver --user=jane');
    expect(run(`certificate approve ${name} --force --as=jane`)).toEqual({ out: `certificatesigningrequest.certificates.k8s.io/${name} approved\n`, err: '', code: 0 });
  });

  it('CertificateSubjectRestriction: no kube-apiserver-client certificate for system:masters', async () => {
    const { certificateRequest, pem, base64 } = await import('../../../../src/sim/k8s/pki/csr');
    const request = base64([...new TextEncoder().encode(pem('CERTIFICATE REQUEST', certificateRequest({ commonName: 'kadmin', organization: ['system:masters'] }, 'kadmin')))]);
    const { c, k } = makeCluster({ workers: 0, network: false });
    const kc = new (k.constructor as any)({ cluster: c, server: 'https://192.168.56.10:6443', clientVersion: 'v1.28.15', readFile: () => JSON.stringify({ apiVersion: 'certificates.k8s.io/v1', kind: 'CertificateSigningRequest', metadata: { name: 'kadmin' }, spec: { request, signerName: 'kubernetes.io/kube-apiserver-client', usages: ['client auth'] } }) });
    expect(kc.run(['create', '-f', 'kadmin.json'])).toEqual({ out: '', err: 'Error from server (Forbidden): error when creating "kadmin.json": certificatesigningrequests.certificates.k8s.io "kadmin" is forbidden: use of kubernetes.io/kube-apiserver-client signer with system:masters group is not allowed\n', code: 1 });
    expect(c.get('CertificateSigningRequest', undefined, 'kadmin')).toBeUndefined();
  });
});

describe('CSR validation', () => {
  it('names every missing or invalid field at once', () => {
    const { c, k } = makeCluster({ workers: 0, network: false });
    const d = { apiVersion: 'certificates.k8s.io/v1', kind: 'CertificateSigningRequest', metadata: { name: 'empty' }, spec: { request: btoa('x'), signerName: 'example.com', expirationSeconds: 60 } };
    const kc = new (k.constructor as any)({ cluster: c, server: 'https://192.168.56.10:6443', clientVersion: 'v1.28.15', readFile: () => JSON.stringify(d) });
    expect(kc.run(['create', '-f', 'e.json']).err).toBe(
      `The CertificateSigningRequest "empty" is invalid: [spec.request: Invalid value: []byte{0x78}: PEM block type must be CERTIFICATE REQUEST, spec.usages: Required value, spec.signerName: Invalid value: "example.com": must be a fully qualified domain and path of the form 'example.com/signer-name', spec.expirationSeconds: Invalid value: 60: may not specify a duration less than 600 seconds (10 minutes)]\n`,
    );
  });
});

describe('the csrcleaner and requests that are not issued', () => {
  it('deletes a denied CSR an hour after the denial and a pending one after a day', async () => {
    const { certificateRequest, pem, base64 } = await import('../../../../src/sim/k8s/pki/csr');
    const request = base64([...new TextEncoder().encode(pem('CERTIFICATE REQUEST', certificateRequest({ commonName: 'dev' }, 'dev')))]);
    const { c, k } = makeCluster({ workers: 0, network: false });
    const kc = new (k.constructor as any)({ cluster: c, server: 'https://192.168.56.10:6443', clientVersion: 'v1.28.15', readFile: (p: string) => JSON.stringify({ apiVersion: 'certificates.k8s.io/v1', kind: 'CertificateSigningRequest', metadata: { name: p.replace('.json', '') }, spec: { request, signerName: 'kubernetes.io/kube-apiserver-client', usages: ['client auth'] } }) });
    kc.run(['create', '-f', 'denied.json']);
    kc.run(['create', '-f', 'pending.json']);
    kc.run(['certificate', 'deny', 'denied']);
    const names = () => c.list('CertificateSigningRequest').map((o) => o.metadata.name).filter((n) => !n.startsWith('csr-')).sort();
    c.advance(3600_000);
    expect(names()).toEqual(['denied', 'pending']);
    c.advance(3600_000);
    expect(names()).toEqual(['pending']);
    c.advance(22 * 3600_000);
    expect(names()).toEqual(['pending']);
    c.advance(3600_000);
    expect(names()).toEqual([]);
  });
});
