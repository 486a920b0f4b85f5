/** kubectl logs: one container, -p, -f, --tail, --timestamps, -l. */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Kubectl } from '../../client';
import { type KResult, ok, fail } from '../../result';
import type { Parsed } from '../../cli';
import { selectorMatches } from '../../../objects';
import { podLogs } from '../../../container';
import { podFor, container, waitingError, statusOf } from '../../pods';

export function run(k: Kubectl, p: Parsed): KResult {
  const sel = k.selector(p);
  if (!p.args[0] && sel && typeof sel !== 'string') {
    const pods = k.c.list('Pod', k.ns(p)).filter((x) => selectorMatches(sel, x.metadata.labels)).sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : 1));
    if (!pods.length) return fail(`No resources found in ${k.ns(p)} namespace.`, 0);
    const tail = (p.flags.tail as number | undefined) ?? 10;
    let out = '';
    for (const pod of pods) {
      const ct = pod.spec.containers[0];
      const lines = podLogs(k.c, pod, ct, false);
      out += (tail >= 0 ? lines.slice(Math.max(0, lines.length - tail)) : lines).map((l) => l.text + '\n').join('');
    }
    return ok(out);
  }
  const f = podFor(k, p, p.args[0]);
  if ('code' in f) return f;
  const ct = container(k, f.pod, (p.flags.container as string) ?? p.args[1], 'logs');
  if ('code' in ct) return ct;
  const w = waitingError(k, f.pod, ct.c, 'logs');
  if (w) return w;
  if (p.flags.previous) {
    const cs = statusOf(f.pod, ct.c);
    if (!cs?.lastState?.terminated) return fail(`Error from server (BadRequest): previous terminated container "${ct.c.name}" in pod "${f.pod.metadata.name}" not found`);
  }
  const lines = podLogs(k.c, f.pod, ct.c, !!p.flags.previous);
  const tail = p.flags.tail as number | undefined;
  const shown = tail !== undefined && tail >= 0 ? lines.slice(Math.max(0, lines.length - tail)) : lines;
  const text = (l: { at: number; text: string }) => (p.flags.timestamps ? new Date(l.at).toISOString().replace('Z', '000000Z').replace(/\.(\d{3})000000Z/, '.$1000000Z') + ' ' : '') + l.text + '\n';
  const out = shown.map(text).join('');
  const note = (f.note ?? '') + ct.note;
  // "Found 2 pods, using ..." and "Defaulted container ..." come as the pod is chosen, before the logs stream
  const res: KResult = { out, err: note, code: 0, ...(note && out ? { seq: [['err', note], ['out', out]] as KResult['seq'] } : {}) };
  if (p.flags.follow) {
    let seen = lines.length;
    const pod = f.pod;
    res.follow = {
      poll: () => {
        if (!k.c.get('Pod', pod.metadata.namespace, pod.metadata.name)) return { done: 0 };
        const now = podLogs(k.c, pod, ct.c, false);
        const fresh = now.slice(seen);
        seen = now.length;
        return { out: fresh.map(text).join('') };
      },
    };
  }
  return res;
}
