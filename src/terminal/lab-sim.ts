/**
 * The lab's second chunk: the simulator, the Kubernetes registrations, the step checks, the cluster view and
 * the lab's controller (lab-controller.ts). The lab chunk (lab-app.ts) draws the first prompt without it and
 * imports it right after.
 */
// Registers kubectl, kubeadm and the cluster labs; their bodies stay in chunks loaded on first use.
import '../sim/k8s/register';
export { runLab } from './lab-controller';
