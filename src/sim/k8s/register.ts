/**
 * Registers the Kubernetes commands and labs with the core. Tiny on purpose: every body is imported on
 * first use (`kubectl`, `kubeadm`, `crictl`, `ctr`, `containerd`, `kubelet` are there only once their package is installed).
 */
import { registerLab, registerLazyCommand } from '../registry';
import { registerSnapshotPart } from '../snapshot';
import { registerHttpHandler } from '../commands/lib/http';
import type { Host } from '../types';
import type { World } from '../world';

const CMDS: [name: string, summary: string][] = [
  ['kubectl', 'kubectl controls the Kubernetes cluster manager'],
  ['kubeadm', 'Easily bootstrap a secure Kubernetes cluster'],
  ['crictl', 'client for CRI'],
  ['ctr', 'containerd CLI'],
  ['containerd', 'high performance container runtime'],
  ['kubelet', 'The kubelet is the primary "node agent" that runs on each node.'],
];

const VERBS = 'annotate api-resources api-versions apply autoscale cluster-info config cordon create delete describe drain edit exec explain expose get label logs patch rollout run scale set taint top uncordon version'.split(' ');
const TYPES = 'pods deployments replicasets daemonsets services endpoints nodes namespaces configmaps events horizontalpodautoscalers all'.split(' ');
const KIND: Record<string, string> = { pods: 'Pod', pod: 'Pod', po: 'Pod', deployments: 'Deployment', deployment: 'Deployment', deploy: 'Deployment', services: 'Service', service: 'Service', svc: 'Service', nodes: 'Node', node: 'Node', no: 'Node', replicasets: 'ReplicaSet', rs: 'ReplicaSet', namespaces: 'Namespace', ns: 'Namespace', daemonsets: 'DaemonSet', ds: 'DaemonSet' };

/** Verbs and flags from kubectl's own spec, once its module has loaded (it registers itself here). */
let fromSpec: ((args: string[], word: string) => string[] | null) | null = null;
export function setKubectlSpecCompletion(f: (args: string[], word: string) => string[] | null): void {
  fromSpec = f;
}

/** kubeadm's commands and flags from its spec, once its module has loaded; its commands before that. */
let kubeadmFromSpec: ((args: string[], word: string) => string[] | null) | null = null;
export function setKubeadmSpecCompletion(f: (args: string[], word: string) => string[] | null): void {
  kubeadmFromSpec = f;
}
const KUBEADM_COMMANDS = 'certs completion config help init join kubeconfig reset token upgrade version'.split(' ');

function kubeadmComplete(args: string[], word: string): string[] {
  const r = kubeadmFromSpec ? kubeadmFromSpec(args, word) : args.length ? [] : KUBEADM_COMMANDS;
  return [...new Set(r ?? [])].filter((c) => c.startsWith(word));
}

function kubectlComplete(args: string[], word: string, ctx: { world: World }): string[] {
  if (fromSpec && (word.startsWith('-') || !args.length || args.every((a) => a.startsWith('-')))) {
    const r = fromSpec(args, word);
    if (r) return [...new Set(r)].filter((c) => c.startsWith(word));
  }
  if (word.startsWith('-')) return ['--all-namespaces', '--namespace', '--output', '--selector', '--show-labels', '--watch', '--replicas', '--image', '--port', '--type', '--filename', '--help'].filter((f) => f.startsWith(word));
  if (!args.length) return VERBS.filter((v) => v.startsWith(word));
  if (args.length === 1 && ['get', 'describe', 'delete', 'edit', 'label', 'scale', 'expose', 'rollout'].includes(args[0])) return TYPES.filter((t) => t.startsWith(word));
  const kind = KIND[args[args.length - 1]] ?? (['cordon', 'uncordon', 'drain'].includes(args[0]) ? 'Node' : args[0] === 'logs' || args[0] === 'exec' ? 'Pod' : undefined);
  const st = ctx.world.ext.get('k8s') as { cluster?: { list(kind: string): { metadata: { name: string } }[] } } | undefined;
  if (kind && st?.cluster) return st.cluster.list(kind).map((o) => o.metadata.name).filter((n) => n.startsWith(word)).sort();
  return [];
}

for (const [name, summary] of CMDS) {
  registerLazyCommand({
    name,
    shell: 'bash',
    summary,
    available: (host: Host) => !!host.sys?.extraCommands.has(name),
    complete: name === 'kubectl' ? (args, word, ctx) => kubectlComplete(args, word, ctx) : name === 'kubeadm' ? (args, word) => kubeadmComplete(args, word) : undefined,
    load: name === 'kubelet' ? () => import('./kubelet/run').then((m) => m.default) : () => import('./commands').then((m) => m.K8S_COMMANDS[name]),
  });
}

registerLab('nodes', async (ctx) => (await import('./labs')).nodesLab(ctx), 'Three Rocky Linux VMs (m-k8s, w1-k8s, w2-k8s) running, nothing installed yet; shell on m-k8s');
registerLab('cluster', async (ctx) => (await import('./labs')).clusterLab(ctx), 'A healthy 3-node Kubernetes 1.28 cluster (containerd, flannel); root shell on m-k8s');
registerLab('incidents', async (ctx) => (await import('./incidents')).incidentsLab(ctx), 'The lab cluster a day later with six faults to find from what it shows; root shell on m-k8s');

// curl on a node reaches Services and pods once the model is loaded (it keeps its state in world.ext)
registerHttpHandler(({ url, host, world }) => {
  const st = world.ext.get('k8s') as { http?: (hostId: string, url: URL) => { status: number; body: string } | null } | undefined;
  return st?.http?.(host.id, url) ?? null;
});

// a saved world keeps the cluster's state; restoring it brings the model back (loaded with it)
registerSnapshotPart('k8s', () => import('./snapshot-part').then((m) => m.part));
