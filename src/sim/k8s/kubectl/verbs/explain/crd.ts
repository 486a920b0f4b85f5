/** The OpenAPI v3 documents the API server publishes for CustomResourceDefinitions, built from the CRD objects the
 *  cluster holds as k8s.io/apiextensions-apiserver v0.28.15 builds them (pkg/controller/openapi/builder/builder.go,
 *  BuildOpenAPIV3 with Options{V2: false}, as the openapiv3 controller calls it): the version's openAPIV3Schema made
 *  structural and unfolded (pkg/apiserver/schema: the fields a structural schema keeps; x-kubernetes-int-or-string
 *  gains its anyOf of integer and string), metadata a reference to ObjectMeta with PartialObjectMetadata's text,
 *  apiVersion and kind TypeMeta's, the kind's GroupVersionKind as x-kubernetes-group-version-kind, the list kind of
 *  buildListSchema, and the routes of registerResourceHandlers with the GroupVersionKind on each operation; kube-openapi's
 *  builder3 then wraps each $ref that has siblings in an allOf. The
 *  CRDs of one group-version share one document (the controller merges them); ObjectMeta and ListMeta come from
 *  the "meta" part. scripts/record-explain.mjs serves the same documents to the real client. */
import type { OpenAPIDoc } from './render';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Schema = Record<string, any>;

const META = 'io.k8s.apimachinery.pkg.apis.meta.v1';
const ref = (name: string) => `#/components/schemas/${name}`;
// k8s.io/apimachinery v0.28.15 pkg/apis/meta/v1: TypeMeta's fields as the generated definitions have them, and the
// texts of PartialObjectMetadata and (v1beta1) PartialObjectMetadataList the builder gives metadata
const TYPE_META: Schema = {
  apiVersion: { description: 'APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources', type: 'string' },
  kind: { description: 'Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds', type: 'string' },
};
const OBJECT_META_TEXT = "Standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata";
const LIST_META_TEXT = 'Standard list metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds';

/** util.ToRESTFriendlyName of "group/version.Kind": the group's domain reversed */
export const restFriendlyName = (group: string, version: string, kind: string): string => `${group.split('.').reverse().join('.')}.${version}.${kind}`;

// what a structural schema keeps (Generic, Extensions, ValueValidation), in ToKubeOpenAPI's terms
const GENERIC = ['type', 'nullable', 'description', 'title', 'default'];
const EXT = ['x-kubernetes-preserve-unknown-fields', 'x-kubernetes-embedded-resource', 'x-kubernetes-int-or-string', 'x-kubernetes-list-map-keys', 'x-kubernetes-list-type', 'x-kubernetes-map-type', 'x-kubernetes-validations'];
const VALUE = ['format', 'maximum', 'exclusiveMaximum', 'minimum', 'exclusiveMinimum', 'maxLength', 'minLength', 'pattern', 'maxItems', 'minItems', 'uniqueItems', 'multipleOf', 'enum', 'maxProperties', 'minProperties', 'required'];
const set = (v: unknown) => v !== undefined && v !== null && v !== false && v !== '';

/** a value validation inside allOf/anyOf/oneOf/not: its value fields, items and properties */
function nested(s: Schema): Schema {
  const out: Schema = {};
  for (const k of VALUE) if (set(s[k])) out[k] = s[k];
  if (s.type) out.type = s.type;
  for (const k of ['allOf', 'anyOf', 'oneOf']) if (Array.isArray(s[k])) out[k] = s[k].map(nested);
  if (s.not) out.not = nested(s.not);
  if (s.items) out.items = nested(s.items);
  if (s.properties) out.properties = Object.fromEntries(Object.entries(s.properties).map(([k, v]) => [k, nested(v as Schema)]));
  if (s['x-kubernetes-int-or-string']) out['x-kubernetes-int-or-string'] = true;
  return out;
}

