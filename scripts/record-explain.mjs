#!/usr/bin/env node
// Re-records the explain fixtures from the real kubectl 1.28 client:
//   npx tsx scripts/record-explain.mjs        (writes tests/golden/explain/{openapi-*.json,<case>/{cmd,stdout,stderr,status}})
// kubectl explain reads the server's OpenAPI v3 documents. The batch/v1, core v1 and autoscaling/v2 documents kept
// in kubectl's own test data (v0.28.15: pkg/explain/v2/templates/batch.k8s.io_v1.json, testdata/openapi/v3/api/v1.json
// and testdata/openapi/v3/apis/autoscaling/v2.json, real servers' answers) are served from a small local
// API server with discovery, and the real kubectl explains it. tests/unit/sim/k8s/explain-golden.test.ts feeds the
// simulator's renderer the same document and compares byte for byte.
// Calico v3.26.4's CustomResourceDefinitions (calico.yaml, as src/sim/net/web/pages/calico.ts keeps the real file) are
// served too, their group-version's document built by the simulator's builder of what the apiextensions-apiserver
// publishes (src/sim/k8s/kubectl/verbs/explain/crd.ts), with the meta schemas of the batch/v1 document. So is
// metrics-server v0.7.2's metrics.k8s.io/v1beta1 (its generated definitions, data/metrics-v1beta1.ts, written by
// scripts/gen-explain-data.mjs), listed in discovery as metrics-server lists it: no singular names.
import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { parseAllDocuments } from 'yaml';
import { crdGroupDocument } from '../src/sim/k8s/kubectl/verbs/explain/crd.ts';
import { PART as METRICS } from '../src/sim/k8s/kubectl/verbs/explain/data/metrics-v1beta1.ts';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const OUT = path.join(ROOT, 'tests/golden/explain');
const KUBECTL = '/usr/lib/google-cloud-sdk/bin/kubectl.1.28';
const MIRROR = process.env.KUBECTL_GIT ?? '/work/.mirror/kubernetes+kubectl/repo';

/** a server document from kubectl's test data, cut to what explain reads: the schemas, and of the paths only the
 *  x-kubernetes-group-version-kind of each operation */
function serverDoc(file) {
  const full = JSON.parse(execFileSync('git', ['-C', MIRROR, 'show', `v0.28.15:${file}`], { encoding: 'utf8', maxBuffer: 1 << 26 }));
  const paths = {};
  for (const [p, ops] of Object.entries(full.paths)) {
    const kept = {};
    for (const [m, op] of Object.entries(ops)) if (op && op['x-kubernetes-group-version-kind']) kept[m] = { 'x-kubernetes-group-version-kind': op['x-kubernetes-group-version-kind'] };
    if (Object.keys(kept).length) paths[p] = kept;
  }
  return { openapi: full.openapi, info: full.info, paths, components: full.components };
}
/** the crd.projectcalico.org/v1 document: every Calico CRD's, merged, with the meta schemas they point to */
function calicoDoc(batch) {
  const src = fs.readFileSync(path.join(ROOT, 'src/sim/net/web/pages/calico.ts'), 'utf8');
  const text = zlib.gunzipSync(Buffer.from(/gz = "([^"]+)"/.exec(src)[1], 'base64')).toString('utf8');
  const crds = parseAllDocuments(text).map((d) => d.toJS()).filter((d) => d?.kind === 'CustomResourceDefinition');
  const meta = Object.fromEntries(Object.entries(batch.components.schemas).filter(([k]) => k.startsWith('io.k8s.apimachinery.')));
  const d = crdGroupDocument(crds, 'apis/crd.projectcalico.org/v1', () => meta);
  const sorted = Object.fromEntries(Object.keys(d.components.schemas).sort().map((k) => [k, d.components.schemas[k]]));
  return { doc: { openapi: '3.0.0', info: { title: 'Kubernetes CRD Swagger', version: 'v0.1.0' }, paths: d.paths, components: { schemas: sorted } }, crds };
}
const batch = serverDoc('pkg/explain/v2/templates/batch.k8s.io_v1.json');
const calico = calicoDoc(batch);
const meta = Object.fromEntries(Object.entries(batch.components.schemas).filter(([k]) => k.startsWith('io.k8s.apimachinery.')));
const metricsDoc = { openapi: '3.0.0', info: { title: 'Kubernetes metrics-server', version: 'v0.7.2' }, paths: METRICS.paths, components: { schemas: Object.fromEntries(Object.entries({ ...meta, ...METRICS.schemas }).sort(([a], [b]) => (a < b ? -1 : 1))) } };
// group-version path → [fixture file, document]
const DOCS = {
  'apis/batch/v1': ['openapi-batch-v1.json', batch],
  'api/v1': ['openapi-core-v1.json', serverDoc('testdata/openapi/v3/api/v1.json')],
  'apis/autoscaling/v2': ['openapi-autoscaling-v2.json', serverDoc('testdata/openapi/v3/apis/autoscaling/v2.json')],
  'apis/crd.projectcalico.org/v1': ['openapi-crd-projectcalico-v1.json', calico.doc],
  'apis/metrics.k8s.io/v1beta1': ['openapi-metrics-v1beta1.json', metricsDoc],
};

