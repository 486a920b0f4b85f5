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
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const OUT = path.join(ROOT, 'tests/golden/kubectl-server');
const BIN = '/usr/lib/google-cloud-sdk/bin';
const VERSIONS = { '1.28': `${BIN}/kubectl.1.28`, '1.29': `${BIN}/kubectl.1.29` };
const T0 = '2025-12-10T01:00:00Z';

const res = (name, kind, namespaced, verbs, extra = {}) => ({ name, singularName: '', namespaced, kind, verbs, ...extra });
const RW = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];
/** the API groups the server offers (all at one version, as the recording needs) and their resources */
const GROUPS = {
  apps: ['v1', [
    res('daemonsets', 'DaemonSet', true, RW, { shortNames: ['ds'], categories: ['all'] }),
    res('deployments', 'Deployment', true, RW, { shortNames: ['deploy'], categories: ['all'] }),
    res('deployments/scale', 'Scale', true, ['get', 'patch', 'update'], { group: 'autoscaling', version: 'v1' }),
    res('replicasets', 'ReplicaSet', true, RW, { shortNames: ['rs'], categories: ['all'] }),
    res('statefulsets', 'StatefulSet', true, RW, { shortNames: ['sts'], categories: ['all'] }),
  ]],
  autoscaling: ['v1', [res('horizontalpodautoscalers', 'HorizontalPodAutoscaler', true, RW, { shortNames: ['hpa'], categories: ['all'] })]],
  batch: ['v1', [res('cronjobs', 'CronJob', true, RW, { shortNames: ['cj'], categories: ['all'] }), res('jobs', 'Job', true, RW, { categories: ['all'] })]],
  'networking.k8s.io': ['v1', [res('ingresses', 'Ingress', true, RW, { shortNames: ['ing'] })]],
  policy: ['v1', [res('poddisruptionbudgets', 'PodDisruptionBudget', true, RW, { shortNames: ['pdb'] })]],
  'rbac.authorization.k8s.io': ['v1', [
    res('clusterrolebindings', 'ClusterRoleBinding', false, RW),
    res('clusterroles', 'ClusterRole', false, RW),
    res('rolebindings', 'RoleBinding', true, RW),
    res('roles', 'Role', true, RW),
  ]],
  'scheduling.k8s.io': ['v1', [res('priorityclasses', 'PriorityClass', false, RW, { shortNames: ['pc'] })]],
  'authorization.k8s.io': ['v1', [res('selfsubjectaccessreviews', 'SelfSubjectAccessReview', false, ['create']), res('selfsubjectrulesreviews', 'SelfSubjectRulesReview', true, ['create'])]],
  'metrics.k8s.io': ['v1beta1', [res('nodes', 'NodeMetrics', false, ['get', 'list']), res('pods', 'PodMetrics', true, ['get', 'list'])]],
};
const DISCOVERY = {
  'GET /api': { kind: 'APIVersions', versions: ['v1'], serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress: '192.168.56.10:6443' }] },
  'GET /apis': {
    kind: 'APIGroupList',
    apiVersion: 'v1',
    groups: Object.entries(GROUPS).map(([g, [v]]) => ({ name: g, versions: [{ groupVersion: `${g}/${v}`, version: v }], preferredVersion: { groupVersion: `${g}/${v}`, version: v } })),
  },
  'GET /api/v1': {
    kind: 'APIResourceList',
    groupVersion: 'v1',
    resources: [
      res('configmaps', 'ConfigMap', true, RW, { shortNames: ['cm'] }),
      res('events', 'Event', true, RW, { shortNames: ['ev'] }),
      res('namespaces', 'Namespace', false, ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'], { shortNames: ['ns'] }),
      res('nodes', 'Node', false, RW, { shortNames: ['no'] }),
      res('persistentvolumes', 'PersistentVolume', false, RW, { shortNames: ['pv'] }),
      res('pods', 'Pod', true, RW, { shortNames: ['po'], categories: ['all'] }),
      res('pods/attach', 'PodAttachOptions', true, ['create', 'get']),
      res('pods/eviction', 'Eviction', true, ['create'], { group: 'policy', version: 'v1' }),
      res('pods/exec', 'PodExecOptions', true, ['create', 'get']),
      res('pods/log', 'Pod', true, ['get']),
      res('pods/portforward', 'PodPortForwardOptions', true, ['create', 'get']),
      res('replicationcontrollers', 'ReplicationController', true, RW, { shortNames: ['rc'], categories: ['all'] }),
      res('resourcequotas', 'ResourceQuota', true, RW, { shortNames: ['quota'] }),
      res('secrets', 'Secret', true, RW),
      res('services', 'Service', true, RW, { shortNames: ['svc'], categories: ['all'] }),
      res('serviceaccounts', 'ServiceAccount', true, RW, { shortNames: ['sa'] }),
      res('serviceaccounts/token', 'TokenRequest', true, ['create'], { group: 'authentication.k8s.io', version: 'v1' }),
    ],
  },
};
for (const [g, [v, resources]] of Object.entries(GROUPS)) DISCOVERY[`GET /apis/${g}/${v}`] = { kind: 'APIResourceList', apiVersion: 'v1', groupVersion: `${g}/${v}`, resources };
/** resource → its group and version, from discovery */
const GROUP_OF = {};
for (const [g, [v, resources]] of Object.entries(GROUPS)) for (const r of resources) if (!r.name.includes('/')) GROUP_OF[`${g}/${r.name}`] = v;

