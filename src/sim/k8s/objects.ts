/** Object shapes: kept close to the API's JSON so that -o yaml/json and apply -f need no translation. */
/* eslint-disable @typescript-eslint/no-explicit-any */

export interface OwnerRef {
  apiVersion: string;
  kind: string;
  name: string;
  uid: string;
  controller?: boolean;
  blockOwnerDeletion?: boolean;
}

export interface Meta {
  name: string;
  namespace?: string;
  uid: string;
  resourceVersion: string;
  generation?: number;
  creationTimestamp: number;
  deletionTimestamp?: number;
  deletionGracePeriodSeconds?: number;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  ownerReferences?: OwnerRef[];
  generateName?: string;
  finalizers?: string[];
}

export interface Obj {
  apiVersion: string;
  kind: string;
  metadata: Meta;
  spec?: any;
  status?: any;
  data?: Record<string, string>;
  [k: string]: any;
}

export type Labels = Record<string, string>;

export function matchLabels(sel: Labels | undefined, labels: Labels | undefined): boolean {
  if (!sel) return false;
  const keys = Object.keys(sel);
  if (keys.length === 0) return false;
  for (const k of keys) if (!labels || labels[k] !== sel[k]) return false;
  return true;
}

/** A parsed label selector (`app=nginx,tier!=db,env in (a,b),!x,y`). */
export type Req = { key: string; op: '=' | '!=' | 'in' | 'notin' | 'exists' | '!'; values: string[] };

export function parseSelector(s: string): Req[] | string {
  const out: Req[] = [];
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const c of s) {
    if (c === '(') depth++;
    if (c === ')') depth--;
    if (c === ',' && depth === 0) {
      parts.push(cur);
      cur = '';
    } else cur += c;
  }
  if (cur || parts.length) parts.push(cur);
  for (let p of parts) {
    p = p.trim();
    if (!p) return `unable to parse requirement: found '', expected: identifier`;
    let m: RegExpExecArray | null;
    if ((m = /^([\w./-]+)\s+(in|notin)\s+\(([^)]*)\)$/.exec(p))) out.push({ key: m[1], op: m[2] as 'in', values: m[3].split(',').map((x) => x.trim()) });
    else if ((m = /^([\w./-]+)\s*(==|=|!=)\s*([\w.-]*)$/.exec(p))) out.push({ key: m[1], op: m[2] === '!=' ? '!=' : '=', values: [m[3]] });
    else if ((m = /^!([\w./-]+)$/.exec(p))) out.push({ key: m[1], op: '!', values: [] });
    else if ((m = /^([\w./-]+)$/.exec(p))) out.push({ key: m[1], op: 'exists', values: [] });
    else return `unable to parse requirement: <nil>: Invalid value: "${p}": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')`;
  }
  return out;
}

export function selectorMatches(reqs: Req[], labels: Labels | undefined): boolean {
  const l = labels ?? {};
  for (const r of reqs) {
    const has = Object.prototype.hasOwnProperty.call(l, r.key);
    const v = l[r.key];
    switch (r.op) {
      case '=':
        if (!has || v !== r.values[0]) return false;
        break;
      case '!=':
        if (has && v === r.values[0]) return false;
        break;
      case 'in':
        if (!has || !r.values.includes(v)) return false;
        break;
      case 'notin':
        if (has && r.values.includes(v)) return false;
        break;
      case 'exists':
        if (!has) return false;
        break;
      case '!':
        if (has) return false;
    }
  }
  return true;
}

export function selectorString(sel: Labels | undefined): string {
  return sel ? Object.keys(sel).map((k) => `${k}=${sel[k]}`).join(',') : '';
}

export function clone<T>(o: T): T {
  return o === undefined ? o : JSON.parse(JSON.stringify(o));
}

export function ownerOf(o: Obj): OwnerRef | undefined {
  return o.metadata.ownerReferences?.find((r) => r.controller);
}
