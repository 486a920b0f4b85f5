#!/usr/bin/env node
// Writes src/sim/k8s/kubectl/verbs/explain/data/: the OpenAPI v3 schemas `kubectl explain` reads, for the kinds
// the world has, built from Kubernetes 1.28's API sources:
//   node scripts/gen-explain-data.mjs
// Field names, types, required markers and enum values come from the Go structs and json tags of k8s.io/api and
// k8s.io/apimachinery at v0.28.15 (types.go); descriptions from their types_swagger_doc_generated.go. The few types
// whose schema is written by hand in apimachinery (Quantity, IntOrString, Time, MicroTime, FieldsV1, RawExtension)
// take their schema from the real server document kept in tests/golden/explain/openapi-batch-v1.json.
// One module per API package (data/core-v1.ts, data/meta.ts …) so that a group-version's document loads only the
// packages it points into; data/index.ts lists them per group-version. metrics-server's metrics.k8s.io/v1beta1 is
// data/metrics-v1beta1.ts (see metricsPart). Kubernetes 1.29's schemas (v0.29.14, served
// after `kubeadm upgrade apply v1.29.x`) are stored as what they change: data/v129/<part>.ts, a JSON merge patch of
// the 1.28 part, or a part 1.29 adds (flowcontrol.apiserver.k8s.io/v1).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const API_GIT = process.env.K8S_API_GIT ?? '/work/.mirror/kubernetes+api/repo';
const MACH_GIT = process.env.K8S_APIMACHINERY_GIT ?? '/work/.mirror/kubernetes+apimachinery/repo';
let TAG = 'v0.28.15';
const show = (git, p) => execFileSync('git', ['-C', git, 'show', `${TAG}:${p}`], { encoding: 'utf8', maxBuffer: 1 << 26 });