/**
 * The OpenAPI the clients read before they send a manifest: only whether each kind's PATCH takes the fieldValidation
 * query parameter (cli-runtime's QueryParamVerifier; 1.28 reads /openapi/v2 as gnostic's protobuf Document, 1.29
 * /openapi/v3 first). Every kind here does, as on kube-apiserver 1.28, so the clients leave validation to the server.
 */
const KINDS = [['', 'v1', 'api/v1', DISCOVERY['GET /api/v1'].resources], ...Object.entries(GROUPS).map(([g, [v, r]]) => [g, v, `apis/${g}/${v}`, r])].flatMap(([g, v, gv, r]) =>
  r.filter((x) => !x.name.includes('/')).map((x) => ({ group: g, version: v, kind: x.kind, gv, path: `/${gv}/${x.namespaced ? 'namespaces/{namespace}/' : ''}${x.name}/{name}` })),
);
const varint = (n) => {
  const b = [];
  for (; n > 127; n >>>= 7) b.push((n & 127) | 128);
  b.push(n);
  return Buffer.from(b);
};
/** a protobuf length-delimited field */
const field = (no, value) => {
  const v = typeof value === 'string' ? Buffer.from(value) : value;
  return Buffer.concat([varint((no << 3) | 2), varint(v.length), v]);
};
function openapiV2() {
  const paths = KINDS.map((k) => {
    const query = field(3, Buffer.concat([field(2, 'query'), field(4, 'fieldValidation'), field(6, 'string')]));
    const param = field(8, field(1, field(2, query)));
    const gvk = field(13, Buffer.concat([field(1, 'x-kubernetes-group-version-kind'), field(2, field(2, `group: "${k.group}"\nkind: ${k.kind}\nversion: ${k.version}\n`))]));
    return field(2, Buffer.concat([field(1, k.path), field(2, field(8, Buffer.concat([param, gvk])))]));
  });
  return Buffer.concat([field(1, '2.0'), field(2, Buffer.concat([field(1, 'Kubernetes'), field(2, 'v1.28.15')])), field(8, Buffer.concat(paths))]);
}
const OPENAPI_V3 = { paths: Object.fromEntries([...new Set(KINDS.map((k) => k.gv))].map((gv) => [gv, { serverRelativeURL: `/openapi/v3/${gv}?hash=0` }])) };
const openapiV3 = (gv) => ({
  openapi: '3.0.0',
  info: { title: 'Kubernetes', version: 'v1.29.14' },
  paths: Object.fromEntries(
    KINDS.filter((k) => k.gv === gv).map((k) => [k.path, { patch: { parameters: [{ name: 'fieldValidation', in: 'query', schema: { type: 'string', uniqueItems: true } }], 'x-kubernetes-group-version-kind': { group: k.group, version: k.version, kind: k.kind } } }]),
  ),
  components: { schemas: {} },
});

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

