/**
 * Records what the real kubectl 1.28 prints for `kubectl cluster-info dump` (no cluster here: a small local HTTP server
 * plays kube-apiserver). The server answers with a simulated lab cluster's lists and container logs, every JSON key
 * sorted, so the client's output order is its own: client-go decodes the typed lists and kubectl's printers write
 * them back. Writes tests/golden/kubectl-cluster-info-dump/data.json (what was served) and one folder per case
 * (cmd, stdout, stderr, status); tests/unit/sim/k8s/cluster-info-dump.test.ts feeds the simulator's dump the same
 * data and compares byte for byte.
 *
 *   npx tsx scripts/golden/cluster-info-dump.mts
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { Cluster } from '../../src/sim/k8s/cluster';
import { initCluster, joinNode } from '../../src/sim/k8s/bootstrap';
import { Kubectl } from '../../src/sim/k8s/kubectl';
import { loadAllHelp, parseKubectl, type Parsed } from '../../src/sim/k8s/kubectl/cli';
import { clusterSource } from '../../src/sim/k8s/kubectl/verbs/cluster-info/dump';
import { sortKeys } from '../../src/sim/k8s/apiserver';

const ROOT = path.resolve(import.meta.dirname, '../..');
const OUT = path.join(ROOT, 'tests/golden/kubectl-cluster-info-dump');
const BIN = '/usr/lib/google-cloud-sdk/bin/kubectl.1.28';

export const CASES = [
  'cluster-info dump',
  'cluster-info dump --namespaces=kube-flannel',
  'cluster-info dump -o yaml --namespaces=default',
  'cluster-info dump --template={{.kind}} --namespaces=default',
  'cluster-info dump -o jsonpath-as-json={.kind} --namespaces=default',
  'cluster-info dump -o jsonpath={.metadata}{"\\n"} --namespaces=default',
  'cluster-info dump -o name',
  'cluster-info dump -o wide',
  'cluster-info dump -o go-template',
  'cluster-info dump --pod-running-timeout=0s',
];

// ---------------------------------------------------------------- the lab cluster the server answers for

await loadAllHelp();
const c = new Cluster(1);
initCluster(c, { node: 'm-k8s', ip: '192.168.56.10', version: 'v1.28.15', podCidr: '10.244.0.0/16' });
for (let i = 1; i <= 2; i++) joinNode(c, `w${i}-k8s`, `192.168.56.10${i}`, 'v1.28.15');
const k = new Kubectl({ cluster: c, server: 'https://192.168.56.10:6443', clientVersion: 'v1.28.15' });
const kc = (line: string) => k.run(line.split(' '));
kc('apply -f https://github.com/flannel-io/flannel/releases/latest/download/kube-flannel.yml');
c.advance(120_000);
kc('create deployment web --image=nginx:1.25 --replicas=2');
kc('expose deployment web --port=80');
kc('run broken --image=nginx:no-such-tag');
c.advance(60_000);

const src = clusterSource(k, parseKubectl(['cluster-info', 'dump'], 28) as Parsed);
const lists: Record<string, any> = {};
const logs: Record<string, any> = {};
const RESOURCES = ['events', 'replicationcontrollers', 'services', 'daemonsets', 'deployments', 'replicasets', 'pods'];
const take = (res: string, ns?: string) => {
  const l = src.list(res, ns);
  if ('refused' in l) throw new Error(l.refused);
  return (lists[ns ? `${ns}/${res}` : res] = sortKeys(l.body));
};
take('nodes');
for (const ns of take('namespaces').items.map((n: any) => n.metadata.name)) {
  for (const res of RESOURCES) take(res, ns);
  for (const pod of lists[`${ns}/pods`].items)
    for (const ct of [...(pod.spec.initContainers ?? []), ...pod.spec.containers]) logs[`${ns}/${pod.metadata.name}/${ct.name}`] = src.log(ns, pod.metadata.name, ct.name);
}

// ---------------------------------------------------------------- the API server

const APPS = new Set(['daemonsets', 'deployments', 'replicasets']);
function answer(url: string): [number, string, string] {
  const u = new URL(url, 'http://x');
  const json = (code: number, v: any): [number, string, string] => [code, 'application/json', JSON.stringify(v)];
  const status = (code: number, reason: string, message: string) => json(code, { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason, code });
  let m: RegExpExecArray | null;
  if (u.pathname === '/api/v1/nodes') return json(200, lists.nodes);
  if (u.pathname === '/api/v1/namespaces') return json(200, lists.namespaces);
  if ((m = /^\/api\/v1\/namespaces\/([^/]+)\/pods\/([^/]+)\/log$/.exec(u.pathname))) {
    const log = logs[`${m[1]}/${m[2]}/${u.searchParams.get('container')}`];
    if (!log) return status(404, 'NotFound', `pods "${m[2]}" not found`);
    // the API server turns the kubelet's 400 into a BadRequest Status (generic HttpResponseChecker)
    return 'text' in log ? [200, 'text/plain', log.text] : status(log.status, 'BadRequest', log.message);
  }
  if ((m = /^\/(?:api\/v1|apis\/apps\/v1)\/namespaces\/([^/]+)\/([a-z]+)$/.exec(u.pathname)) && APPS.has(m[2]) === u.pathname.startsWith('/apis/apps')) {
    // a namespace that does not exist has empty lists
    const l = lists[`${m[1]}/${m[2]}`];
    if (l) return json(200, l);
    const kind = { events: 'Event', replicationcontrollers: 'ReplicationController', services: 'Service', pods: 'Pod', daemonsets: 'DaemonSet', deployments: 'Deployment', replicasets: 'ReplicaSet' }[m[2]];
    return json(200, { apiVersion: APPS.has(m[2]) ? 'apps/v1' : 'v1', items: [], kind: `${kind}List`, metadata: { resourceVersion: lists.nodes.metadata.resourceVersion } });
  }
  return status(404, 'NotFound', 'the server could not find the requested resource');
}

function run(argv: string[], cwd: string, env: Record<string, string>): Promise<{ stdout: string; stderr: string; status: number }> {
  return new Promise((resolve) => {
    const ch = spawn(BIN, argv, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    ch.stdout.on('data', (d) => (stdout += d));
    ch.stderr.on('data', (d) => (stderr += d));
    ch.on('close', (code) => resolve({ stdout, stderr, status: code ?? 255 }));
  });
}

const server = http.createServer((req, res) => {
  const [code, type, body] = answer(req.url ?? '/');
  if (process.env.TRACE) console.error(req.method, req.url, code);
  res.writeHead(code, { 'content-type': type });
  res.end(body);
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const port = (server.address() as { port: number }).port;
const home = fs.mkdtempSync(path.join(os.tmpdir(), 'kubectl-dump-'));
fs.mkdirSync(path.join(home, '.kube'));
fs.writeFileSync(
  path.join(home, '.kube/config'),
  `apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    server: http://127.0.0.1:${port}\n  name: kubernetes\ncontexts:\n- context:\n    cluster: kubernetes\n    user: admin\n  name: admin@kubernetes\ncurrent-context: admin@kubernetes\nusers:\n- name: admin\n  user: {}\n`,
);
fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
fs.writeFileSync(path.join(OUT, 'data.json'), JSON.stringify({ lists, logs }) + '\n');
for (const cmd of CASES) {
  const r = await run(cmd.split(' '), home, { PATH: '/usr/bin:/bin', HOME: home, LANG: 'C.UTF-8', TERM: 'dumb', TZ: 'UTC' });
  const d = path.join(OUT, cmd.replace(/[^A-Za-z0-9=.-]+/g, '_').slice(0, 80));
  fs.mkdirSync(d, { recursive: true });
  fs.writeFileSync(path.join(d, 'cmd'), `kubectl ${cmd}\n`);
  fs.writeFileSync(path.join(d, 'stdout'), r.stdout);
  fs.writeFileSync(path.join(d, 'stderr'), r.stderr);
  fs.writeFileSync(path.join(d, 'status'), `${r.status}\n`);
  console.log(`${r.status} ${cmd}: ${r.stdout.length} bytes`);
}
fs.rmSync(home, { recursive: true, force: true });
server.close();