/** NewStructural, Unfold and ToKubeOpenAPI of a CRD's schema */
export function structural(s: Schema): Schema {
  const out: Schema = {};
  if (s.items && typeof s.items === 'object') out.items = structural(s.items);
  if (s.properties) out.properties = Object.fromEntries(Object.entries(s.properties).map(([k, v]) => [k, structural(v as Schema)]));
  for (const k of GENERIC) if (set(s[k])) out[k] = s[k];
  if (s.additionalProperties !== undefined) out.additionalProperties = typeof s.additionalProperties === 'object' ? structural(s.additionalProperties) : s.additionalProperties;
  for (const k of EXT) if (set(s[k])) out[k] = s[k];
  for (const k of VALUE) if (set(s[k])) out[k] = s[k];
  for (const k of ['allOf', 'anyOf', 'oneOf']) if (Array.isArray(s[k])) out[k] = s[k].map(nested);
  if (s.not) out.not = nested(s.not);
  if (s['x-kubernetes-int-or-string']) {
    const intOrString = [{ type: 'integer' }, { type: 'string' }];
    const isPattern = (a: Schema[] | undefined) => a?.length === 2 && a[0].type === 'integer' && a[1].type === 'string';
    if (!isPattern(out.anyOf) && !isPattern(out.allOf?.[0]?.anyOf)) {
      if (!out.anyOf) out.anyOf = intOrString;
      else out.allOf = [{ anyOf: intOrString }, ...(out.allOf ?? [])];
    }
  }
  return out;
}

/** kube-openapi's builder3 WrapRefs (the commit apiextensions-apiserver v0.28.15 uses): a $ref with siblings moves
 *  into an allOf of its own, in every schema the walker reaches */
export function wrapRefs(s: Schema): Schema {
  if (!s || typeof s !== 'object') return s;
  const out: Schema = { ...s };
  if (out.properties) out.properties = Object.fromEntries(Object.entries(out.properties).map(([k, v]) => [k, wrapRefs(v as Schema)]));
  for (const k of ['items', 'not']) if (out[k] && typeof out[k] === 'object') out[k] = wrapRefs(out[k]);
  if (out.additionalProperties && typeof out.additionalProperties === 'object') out.additionalProperties = wrapRefs(out.additionalProperties);
  for (const k of ['allOf', 'anyOf', 'oneOf']) if (Array.isArray(out[k])) out[k] = out[k].map(wrapRefs);
  if (out.$ref && Object.keys(out).length > 1) {
    out.allOf = [{ $ref: out.$ref }];
    delete out.$ref;
  }
  return out;
}

/** pkg/controller/openapi/v2 ToStructuralOpenAPIV2, for the OpenAPI v2 document: no junctors; a nullable value
 *  untyped and without items or properties, so is one that keeps unknown fields; an array without items untyped;
 *  nullable fields not required */
export function structuralV2(s: Schema): Schema {
  const out: Schema = { ...s };
  for (const k of ['allOf', 'oneOf', 'anyOf', 'not']) delete out[k];
  if (out.nullable) {
    delete out.type;
    delete out.nullable;
    delete out.items;
    delete out.properties;
  }
  const preserve = out['x-kubernetes-preserve-unknown-fields'];
  if (preserve) {
    delete out.items;
    delete out.properties;
  }
  if (!out.items && out.type === 'array') delete out.type;
  if (preserve && out.type === 'object') delete out.type;
  if (out.properties && Array.isArray(out.required)) {
    out.required = out.required.filter((f: string) => !out.properties[f]?.nullable);
    if (!out.required.length) delete out.required;
  }
  if (out.additionalProperties && typeof out.additionalProperties === 'object' && out.additionalProperties.nullable) delete out.required;
  if (out.properties) out.properties = Object.fromEntries(Object.entries(out.properties).map(([k, v]) => [k, structuralV2(v as Schema)]));
  if (out.items) out.items = structuralV2(out.items);
  if (out.additionalProperties && typeof out.additionalProperties === 'object') out.additionalProperties = structuralV2(out.additionalProperties);
  return out;
}

/** the paths and schemas one served version of a CRD adds to its group-version's document; with `v2`, as the
 *  OpenAPI v2 document has them (Options{V2: true}: ToStructuralOpenAPIV2, only `type: object` for a schema that
 *  keeps unknown fields at its root, and no allOf wrapping) */