const NODE = (name) => ({
  kind: 'Node',
  apiVersion: 'v1',
  metadata: { name, uid: `uid-node-${name}`, resourceVersion: '5', creationTimestamp: T0, labels: { 'kubernetes.io/hostname': name } },
  spec: {},
  status: { conditions: [{ type: 'Ready', status: 'True' }] },
});

/** the objects the server holds: `resource/namespace/name` → object */
const STORE = {
  'pods/default/web': POD,
  'deployments/default/web': DEPLOY,
  'nodes//m-k8s': NODE('m-k8s'),
  'nodes//w1-k8s': NODE('w1-k8s'),
};
/** objects a scene adds to the store */
const EXTRA = {
  'services/default/web': {
    kind: 'Service',
    apiVersion: 'v1',
    metadata: { name: 'web', namespace: 'default', uid: 'uid-svc', resourceVersion: '25', creationTimestamp: T0, labels },
    spec: { type: 'ClusterIP', clusterIP: '10.96.0.20', clusterIPs: ['10.96.0.20'], selector: labels, ports: [{ protocol: 'TCP', port: 80, targetPort: 80 }] },
    status: { loadBalancer: {} },
  },
};
/** what a list answers, per resource (the store's objects otherwise) */
const LISTS = { replicasets: () => RS_LIST };

const gr = (resource, group) => (group ? `${resource}.${group}` : resource);
const status = (code, reason, message, details) => [code, { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason, details, code }];

/** apierrors.NewForbidden(gr, name, forbiddenMessage(attributes)) as kube-apiserver encodes it */
function forbidden(user, { verb, group, resource, subresource, namespace, name }) {
  const res = subresource ? `${resource}/${subresource}` : resource;
  const where = namespace ? `in the namespace "${namespace}"` : 'at the cluster scope';
  const msg = `User "${user}" cannot ${verb} resource "${res}" in API group "${group}" ${where}`;
  return status(403, 'Forbidden', `${gr(resource, group)}${name ? ` "${name}"` : ''} is forbidden: ${msg}`, { ...(name ? { name } : {}), ...(group ? { group } : {}), kind: resource });
}

/**
 * The request as kube-apiserver's RequestInfoFactory reads it: verb from the method (a GET without a name lists, or
 * watches with ?watch), group, namespace, resource, name and subresource from the path.
 */
function requestInfo(method, url) {
  const [p, q = ''] = url.split('?');
  const parts = p.split('/').filter(Boolean);
  let group = '';
  let rest;
  if (parts[0] === 'api') rest = parts.slice(2);
  else {
    group = parts[1];
    rest = parts.slice(3);
  }
  let namespace = '';
  if (rest[0] === 'namespaces' && rest.length >= 3) {
    namespace = rest[1];
    rest = rest.slice(2);
  }
  const [resource, name = '', subresource = ''] = rest;
  const watch = /(^|&)watch=(true|1)/.test(q);
  const verb = { GET: name ? 'get' : watch ? 'watch' : 'list', POST: 'create', PUT: 'update', PATCH: 'patch', DELETE: name ? 'delete' : 'deletecollection' }[method];
  return { verb, group, resource, subresource, namespace, name, watch };
}

/**
 * scene: the subject and the `verb resource` pairs it may do (the sim's tests bind a Role in default, or with
 * `cluster` a ClusterRole, with these rules to it). The subject is jane unless the scene names a group or a
 * ServiceAccount.
 */