// ---------------------------------------------------------------- the OpenAPI v2 document, as protobuf
// kubectl reads /openapi/v2 as gnostic's openapi_v2.Document (google/gnostic-models openapiv2/OpenAPIv2.proto) and
// explain --output=plaintext-openapiv2 renders from it. The definitions are the served v3 documents' schemas as the
// v2 builders have them (a reference and its siblings side by side, no allOf wrapping; CRDs through
// ToStructuralOpenAPIV2), with the fields the client's models read: $ref, format, description, required,
// additionalProperties, type, items, properties and x-kubernetes-group-version-kind.
const varint = (n) => {
  const b = [];
  while (n > 127) {
    b.push((n & 127) | 128);
    n >>>= 7;
  }
  b.push(n);
  return Buffer.from(b);
};
const field = (no, bytes) => Buffer.concat([varint((no << 3) | 2), varint(bytes.length), bytes]);
const str = (no, v) => field(no, Buffer.from(v, 'utf8'));
function v2Schema(s) {
  const parts = [];
  if (Array.isArray(s.allOf) && s.allOf.length === 1 && s.allOf[0].$ref && !s.$ref) {
    const { allOf, ...rest } = s;
    s = { ...rest, $ref: allOf[0].$ref };
  }
  if (s.$ref) parts.push(str(1, s.$ref.replace('#/components/schemas/', '#/definitions/')));
  if (s.format) parts.push(str(2, s.format));
  if (s.description) parts.push(str(4, s.description));
  for (const r of s.required ?? []) parts.push(str(19, r));
  if (s.additionalProperties !== undefined) parts.push(field(21, typeof s.additionalProperties === 'object' ? field(1, v2Schema(s.additionalProperties)) : Buffer.from([(2 << 3) | 0, s.additionalProperties ? 1 : 0])));
  if (s.type) parts.push(field(22, str(1, Array.isArray(s.type) ? s.type[0] : s.type)));
  if (s.items) parts.push(field(23, field(1, v2Schema(s.items))));
  if (s.properties) parts.push(field(25, Buffer.concat(Object.entries(s.properties).map(([k, v]) => field(1, Buffer.concat([str(1, k), field(2, v2Schema(v))]))))));
  const gvk = s['x-kubernetes-group-version-kind'];
  if (gvk) parts.push(field(31, Buffer.concat([str(1, 'x-kubernetes-group-version-kind'), field(2, str(2, JSON.stringify(gvk)))])));
  return Buffer.concat(parts);
}
/** Document{swagger, info, definitions} */
function v2Document(schemas) {
  const defs = Object.keys(schemas).sort().map((k) => field(1, Buffer.concat([str(1, k), field(2, v2Schema(schemas[k]))])));
  return Buffer.concat([str(1, '2.0'), field(2, Buffer.concat([str(1, 'Kubernetes'), str(2, 'v1.28.15')])), field(9, Buffer.concat(defs))]);
}

