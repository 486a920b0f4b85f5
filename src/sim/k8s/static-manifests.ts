/**
 * The control plane's static Pod manifests as the kubelet reads them (its file source watches
 * /etc/kubernetes/manifests): a kube-apiserver.yaml or etcd.yaml moved away, emptied or no longer a Pod the
 * kubelet can parse takes its Pod off the node, and the API server stops answering (without etcd it cannot
 * serve). Put back, the kubelet starts the Pod again and the API server answers after its start-up.
 */
import type { World } from '../world';
import type { Host } from '../types';
import type { K8sState } from './world';

type Yaml = typeof import('yaml');
let yaml: Yaml | null = null;
/** The YAML parser loads with the cluster; until it is there a manifest on disk counts as readable. */
export function preloadYaml(): void {
  if (!yaml) void import('yaml').then((m) => (yaml = m as Yaml));
}

const DIR = '/etc/kubernetes/manifests';
const NEEDED = ['kube-apiserver', 'etcd'];
/** what an API server takes from the start of its container to serving (its startup probe's first success) */
const START_MS = 15_000;

/** The component's manifest is on disk and decodes as a v1 Pod. */
export function manifestRunnable(h: Host, component: string): boolean {
  const path = `${DIR}/${component}.yaml`;
  if (!h.fs.isFile(path)) return false;
  if (!yaml) return true;
  const text = String(h.fs.read(path));
  const known = decoded.get(text);
  if (known !== undefined) return known;
  let ok = false;
  try {
    const doc = yaml.parse(text);
    ok = !!doc && typeof doc === 'object' && doc.apiVersion === 'v1' && doc.kind === 'Pod';
  } catch {
    ok = false;
  }
  // each tick reads the files again: a text already decoded is not parsed twice
  if (decoded.size > 64) decoded.clear();
  decoded.set(text, ok);
  return ok;
}
const decoded = new Map<string, boolean>();

function changedAt(h: Host, component: string): number {
  const dir = h.fs.get(DIR);
  const f = h.fs.get(`${DIR}/${component}.yaml`);
  return Math.max(dir?.mtime ?? 0, f?.mtime ?? 0, f?.ctime ?? 0);
}

/** Keeps the API server's availability in step with the manifests on the control-plane node; run on each tick. */
export function staticManifests(world: World, st: K8sState): void {
  const c = st.cluster;
  if (!c.initialized) return;
  for (const [name, id] of st.hostOf) {
    if (!c.nodes.get(name)?.controlPlane) continue;
    const h = world.hosts.get(id);
    if (!h?.up || !h.fs.isDir(DIR)) continue;
    if (NEEDED.some((x) => !manifestRunnable(h, x))) {
      c.apiserverUp = false;
      continue;
    }
    if (!c.apiserverUp && !c.unstable && world.now >= Math.max(...NEEDED.map((x) => changedAt(h, x))) + START_MS) c.apiserverUp = true;
  }
}
