/**
 * Writes src/sim/k8s/kubectl/field-order-data.ts: the JSON field order of the typed objects (k8s.io/api core/v1 and
 * apps/v1, apimachinery's meta/v1), read from the Go structs of the Kubernetes v1.28.7 source tree. encoding/json
 * writes a struct's fields in declaration order (inline embedded structs flattened where they stand) and a map's
 * keys sorted; the simulator's serializer (src/sim/k8s/kubectl/field-order.ts) orders stored objects by this table.
 *
 *   npx tsx scripts/golden/k8s-field-order.ts [/path/to/kubernetes.git]
 *
 * One line per struct: `Type field field=Ref field:Ref`, where `=Ref` says the value (or each element of the list)
 * is the struct Ref, and `:Ref` that the value is a map whose values are Ref. Fields of other types (strings,
 * numbers, quantities, times, maps of scalars) are bare names.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

const REPO = process.argv[2] ?? '/work/.mirror/chengsir22+kubernetes-1.28.7/repo';
const FILES = [
  'staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/types.go',
  'staging/src/k8s.io/api/core/v1/types.go',
  'staging/src/k8s.io/api/apps/v1/types.go',
];
const OUT = path.resolve(import.meta.dirname, '../../src/sim/k8s/kubectl/field-order-data.ts');

interface Field {
  json: string;
  type: string;
  inline: boolean;
  omitempty: boolean;
}
const structs = new Map<string, Field[]>();
/** named non-struct types: `type ResourceList map[ResourceName]resource.Quantity`, `type X []Y` */
const named = new Map<string, string>();
const twice = new Set<string>();
const types = new Set<string>();

const bare = (t: string) => t.replace(/^\*/, '').replace(/^[a-z0-9]+\./, '');