// the v2 definitions: every served document's, the CRDs' as the v2 builder makes them
const calicoV2 = crdGroupDocument(calico.crds, 'apis/crd.projectcalico.org/v1', () => ({}), true);
const V2 = v2Document({ ...Object.assign({}, ...Object.values(DOCS).map(([, d]) => d.components.schemas)), ...calicoV2.components.schemas });

const CASES = [
  ['jobs', 'explain jobs'],
  ['job-singular', 'explain job'],
  ['cronjobs-recursive', 'explain cronjobs --recursive'],
  ['job-spec', 'explain job.spec'],
  ['job-metadata', 'explain jobs.metadata'],
  ['job-labels', 'explain jobs.metadata.labels'],
  ['job-completionmode', 'explain job.spec.completionMode'],
  ['job-template-recursive', 'explain job.spec.template --recursive'],
  ['job-containers', 'explain job.spec.template.spec.containers'],
  ['job-resources', 'explain jobs.spec.template.spec.containers.resources'],
  ['job-limits', 'explain jobs.spec.template.spec.containers.resources.limits'],
  ['job-probe-port', 'explain jobs.spec.template.spec.containers.livenessProbe.httpGet.port'],
  ['job-condition-time', 'explain jobs.status.conditions.lastProbeTime'],
  ['job-status-conditions', 'explain job.status.conditions'],
  ['cronjob-container-port', 'explain cronjob.spec.jobTemplate.spec.template.spec.containers.ports.containerPort'],
  ['job-api-version', 'explain jobs --api-version=batch/v1'],
  ['job-api-version-bad', 'explain jobs --api-version=batch/v2'],
  ['job-field-missing', 'explain job.spec.foo'],
  ['job-field-missing-deep', 'explain job.spec.template.spec.nope.x'],
  ['job-scalar-child', 'explain job.spec.parallelism.x'],
  ['unknown-resource', 'explain foo'],
  ['unknown-resource-field', 'explain foos.spec'],
  ['job-kind', 'explain job.kind'],
  ['job-volumes-recursive', 'explain job.spec.template.spec.volumes.configMap --recursive'],
  ['job-fullname', 'explain jobs.batch'],
  ['job-fullname-v', 'explain jobs.v1.batch.spec.suspend'],
  ['short-name', 'explain cj.spec.schedule'],
  ['upper-case', 'explain Jobs.spec.suspend'],
  ['api-version-core', 'explain jobs --api-version=v1'],
  ['api-version-field', 'explain jobs.spec.suspend --api-version=batch/v1'],
  ['no-args', 'explain'],
  ['two-args', 'explain jobs cronjobs'],
  ['output-bad', 'explain jobs --output=json'],
  ['output-plaintext', 'explain jobs.spec.suspend --output=plaintext'],
  ['pods', 'explain pods'],
  ['pod-spec', 'explain pod.spec'],
  ['pod-containers', 'explain pods.spec.containers'],
  ['pod-recursive', 'explain pods --recursive'],
  ['pod-volumes-hostpath', 'explain pod.spec.volumes.hostPath'],
  ['pod-topology', 'explain pod.spec.topologySpreadConstraints'],
  ['service-type', 'explain svc.spec.type'],
  ['service-spec', 'explain service.spec'],
  ['node-capacity', 'explain nodes.status.capacity'],
  ['node', 'explain no'],
  ['secret', 'explain secrets'],
  ['configmap-data', 'explain cm.data'],
  ['pvc-spec', 'explain pvc.spec'],
  ['pv-recursive', 'explain pv --recursive'],
  ['namespace', 'explain ns'],
  ['serviceaccount', 'explain sa'],
  ['endpoints-subsets', 'explain ep.subsets'],
  ['event', 'explain events'],
  ['pods-api-version', 'explain pods --api-version=v1'],
  ['pods-wrong-group', 'explain pods --api-version=batch/v1'],
  ['hpa', 'explain hpa'],
  ['hpa-metrics', 'explain hpa.spec.metrics'],
  ['hpa-recursive', 'explain horizontalpodautoscalers --recursive'],
  ['hpa-behavior', 'explain hpa.spec.behavior.scaleUp'],
  ['crd-ippools', 'explain ippools'],
  ['crd-ippool-spec', 'explain ippool.spec'],
  ['crd-ippools-cidr', 'explain ippools.spec.cidr'],
  ['crd-ippools-metadata', 'explain ippools.metadata'],
  ['crd-ippools-api-version', 'explain ippools --api-version=crd.projectcalico.org/v1'],
  ['crd-ippools-missing', 'explain ippools.spec.nope'],
  ['crd-felix-spec', 'explain felixconfigurations.spec'],
  ['crd-felix-nat-port-range', 'explain felixconfigurations.spec.natPortRange'],
  ['crd-bgppeers-recursive', 'explain bgppeers --recursive'],
  ['crd-netpol-qualified', 'explain networkpolicies.crd.projectcalico.org.spec.ingress'],
  ['crd-gnp-protocol', 'explain globalnetworkpolicies.spec.ingress.protocol'],
  ['crd-ipamblocks-recursive', 'explain ipamblocks --recursive'],
  ['metrics-podmetrics', 'explain podmetrics'],
  ['metrics-nodemetrics', 'explain nodemetrics'],
  ['metrics-pod-containers', 'explain podmetrics.containers'],
  ['metrics-pod-window', 'explain podmetrics.window'],
  ['metrics-node-usage', 'explain nodemetrics.usage'],
  ['metrics-qualified', 'explain pods.metrics.k8s.io.timestamp'],
  ['metrics-recursive', 'explain podmetrics --recursive'],
  ['v2-jobs', 'explain jobs --output=plaintext-openapiv2'],
  ['v2-job-spec', 'explain job.spec --output=plaintext-openapiv2'],
  ['v2-job-suspend', 'explain jobs.spec.suspend --output=plaintext-openapiv2'],
  ['v2-job-labels', 'explain jobs.metadata.labels --output=plaintext-openapiv2'],
  ['v2-job-containers', 'explain job.spec.template.spec.containers --output=plaintext-openapiv2'],
  ['v2-job-limits', 'explain jobs.spec.template.spec.containers.resources.limits --output=plaintext-openapiv2'],
  ['v2-job-probe-port', 'explain jobs.spec.template.spec.containers.livenessProbe.httpGet.port --output=plaintext-openapiv2'],
  ['v2-job-scalar-child', 'explain job.spec.parallelism.x --output=plaintext-openapiv2'],
  ['v2-job-missing', 'explain job.spec.foo --output=plaintext-openapiv2'],
  ['v2-job-api-version-bad', 'explain jobs --api-version=batch/v2 --output=plaintext-openapiv2'],
  ['v2-cronjobs-recursive', 'explain cronjobs --recursive --output=plaintext-openapiv2'],
  ['v2-pods', 'explain pods --output=plaintext-openapiv2'],
  ['v2-pod-spec', 'explain pod.spec --output=plaintext-openapiv2'],
  ['v2-pod-recursive', 'explain pods --recursive --output=plaintext-openapiv2'],
  ['v2-service-type', 'explain svc.spec.type --output=plaintext-openapiv2'],
  ['v2-configmap-data', 'explain cm.data --output=plaintext-openapiv2'],
  ['v2-node-capacity', 'explain nodes.status.capacity --output=plaintext-openapiv2'],
  ['v2-hpa', 'explain hpa --output=plaintext-openapiv2'],
  ['v2-hpa-behavior', 'explain hpa.spec.behavior.scaleUp --output=plaintext-openapiv2'],
  ['v2-ippools', 'explain ippools --output=plaintext-openapiv2'],
  ['v2-felix-nat-port-range', 'explain felixconfigurations.spec.natPortRange --output=plaintext-openapiv2'],
  ['v2-ipamblocks-recursive', 'explain ipamblocks --recursive --output=plaintext-openapiv2'],
  ['v2-podmetrics', 'explain podmetrics --output=plaintext-openapiv2'],
  ['v2-nodemetrics-usage', 'explain nodemetrics.usage --output=plaintext-openapiv2'],
];

