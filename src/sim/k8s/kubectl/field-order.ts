/**
 * Typed objects as encoding/json writes them: a struct's fields in the order the Go type declares them (the table in
 * field-order-data.ts, generated from k8s.io/api and apimachinery's types.go), the fields Go always writes filled in
 * with their zero values, map keys sorted, keys the table does not know last and sorted. The API server writes
 * its JSON this way, and so does kubectl's JSON printer for the typed lists of `kubectl cluster-info dump`.
 * The table loads with the verbs that need it (loadFieldOrder); until then objects keep their stored order.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */

interface FieldSpec {
  name: string;
  /** the struct type of the value (each element of a list), or of each value of a map */
  type?: string;
  map?: boolean;
  /** written when missing: s "", b false, n 0, u null, o the zero struct, q "0"; e: left out when empty (omitempty) */
  zero?: string;
}

let table: Map<string, FieldSpec[]> | null = null;
let loading: Promise<void> | null = null;

export function loadFieldOrder(): Promise<void> {
  loading ??= import('./field-order-data').then(({ FIELD_ORDER }) => {
    const t = new Map<string, FieldSpec[]>();
    for (const line of FIELD_ORDER.split('\n')) {
      const [name, ...fields] = line.split(' ');
      if (!name) continue;
      t.set(
        name,
        fields.map((f) => {
          const m = /^([^=:!]*)(?:([=:])(\w+))?(?:!(\w))?$/.exec(f)!;
          return { name: m[1], type: m[3], map: m[2] === ':', zero: m[4] };
        }),
      );
    }
    table = t;
  });
  return loading;
}

export function fieldOrderReady(): boolean {
  return table !== null;
}

function sorted(v: any): any {
  if (Array.isArray(v)) return v.map(sorted);
  if (v && typeof v === 'object') return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sorted(v[k])]));
  return v;
}

/** what omitempty leaves out: "", 0, false, null, an empty list or map */
const empty = (x: any) => x === '' || x === 0 || x === false || x === null || (typeof x === 'object' && Object.keys(x).length === 0);

function zeroOf(f: FieldSpec): any {
  switch (f.zero) {
    case 's':
      return '';
    case 'b':
      return false;
    case 'n':
      return 0;
    case 'q':
      return '0';
    case 'o':
      return f.type ? ordered({}, f.type) : {};
    default:
      return null;
  }
}

/** The value ordered as the Go struct `type` is written (a plain object stays sorted if the table is not loaded). */
export function ordered(v: any, type: string): any {
  if (Array.isArray(v)) return v.map((x) => ordered(x, type));
  const fields = table?.get(type);
  if (!v || typeof v !== 'object' || !fields) return sorted(v);
  const out: any = {};
  for (const f of fields) {
    const x = v[f.name];
    if (x === undefined) {
      if (f.zero && f.zero !== 'e') out[f.name] = zeroOf(f);
      continue;
    }
    if (f.zero === 'e' && empty(x)) continue;
    if (!f.type || x === null) out[f.name] = sorted(x);
    else if (f.map && typeof x === 'object') out[f.name] = Object.fromEntries(Object.keys(x).sort().map((k) => [k, ordered(x[k], f.type!)]));
    else out[f.name] = ordered(x, f.type);
  }
  const known = new Set(fields.map((f) => f.name));
  for (const k of Object.keys(v).sort()) if (!known.has(k) && v[k] !== undefined) out[k] = sorted(v[k]);
  return out;
}

/** An object of `kind` (or a `kind`List) in struct order, or as it is when the table is not loaded or knows no such kind. */
export function structOrdered(v: any, kind: string): any {
  return table?.has(kind) ? ordered(v, kind) : v;
}

/** json.MarshalIndent(v, "", "    ") as kubectl's JSON printer calls it, with the newline it adds: <, >, & escaped for HTML */
export function goIndentJson(v: any): string {
  return JSON.stringify(v, null, 4).replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`) + '\n';
}
