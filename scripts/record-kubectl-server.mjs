#!/usr/bin/env node
// Records how the real kubectl clients print the API server's answers (no cluster here, so a small local HTTP server
// plays kube-apiserver):
//   node scripts/record-kubectl-server.mjs      (writes tests/golden/kubectl-server/<version>/<case>/)
// The server answers discovery and a few objects (a pod and a deployment named web in default, the deployment's
// two ReplicaSets) and, where the scene says a request is not allowed, the 403 Status kube-apiserver sends: its
// message is responsewriters.forbiddenMessage with apierrors.NewForbidden around it (k8s.io/apiserver
// pkg/endpoints/handlers/responsewriters/errors.go), the TokenRequest is what pkg/registry/core/serviceaccount/storage
// token.go returns. What is recorded is the client's side: which requests it sends in which order, and the words it
// wraps a failure in ("error upgrading connection: ", "failed to patch: ", ...).
// Each case holds `cmd`, `scene` (what jane may do: the rules tests give her through RBAC), stdout, stderr, status.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const OUT = path.join(ROOT, 'tests/golden/kubectl-server');
const BIN = '/usr/lib/google-cloud-sdk/bin';
const VERSIONS = { '1.28': `${BIN}/kubectl.1.28`, '1.29': `${BIN}/kubectl.1.29` };
const T0 = '2025-12-10T01:00:00Z';

const res = (name, kind, namespaced, verbs, extra = {}) => ({ name, singularName: '', namespaced, kind, verbs, ...extra });
const RW = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];
const DISCOVERY = {
  'GET /api': { kind: 'APIVersions', versions: ['v1'], serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress: '192.168.56.10:6443' }] },
  'GET /apis': {
    kind: 'APIGroupList',
    apiVersion: 'v1',
    groups: ['apps', 'autoscaling'].map((g) => ({ name: g, versions: [{ groupVersion: `${g}/v1`, version: 'v1' }], preferredVersion: { groupVersion: `${g}/v1`, version: 'v1' } })),
  },
  'GET /api/v1': {
    kind: 'APIResourceList',
    groupVersion: 'v1',
    resources: [
      res('pods', 'Pod', true, RW, { shortNames: ['po'], categories: ['all'] }),
      res('pods/exec', 'PodExecOptions', true, ['create', 'get']),
      res('pods/log', 'Pod', true, ['get']),
      res('pods/portforward', 'PodPortForwardOptions', true, ['create', 'get']),
      res('services', 'Service', true, RW, { shortNames: ['svc'], categories: ['all'] }),
      res('serviceaccounts', 'ServiceAccount', true, RW, { shortNames: ['sa'] }),
      res('serviceaccounts/token', 'TokenRequest', true, ['create'], { group: 'authentication.k8s.io', version: 'v1' }),
    ],
  },
  'GET /apis/apps/v1': {
    kind: 'APIResourceList',
    apiVersion: 'v1',
    groupVersion: 'apps/v1',
    resources: [
      res('deployments', 'Deployment', true, RW, { shortNames: ['deploy'], categories: ['all'] }),
      res('deployments/scale', 'Scale', true, ['get', 'patch', 'update'], { group: 'autoscaling', version: 'v1' }),
      res('replicasets', 'ReplicaSet', true, RW, { shortNames: ['rs'], categories: ['all'] }),
    ],
  },
  'GET /apis/autoscaling/v1': { kind: 'APIResourceList', apiVersion: 'v1', groupVersion: 'autoscaling/v1', resources: [res('horizontalpodautoscalers', 'HorizontalPodAutoscaler', true, RW, { shortNames: ['hpa'] })] },
};

