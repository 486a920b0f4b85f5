#!/usr/bin/env node
// Records what the real kubectl clients print for `kubectl top` (no cluster here, so a small local HTTP server plays
// kube-apiserver with metrics-server's metrics.k8s.io/v1beta1 behind it):
//   node scripts/record-kubectl-top.mjs      (writes tests/golden/kubectl-top/<version>/<case>/)
// The server holds three nodes and a few kube-system pods (tests/golden/kubectl-top/data.json) and answers as
// metrics-server v0.7 does: lists sorted by namespace and name, a missing pod `pods "<ns>/<name>" not found`, a pod
// without metrics `podmetrics.metrics.k8s.io "<ns>/<name>" not found` (pkg/api/pod.go, node.go).
// tests/unit/sim/k8s/kubectl-top.test.ts feeds the simulator's printer the same data and compares byte for byte.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const OUT = path.join(ROOT, 'tests/golden/kubectl-top');
const BIN = '/usr/lib/google-cloud-sdk/bin';
const VERSIONS = { '1.28': `${BIN}/kubectl.1.28`, '1.29': `${BIN}/kubectl.1.29` };
const DATA = JSON.parse(fs.readFileSync(path.join(OUT, 'data.json'), 'utf8'));

export const CASES = [
  'top node',
  'top nodes --sort-by=cpu',
  'top node --sort-by=memory --no-headers',
  'top node --show-capacity',
  'top node w1-k8s',
  'top node nope',
  'top node -l node-role.kubernetes.io/control-plane',
  'top node --sort-by=foo',
  'top node a b',
  'top node w1-k8s -l a=b',
  'top pod -A',
  'top pods -A --sort-by=cpu',
  'top pod -n kube-system --sort-by=memory',
  'top pod -n kube-system --containers',
  'top pod -n kube-system --containers --sort-by=cpu',
  'top pod -A --sum',
  'top pod -n kube-system --containers --sum',
  'top pod -n kube-system --no-headers',
  'top pod -n kube-system etcd-m-k8s',
  'top pod -n kube-system etcd-m-k8s --containers',
  'top pod -n kube-system nope',
  'top pod',
  'top pod -A -l k8s-app=kube-dns',
  'top pod -n kube-system -l tier=control-plane --sort-by=cpu',
  'top pod -l app=none',
  'top pod --sort-by=foo',
  'top pod a b',
  'top po web -l app=web',
];

const nsOf = (o) => o.metadata.namespace;
function matches(sel, labels = {}) {
  if (!sel) return true;
  return sel.split(',').every((t) => {
    const [k, v] = t.split('=');
    return v === undefined ? k in labels : labels[k] === v;
  });
}
const status = (code, reason, message, details) => [code, { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason, details, code }];
const list = (kind, apiVersion, items) => [200, { kind, apiVersion, metadata: { resourceVersion: '1' }, items }];

