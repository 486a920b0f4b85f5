// kubectl explain, compared byte for byte with what the real kubectl 1.28 printed for the same OpenAPI v3 document
// (tests/golden/explain, recorded by scripts/record-explain.mjs).
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { explain } from '../../../../src/sim/k8s/kubectl/verbs/explain/explain';
import zlib from 'node:zlib';
import { parseAllDocuments } from 'yaml';
import { crdGroupDocument, crdResources } from '../../../../src/sim/k8s/kubectl/verbs/explain/crd';

const DIR = path.resolve(__dirname, '../../../golden/explain');
const load = (f: string) => JSON.parse(fs.readFileSync(path.join(DIR, f), 'utf8'));
const DOCS: Record<string, unknown> = {
  'apis/batch/v1': load('openapi-batch-v1.json'),
  'api/v1': load('openapi-core-v1.json'),
  'apis/autoscaling/v2': load('openapi-autoscaling-v2.json'),
  'apis/crd.projectcalico.org/v1': load('openapi-crd-projectcalico-v1.json'),
  'apis/metrics.k8s.io/v1beta1': load('openapi-metrics-v1beta1.json'),
};
// Calico v3.26.4's calico.yaml, the file the recording server took its CRDs from
const calicoTs = fs.readFileSync(path.resolve(__dirname, '../../../../src/sim/net/web/pages/calico.ts'), 'utf8');
const calicoYaml = zlib.gunzipSync(Buffer.from(/gz = "([^"]+)"/.exec(calicoTs)![1], 'base64')).toString('utf8');
const CRDS = parseAllDocuments(calicoYaml).map((d) => d.toJS()).filter((d) => d?.kind === 'CustomResourceDefinition');
const core = (name: string, kind: string, short: string[]) => ({ name, singular: kind.toLowerCase(), short, group: '', version: 'v1', kind });
// what the recording server's discovery listed
const RESOURCES = [
  core('configmaps', 'ConfigMap', ['cm']), core('endpoints', 'Endpoints', ['ep']), core('events', 'Event', ['ev']), core('namespaces', 'Namespace', ['ns']),
  core('nodes', 'Node', ['no']), core('persistentvolumeclaims', 'PersistentVolumeClaim', ['pvc']), core('persistentvolumes', 'PersistentVolume', ['pv']),
  core('pods', 'Pod', ['po']), core('secrets', 'Secret', []), core('serviceaccounts', 'ServiceAccount', ['sa']), core('services', 'Service', ['svc']),
  { name: 'horizontalpodautoscalers', singular: 'horizontalpodautoscaler', short: ['hpa'], group: 'autoscaling', version: 'v2', kind: 'HorizontalPodAutoscaler' },
  { name: 'cronjobs', singular: 'cronjob', short: ['cj'], group: 'batch', version: 'v1', kind: 'CronJob' },
  { name: 'jobs', singular: 'job', short: [], group: 'batch', version: 'v1', kind: 'Job' },
  // Calico's CRDs, as the recording server listed them
  ...crdResources(CRDS),
  // metrics-server lists no singular names: the client guesses them from the kinds
  { name: 'nodes', singular: 'nodemetrics', short: [], group: 'metrics.k8s.io', version: 'v1beta1', kind: 'NodeMetrics' },
  { name: 'pods', singular: 'podmetrics', short: [], group: 'metrics.k8s.io', version: 'v1beta1', kind: 'PodMetrics' },
];
// the OpenAPI v2 document served: every v3 document's schemas merged in that order (read as v2), then the CRDs' as
// the v2 builder makes them
type Doc = { paths: object; components: { schemas: Record<string, object> } };
const V2_DOC = {
  paths: {},
  components: { schemas: { ...Object.assign({}, ...Object.values(DOCS).map((d) => (d as Doc).components.schemas)), ...crdGroupDocument(CRDS, 'apis/crd.projectcalico.org/v1', () => ({}), true)!.components.schemas } },
};
const docFor = (gv: string, v2?: boolean) => (v2 ? V2_DOC : DOCS[gv]) as never;
const cases = fs.readFileSync(path.join(DIR, 'cases.txt'), 'utf8').trim().split('\n').map((l) => l.split('|') as [string, string]);

describe('kubectl explain as the 1.28 client prints it (OpenAPI v3, and v2 with --output=plaintext-openapiv2)', () => {
  it.each(cases)('%s', (name, line) => {
    const argv = line.split(' ').slice(2);
    const args = argv.filter((a) => !a.startsWith('--'));
    const apiVersion = argv.find((a) => a.startsWith('--api-version='))?.split('=')[1];
    const output = argv.find((a) => a.startsWith('--output='))?.split('=')[1];
    const r = explain(args, { apiVersion, recursive: argv.includes('--recursive'), output }, RESOURCES, docFor);
    const read = (f: string) => fs.readFileSync(path.join(DIR, name, f), 'utf8');
    expect(r.out).toBe(read('stdout'));
    expect(r.err).toBe(read('stderr'));
    expect(String(r.code)).toBe(read('status').trim());
  });
});