// kinds the server lists: [API package, kind, plural, namespaced]; the world models the first ones
const KINDS = [
  ['core/v1', 'Pod', 'pods', true],
  ['core/v1', 'Service', 'services', true],
  ['core/v1', 'Endpoints', 'endpoints', true],
  ['core/v1', 'Node', 'nodes', false],
  ['core/v1', 'Namespace', 'namespaces', false],
  ['core/v1', 'ConfigMap', 'configmaps', true],
  ['core/v1', 'Secret', 'secrets', true],
  ['core/v1', 'PersistentVolume', 'persistentvolumes', false],
  ['core/v1', 'PersistentVolumeClaim', 'persistentvolumeclaims', true],
  ['core/v1', 'ServiceAccount', 'serviceaccounts', true],
  ['core/v1', 'Event', 'events', true],
  ['apps/v1', 'Deployment', 'deployments', true],
  ['apps/v1', 'ReplicaSet', 'replicasets', true],
  ['apps/v1', 'StatefulSet', 'statefulsets', true],
  ['apps/v1', 'DaemonSet', 'daemonsets', true],
  ['batch/v1', 'Job', 'jobs', true],
  ['batch/v1', 'CronJob', 'cronjobs', true],
  ['networking/v1', 'Ingress', 'ingresses', true],
  ['rbac/v1', 'Role', 'roles', true],
  ['rbac/v1', 'ClusterRole', 'clusterroles', false],
  ['rbac/v1', 'RoleBinding', 'rolebindings', true],
  ['rbac/v1', 'ClusterRoleBinding', 'clusterrolebindings', false],
  ['policy/v1', 'PodDisruptionBudget', 'poddisruptionbudgets', true],
  ['autoscaling/v2', 'HorizontalPodAutoscaler', 'horizontalpodautoscalers', true],
  // the rest of what a kubeadm cluster serves
  ['core/v1', 'Binding', 'bindings', true],
  ['core/v1', 'ComponentStatus', 'componentstatuses', false],
  ['core/v1', 'LimitRange', 'limitranges', true],
  ['core/v1', 'PodTemplate', 'podtemplates', true],
  ['core/v1', 'ReplicationController', 'replicationcontrollers', true],
  ['core/v1', 'ResourceQuota', 'resourcequotas', true],
  ['apps/v1', 'ControllerRevision', 'controllerrevisions', true],
  ['admissionregistration/v1', 'MutatingWebhookConfiguration', 'mutatingwebhookconfigurations', false],
  ['admissionregistration/v1', 'ValidatingWebhookConfiguration', 'validatingwebhookconfigurations', false],
  ['authentication/v1', 'SelfSubjectReview', 'selfsubjectreviews', false],
  ['authentication/v1', 'TokenReview', 'tokenreviews', false],
  ['authorization/v1', 'LocalSubjectAccessReview', 'localsubjectaccessreviews', true],
  ['authorization/v1', 'SelfSubjectAccessReview', 'selfsubjectaccessreviews', false],
  ['authorization/v1', 'SelfSubjectRulesReview', 'selfsubjectrulesreviews', false],
  ['authorization/v1', 'SubjectAccessReview', 'subjectaccessreviews', false],
  ['certificates/v1', 'CertificateSigningRequest', 'certificatesigningrequests', false],
  ['coordination/v1', 'Lease', 'leases', true],
  ['discovery/v1', 'EndpointSlice', 'endpointslices', true],
  ['events/v1', 'Event', 'events', true],
  ['flowcontrol/v1beta3', 'FlowSchema', 'flowschemas', false],
  ['flowcontrol/v1beta3', 'PriorityLevelConfiguration', 'prioritylevelconfigurations', false],
  ['networking/v1', 'IngressClass', 'ingressclasses', false],
  ['networking/v1', 'NetworkPolicy', 'networkpolicies', true],
  ['node/v1', 'RuntimeClass', 'runtimeclasses', false],
  ['scheduling/v1', 'PriorityClass', 'priorityclasses', false],
  ['storage/v1', 'CSIDriver', 'csidrivers', false],
  ['storage/v1', 'CSINode', 'csinodes', false],
  ['storage/v1', 'CSIStorageCapacity', 'csistoragecapacities', true],
  ['storage/v1', 'StorageClass', 'storageclasses', false],
  ['storage/v1', 'VolumeAttachment', 'volumeattachments', false],
];
// package import path → [git dir, folder]
// what a 1.29 server serves besides: flowcontrol.apiserver.k8s.io/v1 (GA in 1.29, now the preferred version; v1beta3
// still served, v1beta2 no longer: the deprecation guide's v1.29 section)
const KINDS_129 = [
  ...KINDS,
  ['flowcontrol/v1', 'FlowSchema', 'flowschemas', false],
  ['flowcontrol/v1', 'PriorityLevelConfiguration', 'prioritylevelconfigurations', false],
];
const PACKAGES = { 'k8s.io/apimachinery/pkg/apis/meta/v1': [MACH_GIT, 'pkg/apis/meta/v1'] };
for (const [dir] of KINDS_129) PACKAGES[`k8s.io/api/${dir}`] = [API_GIT, dir];
/** the API group of a k8s.io/api folder */
const groupOf = (dir) => ({ core: '', apps: 'apps', batch: 'batch', autoscaling: 'autoscaling', policy: 'policy', rbac: 'rbac.authorization.k8s.io', flowcontrol: 'flowcontrol.apiserver.k8s.io' })[dir] ?? `${dir}.k8s.io`;
const schemaName = (pkg, t) => `io.k8s.${pkg.replace(/^k8s\.io\//, '').replace(/\//g, '.')}.${t}`;

// schemas written by hand in apimachinery, taken from a real server's document
const real = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/golden/explain/openapi-batch-v1.json'), 'utf8')).components.schemas;
const SPECIAL = {
  'k8s.io/apimachinery/pkg/api/resource.Quantity': 'io.k8s.apimachinery.pkg.api.resource.Quantity',
  'k8s.io/apimachinery/pkg/util/intstr.IntOrString': 'io.k8s.apimachinery.pkg.util.intstr.IntOrString',
  'k8s.io/apimachinery/pkg/apis/meta/v1.Time': 'io.k8s.apimachinery.pkg.apis.meta.v1.Time',
  'k8s.io/apimachinery/pkg/apis/meta/v1.MicroTime': 'io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime',
  'k8s.io/apimachinery/pkg/apis/meta/v1.FieldsV1': 'io.k8s.apimachinery.pkg.apis.meta.v1.FieldsV1',
  'k8s.io/apimachinery/pkg/runtime.RawExtension': 'io.k8s.apimachinery.pkg.runtime.RawExtension',
};
const MICROTIME = { description: 'MicroTime is version of Time with microsecond level precision.', type: 'string', format: 'date-time' };
// types marshalled as plain strings
const STRINGS = new Set(['k8s.io/apimachinery/pkg/apis/meta/v1.Duration', 'k8s.io/apimachinery/pkg/types.UID']);

