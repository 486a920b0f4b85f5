/**
 * kubectl's genericDescriber (staging/src/k8s.io/kubectl/pkg/describe/describe.go), for kinds with no describer of
 * their own (Lease): Name, Namespace, Labels, Annotations, then every other field of the object as the API serves it,
 * keys sorted, each named by smartLabelFor ("leaseDurationSeconds" -> "Lease Duration Seconds", "uid" -> "UID"),
 * maps and lists one level deeper, then the Events. Recorded: tests/golden/describe/lease-*.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Cluster } from './cluster';
import { toApi } from './format';
import type { Obj } from './objects';
import { annotations, eventsBlock, kv } from './describe-common';

const ACRONYMS = new Set(['API', 'URL', 'UID', 'OSB', 'GUID']);

/** smartLabelFor: camelcase.Split, known acronyms upper-cased, the rest title-cased; other characters leave it as it is */
export function smartLabelFor(field: string): string {
  if (/[^\p{L}-]/u.test(field)) return field;
  const parts = field.match(/[\p{Lu}]+(?![\p{Ll}])|[\p{Lu}]?[\p{Ll}]+|-+/gu) ?? [field];
  return parts.map((p) => (ACRONYMS.has(p.toUpperCase()) ? p.toUpperCase() : p[0].toUpperCase() + p.slice(1))).join(' ');
}

const SKIP = new Set(['.metadata.name', '.metadata.namespace', '.metadata.labels', '.metadata.annotations']);

function content(L: string[], level: number, v: Record<string, any>, prefix: string): void {
  const pad = '  '.repeat(level);
  for (const field of Object.keys(v).sort()) {
    const x = v[field];
    const path = `${prefix}.${field}`;
    if (SKIP.has(path)) continue;
    if (x && typeof x === 'object' && !Array.isArray(x)) {
      L.push(`${pad}${smartLabelFor(field)}:`);
      content(L, level + 1, x, path);
    } else if (Array.isArray(x)) {
      L.push(`${pad}${smartLabelFor(field)}:`);
      for (const child of x) {
        if (child && typeof child === 'object' && !Array.isArray(child)) content(L, level + 1, child, path);
        else L.push(`${'  '.repeat(level + 1)}${child}`);
      }
    } else L.push(`${pad}${smartLabelFor(field)}:\t${x === null ? '<nil>' : x}`);
  }
}

export function describeGeneric(o: Obj, c: Cluster): string {
  const L: string[] = [`Name:\t${o.metadata.name}`, `Namespace:\t${o.metadata.namespace ?? ''}`, `Labels:\t${kv(o.metadata.labels)}`, `Annotations:\t${annotations(o.metadata.annotations)}`];
  content(L, 0, toApi(o), '');
  L.push(eventsBlock(c, o));
  return L.join('\n');
}
