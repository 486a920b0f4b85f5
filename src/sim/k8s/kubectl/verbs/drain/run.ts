/** kubectl drain: cordon, evict, retry what a PodDisruptionBudget refuses. */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Kubectl } from '../../client';
import type { KResult } from '../../result';
import type { Parsed } from '../../cli';
import { ownerOf, type Obj } from '../../../objects';
import { cordonRefused, nodesArg } from '../cordon/run';
import { lookupResource } from '../../../resources';
import { refusal } from '../../../rbac/requests';

export function run(k: Kubectl, p: Parsed): KResult {
  const nodes = nodesArg(k, p);
  if ('code' in nodes) return nodes;
  let out = '';
  let err = '';
  const seq: [stream: 'out' | 'err', text: string][] = [];
  const evicting: Obj[] = [];
  const blocked = new Map<string, number>();
  const RETRY = 5000;
  // --dry-run (drain.go): client sends nothing, server sends the patch and the evictions as dry runs; the printer
  // adds the strategy to each line (PrintFlagsWithDryRunStrategy) and no pod is waited for
  const dry = p.flags['dry-run'];
  const suffix = dry === 'client' ? ' (dry run)' : dry === 'server' ? ' (server dry run)' : '';
  for (const n of nodes) {
    const name = n.metadata.name;
    const unpatched = dry === 'client' ? null : cordonRefused(k, p, n, true);
    if (unpatched) err += unpatched;
    else if (dry) out += `node/${name} ${n.spec?.unschedulable ? 'already cordoned' : 'cordoned'}${suffix}\n`;
    else out += `node/${name} ${k.c.cordon(name, true) ? 'cordoned' : 'already cordoned'}\n`;
    // the node's pods: a list across namespaces
    const unlisted = refusal(k, p, { verb: 'list', group: '', resource: 'pods', namespace: '' }, lookupResource('pods')!);
    if (unlisted) {
      err += `error: unable to drain node "${name}" due to error:${unlisted}, continuing command...\nThere are pending nodes to be drained:\n ${name}\nError from server (Forbidden): ${unlisted}\n`;
      return { out, err, code: 1 };
    }
    const pods = k.c.podsOn(name).filter((x) => x.status.phase !== 'Succeeded' && x.status.phase !== 'Failed' && !x.metadata.deletionTimestamp).sort((a, b) => (`${a.metadata.namespace}/${a.metadata.name}` < `${b.metadata.namespace}/${b.metadata.name}` ? -1 : 1));
    const ds: string[] = [];
    const bare: string[] = [];
    const local: string[] = [];
    const evict: Obj[] = [];
    for (const x of pods) {
      const id = `${x.metadata.namespace}/${x.metadata.name}`;
      const owner = ownerOf(x);
      if (owner?.kind === 'Node') continue; // static pods are mirror pods and are skipped
      if (owner?.kind === 'DaemonSet') {
        ds.push(id);
        continue;
      }
      if (!owner) bare.push(id);
      if ((x.spec.volumes ?? []).some((v: any) => v.emptyDir)) local.push(id);
      evict.push(x);
    }
    const problems: string[] = [];
    if (bare.length && !p.flags.force) problems.push(`cannot delete Pods declare no controller (use --force to override): ${bare.join(', ')}`);
    if (ds.length && !p.flags['ignore-daemonsets']) problems.push(`cannot delete DaemonSet-managed Pods (use --ignore-daemonsets to ignore): ${ds.join(', ')}`);
    if (local.length && !p.flags['delete-emptydir-data'] && !p.flags['delete-local-data']) problems.push(`cannot delete Pods with local storage (use --delete-emptydir-data to override): ${local.join(', ')}`);
    if (problems.length) {
      err += `error: unable to drain node "${name}" due to error:${problems.join(', ')}, continuing command...\nThere are pending nodes to be drained:\n ${name}\n${problems.join('\n')}\n`;
      return { out, err, code: 1 };
    }
    const warn: string[] = [];
    if (bare.length) warn.push(`deleting Pods that declare no controller: ${bare.join(', ')}`);
    if (ds.length) warn.push(`ignoring DaemonSet-managed Pods: ${ds.join(', ')}`);
    if (warn.length) {
      err += `Warning: ${warn.join('; ')}\n`;
      seq.push(['out', out], ['err', `Warning: ${warn.join('; ')}\n`]);
      out = '';
    }
    if (dry) {
      for (const x of evict) out += `evicting pod ${x.metadata.namespace}/${x.metadata.name}${suffix}\n`;
      out += `node/${name} drained${suffix}\n`;
      continue;
    }
    for (const x of evict) {
      out += `evicting pod ${x.metadata.namespace}/${x.metadata.name}\n`;
      evicting.push(x);
      if (!p.flags['disable-eviction'] && k.c.evictionBlockedBy(x)) blocked.set(x.metadata.uid, k.c.t + RETRY);
      else k.c.deleteObj(x, p.flags['grace-period'] as number | undefined);
    }
  }
  if (dry) return seq.length ? { out: seq.filter((x) => x[0] === 'out').map((x) => x[1]).join('') + out, err, code: 0, seq: [...seq, ['out', out]] } : { out, err, code: 0 };
  // a PodDisruptionBudget refuses some evictions: each is retried every 5 s, as kubectl's drain does
  const refused = (x: Obj) => `error when evicting pods/"${x.metadata.name}" -n "${x.metadata.namespace}" (will retry after 5s): Cannot evict pod as it would violate the pod's disruption budget.\n`;
  if (blocked.size) {
    const e = evicting.filter((x) => blocked.has(x.metadata.uid)).map(refused).join('');
    seq.push(['out', out], ['err', e]);
    err += e;
    out = '';
  }
  const retry = (): { o: string; e: string } => {
    let o = '';
    let e = '';
    for (const x of evicting) {
      const at = blocked.get(x.metadata.uid);
      if (at === undefined || at > k.c.t) continue;
      o += `evicting pod ${x.metadata.namespace}/${x.metadata.name}\n`;
      if (k.c.evictionBlockedBy(x)) {
        blocked.set(x.metadata.uid, k.c.t + RETRY);
        e += refused(x);
      } else {
        blocked.delete(x.metadata.uid);
        k.c.deleteObj(x, p.flags['grace-period'] as number | undefined);
      }
    }
    return { o, e };
  };
  const done = new Set<string>();
  const finish = () => nodes.map((n) => `node/${n.metadata.name} drained\n`).join('');
  const res: KResult = { out, err, code: 0 };
  const poll = () => {
    const again = retry();
    let o = again.o;
    for (const x of evicting) {
      if (done.has(x.metadata.uid) || blocked.has(x.metadata.uid)) continue;
      const cur = k.c.get('Pod', x.metadata.namespace, x.metadata.name);
      if (!cur || cur.metadata.uid !== x.metadata.uid) {
        done.add(x.metadata.uid);
        o += `pod/${x.metadata.name} evicted\n`;
      }
    }
    if (done.size === evicting.length) return { out: o + finish(), done: 0 };
    return { out: o, err: again.e };
  };
  const first = poll();
  res.out += first.out;
  if (seq.length) {
    res.seq = [...seq, ['out', res.out]];
    res.out = seq.filter((x) => x[0] === 'out').map((x) => x[1]).join('') + res.out;
  }
  if (first.done === undefined) res.follow = { poll };
  return res;
}
