/** What every describer shares: labels and annotations as kubectl lists them, and the Events table. */
import type { Cluster } from './cluster';
import { age } from './format';
import type { Obj } from './objects';

export function kv(m: Record<string, string> | undefined, sep = '='): string {
  const keys = Object.keys(m ?? {}).sort();
  if (!keys.length) return '<none>';
  return keys.map((k) => `${k}${sep}${m![k]}`).join('\n\t');
}
export function annotations(m: Record<string, string> | undefined): string {
  const skip = 'kubectl.kubernetes.io/last-applied-configuration';
  const keys = Object.keys(m ?? {}).filter((k) => k !== skip).sort();
  return keys.length ? keys.map((k) => `${k}: ${m![k]}`).join('\n\t') : '<none>';
}

export function eventsBlock(c: Cluster, o: Obj): string {
  const evs = c.eventsFor(o);
  if (!evs.length) return 'Events:\t<none>';
  const rows = ['  Type\tReason\tAge\tFrom\tMessage', '  ----\t------\t----\t----\t-------'];
  for (const e of evs) {
    const a = e.count > 1 ? `${age(c.t - e.lastTimestamp)} (x${e.count} over ${age(c.t - e.firstTimestamp)})` : age(c.t - e.firstTimestamp);
    rows.push(`  ${e.type}\t${e.reason}\t${a}\t${e.source.component}\t${e.message}`);
  }
  return 'Events:\n' + rows.join('\n');
}
