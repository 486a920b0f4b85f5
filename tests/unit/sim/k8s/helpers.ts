import { Cluster } from '../../../../src/sim/k8s/cluster';
import { initCluster, joinNode } from '../../../../src/sim/k8s/bootstrap';
import { Kubectl, type KResult } from '../../../../src/sim/k8s/kubectl';
import '../../../../src/sim/k8s/register';
import { createSession } from '../../../../src/sim/index';
import { loadAllHelp } from '../../../../src/sim/k8s/kubectl/cli';

// kubectl's help texts load with each verb in the page; the synchronous Kubectl used here needs them all
await loadAllHelp();

export const FLANNEL = 'https://github.com/flannel-io/flannel/releases/latest/download/kube-flannel.yml';

/** A pure model cluster: m-k8s + workers, flannel applied and settled. */
export function makeCluster(opts: { workers?: number; seed?: number; network?: boolean } = {}) {
  const c = new Cluster(opts.seed ?? 1);
  initCluster(c, { node: 'm-k8s', ip: '192.168.56.10', version: 'v1.28.15', podCidr: '10.244.0.0/16' });
  for (let i = 1; i <= (opts.workers ?? 2); i++) joinNode(c, `w${i}-k8s`, `192.168.56.10${i}`, 'v1.28.15');
  const k = new Kubectl({ cluster: c, server: 'https://192.168.56.10:6443', clientVersion: 'v1.28.15' });
  const run = (line: string): KResult => k.run(split(line));
  if (opts.network !== false) {
    run(`apply -f ${FLANNEL}`);
    c.advance(120_000);
  }
  return { c, k, run };
}

export function split(line: string): string[] {
  const out: string[] = [];
  const re = /"([^"]*)"|'([^']*)'|(\S+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line))) out.push(m[1] ?? m[2] ?? m[3]);
  return out;
}

/** Drains a follow-up stream by moving time on. */
export function drainFollow(c: Cluster, r: KResult, stepMs = 1000, maxSteps = 600): { out: string; err: string; done?: number } {
  let out = r.out;
  let err = r.err;
  if (!r.follow) return { out, err, done: r.code };
  for (let i = 0; i < maxSteps; i++) {
    c.advance(stepMs);
    const p = r.follow.poll();
    out += p.out ?? '';
    err += p.err ?? '';
    if (p.done !== undefined) {
      r.follow.stop?.();
      return { out, err, done: p.done };
    }
  }
  r.follow.stop?.();
  return { out, err };
}

export async function lab(id: 'nodes' | 'cluster', seed = 1) {
  const s = await createSession({ lab: id, seed });
  const sh = async (line: string, answers?: string[]) => s.exec(line, { answers });
  return { s, sh };
}

/** Column cells of a table row split on runs of 2+ spaces. */
export function cells(line: string): string[] {
  return line.trim().split(/\s{2,}/);
}