function answer(url) {
  const u = new URL(url, 'http://x');
  const p = u.pathname;
  const sel = u.searchParams.get('labelSelector') ?? '';
  if (p === '/api') return [200, { kind: 'APIVersions', versions: ['v1'], serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress: '192.168.56.10:6443' }] }];
  if (p === '/apis')
    return [200, { kind: 'APIGroupList', apiVersion: 'v1', groups: [{ name: 'metrics.k8s.io', versions: [{ groupVersion: 'metrics.k8s.io/v1beta1', version: 'v1beta1' }], preferredVersion: { groupVersion: 'metrics.k8s.io/v1beta1', version: 'v1beta1' } }] }];
  if (p === '/api/v1') return [200, { kind: 'APIResourceList', groupVersion: 'v1', resources: [{ name: 'nodes', singularName: '', namespaced: false, kind: 'Node', verbs: ['get', 'list'] }, { name: 'pods', singularName: '', namespaced: true, kind: 'Pod', verbs: ['get', 'list'] }] }];
  if (p === '/apis/metrics.k8s.io/v1beta1')
    return [200, { kind: 'APIResourceList', apiVersion: 'v1', groupVersion: 'metrics.k8s.io/v1beta1', resources: [{ name: 'nodes', singularName: '', namespaced: false, kind: 'NodeMetrics', verbs: ['get', 'list'] }, { name: 'pods', singularName: '', namespaced: true, kind: 'PodMetrics', verbs: ['get', 'list'] }] }];
  let m;
  if ((m = /^\/api\/v1\/nodes(?:\/([^/]+))?$/.exec(p))) {
    if (m[1]) {
      const n = DATA.nodes.find((x) => x.metadata.name === m[1]);
      return n ? [200, n] : status(404, 'NotFound', `nodes "${m[1]}" not found`, { name: m[1], kind: 'nodes' });
    }
    return list('NodeList', 'v1', DATA.nodes.filter((n) => matches(sel, n.metadata.labels)));
  }
  if ((m = /^\/apis\/metrics\.k8s\.io\/v1beta1\/nodes(?:\/([^/]+))?$/.exec(p))) {
    const withLabels = (nm) => ({ ...nm, metadata: { ...nm.metadata, labels: DATA.nodes.find((n) => n.metadata.name === nm.metadata.name)?.metadata.labels } });
    if (m[1]) {
      const nm = DATA.nodeMetrics.find((x) => x.metadata.name === m[1]);
      if (nm) return [200, withLabels(nm)];
      if (!DATA.nodes.some((n) => n.metadata.name === m[1])) return status(404, 'NotFound', `nodes "${m[1]}" not found`, { name: m[1], kind: 'nodes' });
      return status(404, 'NotFound', `nodemetrics.metrics.k8s.io "${m[1]}" not found`, { name: m[1], group: 'metrics.k8s.io', kind: 'nodemetrics' });
    }
    return list('NodeMetricsList', 'metrics.k8s.io/v1beta1', DATA.nodeMetrics.map(withLabels).filter((n) => matches(sel, n.metadata.labels)));
  }
  if ((m = /^\/api\/v1(?:\/namespaces\/([^/]+))?\/pods(?:\/([^/]+))?$/.exec(p))) {
    const pods = DATA.pods.filter((x) => (!m[1] || nsOf(x) === m[1]) && matches(sel, x.metadata.labels));
    if (m[2]) {
      const x = pods.find((q) => q.metadata.name === m[2]);
      return x ? [200, x] : status(404, 'NotFound', `pods "${m[2]}" not found`, { name: m[2], kind: 'pods' });
    }
    return list('PodList', 'v1', pods);
  }
  if ((m = /^\/apis\/metrics\.k8s\.io\/v1beta1(?:\/namespaces\/([^/]+))?\/pods(?:\/([^/]+))?$/.exec(p))) {
    const pods = DATA.pods.filter((x) => (!m[1] || nsOf(x) === m[1]) && matches(sel, x.metadata.labels));
    const pm = DATA.podMetrics.filter((x) => pods.some((q) => q.metadata.name === x.metadata.name && nsOf(q) === nsOf(x)));
    if (m[2]) {
      const x = pm.find((q) => q.metadata.name === m[2]);
      if (x) return [200, x];
      const id = `${m[1]}/${m[2]}`;
      if (!pods.some((q) => q.metadata.name === m[2])) return status(404, 'NotFound', `pods "${id}" not found`, { name: id, kind: 'pods' });
      return status(404, 'NotFound', `podmetrics.metrics.k8s.io "${id}" not found`, { name: id, group: 'metrics.k8s.io', kind: 'podmetrics' });
    }
    return list('PodMetricsList', 'metrics.k8s.io/v1beta1', pm.sort((a, b) => (nsOf(a) + '/' + a.metadata.name < nsOf(b) + '/' + b.metadata.name ? -1 : 1)));
  }
  return status(404, 'NotFound', 'the server could not find the requested resource', {});
}

function run(bin, argv, opts) {
  return new Promise((resolve) => {
    const c = spawn(bin, argv, { ...opts, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    c.stdout.on('data', (d) => (stdout += d));
    c.stderr.on('data', (d) => (stderr += d));
    const t = setTimeout(() => c.kill('SIGKILL'), 15000);
    c.on('close', (code) => {
      clearTimeout(t);
      resolve({ stdout, stderr, status: code ?? 255 });
    });
  });
}

async function main() {
  const server = http.createServer((req, res) => {
    const [code, body] = answer(req.url);
    if (process.env.TRACE) console.error(req.method, req.url, code);
    res.writeHead(code, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const port = server.address().port;
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'kubectl-top-'));
  fs.mkdirSync(path.join(home, '.kube'));
  fs.writeFileSync(
    path.join(home, '.kube/config'),
    `apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    server: http://127.0.0.1:${port}\n  name: kubernetes\ncontexts:\n- context:\n    cluster: kubernetes\n    user: admin\n  name: admin@kubernetes\ncurrent-context: admin@kubernetes\nusers:\n- name: admin\n  user: {}\n`,
  );
  for (const [version, bin] of Object.entries(VERSIONS)) {
    const dir = path.join(OUT, version);
    fs.rmSync(dir, { recursive: true, force: true });
    for (const cmd of CASES) {
      fs.rmSync(path.join(home, '.kube/cache'), { recursive: true, force: true });
      const r = await run(bin, cmd.split(' '), { cwd: home, env: { PATH: '/usr/bin:/bin', HOME: home, LANG: 'C.UTF-8', TERM: 'dumb', TZ: 'UTC' } });
      const d = path.join(dir, cmd.replace(/[^A-Za-z0-9=.-]+/g, '_'));
      fs.mkdirSync(d, { recursive: true });
      fs.writeFileSync(path.join(d, 'cmd'), `kubectl ${cmd}\n`);
      fs.writeFileSync(path.join(d, 'stdout'), r.stdout.split(`127.0.0.1:${port}`).join('192.168.56.10:6443'));
      fs.writeFileSync(path.join(d, 'stderr'), r.stderr.split(`127.0.0.1:${port}`).join('192.168.56.10:6443'));
      fs.writeFileSync(path.join(d, 'status'), `${r.status}\n`);
    }
    console.log(`${version}: ${CASES.length} cases`);
  }
  fs.rmSync(home, { recursive: true, force: true });
  server.close();
}

main();
