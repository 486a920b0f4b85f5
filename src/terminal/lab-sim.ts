/**
 * The lab's second chunk: the simulator, the Kubernetes registrations, the step checks and the cluster
 * view. The lab chunk (lab-app.ts) draws the first prompt without it and imports it right after.
 */
export { createSession } from '../sim/index';
// Registers kubectl, kubeadm and the cluster labs; their bodies stay in chunks loaded on first use.
import '../sim/k8s/register';
export { durationMs } from '../sim/lab/actions';
export { StepTracker } from '../sim/lab/tracker';
export { worldView } from '../sim/lab/world-view';
export { runAction } from '../sim/lab/replay';
export { renderCluster } from './cluster-view';

import { findCommand } from '../sim/registry';
import type { World } from '../sim/world';

/**
 * Fetches the tools a lab is about to use (Vagrant on the host; kubectl, kubeadm and crictl where there is a
 * cluster) ahead of their first command; the page calls it in idle time once the prompt is ready.
 */
export function preloadTools(world: World): void {
  const wanted: [shell: 'cmd' | 'bash', name: string][] = [['cmd', 'vagrant']];
  if (world.ext.has('k8s')) wanted.push(['bash', 'kubectl'], ['bash', 'kubeadm'], ['bash', 'crictl']);
  for (const [shell, name] of wanted) {
    const def = findCommand(shell, name);
    if (def && 'load' in def) void def.load().catch(() => undefined);
  }
}
