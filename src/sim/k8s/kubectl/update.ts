/** Writing a changed object back to the store (edit, replace): the fields that change, then what follows from them. */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Kubectl } from './client';
import type { Obj } from '../objects';
import { canonicalizeQuantities } from '../quantity';

/** The saved changes on the stored object; a new pod template starts a rollout. */
export function commit(k: Kubectl, cur: Obj, next: Obj, patch: any): void {
  const c = k.c;
  canonicalizeQuantities(next);
  if (cur.kind === 'Pod') {
    // a pod's spec takes only new images
    (next.spec?.containers ?? []).forEach((ct: any, i: number) => cur.spec.containers[i] && (cur.spec.containers[i].image = ct.image ?? cur.spec.containers[i].image));
    if (patch.metadata) cur.metadata = { ...next.metadata };
  } else {
    const tplChanged = JSON.stringify(cur.spec?.template) !== JSON.stringify(next.spec?.template);
    for (const key of Object.keys(patch)) {
      if (key === 'status') continue;
      if (next[key] === undefined) delete cur[key];
      else cur[key] = next[key];
    }
    if (patch.spec && ['Deployment', 'DaemonSet', 'ReplicaSet', 'StatefulSet'].includes(cur.kind)) cur.metadata.generation = (cur.metadata.generation ?? 1) + 1;
    if (tplChanged && (cur.kind === 'Deployment' || cur.kind === 'DaemonSet')) c.resetProgress(cur);
  }
  c.touch(cur);
}
