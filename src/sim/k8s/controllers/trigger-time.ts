/**
 * The `endpoints.kubernetes.io/last-change-trigger-time` annotation (k8s.io/endpointslice/util/trigger_time_tracker.go,
 * one tracker in the Endpoints controller and one in the EndpointSlice controller): each sync of a Service compares
 * its pods' Ready transition times and the Service's creation time with what the last sync saw; the earliest that
 * moved is the trigger time. A Service the tracker has not seen gives its creation time. Times come from the API
 * objects, so to the second.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Cluster } from '../cluster';
import type { Obj } from '../objects';
import { rfc3339 } from '../format';

export const TRIGGER_TIME = 'endpoints.kubernetes.io/last-change-trigger-time';

const seconds = (ms: number) => Math.floor(ms / 1000) * 1000;

/** ComputeEndpointLastChangeTriggerTime: the trigger time in ms, or 0 for none. */
export function triggerTime(c: Cluster, tracker: 'endpoints' | 'endpointslice', svc: Obj, pods: Obj[]): number {
  const key = `${tracker}/${svc.metadata.uid}`;
  const state = c.triggerTimes.get(key);
  let min = 0;
  const podTimes: Record<string, number> = {};
  for (const p of pods) {
    const ready = (p.status?.conditions ?? []).find((x: any) => x.type === 'Ready');
    if (!ready || typeof ready.lastTransitionTime !== 'number') continue;
    const t = seconds(ready.lastTransitionTime);
    podTimes[p.metadata.name] = t;
    if (t > (state?.pods[p.metadata.name] ?? -Infinity) && (!min || t < min)) min = t;
  }
  const created = seconds(svc.metadata.creationTimestamp);
  if (created > (state?.svc ?? -Infinity) && (!min || created < min)) min = created;
  c.triggerTimes.set(key, { svc: created, pods: podTimes });
  return state ? min : created;
}

/** addTriggerTimeAnnotation / the Endpoints controller: set the annotation, or clear it when there is no new trigger time */
export function annotateTrigger(o: Obj, t: number): void {
  if (t) o.metadata.annotations = { ...o.metadata.annotations, [TRIGGER_TIME]: rfc3339(t) };
  else if (o.metadata.annotations?.[TRIGGER_TIME] !== undefined) {
    const { [TRIGGER_TIME]: _gone, ...rest } = o.metadata.annotations;
    void _gone;
    if (Object.keys(rest).length) o.metadata.annotations = rest;
    else delete o.metadata.annotations;
  }
}

/** forget Services that are gone (DeleteService) */
export function forgetTriggers(c: Cluster, live: Set<string>): void {
  for (const k of c.triggerTimes.keys()) if (!live.has(k.slice(k.indexOf('/') + 1))) c.triggerTimes.delete(k);
}
