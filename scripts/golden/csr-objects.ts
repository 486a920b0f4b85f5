/**
 * Writes tests/golden/csr-objects.json: CertificateSigningRequests as the simulator holds them, for
 * scripts/record-describe.mjs to serve to the real kubectl 1.28 (the describe-golden cases csr-*), and the requests
 * openssl makes on this machine for the user walk-through (the documentation's `openssl req -new -subj "/CN=myuser"`,
 * and one with a fuller subject and alternative names):
 *   npx tsx scripts/golden/csr-objects.ts && ONLY=csr node scripts/record-describe.mjs
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Cluster } from '../../src/sim/k8s/cluster';
import { initCluster, joinNode } from '../../src/sim/k8s/bootstrap';
import { Kubectl } from '../../src/sim/k8s/kubectl';
import { loadAllHelp } from '../../src/sim/k8s/kubectl/cli';
import { toApi } from '../../src/sim/k8s/format';
import { addKubeletCsr } from '../../src/sim/k8s/certificates/csr';

await loadAllHelp();
const tmp = mkdtempSync(path.join(os.tmpdir(), 'csr-'));
const request = (subj: string, ...extra: string[]) => {
  execFileSync('openssl', ['genrsa', '-out', `${tmp}/k`, '2048'], { stdio: 'ignore' });
  execFileSync('openssl', ['req', '-new', '-key', `${tmp}/k`, '-out', `${tmp}/r`, '-subj', subj, ...extra]);
  return Buffer.from(readFileSync(`${tmp}/r`)).toString('base64');
};
const requests = {
  myuser: request('/CN=myuser'),
  web: request('/C=DE/L=Berlin/O=acme/OU=ops/CN=web', '-addext', 'subjectAltName=DNS:web.example.com,DNS:web,IP:10.0.0.5,email:ops@example.com'),
};
rmSync(tmp, { recursive: true, force: true });

const c = new Cluster(1);
initCluster(c, { node: 'm-k8s', ip: '192.168.56.10', version: 'v1.28.15', podCidr: '10.244.0.0/16' });
c.advance(60_000);
joinNode(c, 'w1-k8s', '192.168.56.101', 'v1.28.15', {}, 'abcdef');
const k = new Kubectl({ cluster: c, server: 'https://192.168.56.10:6443', clientVersion: 'v1.28.15', readFile: (p: string) => files[p] ?? null });
const files: Record<string, string> = {};
const manifest = (name: string, req: string, extra: Record<string, unknown> = {}) => JSON.stringify({ apiVersion: 'certificates.k8s.io/v1', kind: 'CertificateSigningRequest', metadata: { name }, spec: { request: req, signerName: 'kubernetes.io/kube-apiserver-client', ...extra, usages: ['client auth'] } });
files['myuser.json'] = manifest('myuser', requests.myuser, { expirationSeconds: 86400 });
files['web.json'] = manifest('web', requests.web);
files['denied.json'] = manifest('denied', requests.myuser);
for (const f of Object.keys(files)) k.run(['create', '-f', f]);
// kubectl apply keeps its last configuration in an annotation; a label besides
files['applied.json'] = JSON.stringify({ apiVersion: 'certificates.k8s.io/v1', kind: 'CertificateSigningRequest', metadata: { name: 'applied', labels: { team: 'ops', app: 'web' } }, spec: { request: requests.myuser, signerName: 'example.com/custom', usages: ['client auth'] } });
k.run(['apply', '-f', 'applied.json']);
k.run(['certificate', 'approve', 'applied']);
c.advance(30_000);
k.run(['certificate', 'approve', 'myuser']);
k.run(['certificate', 'deny', 'denied']);
// a kubelet started with serverTLSBootstrap: its serving CSR (certificates/serving.ts)
const serving = addKubeletCsr(c, 'w1-k8s', 'system:node:w1-k8s', ['system:nodes', 'system:authenticated'], { dnsNames: ['w1-k8s'], ipAddresses: ['192.168.56.101'] });
const csrs = c.list('CertificateSigningRequest');
const objects = {
  'kubelet-self': csrs.find((o) => o.spec.username === 'system:node:m-k8s'),
  'kubelet-bootstrap': csrs.find((o) => o.spec.username === 'system:bootstrap:abcdef'),
  'user-approved': c.get('CertificateSigningRequest', undefined, 'myuser'),
  'user-pending-sans': c.get('CertificateSigningRequest', undefined, 'web'),
  'user-denied': c.get('CertificateSigningRequest', undefined, 'denied'),
  'kubelet-serving': serving,
  'user-applied-custom-signer': c.get('CertificateSigningRequest', undefined, 'applied'),
};
const out = { requests, objects: Object.fromEntries(Object.entries(objects).map(([n, o]) => [n, toApi(o)])) };
const file = path.resolve(import.meta.dirname, '../../tests/golden/csr-objects.json');
writeFileSync(file, JSON.stringify(out, null, 2) + '\n');
console.log(`wrote ${file}`);