const SCENES = {
  none: { rules: [] },
  get: { rules: ['get pods', 'get deployments'] },
  getlist: { rules: ['get pods', 'get deployments', 'list replicasets'] },
  token: { rules: ['create serviceaccounts/token'] },
  nodes: { rules: ['get nodes', 'list nodes'], cluster: true },
  list: { rules: ['get pods', 'list pods', 'get deployments', 'list deployments'] },
  devs: { group: 'devs', rules: ['get pods', 'list pods'] },
  sa: { sa: 'default:default', rules: ['get pods', 'list pods'] },
  // the server holds the simulator's own pod and deployment (objects/<version>.json), so that what the client
  // describes of them can be compared line by line
  describe: { rules: ['get pods', 'get deployments'], objects: true },
  // the admin itself (no impersonation), on a server that also holds a service web and deletes what it is asked to:
  // which names kubectl sends, in which order, and what it prints for each
  admin: { rules: [], extra: { 'services/default/web': null }, deletes: true },
};
/** scripts/golden/kubectl-server-objects.ts's dump of the simulator's objects, per client version */
const SIM_OBJECTS = (version) => JSON.parse(fs.readFileSync(path.join(OUT, 'objects', `${version}.json`), 'utf8'));

/** the kubeconfig's credential: kubernetes-admin, in system:masters (kubeadm's admin.conf holds a client certificate) */
const ADMIN_TOKEN = 'kubernetes-admin';

/**
 * Who sends the request: with --token, the ServiceAccount default/default for the TokenRequest's token (any
 * other token is no one's: null, and the server answers 401); with the admin's credential, the impersonated user and
 * groups as the impersonation filter makes them, or the admin itself (undefined).
 */
function identity(headers) {
  const bearer = headers.authorization?.[0]?.replace(/^Bearer /, '');
  if (bearer !== ADMIN_TOKEN) return bearer === TOKEN.status.token ? { user: 'system:serviceaccount:default:default', groups: ['system:serviceaccounts', 'system:serviceaccounts:default', 'system:authenticated'] } : null;
  const user = headers['impersonate-user']?.[0];
  if (!user) return undefined;
  const groups = [...(headers['impersonate-group'] ?? [])];
  const sa = /^system:serviceaccount:([^:]+):[^:]+$/.exec(user);
  if (sa && !groups.length) groups.push('system:serviceaccounts', `system:serviceaccounts:${sa[1]}`);
  if (!groups.includes('system:authenticated')) groups.push('system:authenticated');
  return { user, groups };
}

function allowed(scene, who, info) {
  if (!who) return true;
  const sc = SCENES[scene];
  const bound = sc.group ? who.groups.includes(sc.group) : sc.sa ? who.user === `system:serviceaccount:${sc.sa}` : who.user === 'jane';
  // a Role and RoleBinding in default, or a ClusterRole and ClusterRoleBinding
  if (!sc.cluster && info.namespace !== 'default') return false;
  const res = info.subresource ? `${info.resource}/${info.subresource}` : info.resource;
  return bound && sc.rules.includes(`${info.verb} ${res}`);
}

/** SelfSubjectAccessReview: the scene's answer for the attributes asked about */
function review(scene, who, body) {
  const ra = body.spec?.resourceAttributes ?? {};
  const [resource, subresource = ''] = [ra.resource ?? '', ra.subresource ?? ''];
  const ok = allowed(scene, who, { verb: ra.verb, group: ra.group ?? '', resource, subresource, namespace: ra.namespace ?? '', name: ra.name ?? '' });
  return [201, { ...body, metadata: { creationTimestamp: null }, status: { allowed: ok } }];
}

/** what the `deletes` scenes' server deleted in the case under way */
const DELETED = new Set();

