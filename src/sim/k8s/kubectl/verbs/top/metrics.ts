/**
 * What metrics-server reports (metrics.k8s.io/v1beta1), from the cluster's usage model: a node's CPU and memory (a
 * base for the system plus its running pods), each measured pod with its containers. kubectl top and the API's raw
 * NodeMetrics / PodMetrics (kubectl get --raw, kubectl proxy) read the same numbers.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Cluster } from '../../../cluster';
import type { Obj } from '../../../objects';
import type { PodUsage, Usage } from './print';

const MI = 1048576;
const use = (cpuM: number, memMi: number): Usage => ({ cpuN: cpuM * 1e6, memB: memMi * MI });

/** a node's usage, or null while it reports none (down, NotReady) */
export function nodeUsage(c: Cluster, name: string): Usage | null {
  const sim = c.nodes.get(name);
  if (!sim || !c.alive(sim)) return null;
  const pods = c.podsOn(name).filter((x) => x.status.phase === 'Running');
  const cpu = (sim.controlPlane ? 90 : 25) + pods.reduce((a, x) => a + c.usage(x).cpu, 0);
  const mem = (sim.controlPlane ? 820 : 380) + pods.reduce((a, x) => a + c.usage(x).mem, 0);
  return use(cpu, mem);
}

/** metrics-server has scraped the pod: it runs */
export const measured = (c: Cluster, x: Obj) => x.status.phase === 'Running' && c.podStage(x) === 'running';

/** the pod's usage on its first container, a little for each other one */
export function podUsage(c: Cluster, x: Obj): PodUsage {
  const u = c.usage(x);
  const cs: any[] = x.spec.containers ?? [];
  const rest = cs.slice(1).map((ct) => ({ name: ct.name, usage: use(1, 2) }));
  return { namespace: x.metadata.namespace!, name: x.metadata.name, containers: [{ name: cs[0]?.name ?? x.metadata.name, usage: use(Math.max(1, u.cpu - rest.length), Math.max(1, u.mem - 2 * rest.length)) }, ...rest] };
}

/** a usage as metrics-server serializes it: CPU in nanocores, memory in Ki */
export const usageJson = (u: Usage) => ({ cpu: `${Math.round(u.cpuN)}n`, memory: `${Math.round(u.memB / 1024)}Ki` });
