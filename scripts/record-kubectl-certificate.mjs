#!/usr/bin/env node
// Records kubectl certificate approve|deny from the real kubectl 1.28 client:
//   npx tsx scripts/golden/csr-objects.ts && node scripts/record-kubectl-certificate.mjs
// (writes tests/golden/kubectl-certificate/<case>/{cmd,stdout,stderr,status}). A small local API server answers
// discovery, serves the CertificateSigningRequests of tests/golden/csr-objects.json (a fresh copy for each case), and
// takes the approval subresource's PUT as kube-apiserver does (the conditions as sent). What is recorded is the
// client's side: what it prints for each CSR, its errors and its exit status.
// tests/unit/sim/k8s/certificate-golden.test.ts runs the same commands in the simulator over the same objects.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const OUT = path.join(ROOT, 'tests/golden/kubectl-certificate');
const KUBECTL = '/usr/lib/google-cloud-sdk/bin/kubectl.1.28';
const OBJECTS = Object.values(JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/golden/csr-objects.json'), 'utf8')).objects);
const names = Object.fromEntries(Object.entries(JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/golden/csr-objects.json'), 'utf8')).objects).map(([k, o]) => [k, o.metadata.name]));

// name|command (the CSR names of csr-objects.json: myuser approved and issued, web pending, denied denied)
export const CASES = [
  ['approve-pending', 'certificate approve web'],
  ['approve-approved', 'certificate approve myuser'],
  ['approve-force', 'certificate approve myuser --force'],
  ['approve-denied', 'certificate approve denied'],
  ['deny-pending', 'certificate deny web'],
  ['deny-approved', 'certificate deny myuser'],
  ['approve-unknown', 'certificate approve nosuch'],
  ['approve-some-unknown', 'certificate approve web nosuch myuser'],
  ['approve-none', 'certificate approve'],
  ['approve-two-unknown', 'certificate approve nosuch other'],
  ['deny-approved-and-unknown', 'certificate deny myuser nosuch web'],
  ['approve-name', 'certificate approve web -o name'],
  ['approve-kubelet', `certificate approve ${names['kubelet-bootstrap']}`],
  ['deny-two', 'certificate deny web denied'],
  ['approve-yaml', 'certificate approve web -o yaml'],
  ['deny-json', 'certificate deny web -o json'],
  ['approve-file', 'certificate approve -f tests/golden/kubectl-certificate/files/web.json'],
  ['approve-file-pod', 'certificate approve -f tests/golden/kubectl-certificate/files/pod.json'],
];
/** the manifests the -f cases name (written beside the cases) */
const FILES = {
  'web.json': { apiVersion: 'certificates.k8s.io/v1', kind: 'CertificateSigningRequest', metadata: { name: 'web' } },
  'pod.json': { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web', namespace: 'default' } },
};
const POD = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web', namespace: 'default', uid: 'uid-pod', resourceVersion: '10', creationTimestamp: '2025-12-10T01:00:00Z' }, spec: { containers: [{ name: 'web', image: 'nginx' }] } };

const DISCOVERY = {
  '/api': { kind: 'APIVersions', versions: ['v1'], serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress: '127.0.0.1' }] },
  '/apis': { kind: 'APIGroupList', apiVersion: 'v1', groups: [{ name: 'certificates.k8s.io', versions: [{ groupVersion: 'certificates.k8s.io/v1', version: 'v1' }], preferredVersion: { groupVersion: 'certificates.k8s.io/v1', version: 'v1' } }] },
  '/api/v1': { kind: 'APIResourceList', groupVersion: 'v1', resources: [{ name: 'namespaces', singularName: 'namespace', namespaced: false, kind: 'Namespace', verbs: ['get', 'list'], shortNames: ['ns'] }, { name: 'pods', singularName: 'pod', namespaced: true, kind: 'Pod', verbs: ['get', 'list'], shortNames: ['po'] }] },
  '/apis/certificates.k8s.io/v1': {
    kind: 'APIResourceList',
    apiVersion: 'v1',
    groupVersion: 'certificates.k8s.io/v1',
    resources: [
      { name: 'certificatesigningrequests', singularName: 'certificatesigningrequest', namespaced: false, kind: 'CertificateSigningRequest', verbs: ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'], shortNames: ['csr'] },
      { name: 'certificatesigningrequests/approval', singularName: '', namespaced: false, kind: 'CertificateSigningRequest', verbs: ['get', 'patch', 'update'] },
      { name: 'certificatesigningrequests/status', singularName: '', namespaced: false, kind: 'CertificateSigningRequest', verbs: ['get', 'patch', 'update'] },
    ],
  },
};

function serve(store) {
  const send = (res, code, body) => {
    res.writeHead(code, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  return http.createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      const p = new URL(req.url, 'http://x').pathname;
      if (DISCOVERY[p]) return send(res, 200, DISCOVERY[p]);
      if (p === '/api/v1/namespaces/default/pods/web') return send(res, 200, POD);
      const m = /^\/apis\/certificates\.k8s\.io\/v1\/certificatesigningrequests(?:\/([^/]+))?(?:\/(approval))?$/.exec(p);
      if (!m) return send(res, 404, { kind: 'Status', apiVersion: 'v1', status: 'Failure', reason: 'NotFound', code: 404, message: 'the server could not find the requested resource' });
      const [, name, sub] = m;
      if (!name) return send(res, 200, { kind: 'CertificateSigningRequestList', apiVersion: 'certificates.k8s.io/v1', metadata: { resourceVersion: '1300' }, items: Object.values(store) });
      const o = store[name];
      if (!o) return send(res, 404, { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: `certificatesigningrequests.certificates.k8s.io "${name}" not found`, reason: 'NotFound', details: { name, group: 'certificates.k8s.io', kind: 'certificatesigningrequests' }, code: 404 });
      if (req.method === 'PUT' && sub === 'approval') {
        const sent = JSON.parse(body);
        o.status = { ...o.status, conditions: sent.status.conditions };
        o.metadata.resourceVersion = String(Number(o.metadata.resourceVersion) + 1);
      }
      send(res, 200, o);
    });
  });
}

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(path.join(OUT, 'files'), { recursive: true });
for (const [f, o] of Object.entries(FILES)) fs.writeFileSync(path.join(OUT, 'files', f), JSON.stringify(o, null, 2) + '\n');
for (const [name, line] of CASES) {
  const store = Object.fromEntries(structuredClone(OBJECTS).map((o) => [o.metadata.name, o]));
  const server = serve(store);
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'kcert-'));
  fs.mkdirSync(path.join(home, '.kube'));
  fs.writeFileSync(path.join(home, '.kube/config'), `apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    server: http://127.0.0.1:${server.address().port}\n  name: c\ncontexts:\n- context:\n    cluster: c\n    user: u\n  name: c\ncurrent-context: c\nusers:\n- name: u\n  user: {}\n`);
  const argv = line.split(' ');
  const r = await new Promise((resolve) => execFile(KUBECTL, argv, { cwd: ROOT, env: { PATH: '/usr/bin:/bin', HOME: home, LANG: 'C.UTF-8', TZ: 'UTC' }, timeout: 20000 }, (err, stdout, stderr) => resolve({ stdout, stderr, code: err?.code ?? 0 })));
  server.close();
  fs.rmSync(home, { recursive: true, force: true });
  const dir = path.join(OUT, name);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'cmd'), `kubectl ${line}\n`);
  fs.writeFileSync(path.join(dir, 'stdout'), r.stdout);
  fs.writeFileSync(path.join(dir, 'stderr'), r.stderr);
  fs.writeFileSync(path.join(dir, 'status'), `${r.code}\n`);
  console.log(name, r.code, JSON.stringify(r.stdout + r.stderr));
}