function answer(scene, version, method, url, headers, body) {
  const sim = SCENES[scene].objects ? SIM_OBJECTS(version) : null;
  const extra = Object.fromEntries(Object.keys(SCENES[scene].extra ?? {}).map((id) => [id, EXTRA[id]]));
  const store = sim ?? (SCENES[scene].deletes ? Object.fromEntries(Object.entries({ ...STORE, ...extra }).filter(([id]) => !DELETED.has(id))) : STORE);
  const p = url.split('?')[0];
  const key = `${method} ${p}`;
  const who = identity(headers);
  if (who === null) return status(401, 'Unauthorized', 'Unauthorized', {});
  if (DISCOVERY[key]) return [200, DISCOVERY[key]];
  if (key === 'GET /openapi/v2') return [200, openapiV2(), 'application/com.github.proto-openapi.spec.v2.v1.0+protobuf'];
  if (key === 'GET /openapi/v3') return [200, OPENAPI_V3];
  if (key.startsWith('GET /openapi/v3/')) return [200, openapiV3(p.slice('/openapi/v3/'.length))];
  if (!p.startsWith('/api/') && !p.startsWith('/apis/')) return status(404, 'NotFound', 'the server could not find the requested resource', {});
  const info = requestInfo(method, url);
  if (info.resource === 'selfsubjectaccessreviews') return review(scene, who, JSON.parse(body || '{}'));
  if (!allowed(scene, who, info)) return forbidden(who.user, info);
  if (info.resource === 'serviceaccounts' && info.subresource === 'token') return [201, TOKEN];
  // exec, attach and logs of a container the pod lacks: the BadRequest of ExecLocation, AttachLocation and LogLocation
  // (pkg/registry/core/pod/strategy.go: "container %s is not valid for pod %s")
  const pod = store[`pods/${info.namespace}/${info.name}`];
  const container = new URL(url, 'https://server').searchParams.get('container');
  if (info.resource === 'pods' && ['exec', 'attach', 'log'].includes(info.subresource) && pod && container && !pod.spec.containers.some((c) => c.name === container)) {
    return status(400, 'BadRequest', `container ${container} is not valid for pod ${info.name}`);
  }
  if (info.subresource) return status(404, 'NotFound', 'the server could not find the requested resource', {});
  const id = `${info.resource}/${info.namespace}/${info.name}`;
  if (info.verb === 'get') {
    if (store[id]) return [200, store[id]];
    return status(404, 'NotFound', `${gr(info.resource, info.group)} "${info.name}" not found`, { name: info.name, ...(info.group ? { group: info.group } : {}), kind: info.resource });
  }
  if (info.verb === 'list') {
    if (sim?.[`${info.resource}/${info.namespace}/`]) return [200, sim[`${info.resource}/${info.namespace}/`]];
    if (!sim && LISTS[info.resource]) return [200, LISTS[info.resource]()];
    const items = Object.entries(store)
      .filter(([k]) => k.startsWith(`${info.resource}/${info.namespace}/`) || (!info.namespace && k.startsWith(`${info.resource}/`)))
      .map(([, o]) => o);
    const kind = items[0]?.kind ?? info.resource;
    const v = info.group ? `${info.group}/${GROUP_OF[`${info.group}/${info.resource}`]}` : 'v1';
    return [200, { kind: `${kind}List`, apiVersion: v, metadata: { resourceVersion: '40' }, items }];
  }
  // a delete in a `deletes` scene: the object back, and gone from then on (as the registry's Delete answers)
  if (info.verb === 'delete' && SCENES[scene].deletes) {
    if (!store[id]) return status(404, 'NotFound', `${gr(info.resource, info.group)} "${info.name}" not found`, { name: info.name, ...(info.group ? { group: info.group } : {}), kind: info.resource });
    DELETED.add(id);
    return [200, store[id]];
  }
  // an allowed patch or update of an object the server holds: the object back (the client prints its line)
  if ((info.verb === 'patch' || info.verb === 'update') && store[id]) return [200, store[id]];
  return status(404, 'NotFound', 'the server could not find the requested resource', {});
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
  // reading: namespaced and cluster-scoped kinds, one object or a list, across namespaces
  ['none', 'get pods --as=jane'],
  ['none', 'get pod web --as=jane'],
  ['none', 'get pods -A --as=jane'],
  ['none', 'get pods -n kube-system --as=jane'],
  ['none', 'get deploy,svc --as=jane'],
  ['none', 'get all --as=jane'],
  ['none', 'get nodes --as=jane'],
  ['none', 'get node m-k8s --as=jane'],
  ['none', 'get namespaces --as=jane'],
  ['none', 'get ns default --as=jane'],
  ['none', 'get pv --as=jane'],
  ['none', 'get clusterroles --as=jane'],
  ['none', 'get clusterrolebindings --as=jane'],
  ['none', 'get priorityclasses --as=jane'],
  ['none', 'get pods -w --as=jane'],
  ['get', 'get pods --as=jane'],
  ['get', 'get pod web -o name --as=jane'],
  ['nodes', 'get nodes -o name --as=jane'],
  ['list', 'get pod/web deploy/web svc/web -o name --as=jane'],
  ['get', 'get pod web -o name --as=jane -n kube-system'],
  ['none', 'describe pod web --as=jane'],
  ['none', 'describe pods --as=jane'],
  ['none', 'describe node w1-k8s --as=jane'],
  ['none', 'describe deploy web --as=jane'],
  ['none', 'events --as=jane'],
  // allowed, then refused: describe goes on without what it may not list (the events, a deployment's ReplicaSets)
  ['describe', 'describe pod web --as=jane'],
  ['describe', 'describe deploy web --as=jane'],
  // writing
  ['none', 'delete pod web --as=jane'],
  ['get', 'delete pod web --as=jane'],
  ['none', 'delete pods --all --as=jane'],
  ['list', 'delete pods --all --as=jane'],
  ['none', 'delete deploy web --as=jane'],
  ['none', 'delete node w1-k8s --as=jane'],
  ['none', 'run nginx --image=nginx --as=jane'],
  ['none', 'create deployment api --image=nginx --as=jane'],
  ['none', 'create service clusterip api --tcp=80:80 --as=jane'],
  ['none', 'create service nodeport api --tcp=80:80 --as=jane'],
  ['none', 'create service loadbalancer api --tcp=80:80 --as=jane'],
  ['none', 'create service externalname api --external-name=example.com --as=jane'],
  ['none', 'create configmap api --from-literal=a=b --as=jane'],
  ['none', 'create secret generic api --from-literal=a=b --as=jane'],
  ['none', 'create secret docker-registry api --docker-username=u --docker-password=p --as=jane'],
  ['none', 'create namespace api --as=jane'],
  ['none', 'create serviceaccount api --as=jane'],
  ['none', 'create role api --verb=get --resource=pods --as=jane'],
  ['none', 'create rolebinding api --role=api --user=bob --as=jane'],
  ['none', 'create clusterrole api --verb=get --resource=pods --as=jane'],
  ['none', 'create clusterrolebinding api --clusterrole=view --user=bob --as=jane'],
  ['none', 'create job api --image=busybox --as=jane'],
  ['none', 'create cronjob api --image=busybox --schedule=@hourly --as=jane'],
  ['none', 'create quota api --hard=pods=2 --as=jane'],
  ['none', 'create ingress api --rule=example.com/=web:80 --as=jane'],
  ['none', 'create poddisruptionbudget api --selector=app=web --min-available=1 --as=jane'],
  ['none', 'create priorityclass api --value=10 --as=jane'],
  ['none', 'create -f new.yaml --as=jane'],
  ['none', 'apply -f new.yaml --as=jane'],
  ['get', 'apply -f new.yaml --as=jane'],
  ['none', 'apply -f web.yaml --as=jane'],
  ['get', 'apply -f web.yaml --as=jane'],
  ['none', 'apply -f web.yaml'],
  ['none', 'apply --server-side -f new.yaml --as=jane'],
  ['get', 'apply --server-side -f web.yaml --as=jane'],
  ['none', 'replace -f web.yaml --as=jane'],
  ['get', 'replace -f web.yaml --as=jane'],
  ['none', 'edit deploy web --as=jane'],
  ['none', 'patch pod web -p {} --as=jane'],
  ['none', 'annotate pod web a=b --as=jane'],
  ['list', 'label pods --all a=b --as=jane'],
  ['list', 'scale deploy web --replicas=2 --as=jane'],
  ['none', 'set image deploy/web nginx=nginx:1.26 --as=jane'],
  ['none', 'rollout undo deploy web --as=jane'],
  ['none', 'rollout status deploy web --as=jane'],
  ['none', 'rollout history deploy web --as=jane'],
  ['get', 'rollout history deploy web --as=jane'],
  ['get', 'rollout resume deploy web --as=jane'],
  ['none', 'expose pod web --port=80 --as=jane'],
  ['get', 'expose pod web --port=80 --as=jane'],
  ['none', 'autoscale deploy web --max=3 --as=jane'],
  // a pod's subresources
  ['none', 'attach web --as=jane'],
  ['get', 'attach web --as=jane'],
  ['none', 'cp web:/etc/hosts hosts --as=jane'],
  ['get', 'cp web:/etc/hosts hosts --as=jane'],
  ['none', 'logs deploy/web --as=jane'],
  // nodes and metrics
  ['none', 'cordon w1-k8s --as=jane'],
  ['nodes', 'cordon w1-k8s --as=jane'],
  ['nodes', 'uncordon w1-k8s --as=jane'],
  ['none', 'drain w1-k8s --ignore-daemonsets --as=jane'],
  ['nodes', 'drain w1-k8s --ignore-daemonsets --as=jane'],
  ['none', 'taint nodes w1-k8s a=b:NoSchedule --as=jane'],
  ['none', 'top pod --as=jane'],
  ['none', 'top pod web --as=jane'],
  ['none', 'top node --as=jane'],
  ['none', 'top node w1-k8s --as=jane'],
  // asking is allowed
  ['none', 'auth can-i get pods --as=jane'],
  ['get', 'auth can-i get pods --as=jane'],
  ['get', 'auth can-i delete pods --as=jane'],
  ['get', 'auth can-i get pods/log --as=jane'],
  ['nodes', 'auth can-i list nodes --as=jane'],
  ['devs', 'auth can-i list pods --as=jane --as-group=devs'],
  ['devs', 'auth can-i list pods --as=jane'],
  ['sa', 'auth can-i list pods --as=system:serviceaccount:default:default'],
  // groups and service accounts
  ['none', 'get pods --as-group=devs'],
  ['devs', 'get pod web -o name --as=jane --as-group=devs'],
  ['devs', 'get pods --as=jane'],
  ['devs', 'delete pod web --as=jane --as-group=devs'],
  ['devs', 'get pod web -o name --as=bob --as-group=devs --as-group=ops'],
  ['sa', 'get pod web -o name --as=system:serviceaccount:default:default'],
  ['sa', 'delete pod web --as=system:serviceaccount:default:default'],
  ['sa', 'get pods --as=system:serviceaccount:default:other'],
  ['sa', 'get pods --as=system:serviceaccount:kube-system:default'],
  // the ServiceAccount's own token (TOKEN; the tests put the one the cluster issues in its place)
  ['sa', `get pod web -o name --token=${TOKEN.status.token}`],
  ['sa', `delete pod web --token=${TOKEN.status.token}`],
  ['sa', `auth can-i delete pods --token=${TOKEN.status.token}`],
  ['sa', 'get pods --token=not-a-token'],
  // several names: a duplicate, a name of another kind, TYPE/NAME pairs
  ['admin', 'delete deploy web svc web'],
  ['admin', 'delete deploy/web svc/web'],
  ['admin', 'delete deploy web web'],
  ['admin', 'delete deploy web nope'],
  ['admin', 'delete deploy/web deploy/web'],
  ['admin', 'delete deploy nope --ignore-not-found'],
  ['admin', 'delete deploy web nope web --ignore-not-found'],
  // custom columns: values as fmt's %v prints them (maps sorted, lists in brackets), several joined by commas
  ['describe', 'get pod web -o custom-columns=L:.metadata.labels,T:.spec.tolerations[0],C:.spec.containers[*].name,P:.spec.containers[0].ports,R:.spec.containers[0].resources --as=jane'],
  ['describe', 'get pod web -o custom-columns=NAME:.metadata.name --no-headers --as=jane'],
  ['describe', 'get pod web -o jsonpath={.spec.tolerations} --as=jane'],
  // immediate deletion: Validate's warnings come before any request
  ['admin', 'delete pod web --grace-period=0 --force'],
  ['admin', 'delete pod web --force'],
  ['admin', 'delete pod web --grace-period=5 --force'],
  ['admin', 'delete pod web --grace-period=0 --wait=false'],
  // -o name: this server answers no Table, so a table would show the client's fallback columns only
  ['admin', 'get deploy web web -o name'],
  ['admin', 'get deploy web svc web -o name'],
  ['admin', 'get deploy/web svc/web -o name'],
  // a container the pod lacks
  ['admin', 'exec web -c nosuch -- sh'],
  ['admin', 'exec -it web -c nosuch -- sh'],
  ['admin', 'logs web -c nosuch'],
  ['admin', 'attach web -c nosuch'],
];

