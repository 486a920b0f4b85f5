/** kubectl 1.28's `explain` "plaintext" layout, read from an OpenAPI v3 document the way its template walks it. */
import { wordWrap } from './wrap';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Schema = Record<string, any>;
export interface OpenAPIDoc {
  paths: Record<string, Record<string, Schema>>;
  components: { schemas: Record<string, Schema> };
}
/** a generated piece of the documents: one API package's schemas, and the paths of its group-version */
export interface Part {
  paths: OpenAPIDoc['paths'];
  schemas: OpenAPIDoc['components']['schemas'];
}
export interface GVR {
  group: string;
  version: string;
  resource: string;
}

/** what the template prints before it stops, and the error it stops with */
export interface Rendered {
  out: string;
  err?: string;
}

const truthy = (v: unknown): boolean => {
  if (v === undefined || v === null || v === false || v === 0 || v === '') return false;
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === 'object') return Object.keys(v as object).length > 0;
  return true;
};
const indent = (n: number, s: string) => {
  const pad = ' '.repeat(n);
  return pad + s.replace(/\n/g, '\n' + pad);
};
const sortedKeys = (o: Schema | undefined) => Object.keys(o ?? {}).sort();

export function gvrString(g: GVR): string {
  return `${g.group}/${g.version}, Resource=${g.resource}`;
}

export function renderExplain(doc: OpenAPIDoc, gvr: GVR, fieldPath: string[], recursive: boolean): Rendered {
  const resolveRef = (ref: unknown): Schema | undefined => {
    if (typeof ref !== 'string' || !ref.startsWith('#') || ref.length < 2) return undefined;
    let cur: any = doc;
    for (const k of ref.slice(1).split('/')) {
      if (!k) continue;
      const next = cur?.[k];
      if (!next || typeof next !== 'object' || Array.isArray(next)) return undefined;
      cur = next;
    }
    return cur;
  };
  const orResolved = (s: Schema) => {
    const r = resolveRef(s.$ref);
    return truthy(r) ? r! : s;
  };

  const typeGuess = (s: Schema): string => {
    if (truthy(s.items)) return '[]' + typeGuess(s.items);
    if (truthy(s.additionalProperties)) return 'map[string]' + typeGuess(s.additionalProperties);
    if (truthy(s.allOf) && !truthy(s.properties) && s.allOf.length === 1) return typeGuess(s.allOf[0]);
    if (truthy(s.$ref)) {
      const ref: string = s.$ref;
      const target = resolveRef(ref);
      if (!truthy(target) || !truthy(target!.type) || target!.type === 'object') {
        const name = ref.split('/').pop()!;
        return name.split('.').pop() || 'Object';
      }
      return target!.type;
    }
    return s.type === 'object' ? 'Object' : truthy(s.type) ? s.type : 'Object';
  };

  const description = (s: Schema): string => {
    const r = orResolved(s);
    if (!truthy(r)) return '';
    let out = truthy(r.description) ? r.description + '\n' : '';
    for (const a of r.allOf ?? []) out += description(a);
    if (truthy(r.items)) out += description(r.items);
    if (truthy(r.additionalProperties)) out += description(r.additionalProperties);
    return out;
  };

  const fieldDetail = (name: string, s: Schema, short: boolean, level: number): string => {
    const n = level * 2;
    const f = s.properties[name];
    let out = `${indent(n, name)}\t<${typeGuess(f)}>`;
    if (Array.isArray(s.required) && s.required.includes(name)) out += ' -required-';
    out += '\n';
    if (!short) out += indent(n + 2, wordWrap(truthy(f.description) ? f.description : '<no description>', 78 - n)) + '\n\n';
    return out;
  };

  const fieldList = (s: Schema, level: number, history: Record<string, 1>): string => {
    const ref: string = truthy(s.$ref) ? s.$ref : '';
    if (ref && history[ref]) return '';
    const next = { ...history, [ref]: 1 as const };
    const r = orResolved(s);
    let out = '';
    for (const k of sortedKeys(r.properties)) {
      out += fieldDetail(k, r, recursive, level);
      if (recursive) out += fieldList(r.properties[k], level + 1, next);
    }
    for (const a of r.allOf ?? []) out += fieldList(a, level, next);
    if (truthy(r.items)) out += fieldList(r.items, level, next);
    if (truthy(r.additionalProperties)) out += fieldList(r.additionalProperties, level, next);
    return out;
  };

  const output = (s: Schema, history: Record<string, 1>, path: string[]): string => {
    const ref: string = truthy(s.$ref) ? s.$ref : '';
    const next = { ...history, [ref]: 1 as const };
    const r = orResolved(s);
    if (!path.length) {
      let out = 'DESCRIPTION:\n' + indent(4, wordWrap(description(r) || '<empty>', 76)) + '\n';
      const fl = fieldList(r, 1, {});
      if (fl) out += 'FIELDS:\n' + fl;
      return out;
    }
    if (ref && history[ref]) return '';
    if (truthy(r.properties) && truthy(r.properties[path[0]])) {
      const sub = r.properties[path[0]];
      const head = path.length === 1 ? `FIELD: ${path[0]} <${typeGuess(sub)}>\n\n` : '';
      return head + output(sub, {}, path.slice(1));
    }
    if (truthy(r.items)) return output(r.items, next, path);
    if (truthy(r.additionalProperties)) return output(r.additionalProperties, next, path);
    for (const a of r.allOf ?? []) {
      const o = output(a, next, path);
      if (o) return o;
    }
    return '';
  };

  // the GroupVersionKind from the resource's paths (list, get, namespaced list and get)
  const prefix = gvr.group ? `/apis/${gvr.group}` : '/api';
  const base = `${prefix}/${gvr.version}`;
  const searchPaths = [`${base}/${gvr.resource}`, `${base}/${gvr.resource}/{name}`, `${base}/namespaces/{namespace}/${gvr.resource}`, `${base}/namespaces/{namespace}/${gvr.resource}/{name}`];
  let gvk: any;
  for (const p of searchPaths) {
    const el = doc.paths[p];
    if (!truthy(el)) continue;
    for (const m of ['get', 'post', 'put', 'patch', 'delete']) {
      const op = el[m];
      if (!truthy(op)) continue;
      gvk = op['x-kubernetes-group-version-kind'];
      if (truthy(gvk)) break;
    }
  }
  if (!truthy(gvk)) return { out: '', err: `error: GVR (${gvrString(gvr)}) not found in OpenAPI schema` };
  const head = (gvk.group ? `GROUP:      ${gvk.group}\n` : '') + `KIND:       ${gvk.kind}\nVERSION:    ${gvk.version}\n\n`;
  const same = (a: any) => a && a.group === gvk.group && a.kind === gvk.kind && a.version === gvk.version && Object.keys(a).length === Object.keys(gvk).length;
  for (const name of sortedKeys(doc.components.schemas)) {
    const s = doc.components.schemas[name];
    const kinds = s['x-kubernetes-group-version-kind'];
    if (!Array.isArray(kinds) || !kinds.some(same)) continue;
    const body = output(s, {}, fieldPath);
    if (!body) return { out: head, err: `error: field "${fieldPath[fieldPath.length - 1]}" does not exist` };
    return { out: head + body + '\n' };
  }
  return { out: head, err: `error: GVK map[group:${gvk.group} kind:${gvk.kind} version:${gvk.version}] not found in OpenAPI schema` };
}
