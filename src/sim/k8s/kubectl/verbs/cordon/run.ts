/** kubectl cordon and uncordon. */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Kubectl } from '../../client';
import { type KResult, ok, fail, usage } from '../../result';
import type { Parsed } from '../../cli';
import { selectorMatches, type Obj } from '../../../objects';
import { lookupResource } from '../../../resources';
import { refusal } from '../../../rbac/requests';

/**
 * The API server's refusal of the patch that (un)cordons the node, as the client prints it (it goes on with the next
 * node and exits 0), or null when the node is already so or the patch is allowed.
 */
export function cordonRefused(k: Kubectl, p: Parsed, n: Obj, on: boolean): string | null {
  if (!!n.spec?.unschedulable === on) return null;
  const name = n.metadata.name;
  const m = refusal(k, p, { verb: 'patch', group: '', resource: 'nodes', name, namespace: '' }, lookupResource('nodes')!);
  return m && `error: unable to ${on ? 'cordon' : 'uncordon'} node "${name}": ${m}\n`;
}

export function nodesArg(k: Kubectl, p: Parsed): Obj[] | KResult {
  const sel = k.selector(p);
  if (typeof sel === 'string') return fail(`error: ${sel}`);
  const names = p.args.map((a) => a.replace(/^(nodes?|no)\//, ''));
  if (!names.length && !sel) return fail(`error: USAGE: ${p.path[0]} NODE [flags]\n${usage(p.path)}`);
  if (sel) return k.c.list('Node').filter((n) => selectorMatches(sel, n.metadata.labels));
  const out: Obj[] = [];
  for (const n of names) {
    const o = k.c.nodeObj(n);
    if (!o) return fail(`Error from server (NotFound): nodes "${n}" not found`);
    out.push(o);
  }
  return out;
}

export function cordon(k: Kubectl, p: Parsed, on: boolean): KResult {
  const nodes = nodesArg(k, p);
  if ('code' in nodes) return nodes;
  let out = '';
  let err = '';
  // --dry-run (drain.go RunCordonOrUncordon): client sends no patch, server sends it as a dry run; the printer adds
  // the strategy to the line
  const dry = p.flags['dry-run'];
  const suffix = dry === 'client' ? ' (dry run)' : dry === 'server' ? ' (server dry run)' : '';
  for (const n of nodes) {
    const refused = dry === 'client' ? null : cordonRefused(k, p, n, on);
    const changed = () => (dry ? !!n.spec?.unschedulable !== on : k.c.cordon(n.metadata.name, on));
    if (refused) err += refused;
    else out += `node/${n.metadata.name} ${changed() ? '' : 'already '}${on ? 'cordoned' : 'uncordoned'}${suffix}\n`;
  }
  return err ? { out, err, code: 0 } : ok(out);
}
