/** Finding the pod and container a command talks to (logs, exec, attach, port-forward). */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Kubectl } from './client';
import { type KResult, fail, usage } from './result';
import type { Parsed } from './cli';
import { matchLabels, type Obj } from '../objects';

export function podFor(k: Kubectl, p: Parsed, arg: string | undefined): { pod: Obj; note?: string } | KResult {
  if (!arg) return fail(`error: expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command\n${usage(p.path)}`);
  const ns = k.ns(p);
  if (arg.includes('/')) {
    const [t, n] = arg.split('/');
    const r = k.resolveType(t);
    if ('code' in r) return r;
    const o = k.find(r, ns, n);
    if (!o) return fail(k.notFound(r, n));
    if (o.kind === 'Pod') return { pod: o };
    const sel = o.kind === 'Service' ? o.spec.selector : o.spec.selector?.matchLabels;
    const pods = k.c.list('Pod', ns).filter((x) => matchLabels(sel, x.metadata.labels)).sort((a, b) => a.metadata.creationTimestamp - b.metadata.creationTimestamp);
    if (!pods.length) return fail(`error: timed out waiting for the condition`);
    return { pod: pods[0], note: pods.length > 1 ? `Found ${pods.length} pods, using pod/${pods[0].metadata.name}\n` : undefined };
  }
  const o = k.c.get('Pod', ns, arg);
  if (!o) return fail(`Error from server (NotFound): pods "${arg}" not found`);
  return { pod: o };
}

/**
 * The container named with -c, or the first. A name the pod lacks is the API server's BadRequest (ExecLocation in
 * pkg/registry/core/pod/strategy.go) for exec; logs finds it missing itself (polymorphichelpers' logsForObject) and
 * says so in the same words (recorded: tests/golden/kubectl-server/<version>/admin__*nosuch*).
 */
export function container(k: Kubectl, pod: Obj, name: string | undefined, verb: 'logs' | 'exec' = 'exec'): { c: any; note: string } | KResult {
  const cs = pod.spec.containers ?? [];
  const inits: any[] = pod.spec.initContainers ?? [];
  const ephem: any[] = pod.spec.ephemeralContainers ?? [];
  if (name) {
    // logs looks the name up as podcmd.FindContainerByName does: the containers, then the init and ephemeral ones
    const c = cs.find((x: any) => x.name === name) ?? (verb === 'logs' ? [...inits, ...ephem].find((x: any) => x.name === name) : undefined);
    if (!c) return fail(`${verb === 'logs' ? 'error' : 'Error from server (BadRequest)'}: container ${name} is not valid for pod ${pod.metadata.name}`);
    return { c, note: '' };
  }
  // podcmd's default: the first container, named out of AllContainerNames when there is any other kind of container
  const all = [...cs.map((x: any) => x.name), ...ephem.map((x: any) => `${x.name} (ephem)`), ...inits.map((x: any) => `${x.name} (init)`)];
  return { c: cs[0], note: all.length > 1 ? `Defaulted container "${cs[0].name}" out of: ${all.join(', ')}\n` : '' };
}

/** The status of a container of the pod, regular or init. */
export function statusOf(pod: Obj, c: any): any {
  const i = pod.spec.containers.indexOf(c);
  if (i >= 0) return pod.status?.containerStatuses?.[i];
  const j = (pod.spec.initContainers ?? []).indexOf(c);
  return j >= 0 ? pod.status?.initContainerStatuses?.[j] : undefined;
}

export function waitingError(k: Kubectl, pod: Obj, c: any, verb: 'logs' | 'exec'): KResult | null {
  const cs = statusOf(pod, c);
  const w = cs?.state?.waiting;
  if (!cs || (w && cs.restartCount === 0 && !cs.lastState?.terminated)) {
    if (verb === 'exec') return fail(`error: unable to upgrade connection: container not found ("${c.name}")`);
    const why = !w ? 'ContainerCreating' : w.reason === 'ErrImagePull' || w.reason === 'ImagePullBackOff' ? 'trying and failing to pull image' : w.reason;
    if (!pod.spec.nodeName) return fail(`Error from server (BadRequest): container "${c.name}" in pod "${pod.metadata.name}" is waiting to start: ContainerCreating`);
    return fail(`Error from server (BadRequest): container "${c.name}" in pod "${pod.metadata.name}" is waiting to start: ${why}`);
  }
  if (verb === 'exec' && !cs.state?.running) return fail(`error: cannot exec into a container in a completed pod; current phase is ${pod.status.phase === 'Running' ? 'Succeeded' : pod.status.phase}`);
  return null;
}
