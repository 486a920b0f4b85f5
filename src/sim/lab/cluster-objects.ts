/**
 * Read access to the Kubernetes objects of a world, for checks and the cluster view. The cluster model
 * keeps its state in `world.ext` under "k8s"; this is the one place that knows how to reach it, so that
 * nothing here imports the (lazily loaded) Kubernetes model itself.
 */
import type { World } from '../world';
import type { Obj } from '../k8s/objects';

export interface ClusterObjects {
  get(kind: string, namespace: string, name: string): Obj | null;
  list(kind: string, namespace?: string): Obj[];
}

interface StoreLike {
  get(kind: string, ns: string | undefined, name: string): Obj | undefined;
  list(kind: string, ns?: string): Obj[];
}

function isStore(x: unknown): x is StoreLike {
  return (
    typeof x === 'object' &&
    x !== null &&
    typeof (x as StoreLike).get === 'function' &&
    typeof (x as StoreLike).list === 'function'
  );
}

export function clusterObjects(world: World): ClusterObjects | null {
  const ext = world.ext.get('k8s') as unknown;
  const store = isStore(ext) ? ext : isStore((ext as { cluster?: unknown } | undefined)?.cluster) ? (ext as { cluster: StoreLike }).cluster : null;
  if (!store) return null;
  return {
    get: (kind, namespace, name) => store.get(kind, namespace || undefined, name) ?? null,
    list: (kind, namespace) => store.list(kind, namespace),
  };
}
