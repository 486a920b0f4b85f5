/** The cluster in a world snapshot (src/sim/snapshot.ts): its state saved as data, restored with its tick and listeners. */
import type { SnapshotPart } from '../snapshot';
import type { World } from '../world';
import { attach, saveK8s, type K8sSaved, type K8sState } from './world';

export const part: SnapshotPart = {
  save: (world: World) => saveK8s(world.ext.get('k8s') as K8sState),
  restore: (world: World, data: unknown) => {
    attach(world, data as K8sSaved);
  },
};
