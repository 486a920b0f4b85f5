/**
 * `kubectl config set PROPERTY VALUE` and `unset PROPERTY` of 1.28 (staging/src/k8s.io/kubectl/pkg/cmd/config:
 * set.go modifyConfig, unset.go, navigation_step_parser.go newNavigationSteps): the name is walked over the
 * fields of clientcmdapi.Config by their json tags; a map's key takes the dotted parts up to the next field name of
 * its value type. Strings are set as given, booleans through strconv.ParseBool, byte fields from base64 (or the
 * bytes of the text with --set-raw-bytes); errors in the functions' words, Go's %v of the steps and types included.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { fnv32a } from '../../../../hash';
import type { KubeConfig } from './kubeconfig';

type Kind = 'string' | 'bool' | 'bytes' | 'strings' | 'struct' | 'map' | 'object';
interface T {
  kind: Kind;
  /** Go's name of the type as %v prints it */
  go: string;
  fields?: Record<string, T>;
  /** a map's value type */
  elem?: T;
}

const S: T = { kind: 'string', go: 'string' };
const B: T = { kind: 'bool', go: 'bool' };
const BYTES: T = { kind: 'bytes', go: '[]uint8' };
const EXT: T = { kind: 'map', go: 'map[string]runtime.Object', elem: { kind: 'object', go: 'runtime.Object' } };
const struct = (go: string, fields: Record<string, T>): T => ({ kind: 'struct', go, fields: { '-': S, ...fields } });
const CLUSTER = struct('*api.Cluster', { server: S, 'tls-server-name': S, 'insecure-skip-tls-verify': B, 'certificate-authority': S, 'certificate-authority-data': BYTES, 'proxy-url': S, 'disable-compression': B, extensions: EXT });
const AUTHPROVIDER = struct('*api.AuthProviderConfig', { name: S, config: { kind: 'map', go: 'map[string]string', elem: S } });
const EXEC = struct('*api.ExecConfig', { command: S, args: { kind: 'strings', go: '[]string' }, env: { kind: 'strings', go: '[]api.ExecEnvVar' }, apiVersion: S, installHint: S, provideClusterInfo: B, interactiveMode: S });
const AUTHINFO = struct('*api.AuthInfo', {
  'client-certificate': S,
  'client-certificate-data': BYTES,
  'client-key': S,
  'client-key-data': BYTES,
  token: S,
  tokenFile: S,
  as: S,
  'as-uid': S,
  'as-groups': { kind: 'strings', go: '[]string' },
  'as-user-extra': { kind: 'map', go: 'map[string][]string', elem: { kind: 'strings', go: '[]string' } },
  username: S,
  password: S,
  'auth-provider': AUTHPROVIDER,
  exec: EXEC,
  extensions: EXT,
});
const CONTEXT = struct('*api.Context', { cluster: S, user: S, namespace: S, extensions: EXT });
const CONFIG: T = {
  kind: 'struct',
  go: 'api.Config',
  fields: {
    kind: S,
    apiVersion: S,
    preferences: struct('api.Preferences', { colors: B, extensions: EXT }),
    clusters: { kind: 'map', go: 'map[string]*api.Cluster', elem: CLUSTER },
    users: { kind: 'map', go: 'map[string]*api.AuthInfo', elem: AUTHINFO },
    contexts: { kind: 'map', go: 'map[string]*api.Context', elem: CONTEXT },
    'current-context': S,
    extensions: EXT,
  },
};

interface Step {
  value: string;
  type: T;
}
const goSteps = (steps: Step[]) => `[${steps.map((s) => `{${s.value} ${s.type.go}}`).join(' ')}]`;

/** newNavigationSteps() */
function navigate(path: string): Step[] | string {
  const parts = path.split('.');
  const steps: Step[] = [];
  let t = CONFIG;
  for (let i = 0; i < parts.length; ) {
    if (t.kind === 'map') {
      // findNameStep(): the name runs to the part before the first field name of the value type
      const names = t.elem!.kind === 'struct' ? Object.keys(t.elem!.fields!) : [];
      const rest = parts.slice(i);
      const known = rest.slice(1).findIndex((p) => names.includes(p));
      const n = known < 0 ? rest.length : known + 1;
      steps.push({ value: rest.slice(0, n).join('.'), type: t.elem! });
      i += n;
      t = t.elem!;
    } else if (t.kind === 'struct') {
      const f = t.fields![parts[i]];
      if (!f) return `unable to parse ${path} after ${goSteps(steps)} at ${t.go}`;
      steps.push({ value: parts[i], type: f });
      i++;
      t = f;
    } else return `unable to parse one or more field values of ${path}`;
  }
  return steps;
}

/** strconv.ParseBool (toBool: empty is false) */
function parseBool(v: string): boolean | string {
  if (v === '') return false;
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(v)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(v)) return false;
  return `strconv.ParseBool: parsing ${JSON.stringify(v)}: invalid syntax`;
}

/** base64.StdEncoding.DecodeString: the text re-encoded, or the offset of the first bad byte */
function decode64(v: string): string | number {
  const alpha = /[A-Za-z0-9+/]/;
  let i = 0;
  for (; i < v.length; i++) {
    if (v[i] === '=') break;
    if (!alpha.test(v[i])) return i;
  }
  const body = i;
  // padding: only where a quantum of 2 or 3 characters ends, and nothing after it
  if (i < v.length) {
    const pad = body % 4 === 2 ? 2 : body % 4 === 3 ? 1 : 0;
    if (!pad) return i;
    if (v.slice(i) !== '='.repeat(pad)) return v.slice(i, i + pad) !== '='.repeat(pad) ? i + v.slice(i).search(/[^=]|$/) : i + pad;
    return v;
  }
  if (body % 4 !== 0) return body - (body % 4);
  return v;
}