/** the manifests the cases apply, in the directory kubectl runs in */
const FILES = path.join(OUT, 'files');

const KUBECONFIG = (port) => `apiVersion: v1
kind: Config
clusters:
- cluster:
    server: https://127.0.0.1:${port}
    insecure-skip-tls-verify: true
  name: kubernetes
contexts:
- context:
    cluster: kubernetes
    user: kubernetes-admin
  name: kubernetes-admin@kubernetes
current-context: kubernetes-admin@kubernetes
users:
- name: kubernetes-admin
  user:
    token: ${ADMIN_TOKEN}
`;

const slug = (scene, cmd) => `${scene}__${cmd.replace(/\//g, '+').replace(/[^A-Za-z0-9=.+-]+/g, '_').replace(/^_+|_+$/g, '')}`;

async function main() {
  let scene = 'none';
  let version = '';
  // TLS, as kube-apiserver serves (client-go sends a bearer token only over it): a throwaway self-signed pair
  const tls = fs.mkdtempSync(path.join(os.tmpdir(), 'kubectl-server-tls-'));
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=kube-apiserver', '-keyout', path.join(tls, 'key'), '-out', path.join(tls, 'crt')], { stdio: 'ignore' });
  const server = https.createServer({ key: fs.readFileSync(path.join(tls, 'key')), cert: fs.readFileSync(path.join(tls, 'crt')) }, (req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      const [status, reply, type = 'application/json'] = answer(scene, version, req.method, req.url, req.headersDistinct, body);
      if (process.env.TRACE) console.error(scene, req.method, req.url, status, process.env.TRACE === 'headers' ? JSON.stringify(req.headers) : '');
      res.writeHead(status, { 'content-type': type });
      res.end(Buffer.isBuffer(reply) ? reply : JSON.stringify(reply));
    });
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const port = server.address().port;
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'kubectl-server-'));
  fs.mkdirSync(path.join(home, '.kube'));
  fs.writeFileSync(path.join(home, '.kube/config'), KUBECONFIG(port));
  const cwd = path.join(home, 'work');
  fs.mkdirSync(cwd);
  for (const f of fs.readdirSync(FILES)) fs.copyFileSync(path.join(FILES, f), path.join(cwd, f));
  for (const [v, bin] of Object.entries(VERSIONS)) {
    version = v;
    const dir = path.join(OUT, version);
    // ONLY=<text>: record just the cases whose command holds it, leaving the others as they are
    const only = process.env.ONLY;
    if (!only) fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    for (const [s, cmd] of CASES.filter(([sc, c]) => !only || c.includes(only) || sc === only)) {
      fs.rmSync(path.join(cwd, 'hosts'), { force: true });
      scene = s;
      DELETED.clear();
      fs.rmSync(path.join(home, '.kube/cache'), { recursive: true, force: true });
      // the child runs asynchronously so that this process keeps answering its requests
      const r = await run(bin, cmd.split(' '), { cwd, env: { PATH: '/usr/bin:/bin', HOME: home, LANG: 'C.UTF-8', TERM: 'dumb', TZ: 'UTC', EDITOR: 'true' } });
      const d = path.join(dir, slug(s, cmd));
      fs.mkdirSync(d, { recursive: true });
      fs.writeFileSync(path.join(d, 'cmd'), `kubectl ${cmd}\n`);
      fs.writeFileSync(path.join(d, 'scene'), `${s}\n`);
      fs.writeFileSync(path.join(d, 'stdout'), r.stdout.split(`127.0.0.1:${port}`).join('192.168.56.10:6443'));
      fs.writeFileSync(path.join(d, 'stderr'), r.stderr.split(`127.0.0.1:${port}`).join('192.168.56.10:6443'));
      fs.writeFileSync(path.join(d, 'status'), `${r.status}\n`);
    }
    console.log(`${version}: ${CASES.length} cases`);
  }
  fs.rmSync(home, { recursive: true, force: true });
  fs.rmSync(tls, { recursive: true, force: true });
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