const labels = { app: 'web' };
const template = (image) => ({ metadata: { labels }, spec: { containers: [{ name: 'nginx', image }] } });
const POD = {
  kind: 'Pod',
  apiVersion: 'v1',
  metadata: { name: 'web', namespace: 'default', uid: 'uid-pod', resourceVersion: '10', creationTimestamp: T0, labels: { run: 'web' } },
  spec: { containers: [{ name: 'web', image: 'nginx' }] },
  status: { phase: 'Running', containerStatuses: [{ name: 'web', ready: true, started: true, restartCount: 0, image: 'nginx', imageID: '', state: { running: { startedAt: T0 } } }] },
};
const DEPLOY = {
  kind: 'Deployment',
  apiVersion: 'apps/v1',
  metadata: { name: 'web', namespace: 'default', uid: 'uid-deploy', resourceVersion: '20', generation: 2, creationTimestamp: T0, labels, annotations: { 'deployment.kubernetes.io/revision': '2' } },
  spec: { replicas: 1, selector: { matchLabels: labels }, template: template('nginx:1.25') },
  status: {},
};
const rs = (rev, hash, image) => ({
  kind: 'ReplicaSet',
  apiVersion: 'apps/v1',
  metadata: {
    name: `web-${hash}`,
    namespace: 'default',
    uid: `uid-rs-${rev}`,
    creationTimestamp: T0,
    labels: { ...labels, 'pod-template-hash': hash },
    annotations: { 'deployment.kubernetes.io/revision': String(rev) },
    ownerReferences: [{ apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', uid: 'uid-deploy', controller: true, blockOwnerDeletion: true }],
  },
  spec: { replicas: rev === 2 ? 1 : 0, selector: { matchLabels: { ...labels, 'pod-template-hash': hash } }, template: { metadata: { labels: { ...labels, 'pod-template-hash': hash } }, spec: template(image).spec } },
  status: { replicas: 0 },
});
const RS_LIST = { kind: 'ReplicaSetList', apiVersion: 'apps/v1', metadata: { resourceVersion: '30' }, items: [rs(1, '7c5ddbdf54', 'nginx'), rs(2, '5d9b8f8c6d', 'nginx:1.25')] };
const TOKEN = {
  kind: 'TokenRequest',
  apiVersion: 'authentication.k8s.io/v1',
  metadata: { name: 'default', namespace: 'default', creationTimestamp: '2025-12-10T01:05:00Z' },
  spec: { audiences: ['https://kubernetes.default.svc.cluster.local'], expirationSeconds: 3600, boundObjectRef: null },
  status: { token: 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJzeXN0ZW0ifQ.c2ln', expirationTimestamp: '2025-12-10T02:05:00Z' },
};

/** apierrors.NewForbidden(gr, name, forbiddenMessage(attributes)) as kube-apiserver encodes it */
function forbidden(gr, name, verb, resource, group) {
  const msg = `User "jane" cannot ${verb} resource "${resource}" in API group "${group}" in the namespace "default"`;
  const kind = resource.split('/')[0];
  return [403, { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: `${gr}${name ? ` "${name}"` : ''} is forbidden: ${msg}`, reason: 'Forbidden', details: { ...(name ? { name } : {}), ...(group ? { group } : {}), kind }, code: 403 }];
}

/** The requests of the cases and what jane may do with each: the scenes. */
const REQUESTS = {
  'GET /api/v1/namespaces/default/pods/web': [['get', 'pods', ''], () => [200, POD]],
  'POST /api/v1/namespaces/default/pods/web/exec': [['create', 'pods/exec', ''], null],
  'GET /api/v1/namespaces/default/pods/web/log': [['get', 'pods/log', ''], null],
  'POST /api/v1/namespaces/default/pods/web/portforward': [['create', 'pods/portforward', ''], null],
  'PATCH /api/v1/namespaces/default/pods/web': [['patch', 'pods', ''], null],
  'GET /apis/apps/v1/namespaces/default/deployments/web': [['get', 'deployments', 'apps'], () => [200, DEPLOY]],
  'PATCH /apis/apps/v1/namespaces/default/deployments/web': [['patch', 'deployments', 'apps'], null],
  'PATCH /apis/apps/v1/namespaces/default/deployments/web/scale': [['patch', 'deployments/scale', 'apps'], null],
  'GET /apis/apps/v1/namespaces/default/replicasets': [['list', 'replicasets', 'apps'], () => [200, RS_LIST]],
  'POST /api/v1/namespaces/default/services': [['create', 'services', ''], null],
  'POST /apis/autoscaling/v1/namespaces/default/horizontalpodautoscalers': [['create', 'horizontalpodautoscalers', 'autoscaling'], null],
  'POST /api/v1/namespaces/default/serviceaccounts/default/token': [['create', 'serviceaccounts/token', ''], () => [201, TOKEN]],
};
const GR = { pods: 'pods', deployments: 'deployments.apps', replicasets: 'replicasets.apps', services: 'services', horizontalpodautoscalers: 'horizontalpodautoscalers.autoscaling', serviceaccounts: 'serviceaccounts' };

/** scene: the `verb resource` pairs jane may do (the sim's tests bind her a Role with these rules) */
const SCENES = {
  none: [],
  get: ['get pods', 'get deployments'],
  getlist: ['get pods', 'get deployments', 'list replicasets'],
  token: ['create serviceaccounts/token'],
};

function answer(scene, method, url) {
  const p = url.split('?')[0];
  const key = `${method} ${p}`;
  if (DISCOVERY[key]) return [200, DISCOVERY[key]];
  const r = REQUESTS[key];
  if (!r) return [404, { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: 'the server could not find the requested resource', reason: 'NotFound', details: {}, code: 404 }];
  const [[verb, resource, group], ok] = r;
  if (SCENES[scene].includes(`${verb} ${resource}`) && ok) return ok();
  const parts = p.split('/');
  const name = verb === 'list' || verb === 'create' && !resource.includes('/') ? '' : parts[parts.indexOf(resource.split('/')[0]) + 1];
  return forbidden(GR[resource.split('/')[0]], name, verb, resource, group);
}

/** [scene, command line after `kubectl`] */
const CASES = [
  ['none', 'exec web --as=jane -- ls'],
  ['get', 'exec web --as=jane -- ls'],
  ['none', 'logs web --as=jane'],
  ['get', 'logs web --as=jane'],
  ['none', 'port-forward web 8080:80 --as=jane'],
  ['get', 'port-forward web 8080:80 --as=jane'],
  ['get', 'port-forward pod/web 8080:80 --as=jane'],
  ['none', 'scale deploy web --replicas=2 --as=jane'],
  ['get', 'scale deploy web --replicas=2 --as=jane'],
  ['none', 'label pod web a=b --as=jane'],
  ['get', 'label pod web a=b --as=jane'],
  ['get', 'annotate pod web a=b --as=jane'],
  ['get', 'patch deploy web -p {} --as=jane'],
  ['none', 'rollout restart deploy web --as=jane'],
  ['get', 'rollout restart deploy web --as=jane'],
  ['get', 'rollout pause deploy web --as=jane'],
  ['get', 'rollout undo deploy web --as=jane'],
  ['getlist', 'rollout undo deploy web --as=jane'],
  ['get', 'set image deploy/web nginx=nginx:1.26 --as=jane'],
  ['get', 'set env deploy/web A=1 --as=jane'],
  ['get', 'set resources deploy/web --limits=cpu=1 --as=jane'],
  ['none', 'expose deploy web --port=80 --as=jane'],
  ['get', 'expose deploy web --port=80 --as=jane'],
  ['get', 'autoscale deploy web --max=3 --as=jane'],
  ['none', 'create token default --as=jane'],
  ['token', 'create token default -o yaml'],
  ['token', 'create token default -o json'],
  ['token', 'create token default -o name'],
  ['token', 'create token default'],
];

const KUBECONFIG = (port) => `apiVersion: v1
kind: Config
clusters:
- cluster:
    server: http://127.0.0.1:${port}
  name: kubernetes
contexts:
- context:
    cluster: kubernetes
    user: kubernetes-admin
  name: kubernetes-admin@kubernetes
current-context: kubernetes-admin@kubernetes
users:
- name: kubernetes-admin
  user: {}
`;

const slug = (scene, cmd) => `${scene}__${cmd.replace(/[^A-Za-z0-9=.-]+/g, '_').replace(/^_+|_+$/g, '')}`;

async function main() {
  let scene = 'none';
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const [status, body] = answer(scene, req.method, req.url);
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    });
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const port = server.address().port;
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'kubectl-server-'));
  fs.mkdirSync(path.join(home, '.kube'));
  fs.writeFileSync(path.join(home, '.kube/config'), KUBECONFIG(port));
  for (const [version, bin] of Object.entries(VERSIONS)) {
    const dir = path.join(OUT, version);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    for (const [s, cmd] of CASES) {
      scene = s;
      fs.rmSync(path.join(home, '.kube/cache'), { recursive: true, force: true });
      // the child runs asynchronously so that this process keeps answering its requests
      const r = await run(bin, cmd.split(' '), { env: { PATH: '/usr/bin:/bin', HOME: home, LANG: 'C.UTF-8', TERM: 'dumb' } });
      const d = path.join(dir, slug(s, cmd));
      fs.mkdirSync(d);
      fs.writeFileSync(path.join(d, 'cmd'), `kubectl ${cmd}\n`);
      fs.writeFileSync(path.join(d, 'scene'), `${s}\n`);
      fs.writeFileSync(path.join(d, 'stdout'), r.stdout.split(`127.0.0.1:${port}`).join('192.168.56.10:6443'));
      fs.writeFileSync(path.join(d, 'stderr'), r.stderr.split(`127.0.0.1:${port}`).join('192.168.56.10:6443'));
      fs.writeFileSync(path.join(d, 'status'), `${r.status}\n`);
    }
    console.log(`${version}: ${CASES.length} cases`);
  }
  fs.rmSync(home, { recursive: true, force: true });
  server.close();
}

/** the client with its output collected, as a promise (spawnSync would block the server) */
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

main();