// ---------------------------------------------------------------- reading the Go sources
let pkgs = {};
function loadPackage(pkg) {
  if (pkgs[pkg]) return pkgs[pkg];
  const [git, dir] = PACKAGES[pkg];
  const types = {};
  const docs = {};
  const enums = {};
  const consts = {};
  const aliases = [];
  const files = execFileSync('git', ['-C', git, 'ls-tree', '--name-only', `${TAG}:${dir}`], { encoding: 'utf8' }).split('\n').filter((f) => f.endsWith('.go') && !f.endsWith('_test.go') && !f.startsWith('zz_') && !f.startsWith('generated'));
  for (const f of files) {
    const text = show(git, `${dir}/${f}`);
    if (f === 'types_swagger_doc_generated.go') {
      for (const m of text.matchAll(/var map_(\w+) = map\[string\]string\{\n([\s\S]*?)\n\}/g)) {
        const d = {};
        for (const l of m[2].matchAll(/^\s*"([^"]*)":\s*("(?:[^"\\]|\\.)*"),?$/gm)) d[l[1]] = JSON.parse(l[2]);
        docs[m[1]] = d;
      }
      continue;
    }
    const imports = {};
    for (const m of text.matchAll(/^\s*(?:(\w+)\s+)?"([^"]+)"$/gm)) imports[m[1] ?? m[2].split('/').pop()] = m[2];
    const lines = text.split('\n');
    let comment = [];
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i];
      if (/^\s*\/\//.test(l)) { comment.push(l.replace(/^\s*\/\/ ?/, '')); continue; }
      let m;
      if ((m = /^type (\w+) struct \{$/.exec(l))) {
        const fields = [];
        let fc = [];
        for (i++; lines[i] !== '}'; i++) {
          const fl = lines[i];
          if (/^\s*\/\//.test(fl)) { fc.push(fl.replace(/^\s*\/\/ ?/, '')); continue; }
          const fm = /^\s*(?:(\w+)\s+)?([\w.*[\]]+)\s+`json:"([^"]*)"/.exec(fl);
          if (fm) {
            const [name, ...opts] = fm[3].split(',');
            fields.push({ go: fm[1], type: fm[2], json: name, inline: opts.includes('inline'), omitempty: opts.includes('omitempty'), optional: fc.some((c) => c.trim() === '+optional'), comment: fc });
          }
          fc = [];
        }
        types[m[1]] = { kind: 'struct', fields, imports };
      } else if ((m = /^type (\w+) ([\w.*[\]]+)$/.exec(l))) {
        types[m[1]] = { kind: 'alias', of: m[2], imports, enum: comment.some((c) => c.trim() === '+enum') };
      } else if ((m = /^\s+(\w+)\s+=\s+([A-Z]\w+)$/.exec(l))) {
        // a constant naming another (kept for compatibility): the same value again, without a text
        aliases.push([m[1], m[2]]);
      } else if ((m = /^\s+(\w+)\s+(\w+)\s+=\s+"([^"]*)"/.exec(l))) {
        consts[m[1]] = [m[2], m[3]];
        const text = comment.map((c) => c.trim()).filter((c) => c && !c.startsWith('+')).join(' ').split(/\s+/).join(' ');
        (enums[m[2]] ??= []).push({ value: m[3], comment: text.startsWith(m[1] + ' ') ? text.slice(m[1].length + 1) : text.startsWith(m[1]) ? text.slice(m[1].length) : text });
      }
      comment = [];
    }
  }
  for (const [, target] of aliases) if (consts[target]) (enums[consts[target][0]] ??= []).push({ value: consts[target][1], comment: '' });
  return (pkgs[pkg] = { types, docs, enums });
}

// ---------------------------------------------------------------- building the schemas
let schemas = {};
const PRIMITIVE = { string: ['string'], bool: ['boolean'], int: ['integer', 'int32'], int32: ['integer', 'int32'], int64: ['integer', 'int64'], float64: ['number', 'double'], byte: ['integer'] };
const ref = (name) => ({ allOf: [{ $ref: `#/components/schemas/${name}` }] });

/** where a Go type name points: [package, name] */
function qualify(pkg, imports, t) {
  if (t.includes('.')) {
    const [alias, name] = t.split('.');
    return [imports[alias], name];
  }
  return [pkg, t];
}

/** the schema of a value of Go type `t` written in package `pkg` */
function typeSchema(pkg, imports, t, field) {
  t = t.replace(/^\*/, '');
  if (t === '[]byte') return { type: 'string', format: 'byte' };
  if (t.startsWith('[]')) return { type: 'array', items: typeSchema(pkg, imports, t.slice(2)) };
  const mm = /^map\[([\w.*]+)\](.+)$/.exec(t);
  if (mm) return { type: 'object', additionalProperties: typeSchema(pkg, imports, mm[2]) };
  if (PRIMITIVE[t]) return { type: PRIMITIVE[t][0] };
  const [p, name] = qualify(pkg, imports, t);
  const full = `${p}.${name}`;
  if (STRINGS.has(full)) return { type: 'string' };
  if (SPECIAL[full]) {
    const n = SPECIAL[full];
    schemas[n] ??= real[n] ?? MICROTIME;
    return ref(n);
  }
  const def = loadPackage(p).types[name];
  if (!def) throw new Error(`unknown type ${full}`);
  if (def.kind === 'alias') {
    const s = typeSchema(p, def.imports, def.of);
    const values = def.enum ? loadPackage(p).enums[name] : undefined;
    if (values?.length && field) s.enumText = '\n\nPossible enum values:\n' + [...values].sort((a, b) => (a.value !== b.value ? (a.value < b.value ? -1 : 1) : a.comment < b.comment ? -1 : a.comment > b.comment ? 1 : 0)).map((v) => ` - \`"${v.value}"\`${v.comment ? ' ' + v.comment : ''}`).join('\n');
    return s;
  }
  structSchema(p, name);
  return ref(schemaName(p, name));
}

/** a Go doc comment as the OpenAPI descriptions give it: lines joined, blank lines kept as paragraphs, indented
 *  lines on their own, markers (+…) and TODOs left out, nothing after a `---` line */
function commentDoc(lines) {
  let b = '';
  for (const raw of lines) {
    if (raw.trim() === '---') break;
    const line = raw.replace(/ +$/, '');
    const lead = line.replace(/^ +/, '');
    if (!line.length) b = b.slice(0, -1) + '\n\n';
    else if (lead.startsWith('TODO') || lead.startsWith('+')) continue;
    else if (line.startsWith(' ') || line.startsWith('\t')) b = b.slice(0, -1) + '\n' + line + '\n';
    else b += line + ' ';
  }
  return b.replace(/\n+$/, '').trim();
}

/** the properties a struct contributes (inline members flattened) */
function collect(pkg, name, props, required) {
  const { types, docs } = loadPackage(pkg);
  const def = types[name];
  for (const f of def.fields) {
    if (f.json === '-') continue;
    if (f.inline || (!f.json && !f.go)) {
      const [p, n] = qualify(pkg, def.imports, f.type.replace(/^\*/, ''));
      collect(p, n, props, required);
      continue;
    }
    const s = typeSchema(pkg, def.imports, f.type, true);
    // the swagger texts stop at a "---"; the OpenAPI ones go on
    const doc = f.comment.some((c) => c.includes('---')) ? commentDoc(f.comment) : docs[name]?.[f.json];
    const { enumText, ...rest } = s;
    const desc = (doc ?? '') + (enumText ?? '');
    props[f.json] = desc ? { description: desc, ...rest } : rest;
    if (!f.omitempty && !f.optional) required.push(f.json);
  }
}

function structSchema(pkg, name) {
  const n = schemaName(pkg, name);
  if (schemas[n]) return;
  schemas[n] = {};
  const props = {};
  const required = [];
  collect(pkg, name, props, required);
  const s = {};
  const d = loadPackage(pkg).docs[name]?.[''];
  if (d) s.description = d;
  s.type = 'object';
  if (required.length) s.required = required;
  if (Object.keys(props).length) s.properties = props;
  schemas[n] = s;
}

// io.k8s.apimachinery.* → "meta"; io.k8s.api.<group>.<version>.* → "<group>-<version>"
const partOf = (name) => (name.startsWith('io.k8s.apimachinery.') ? 'meta' : name.split('.').slice(3, 5).join('-'));

/** the schemas of `kinds` at `tag`, one part per API package: { parts, gvPart (group-version → its part), docParts } */
function build(tag, kinds) {
  TAG = tag;
  pkgs = {};
  schemas = {};
  const paths = {};
  for (const [dir, kind, plural, namespaced] of kinds) {
    const pkg = `k8s.io/api/${dir}`;
    structSchema(pkg, kind);
    const [group, version] = dir.split('/');
    const g = groupOf(group);
    schemas[schemaName(pkg, kind)]['x-kubernetes-group-version-kind'] = [{ group: g, kind, version }];
    const base = g ? `/apis/${g}/${version}` : `/api/${version}`;
    const gvk = { 'x-kubernetes-group-version-kind': { group: g, kind, version } };
    paths[namespaced ? `${base}/namespaces/{namespace}/${plural}` : `${base}/${plural}`] = { get: gvk };
  }
  // one module per API package, loaded on use
  const parts = {};
  for (const name of Object.keys(schemas).sort()) ((parts[partOf(name)] ??= { paths: {}, schemas: {} }).schemas[name] = schemas[name]);
  const gvPart = {};
  for (const [dir] of kinds) {
    const [group, version] = dir.split('/');
    const g = groupOf(group);
    gvPart[g ? `apis/${g}/${version}` : `api/${version}`] = `${group}-${version}`;
  }
  for (const [p, ops] of Object.entries(paths)) {
    const gv = Object.keys(gvPart).find((g) => p.startsWith(`/${g}/`));
    parts[gvPart[gv]].paths[p] = ops;
  }
  /** the parts a part's schemas point into */
  const refsOf = (v, out = new Set()) => {
    if (Array.isArray(v)) for (const x of v) refsOf(x, out);
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) k === '$ref' ? out.add(partOf(x.split('/').pop())) : refsOf(x, out);
    return out;
  };
  /** every part a group-version's document is made of, its own first */
  const closure = (start) => {
    const seen = [start];
    for (let i = 0; i < seen.length; i++) for (const d of [...refsOf(parts[seen[i]].schemas)].sort()) if (!seen.includes(d)) seen.push(d);
    return seen;
  };
  const docParts = Object.fromEntries(Object.keys(gvPart).sort().map((g) => [g, closure(gvPart[g])]));
  return { parts, gvPart, docParts, count: Object.keys(schemas).length };
}

// ---------------------------------------------------------------- metrics.k8s.io, served by metrics-server
// metrics-server v0.7.2 (the version the world installs) sets OpenAPIV3Config, so the aggregator publishes its
// metrics.k8s.io/v1beta1 document; its schemas are the generated definitions in pkg/api/generated/openapi
// (k8s.io/metrics v0.29.8's types), read here from that Go file, with the routes of pkg/api (nodes, pods: get, list).
const METRICS_GIT = process.env.METRICS_SERVER_GIT ?? '/work/.mirror/kubernetes-sigs+metrics-server/repo';
const METRICS_TAG = 'v0.7.2';
function metricsPart() {
  const go = execFileSync('git', ['-C', METRICS_GIT, 'show', `${METRICS_TAG}:pkg/api/generated/openapi/zz_generated.openapi.go`], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const friendly = (n) => {
    const [pkgPath, type] = [n.slice(0, n.lastIndexOf('.')), n.slice(n.lastIndexOf('.') + 1)];
    const [domain, ...rest] = pkgPath.split('/');
    return [...domain.split('.').reverse(), ...rest, type].join('.');
  };
  /** one definition function's Go literal, as JSON */
  const definition = (fn) => {
    const m = new RegExp(`^func ${fn}\\(ref common\\.ReferenceCallback\\) common\\.OpenAPIDefinition \\{\\n\\treturn common\\.OpenAPIDefinition\\{\\n\\t\\tSchema: spec\\.Schema\\{\\n([\\s\\S]*?)\\n\\t\\t\\},\\n`, 'm').exec(go);
    if (!m) throw new Error(`no ${fn} in metrics-server's definitions`);
    let t = m[1]
      .replace(/v1\.Duration\{\}\.OpenAPISchemaType\(\)/g, '[]string{"string"}')
      .replace(/v1\.Duration\{\}\.OpenAPISchemaFormat\(\)/g, '""')
      .replace(/ref\(("[^"]+")\)/g, '{"$ref": $1}')
      .replace(/\[\]string\{([^}]*)\}/g, '[$1]')
      .replace(/map\[string\]interface\{\}\{\}/g, '{}')
      .replace(/(?:&?spec\.\w+|map\[string\]spec\.Schema)\{/g, '{')
      .replace(/^(\s*)(\w+):/gm, '$1"$2":')
      .replace(/,(\s*[}\]])/g, '$1');
    t = `{${t.replace(/,\s*$/, '')}}`;
    return JSON.parse(t);
  };
  /** a go-openapi spec.Schema literal as the v3 document has it */
  const toV3 = (s) => {
    const p = s.SchemaProps ?? {};
    const out = {};
    if (p.Description) out.description = p.Description;
    if (p.Type) out.type = p.Type[0];
    if (p.Format) out.format = p.Format;
    if (p.Default !== undefined) out.default = p.Default;
    if (p.Items) out.items = toV3(p.Items.Schema);
    if (p.Properties) out.properties = Object.fromEntries(Object.entries(p.Properties).map(([k, v]) => [k, toV3(v)]));
    if (p.AdditionalProperties) out.additionalProperties = toV3(p.AdditionalProperties.Schema);
    if (p.Required) out.required = p.Required;
    if (p.Ref) out.$ref = `#/components/schemas/${friendly(p.Ref.$ref)}`;
    return out;
  };
  /** builder3's WrapRefs: a $ref with siblings goes into an allOf */
  const wrap = (s) => {
    const out = { ...s };
    if (out.properties) out.properties = Object.fromEntries(Object.entries(out.properties).map(([k, v]) => [k, wrap(v)]));
    if (out.items) out.items = wrap(out.items);
    if (out.additionalProperties) out.additionalProperties = wrap(out.additionalProperties);
    if (out.$ref && Object.keys(out).length > 1) {
      out.allOf = [{ $ref: out.$ref }];
      delete out.$ref;
    }
    return out;
  };
  const schemas = {};
  const group = 'metrics.k8s.io';
  for (const t of ['ContainerMetrics', 'NodeMetrics', 'NodeMetricsList', 'PodMetrics', 'PodMetricsList']) {
    const s = wrap(toV3(definition(`schema_pkg_apis_metrics_v1beta1_${t}`)));
    if (t !== 'ContainerMetrics') s['x-kubernetes-group-version-kind'] = [{ group, kind: t, version: 'v1beta1' }];
    schemas[`io.k8s.metrics.pkg.apis.metrics.v1beta1.${t}`] = s;
  }
  schemas['io.k8s.apimachinery.pkg.apis.meta.v1.Duration'] = toV3(definition('schema_pkg_apis_meta_v1_Duration'));
  const gvk = (kind) => ({ get: { 'x-kubernetes-group-version-kind': { group, kind, version: 'v1beta1' } } });
  const base = `/apis/${group}/v1beta1`;
  const paths = { [`${base}/nodes`]: gvk('NodeMetrics'), [`${base}/nodes/{name}`]: gvk('NodeMetrics'), [`${base}/namespaces/{namespace}/pods`]: gvk('PodMetrics'), [`${base}/namespaces/{namespace}/pods/{name}`]: gvk('PodMetrics'), [`${base}/pods`]: gvk('PodMetrics') };
  return { paths, schemas };
}

const v128 = build('v0.28.15', KINDS);
const v129 = build('v0.29.14', KINDS_129);
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
const isObj = (v) => v && typeof v === 'object' && !Array.isArray(v);
/** a JSON merge patch (RFC 7386) turning `a` into `b`: changed keys only, null for a key that is gone */
function mergeDiff(a, b) {
  const d = {};
  for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (!(k in b)) d[k] = null;
    else if (!(k in a)) d[k] = b[k];
    else if (same(a[k], b[k])) continue;
    else d[k] = isObj(a[k]) && isObj(b[k]) ? mergeDiff(a[k], b[k]) : b[k];
  }
  return d;
}
/** what 1.29 changes in each 1.28 part, as a merge patch of the part; a part 1.29 adds, whole */
const diffs = {};
for (const [name, part] of Object.entries(v129.parts)) {
  const old = v128.parts[name];
  const d = old ? mergeDiff(old, part) : part;
  if (Object.keys(d).length) diffs[name] = d;
}
const schemaBytes = (o) => Object.entries(o).map(([k, v]) => `${k} ${JSON.stringify(v).length}`).join(', ');
if (process.env.SHOW_DIFF) console.log(JSON.stringify(diffs[process.env.SHOW_DIFF], null, 1));
const OUT = path.join(ROOT, 'src/sim/k8s/kubectl/verbs/explain/data');
fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
const HEAD = `// Generated by scripts/gen-explain-data.mjs from k8s.io/api and k8s.io/apimachinery v0.28.15 (Kubernetes 1.28). Do not edit.\n`;
const { gvPart } = v128;
const metrics = metricsPart();
const parts = { ...v128.parts, 'metrics-v1beta1': metrics };
const sizes = [];
for (const [name, part] of Object.entries(parts).sort()) {
  const f = path.join(OUT, `${name}.ts`);
  fs.writeFileSync(f, HEAD + `import type { Part } from '../render';\n\nexport const PART: Part = JSON.parse(${JSON.stringify(JSON.stringify(part))});\n`);
  sizes.push(`${name} ${fs.statSync(f).size}`);
}
// 1.29: each changed part as a merge patch of its 1.28 self, a new part whole
fs.mkdirSync(path.join(OUT, 'v129'));
const HEAD129 = `// Generated by scripts/gen-explain-data.mjs: what k8s.io/api and k8s.io/apimachinery v0.29.14 (Kubernetes 1.29) change in the v0.28.15 schemas. Do not edit.\n`;
for (const [name, d] of Object.entries(diffs).sort()) {
  const f = path.join(OUT, 'v129', `${name}.ts`);
  fs.writeFileSync(f, HEAD129 + `/** ${v128.parts[name] ? `a JSON merge patch (RFC 7386) of the 1.28 part "${name}"` : 'a part 1.28 does not have'} */\nexport const PATCH: Record<string, unknown> = JSON.parse(${JSON.stringify(JSON.stringify(d))});\n`);
  sizes.push(`v129/${name} ${fs.statSync(f).size}`);
}
const gvs = Object.keys(gvPart).sort();
const gvs129 = Object.keys(v129.gvPart).sort();
// a group 1.29 serves at a newer version: discovery's preferred version there
const preferred129 = Object.fromEntries(KINDS_129.slice(KINDS.length).map(([dir]) => [groupOf(dir.split('/')[0]), dir.split('/')[1]]));
fs.writeFileSync(
  path.join(OUT, 'index.ts'),
  HEAD +
    `import type { Part } from '../render';\n\n` +
    `/** the group-versions the server's /openapi/v3 lists */\n` +
    `export const GROUP_VERSIONS: string[] = ${JSON.stringify(gvs)};\n\n` +
    `/** the parts each group-version's document is made of: its own package's schemas and paths, then the packages they point into */\n` +
    `export const DOC_PARTS: Record<string, string[]> = {\n${gvs.map((g) => `  ${JSON.stringify(g)}: ${JSON.stringify(v128.docParts[g])},`).join('\n')}\n};\n\n` +
    `export const LOAD_PART: Record<string, () => Promise<{ PART: Part }>> = {\n${Object.keys(parts).sort().map((n) => `  ${JSON.stringify(n)}: () => import('./${n}'),`).join('\n')}\n};\n\n` +
    `/** an aggregated API's group-version, served while its APIService is available: metrics-server ${METRICS_TAG}'s */\n` +
    `export const AGGREGATED_DOC_PARTS: Record<string, string[]> = { "apis/metrics.k8s.io/v1beta1": ["metrics-v1beta1", "meta"] };\n\n` +
    `/** Kubernetes 1.29 (v0.29.14): the group-versions, their parts, the groups whose preferred version is new */\n` +
    `export const GROUP_VERSIONS_129: string[] = ${JSON.stringify(gvs129)};\n\n` +
    `export const DOC_PARTS_129: Record<string, string[]> = {\n${gvs129.filter((g) => !same(v128.docParts[g], v129.docParts[g])).map((g) => `  ${JSON.stringify(g)}: ${JSON.stringify(v129.docParts[g])},`).join('\n')}\n};\n\n` +
    `export const PREFERRED_129: Record<string, string> = ${JSON.stringify(preferred129)};\n\n` +
    `/** what 1.29 changes in a part (a merge patch), or a part it adds */\n` +
    `export const LOAD_PATCH_129: Record<string, () => Promise<{ PATCH: Record<string, unknown> }>> = {\n${Object.keys(diffs).sort().map((n) => `  ${JSON.stringify(n)}: () => import('./v129/${n}'),`).join('\n')}\n};\n`,
);
console.log(`${v128.count} schemas, ${KINDS.length} kinds (1.29: ${v129.count}, ${KINDS_129.length}); ${sizes.join(', ')}`);
