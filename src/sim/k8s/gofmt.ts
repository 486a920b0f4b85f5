/** How Go prints a decoded JSON value: json.Marshal (jsonpath's maps and lists) and fmt's %v (custom columns). */
/* eslint-disable @typescript-eslint/no-explicit-any */

/** Go's json.Marshal of a decoded object: map keys sorted, and <, >, & (and U+2028, U+2029) escaped for HTML */
export function goJson(v: any): string {
  const sorted = (x: any): any => (Array.isArray(x) ? x.map(sorted) : x && typeof x === 'object' ? Object.fromEntries(Object.keys(x).sort().map((k) => [k, sorted(x[k])])) : x);
  return JSON.stringify(sorted(v)).replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** fmt's %v of a decoded JSON value: map[k:v ...] with sorted keys, [a b] for a list, <nil> for null */
export function goValue(v: any): string {
  if (v === null || v === undefined) return '<nil>';
  if (Array.isArray(v)) return `[${v.map(goValue).join(' ')}]`;
  if (typeof v === 'object') return `map[${Object.keys(v).sort().map((k) => `${k}:${goValue(v[k])}`).join(' ')}]`;
  return String(v);
}
