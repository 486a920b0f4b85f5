// What containerd's CRI plugin holds on this node, as crictl's commands see it: the pods' sandboxes and containers
// (the current one of each container and the one exited before it, which the kubelet keeps), looked up by a unique
// prefix of the id as containerd's truncindex does, and the errors containerd 1.7 (pkg/cri/server) answers with.
// A failed call is logged by the kubelet's remote client vendored in cri-tools v1.28.0
// (pkg/kubelet/cri/remote/remote_runtime.go, remote_image.go: klog.ErrorS at the file:line given here).
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Host } from '../../types';
import type { K8sState } from '../world';
import type { Obj } from '../objects';
import { podsHere, removedIds, sandboxId, sandboxAttempt } from '../runtime';

export { removedIds };
import { fnv32a } from '../rand';
import { madeOn, settleMade, type MadeCtr, type MadeSandbox } from './made';
import { klogE } from './klog';

export type CtrState = 'CONTAINER_CREATED' | 'CONTAINER_RUNNING' | 'CONTAINER_EXITED' | 'CONTAINER_UNKNOWN';

export interface Ctr {
  id: string;
  pod: Obj;
  /** the pod spec's container */
  spec: any;
  /** its status in the pod */
  cs: any;
  name: string;
  attempt: number;
  state: CtrState;
  createdAt: number;
  startedAt: number;
  finishedAt: number;
  exitCode: number;
  reason: string;
  image: string;
  sandbox: string;
  /** a container `crictl create` made */
  made?: MadeCtr;
}

export interface Sandbox {
  id: string;
  pod: Obj;
  attempt: number;
  createdAt: number;
  ready: boolean;
  /** a sandbox `crictl runp` made */
  made?: MadeSandbox;
}

