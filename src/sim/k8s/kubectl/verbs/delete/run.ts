/** kubectl delete: by name, selector, --all or file; waits for the objects to go. */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Kubectl } from '../../client';
import { type KResult, ok, fail, gr } from '../../result';
import type { Parsed } from '../../cli';
import { selectorMatches, type Obj } from '../../../objects';
import { lookupResource } from '../../../resources';
import { cascadeOf } from '../../usage';

/**
 * The cascade (usage.ts cascadeOf). Orphan: the garbage collector's orphan finalizer takes the owner's reference out of
 * each dependent (a Deployment's ReplicaSets, a ReplicaSet's pods) and they stay. Foreground deletes as background does here.
 */
export function run(k: Kubectl, p: Parsed): KResult {
  const c = cascadeOf(p);
  if ('error' in c) return fail(c.error);
  const { orphan, warn } = c;
  const res = deleteObjects(k, p, orphan);
  if (!warn) return res;
  return { ...res, err: warn + res.err, seq: [['err', warn], ...(res.seq ?? [['out', res.out], ['err', res.err]] as [ 'out' | 'err', string][])] };
}

function deleteObjects(k: Kubectl, p: Parsed, orphan: boolean): KResult {
  const ns = k.ns(p);
  const sel = k.selector(p);
  if (typeof sel === 'string') return fail(`error: ${sel}`);
  // DeleteOptions.Validate
  if (p.flags.force && ((p.flags['grace-period'] as number | undefined) ?? -1) > 0) return fail('error: --force and --grace-period greater than 0 cannot be specified together');
  // an object found by a selector or listing, or a name looked up when its turn comes: kubectl sends one DELETE per
  // name in the order given, so a name given twice, or the name of an object deleted just before, is NotFound then
  let objs: (Obj | { r: any; name: string })[] = [];
  const errs: string[] = [];
  const files = p.flags.filename as string[] | undefined;
  if (files) {
    const r = k.readManifests(files, p);
    if ('code' in r) return r;
    if (!r.docs.length) return ok('No resources found\n');
    for (const d of r.docs) {
      const res = lookupResource(d.kind)!;
      const o = k.c.get(d.kind, res.namespaced ? (d.metadata.namespace ?? ns) : undefined, d.metadata.name);
      if (o) objs.push(o);
      else errs.push(`Error from server (NotFound): error when deleting "${r.src[r.docs.indexOf(d)]}": ${gr(res)} "${d.metadata.name}" not found`);
    }
  } else {
    if (!p.args.length) return fail(`error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'`);
    const t = k.targets(p.args, p.path);
    if ('code' in t) return t;
    const named = t.some((x) => x.name);
    if (!named && !p.flags.all && !sel) return fail(`error: resource(s) were provided, but no name was specified`);
    if (named && (p.flags.all || sel)) return fail(`error: name cannot be provided when a selector is specified`);
    for (const x of t) {
      if (x.name) objs.push({ r: x.r, name: x.name });
      else {
        let list = k.c.list(x.r.kind, x.r.namespaced && !p.flags['all-namespaces'] ? ns : undefined);
        if (sel) list = list.filter((o) => selectorMatches(sel, o.metadata.labels));
        if (x.r.kind === 'Namespace' && p.flags.all) list = list.filter((o) => !['default', 'kube-system', 'kube-public', 'kube-node-lease'].includes(o.metadata.name));
        objs.push(...list.sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : 1)));
      }
    }
    if (!objs.length && !errs.length) return ok('', t[0].r.namespaced && !p.flags['all-namespaces'] ? `No resources found\n` : 'No resources found\n');
  }
  const force = !!p.flags.force;
  const grace = p.flags['grace-period'] as number | undefined;
  const immediate = force && (grace === 0 || grace === undefined) ? 0 : p.flags.now ? 1 : grace;
  let out = '';
  let err = '';
  // Validate prints the warning before any object is deleted
  const warning = force && immediate === 0 ? 'Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n' : '';
  const waiting: Obj[] = [];
  for (const item of objs) {
    const o = 'r' in item ? k.find(item.r, ns, item.name) : item;
    if (!o) {
      if ('r' in item && !p.flags['ignore-not-found']) errs.push(k.notFound(item.r, item.name));
      continue;
    }
    if (o.kind === 'Namespace' && ['default', 'kube-system', 'kube-public', 'kube-node-lease'].includes(o.metadata.name)) {
      errs.push(`Error from server (Forbidden): namespaces "${o.metadata.name}" is forbidden: this namespace may not be deleted`);
      continue;
    }
    if (orphan)
      for (const kind of ['ReplicaSet', 'Pod', 'Job']) {
        for (const d of k.c.list(kind, o.metadata.namespace)) {
          const refs = d.metadata.ownerReferences;
          if (!refs?.some((r: any) => r.uid === o.metadata.uid)) continue;
          const left = refs.filter((r: any) => r.uid !== o.metadata.uid);
          if (left.length) d.metadata.ownerReferences = left;
          else delete d.metadata.ownerReferences;
          k.c.touch(d);
        }
      }
    k.c.deleteObj(o, immediate);
    out += `${lookupResource(o.kind)!.singular}${lookupResource(o.kind)!.group ? '.' + lookupResource(o.kind)!.group : ''} "${o.metadata.name}" ${force && immediate === 0 ? 'force deleted' : 'deleted'}\n`;
    if (k.c.get(o.kind, o.metadata.namespace, o.metadata.name) && !waiting.includes(o)) waiting.push(o);
  }
  err += errs.length ? errs.join('\n') + '\n' : '';
  const res: KResult = { out, err: warning + err, code: errs.length ? 1 : 0 };
  if (warning) res.seq = [['err', warning], ['out', out], ['err', err]];
  if (waiting.length && p.flags.wait !== false) {
    res.follow = {
      poll: () => (waiting.every((o) => k.c.get(o.kind, o.metadata.namespace, o.metadata.name)?.metadata.uid !== o.metadata.uid) ? { done: res.code } : {}),
    };
  }
  return res;
}