export function crdDocument(crd: Schema, version: string, v2 = false): { paths: OpenAPIDoc['paths']; schemas: Record<string, Schema> } {
  const { group, names, scope } = crd.spec;
  const v = crd.spec.versions.find((x: Schema) => x.name === version);
  const gvk = { group, version, kind: names.kind };
  const kindName = restFriendlyName(group, version, names.kind);
  const listKind = names.listKind ?? `${names.kind}List`;
  const listName = restFriendlyName(group, version, listKind);
  const schema = v?.schema?.openAPIV3Schema ?? crd.spec.validation?.openAPIV3Schema;
  let kind: Schema;
  if (!schema || (v2 && (schema['x-kubernetes-preserve-unknown-fields'] || crd.spec.preserveUnknownFields))) kind = { type: 'object' };
  else {
    kind = v2 ? structuralV2(structural(schema)) : structural(schema);
    kind.properties = { ...kind.properties, metadata: { description: OBJECT_META_TEXT, $ref: ref(`${META}.ObjectMeta`) }, ...TYPE_META };
  }
  kind['x-kubernetes-group-version-kind'] = [gvk];
  const list: Schema = {
    description: `${listKind} is a list of ${names.kind}`,
    type: 'object',
    required: ['items'],
    properties: {
      items: { description: `List of ${names.plural}. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md`, type: 'array', items: { $ref: ref(kindName) } },
      metadata: { description: LIST_META_TEXT, $ref: ref(`${META}.ListMeta`) },
      ...TYPE_META,
    },
    'x-kubernetes-group-version-kind': [{ group, version, kind: listKind }],
  };
  const op = { 'x-kubernetes-group-version-kind': gvk };
  const paths: OpenAPIDoc['paths'] = {};
  let root = `/apis/${group}/${version}/${names.plural}`;
  if (scope === 'Namespaced') {
    paths[root] = { get: op };
    root = `/apis/${group}/${version}/namespaces/{namespace}/${names.plural}`;
  }
  paths[root] = { get: op, post: op, delete: op };
  paths[`${root}/{name}`] = { get: op, put: op, delete: op, patch: op };
  const sub = v?.subresources ?? crd.spec.subresources ?? {};
  if (sub.status) paths[`${root}/{name}/status`] = { get: op, put: op, patch: op };
  if (sub.scale) paths[`${root}/{name}/scale`] = { get: op, put: op, patch: op };
  return { paths, schemas: v2 ? { [kindName]: kind, [listName]: list } : { [kindName]: wrapRefs(kind), [listName]: wrapRefs(list) } };
}

export interface CrdResource {
  name: string;
  singular: string;
  short: string[];
  group: string;
  version: string;
  kind: string;
}

/** a CRD object the server can serve: with its group, names and versions */
const complete = (crd: Schema) => !!(crd?.spec?.group && crd.spec.names?.plural && crd.spec.names.kind && Array.isArray(crd.spec.versions));

/** version.CompareKubeAwareVersionStrings as a sort key: GA before beta before alpha, higher numbers first, then
 *  versions that do not look like Kubernetes ones, by name */
function kubeAwareOrder(a: string, b: string): number {
  const parse = (v: string) => {
    const m = /^v(\d+)(?:(alpha|beta)(\d+))?$/.exec(v);
    return m ? { kube: true, major: +m[1], level: m[2] === 'alpha' ? 0 : m[2] === 'beta' ? 1 : 2, minor: m[3] ? +m[3] : 0 } : { kube: false, major: 0, level: 0, minor: 0 };
  };
  const x = parse(a);
  const y = parse(b);
  if (x.kube !== y.kube) return x.kube ? -1 : 1;
  if (!x.kube) return a < b ? -1 : a > b ? 1 : 0;
  return y.level - x.level || y.major - x.major || y.minor - x.minor;
}

/** the resources discovery lists for the CRDs, each at its preferred version (the first served one in kube-aware order) */
export function crdResources(crds: Schema[]): CrdResource[] {
  const out: CrdResource[] = [];
  for (const crd of crds.filter(complete)) {
    const v = crd.spec.versions.filter((x: Schema) => x.served !== false).map((x: Schema) => x.name as string).sort(kubeAwareOrder)[0];
    if (!v) continue;
    const n = crd.spec.names;
    out.push({ name: n.plural, singular: n.singular || n.kind.toLowerCase(), short: n.shortNames ?? [], group: crd.spec.group, version: v, kind: n.kind });
  }
  return out;
}

/** the document of a group-version ("apis/crd.projectcalico.org/v1") made of the CRDs that serve it, or undefined;
 *  `meta` gives the meta package's schemas */
export function crdGroupDocument(crds: Schema[], groupVersion: string, meta: () => Record<string, Schema>, v2 = false): OpenAPIDoc | undefined {
  const doc: OpenAPIDoc = { paths: {}, components: { schemas: {} } };
  let found = false;
  for (const crd of crds.filter(complete)) {
    for (const v of crd.spec.versions) {
      if (v.served === false || `apis/${crd.spec.group}/${v.name}` !== groupVersion) continue;
      const d = crdDocument(crd, v.name, v2);
      Object.assign(doc.paths, d.paths);
      Object.assign(doc.components.schemas, d.schemas);
      found = true;
    }
  }
  if (!found) return undefined;
  doc.components.schemas = { ...meta(), ...doc.components.schemas };
  return doc;
}