const bare = (id: unknown) => String(id ?? '').replace(/^containerd:\/\//, '');

/** the containers on this node, oldest first */
export function containersHere(st: K8sState, h: Host): Ctr[] {
  const gone = removedIds(st);
  const out: Ctr[] = [];
  for (const pod of podsHere(st, h)) {
    const sb = sandboxId(st, pod);
    (pod.status?.containerStatuses ?? []).forEach((cs: any, i: number) => {
      const spec = pod.spec.containers?.find((c: any) => c.name === cs.name) ?? pod.spec.containers?.[i] ?? { name: cs.name, image: cs.image };
      const image = cs.image ?? spec.image;
      const cur = bare(cs.containerID);
      const lastT = cs.lastState?.terminated;
      const last = bare(lastT?.containerID);
      const restarts = cs.restartCount ?? 0;
      const base = { pod, spec, cs, name: cs.name, image, sandbox: sb };
      const exited = (id: string, t: any, attempt: number): Ctr => ({
        ...base,
        id,
        attempt,
        state: 'CONTAINER_EXITED',
        createdAt: created(id, t.startedAt ?? 0),
        startedAt: t.startedAt ?? 0,
        finishedAt: t.finishedAt ?? 0,
        exitCode: t.exitCode ?? 0,
        reason: t.reason ?? (t.exitCode ? 'Error' : 'Completed'),
      });
      if (last && last !== cur && !gone.has(last)) out.push(exited(last, lastT, Math.max(0, restarts - 1)));
      if (!cur || gone.has(cur)) return;
      if (cs.state?.running) {
        const at = cs.state.running.startedAt ?? 0;
        out.push({ ...base, id: cur, attempt: restarts, state: 'CONTAINER_RUNNING', createdAt: created(cur, at), startedAt: at, finishedAt: 0, exitCode: 0, reason: '' });
      } else if (cs.state?.terminated) out.push(exited(cur, cs.state.terminated, restarts));
      else if (lastT && last === cur) out.push(exited(cur, lastT, restarts));
    });
  }
  const mine = madeOn(st, h);
  const live = new Set(out.map((c) => c.sandbox).concat(mine.sandboxes.map((s) => s.id), podsHere(st, h).map((p) => sandboxId(st, p))));
  for (const m of mine.containers) {
    if (!live.has(m.sandbox)) continue;
    settleMade(m, st.cluster.t);
    const c = m.config;
    const spec = { name: c.metadata?.name ?? '', image: m.image, command: c.command, args: c.args, workingDir: c.working_dir, env: (c.envs ?? []).map((e: any) => ({ name: e.key ?? '', value: e.value ?? '' })) };
    out.push({ id: m.id, pod: m.pod, spec, cs: {}, name: spec.name, attempt: c.metadata?.attempt ?? 0, state: m.state, createdAt: m.createdAt, startedAt: m.startedAt, finishedAt: m.finishedAt, exitCode: m.exitCode, reason: m.reason, image: m.image, sandbox: m.sandbox, made: m });
  }
  return out.sort((a, b) => a.createdAt - b.createdAt);
}

/** containerd creates a container a little before it starts it */
const created = (id: string, startedAt: number) => startedAt - 40 - (fnv32a(id) % 90);

/** the pods' current sandboxes on this node */
export function sandboxesHere(st: K8sState, h: Host): Sandbox[] {
  const kubelet: Sandbox[] = podsHere(st, h).map((pod) => ({
    id: sandboxId(st, pod),
    pod,
    attempt: sandboxAttempt(st, pod),
    createdAt: st.cluster.pods.get(pod.metadata.uid)?.sandboxAt ?? pod.status?.startTime ?? 0,
    ready: !pod.metadata.deletionTimestamp,
  }));
  const made = madeOn(st, h).sandboxes.map((m) => ({ id: m.id, pod: m.pod, attempt: m.config.metadata?.attempt ?? 0, createdAt: m.createdAt, ready: m.ready, made: m }));
  return [...kubelet, ...made];
}

/** truncindex.Get: the one id with this prefix */
export function byPrefix<T extends { id: string }>(list: T[], prefix: string): T | 'not found' | 'ambiguous' {
  if (!prefix) return 'not found';
  const hits = list.filter((x) => x.id.startsWith(prefix));
  if (hits.length > 1 && !hits.some((x) => x.id === prefix)) return 'ambiguous';
  return hits.find((x) => x.id === prefix) ?? hits[0] ?? 'not found';
}

/** grpc's status text of a containerd error: NotFound for a missing object, Unknown for the rest */
export const rpc = (code: 'NotFound' | 'Unknown' | 'Unimplemented', desc: string) => `rpc error: code = ${code} desc = ${desc}`;

/** the not-found text of a container lookup (containerStore.Get wrapped by the call) */
export function ctrNotFound(id: string, why: 'not found' | 'ambiguous'): string {
  return rpc(why === 'ambiguous' ? 'Unknown' : 'NotFound', `an error occurred when try to find container "${id}": ${why === 'ambiguous' ? `ambiguous ID "${id}"` : 'not found'}`);
}

export { klogE } from './klog';

/** klog's key/value for a string */
export const kv = (k: string, v: string) => `${k}=${JSON.stringify(v)}`;

/** logrus's text lines as crictl prints them on a terminal-less stderr */
export const logLine = (level: 'ERRO' | 'FATA' | 'INFO' | 'WARN', msg: string) => `${level}[0000] ${msg} \n`;

/** Go's time.Format(time.RFC3339Nano) in UTC (the nodes' zone) of a time in ms */
export function rfc3339Nano(ms: number, extraNs = 0): string {
  if (!ms) return '0001-01-01T00:00:00Z';
  const d = new Date(ms);
  const ns = String((ms % 1000) * 1_000_000 + extraNs).padStart(9, '0').replace(/0+$/, '');
  return d.toISOString().slice(0, 19) + (ns ? '.' + ns : '') + 'Z';
}

/** a time in ns, as a stable number of nanoseconds for the id (the ms clock plus a sub-ms part from the id) */
export const subMs = (id: string) => (fnv32a(id + '#ns') % 1_000_000) || 1;