for (const file of FILES) {
  const src = execFileSync('git', ['-C', REPO, 'show', `HEAD:${file}`], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const lines = src.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const head = /^type (\w+) struct \{\s*$/.exec(lines[i]);
    if (!head) {
      const alias = /^type (\w+) (\S+)\s*$/.exec(lines[i]);
      if (alias && !alias[2].startsWith('struct')) named.set(alias[1], alias[2]);
      continue;
    }
    const fields: Field[] = [];
    for (i++; i < lines.length && lines[i] !== '}'; i++) {
      const l = lines[i].trim();
      if (!l || l.startsWith('//')) continue;
      const m = /^(?:(\w+)\s+)?([^\s`]+)\s+`([^`]*)`/.exec(l);
      if (!m) continue;
      const tag = /json:"([^"]*)"/.exec(m[3]);
      if (!tag) continue;
      const [jname, ...opts] = tag[1].split(',');
      if (jname === '-') continue;
      fields.push({ json: jname, type: m[2], inline: opts.includes('inline') && !jname, omitempty: opts.includes('omitempty') });
    }
    // a name declared twice (core/v1's deprecated Preconditions): the first stays; the check below fails if a kept kind needs it
    if (structs.has(head[1])) twice.add(head[1]);
    else structs.set(head[1], fields);
  }
}

/** a field's type as the table says it: '' (scalar), '=Struct' (struct or list of structs), ':Struct' (map of structs) */
function ref(t: string, seen = 0): string {
  if (seen > 8) return '';
  t = t.replace(/^\*/, '');
  if (t.startsWith('[]')) return ref(t.slice(2), seen + 1);
  const map = /^map\[[^\]]+\](.+)$/.exec(t);
  if (map) {
    const v = ref(map[1], seen + 1);
    return v.startsWith('=') ? ':' + v.slice(1) : '';
  }
  const b = bare(t);
  if (structs.has(b)) return structs.get(b)!.length ? '=' + b : '';
  if (named.has(b)) return ref(named.get(b)!, seen + 1);
  return '';
}

/**
 * What encoding/json writes for the field when the object does not have it: `!s` "", `!b` false, `!n` 0, `!u` null,
 * `!o` the zero struct (its own always-written fields), `!q` "0" (resource.Quantity); nothing when it is left out.
 * omitempty leaves out empty strings, numbers, bools, pointers, slices and maps, never a struct value: `!e` marks
 * a value that is left out when empty (not a pointer: a pointer to false, 0 or {} is written).
 */
function zero(f: Field, seen = 0): string {
  if (!seen) types.add(f.type.replace(/^\*|^\[\]|^map\[[^\]]*\]/g, '').replace(/^\*|^\[\]/, ''));
  const t = f.type;
  if (t.startsWith('*')) return f.omitempty ? '' : '!u';
  if (t.startsWith('[]') || t.startsWith('map[')) return f.omitempty ? '!e' : '!u';
  const b = bare(t);
  if (b === 'Time' || b === 'MicroTime') return '!u';
  if (b === 'Quantity') return '!q';
  if (b === 'IntOrString') return '!n';
  if (b === 'RawExtension') return '!u';
  if (structs.has(b)) return '!o';
  if (b === 'interface{}') return '';
  if (f.omitempty) return '!e';
  if (b === 'string' || b === 'UID') return '!s';
  if (b === 'bool') return '!b';
  if (/^(u?int\d*|float\d+)$/.test(b)) return '!n';
  if (named.has(b) && seen < 8) return zero({ ...f, type: named.get(b)! }, seen + 1);
  return '';
}

/** the struct's JSON fields, inline embedded structs flattened where they stand */
function flat(name: string): string[] {
  const out: string[] = [];
  for (const f of structs.get(name)!) {
    if (f.inline) out.push(...flat(bare(f.type)));
    else out.push(f.json + ref(f.type) + zero(f));
  }
  return out;
}

const rows = [...structs.keys()].filter((n) => structs.get(n)!.length).sort().map((n) => `${n} ${flat(n).join(' ')}`);
// only the structs reachable from the kinds the simulator serves are kept
const KINDS = ['Node', 'Namespace', 'Pod', 'Service', 'Endpoints', 'Event', 'ReplicationController', 'ConfigMap', 'Secret', 'ServiceAccount', 'PersistentVolume', 'PersistentVolumeClaim', 'LimitRange', 'ResourceQuota', 'PodTemplate', 'ComponentStatus', 'Binding', 'Deployment', 'ReplicaSet', 'DaemonSet', 'StatefulSet', 'ControllerRevision', 'Status'];
const keep = new Set<string>();
const byName = new Map(rows.map((r) => [r.split(' ')[0], r]));
const visit = (n: string) => {
  if (keep.has(n) || !byName.has(n)) return;
  keep.add(n);
  for (const f of byName.get(n)!.split(' ').slice(1)) {
    const m = /[=:](\w+)(!\w)?$/.exec(f);
    if (m) visit(m[1]);
  }
};
for (const k of KINDS) {
  visit(k);
  visit(`${k}List`);
}
for (const n of twice) if (keep.has(n)) throw new Error(`struct ${n} is declared in two packages`);
const table = rows.filter((r) => keep.has(r.split(' ')[0]));

const text = `// Generated by scripts/golden/k8s-field-order.ts from the Go structs of Kubernetes v1.28.7
// (${FILES.map((f) => f.replace('staging/src/', '')).join(', ')}): each struct's JSON fields in declaration order.
// \`f=T\`: the value (or each element) is struct T; \`f:T\`: a map whose values are T; \`!z\`: what a missing field is
// written as (s "", b false, n 0, u null, o the zero struct, q "0"; e: left out when empty). Do not edit.
export const FIELD_ORDER = \`
${table.join('\n')}
\`;
`;
writeFileSync(OUT, text);
if (process.env.TYPES) console.log([...types].filter((t) => !structs.has(bare(t)) && !named.has(bare(t))).sort().join(' '));
console.log(`${OUT}: ${table.length} structs, ${text.length} bytes`);
