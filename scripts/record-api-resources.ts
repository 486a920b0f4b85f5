#!/usr/bin/env -S npx tsx
// Records `kubectl api-resources` from the real kubectl 1.28 client:
//   npx tsx scripts/record-api-resources.ts      (writes tests/golden/kubectl-api-resources/<case>/)
// A small local API server answers legacy discovery (/api, /apis, /api/v1, /apis/<group>/<version>) with the
// resources the simulator's table holds (src/sim/k8s/resources.ts: names, short names, preferred versions, verbs and
// categories as kube-apiserver's discovery documents give them), so the client's filtering, sorting and printing
// are real. metrics.k8s.io is left out: the cluster starts without metrics-server.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { preferredVersionOf, RESOURCES } from '../src/sim/k8s/resources';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const OUT = path.join(ROOT, 'tests/golden/kubectl-api-resources');
const KUBECTL = '/usr/lib/google-cloud-sdk/bin/kubectl.1.28';
const CASES: Record<string, string[]> = {
  plain: [],
  wide: ['-o', 'wide'],
  name: ['-o', 'name'],
  'cluster-scoped': ['--namespaced=false'],
  'apps-wide': ['--api-group=apps', '-o', 'wide'],
  'core-group': ['--api-group='],
  'verbs-list-get': ['--verbs=list,get', '--namespaced=false'],
  'verbs-create-only': ['--verbs=create', '-o', 'wide', '--api-group=authorization.k8s.io'],
  'category-all': ['--categories=all'],
  'category-api-extensions': ['--categories=api-extensions', '-o', 'wide'],
  'sort-kind': ['--sort-by=kind'],
  'sort-name': ['--sort-by=name', '--no-headers'],
  'sort-bad': ['--sort-by=age'],
  'output-bad': ['-o', 'table'],
  'apps-yaml': ['--api-group=apps', '-o', 'yaml'],
  'apps-json': ['--api-group=apps', '-o', 'json'],
  'extra-arg': ['pods'],
};

const rs = RESOURCES.filter((r) => r.group !== 'metrics.k8s.io');
const gvs = new Map<string, typeof rs>();
for (const r of rs) {
  const gv = preferredVersionOf(r, 28);
  gvs.set(gv, [...(gvs.get(gv) ?? []), r]);
}
const groups = [...gvs.keys()].filter((gv) => gv.includes('/'));
function answer(p: string): [number, unknown] {
  if (p === '/api') return [200, { kind: 'APIVersions', versions: ['v1'], serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress: '192.168.56.10:6443' }] }];
  if (p === '/apis')
    return [200, { kind: 'APIGroupList', apiVersion: 'v1', groups: groups.map((gv) => ({ name: gv.split('/')[0], versions: [{ groupVersion: gv, version: gv.split('/')[1] }], preferredVersion: { groupVersion: gv, version: gv.split('/')[1] } })) }];
  const gv = p === '/api/v1' ? 'v1' : p.replace(/^\/apis\//, '');
  const list = gvs.get(gv);
  if (!list) return [404, { kind: 'Status', apiVersion: 'v1', status: 'Failure', reason: 'NotFound', code: 404, message: 'the server could not find the requested resource' }];
  return [
    200,
    {
      kind: 'APIResourceList',
      apiVersion: 'v1',
      groupVersion: gv,
      resources: list.map((r) => ({ name: r.name, singularName: r.singular, namespaced: r.namespaced, kind: r.kind, verbs: r.verbs, ...(r.short.length ? { shortNames: r.short } : {}), ...(r.categories.length ? { categories: r.categories } : {}) })),
    },
  ];
}

const server = http.createServer((req, res) => {
  const [code, body] = answer(new URL(req.url ?? '/', 'http://x').pathname);
  res.writeHead(code, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(body));
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const port = (server.address() as { port: number }).port;
for (const [name, args] of Object.entries(CASES)) {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'kapi-'));
  fs.mkdirSync(path.join(home, '.kube'));
  fs.writeFileSync(path.join(home, '.kube/config'), `apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    server: http://127.0.0.1:${port}\n  name: c\ncontexts:\n- context:\n    cluster: c\n    user: u\n  name: c\ncurrent-context: c\nusers:\n- name: u\n  user: {}\n`);
  const r = await new Promise<{ stdout: string; stderr: string; code: number }>((resolve) =>
    execFile(KUBECTL, ['api-resources', ...args], { env: { PATH: '/usr/bin:/bin', HOME: home, LANG: 'C.UTF-8' }, timeout: 20000 }, (err, stdout, stderr) => resolve({ stdout, stderr, code: (err as { code?: number } | null)?.code ?? 0 })),
  );
  fs.rmSync(home, { recursive: true, force: true });
  const dir = path.join(OUT, name);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'cmd'), ['kubectl', 'api-resources', ...args].join(' ') + '\n');
  fs.writeFileSync(path.join(dir, 'stdout'), r.stdout);
  fs.writeFileSync(path.join(dir, 'stderr'), r.stderr);
  fs.writeFileSync(path.join(dir, 'status'), `${r.code}\n`);
  console.log(name, r.code, r.stdout.split('\n').length, 'lines', r.stderr.slice(0, 100));
}
server.close();
