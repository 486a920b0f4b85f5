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
