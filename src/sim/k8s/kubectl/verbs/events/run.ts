/**
 * kubectl events: the events of a namespace (or all, or of one object with --for), oldest first, as the
 * client's own printer writes them (OBJECT is Kind/name), or as a list with -o.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Kubectl } from '../../client';
import type { Parsed } from '../../cli';
import { fail, followBuffer, ok, type KResult } from '../../result';
import { age, renderRows, toApi, toYaml } from '../../../format';
import type { Obj } from '../../../objects';

/** LAST SEEN as kubectl events prints it: one age, or the last one with the count and the first. */
function interval(e: Obj, now: number): string {
  return e.count > 1 ? `${age(now - e.lastTimestamp)} (x${e.count} over ${age(now - e.firstTimestamp)})` : age(now - e.firstTimestamp);
}

function row(e: Obj, now: number, all: boolean): string[] {
  const r = [interval(e, now), e.type, e.reason, `${e.involvedObject.kind}/${e.involvedObject.name}`, String(e.message ?? '').trim()];
  return all ? [e.metadata.namespace ?? '', ...r] : r;
}

const HEAD = ['LAST SEEN', 'TYPE', 'REASON', 'OBJECT', 'MESSAGE'];

export function run(k: Kubectl, p: Parsed): KResult {
  const c = k.c;
  const all = !!p.flags['all-namespaces'];
  const ns = k.ns(p);
  let kind: string | undefined;
  let name: string | undefined;
  if (p.flags.for) {
    const [t, n] = String(p.flags.for).split('/');
    const r = k.resolveType(t);
    if ('code' in r) return r;
    kind = r.kind;
    name = n;
  }
  const types = ((p.flags.types as string[] | undefined) ?? []).map((t) => t.toLowerCase());
  const pick = (e: Obj) =>
    k.visible(e) && (!kind || (e.involvedObject.kind === kind && e.involvedObject.name === name)) && (!types.length || types.includes(String(e.type).toLowerCase()));
  const events = c
    .list('Event', all ? undefined : ns)
    .filter(pick)
    .sort((a, b) => a.lastTimestamp - b.lastTimestamp);
  const output = (p.flags.output as string | undefined) ?? '';
  if (p.flags.watch) return watch(k, p, all, ns, pick, events);
  if (!events.length) return ok('', all ? 'No events found.\n' : `No events found in ${ns} namespace.\n`);
  if (output === 'yaml' || output === 'json') {
    const list = { apiVersion: 'v1', items: events.map((e) => ({ apiVersion: 'v1', kind: 'Event', ...toApi(e) })), kind: 'EventList', metadata: { resourceVersion: '' } };
    return ok(output === 'yaml' ? toYaml(list) + '\n' : JSON.stringify(list, null, 4) + '\n');
  }
  if (output === 'name') return ok(events.map((e) => `event/${e.metadata.name}\n`).join(''));
  if (output) return fail(`error: output format "${output}" is not supported by kubectl events`);
  const rows = events.map((e) => row(e, c.t, all));
  if (!p.flags['no-headers']) rows.unshift(all ? ['NAMESPACE', ...HEAD] : HEAD);
  return ok(renderRows(rows) + '\n');
}

/** -w: the events there are, then each new or repeated one as it happens */
function watch(k: Kubectl, p: Parsed, all: boolean, ns: string, pick: (e: Obj) => boolean, first: Obj[]): KResult {
  const c = k.c;
  let headed = !!p.flags['no-headers'];
  const head = () => {
    if (headed) return [];
    headed = true;
    return [all ? ['NAMESPACE', ...HEAD] : HEAD];
  };
  // the columns are laid out once, from the first rows (a tab writer flushed per event keeps its widths)
  let widths: number[] | null = null;
  const lay = (rows: string[][]): string => {
    if (!rows.length) return '';
    if (!widths) widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)) + 3);
    return rows.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths![i]))).join('') + '\n').join('');
  };
  // the heading comes with the first event
  const out = first.length ? lay([...head(), ...first.map((e) => row(e, c.t, all))]) : '';
  const buf = followBuffer();
  const stop = c.watch((type: string, o: Obj) => {
    if (o.kind !== 'Event' || type === 'DELETED') return;
    if (!all && o.metadata.namespace !== ns) return;
    if (!pick(o)) return;
    buf.write(lay([...head(), row(o, c.t, all)]));
  });
  return {
    out,
    err: '',
    code: 0,
    follow: buf.follow(stop),
  };
}