function serve() {
  const send = (res, code, body) => {
    res.writeHead(code, { 'Content-Type': 'application/json' });
    res.end(typeof body === 'string' ? body : JSON.stringify(body));
  };
  const docText = Object.fromEntries(Object.entries(DOCS).map(([gv, [, doc]]) => [gv, JSON.stringify(doc)]));
  return http.createServer((req, res) => {
    const p = new URL(req.url, 'http://x').pathname;
    if (p === '/api') return send(res, 200, { kind: 'APIVersions', versions: ['v1'], serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress: '127.0.0.1' }] });
    if (p === '/api/v1') return send(res, 200, { kind: 'APIResourceList', groupVersion: 'v1', resources: [
      ...[['configmaps', 'ConfigMap', true, ['cm']], ['endpoints', 'Endpoints', true, ['ep']], ['events', 'Event', true, ['ev']], ['namespaces', 'Namespace', false, ['ns']], ['nodes', 'Node', false, ['no']], ['persistentvolumeclaims', 'PersistentVolumeClaim', true, ['pvc']], ['persistentvolumes', 'PersistentVolume', false, ['pv']], ['pods', 'Pod', true, ['po']], ['secrets', 'Secret', true, []], ['serviceaccounts', 'ServiceAccount', true, ['sa']], ['services', 'Service', true, ['svc']]]
        .map(([name, kind, namespaced, shortNames]) => ({ name, singularName: kind.toLowerCase(), namespaced, kind, verbs: ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'], shortNames })),
    ] });
    if (p === '/apis') return send(res, 200, { kind: 'APIGroupList', apiVersion: 'v1', groups: [
      { name: 'autoscaling', versions: [{ groupVersion: 'autoscaling/v2', version: 'v2' }], preferredVersion: { groupVersion: 'autoscaling/v2', version: 'v2' } },
      { name: 'batch', versions: [{ groupVersion: 'batch/v1', version: 'v1' }], preferredVersion: { groupVersion: 'batch/v1', version: 'v1' } },
      { name: 'crd.projectcalico.org', versions: [{ groupVersion: 'crd.projectcalico.org/v1', version: 'v1' }], preferredVersion: { groupVersion: 'crd.projectcalico.org/v1', version: 'v1' } },
      { name: 'metrics.k8s.io', versions: [{ groupVersion: 'metrics.k8s.io/v1beta1', version: 'v1beta1' }], preferredVersion: { groupVersion: 'metrics.k8s.io/v1beta1', version: 'v1beta1' } },
    ] });
    // metrics-server's storage gives no singular names (GetSingularName returns "")
    if (p === '/apis/metrics.k8s.io/v1beta1') return send(res, 200, { kind: 'APIResourceList', apiVersion: 'v1', groupVersion: 'metrics.k8s.io/v1beta1', resources: [
      { name: 'nodes', singularName: '', namespaced: false, kind: 'NodeMetrics', verbs: ['get', 'list'] },
      { name: 'pods', singularName: '', namespaced: true, kind: 'PodMetrics', verbs: ['get', 'list'] },
    ] });
    // what the apiextensions-apiserver lists for a CRD's version (its names and scope)
    if (p === '/apis/crd.projectcalico.org/v1') return send(res, 200, { kind: 'APIResourceList', apiVersion: 'v1', groupVersion: 'crd.projectcalico.org/v1', resources: calico.crds.map((c) => ({
      name: c.spec.names.plural, singularName: c.spec.names.singular, namespaced: c.spec.scope === 'Namespaced', kind: c.spec.names.kind, verbs: ['delete', 'deletecollection', 'get', 'list', 'patch', 'create', 'update', 'watch'], ...(c.spec.names.shortNames ? { shortNames: c.spec.names.shortNames } : {}),
    })) });
    if (p === '/apis/autoscaling/v2') return send(res, 200, { kind: 'APIResourceList', apiVersion: 'v1', groupVersion: 'autoscaling/v2', resources: [
      { name: 'horizontalpodautoscalers', singularName: 'horizontalpodautoscaler', namespaced: true, kind: 'HorizontalPodAutoscaler', verbs: ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'], shortNames: ['hpa'], categories: ['all'] },
    ] });
    if (p === '/apis/batch/v1') return send(res, 200, { kind: 'APIResourceList', apiVersion: 'v1', groupVersion: 'batch/v1', resources: [
      { name: 'cronjobs', singularName: 'cronjob', namespaced: true, kind: 'CronJob', verbs: ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'], shortNames: ['cj'], categories: ['all'] },
      { name: 'jobs', singularName: 'job', namespaced: true, kind: 'Job', verbs: ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'], categories: ['all'] },
    ] });
    // the 1.28 client loads the v2 document before using v3 too
    if (p === '/openapi/v2') {
      res.writeHead(200, { 'Content-Type': 'application/octet-stream' });
      return res.end(V2);
    }
    if (p === '/openapi/v3') return send(res, 200, { paths: Object.fromEntries(Object.keys(DOCS).map((gv, i) => [gv, { serverRelativeURL: `/openapi/v3/${gv}?hash=0123456789ABCDE${i}` }])) });
    const d = p.startsWith('/openapi/v3/') && docText[p.slice('/openapi/v3/'.length)];
    if (d) return send(res, 200, d);
    send(res, 404, { kind: 'Status', apiVersion: 'v1', status: 'Failure', reason: 'NotFound', code: 404, message: 'the server could not find the requested resource' });
  });
}

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, doc] of Object.values(DOCS)) fs.writeFileSync(path.join(OUT, file), JSON.stringify(doc) + '\n');
const server = serve();
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const port = server.address().port;
const home = fs.mkdtempSync(path.join(os.tmpdir(), 'kexpl-'));
fs.mkdirSync(path.join(home, '.kube'));
fs.writeFileSync(path.join(home, '.kube/config'), `apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    server: http://127.0.0.1:${port}\n  name: c\ncontexts:\n- context:\n    cluster: c\n    user: u\n    namespace: default\n  name: c\ncurrent-context: c\nusers:\n- name: u\n  user: {}\n`);
const cases = [];
for (const [name, line] of CASES) {
  const argv = line.split(' ');
  const r = await new Promise((resolve) =>
    execFile(KUBECTL, argv, { env: { PATH: '/usr/bin:/bin', HOME: home, LANG: 'C.UTF-8', TZ: 'UTC' }, timeout: 20000, maxBuffer: 1 << 24 }, (err, stdout, stderr) => resolve({ stdout, stderr, code: err?.code ?? 0 })),
  );
  const dir = path.join(OUT, name);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'cmd'), `kubectl ${line}\n`);
  fs.writeFileSync(path.join(dir, 'stdout'), r.stdout);
  fs.writeFileSync(path.join(dir, 'stderr'), r.stderr);
  fs.writeFileSync(path.join(dir, 'status'), `${r.code}\n`);
  cases.push(`${name}|kubectl ${line}`);
  console.log(name, r.code, r.stdout.split('\n').length, 'lines', r.stderr.trim().slice(0, 100));
}
fs.writeFileSync(path.join(OUT, 'cases.txt'), cases.join('\n') + '\n');
server.close();
fs.rmSync(home, { recursive: true, force: true });