/** The maps of the config as the walk sees them: name to the entry's fields. */
function mapOf(c: KubeConfig, key: string): { get(n: string): any; set(n: string, v: any): void; del(n: string): void; names(): string[] } | null {
  const table: Record<string, ['clusters' | 'users' | 'contexts', string]> = { clusters: ['clusters', 'cluster'], users: ['users', 'user'], contexts: ['contexts', 'context'] };
  const t = table[key];
  if (!t) return null;
  const [list, field] = t;
  const arr = () => c[list] as any[];
  return {
    get: (n) => arr().find((x) => x.name === n)?.[field],
    set: (n, v) => {
      (c as any)[list] = [...arr(), { name: n, [field]: v }].sort((a: any, b: any) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    },
    del: (n) => {
      (c as any)[list] = arr().filter((x) => x.name !== n);
    },
    names: () => arr().map((x) => x.name),
  };
}

/** fmt's %v of a map of pointers: the keys in order, each with an address (a Go heap address differs each run; here
 * one is derived from the name) */
const goMap = (kind: string, names: string[]) => `map[${[...names].sort().map((n) => `${n}:0xc000${(fnv32a(`${kind}|${n}`) & 0xfffff).toString(16).padStart(5, '0')}0`).join(' ')}]`;

/** A new entry of a map: Go's zero value as the file will show it (fields without omitempty). */
const zero = (t: T): Record<string, any> => (t === CLUSTER ? { server: '' } : t === CONTEXT ? { cluster: '', user: '' } : {});

/** modifyConfig(): null when done, else the error's text. */
export function modify(c: KubeConfig, path: string, value: string, unset: boolean, rawBytes: boolean): string | null {
  const steps = navigate(path);
  if (typeof steps === 'string') return steps;
  const [first, ...rest] = steps;
  // the config's own fields
  if (first.type.kind === 'map' && first.value in { clusters: 1, users: 1, contexts: 1 }) {
    const m = mapOf(c, first.value)!;
    if (!rest.length) {
      // the Struct case: unset puts the field's zero value, an empty map
      if (unset) for (const n of m.names()) m.del(n);
      return unset ? null : `can't set a map to a value: ${goMap(first.value, m.names())}`;
    }
    const [key, ...more] = rest;
    if (!more.length) {
      if (unset) {
        m.del(key.value);
        return null;
      }
      return `can't set a map to a value: ${goMap(first.value, m.names())}`;
    }
    let entry = m.get(key.value);
    if (!entry) {
      if (unset) return `current map key \`${key.value}\` is invalid`;
      entry = zero(key.type);
      m.set(key.value, entry);
    }
    return setField(entry, key.type, more, value, unset, rawBytes);
  }
  if (first.value === 'current-context' || first.value === 'kind' || first.value === 'apiVersion') {
    if (first.value === 'current-context') c['current-context'] = unset ? '' : value;
    return null;
  }
  // preferences and extensions are not kept by the file model: accepted as kubectl accepts them
  return null;
}

function setField(obj: Record<string, any>, t: T, steps: Step[], value: string, unset: boolean, rawBytes: boolean): string | null {
  const [s, ...more] = steps;
  const f = s.type;
  if (!more.length && unset) {
    // the field's zero value: fields without omitempty stay, as "" (server, a context's cluster and user)
    if ((t === CLUSTER && s.value === 'server') || (t === CONTEXT && (s.value === 'cluster' || s.value === 'user'))) obj[s.value] = '';
    else delete obj[s.value];
    return null;
  }
  // (navigate() has already refused any step after a string, a bool or bytes)
  switch (f.kind) {
    case 'string':
      if (value === '' && !((t === CLUSTER && s.value === 'server') || (t === CONTEXT && (s.value === 'cluster' || s.value === 'user')))) delete obj[s.value];
      else obj[s.value] = value;
      return null;
    case 'bool': {
      const b = parseBool(value);
      if (typeof b === 'string') return b;
      if (b) obj[s.value] = true;
      else delete obj[s.value];
      return null;
    }
    case 'bytes': {
      if (rawBytes) {
        obj[s.value] = btoa(String.fromCharCode(...new TextEncoder().encode(value)));
        return null;
      }
      const d = decode64(value);
      if (typeof d === 'number') return `error decoding input value: illegal base64 data at input byte ${d}`;
      if (d) obj[s.value] = d;
      else delete obj[s.value];
      return null;
    }
    case 'strings':
      // the Slice case: only bytes are set
      return `unrecognized slice type. ${f.go === '[]string' ? 'string' : 'struct'}`;
    case 'struct':
      // auth-provider and exec: a pointer kubectl follows when it is set (DIFFERENCES.md: a nil one is made here)
      return setField((obj[s.value] ??= {}), f, more, value, unset, rawBytes);
    case 'map': {
      const m: Record<string, any> = (obj[s.value] ??= {});
      const [key, ...rest] = more;
      if (!rest.length) {
        if (unset) {
          if (key) delete m[key.value];
          return null;
        }
        // fmt's %v of a map: its keys in order
        return `can't set a map to a value: map[${Object.keys(m)
          .sort()
          .map((k) => `${k}:${typeof m[k] === 'string' ? m[k] : '[]'}`)
          .join(' ')}]`;
      }
      if (!(key.value in m)) return unset ? `current map key \`${key.value}\` is invalid` : null;
      return null;
    }
  }
  return null;
}
