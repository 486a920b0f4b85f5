/**
 * The control-plane programs in their images (registry.k8s.io/kube-apiserver's /usr/local/bin/kube-apiserver), run
 * by `kubectl exec` and `crictl exec`. Their help data loads only when a command line names one of them:
 * the exec commands call loadComponentsFor(words) before running (components/run.ts says what each one does).
 */
import { parseImage } from '../images';

/** the programs with their data here, by the image repository they are in */
const PROGRAMS: Record<string, string> = {
  'kube-apiserver': 'registry.k8s.io/kube-apiserver',
  'kube-scheduler': 'registry.k8s.io/kube-scheduler',
  'kube-controller-manager': 'registry.k8s.io/kube-controller-manager',
  'kube-proxy': 'registry.k8s.io/kube-proxy',
  etcd: 'registry.k8s.io/etcd',
  etcdctl: 'registry.k8s.io/etcd',
};

type RunModule = typeof import('./run');
let mod: RunModule | null = null;

const base = (p: string) => p.slice(p.lastIndexOf('/') + 1);

/** does one of these words name a control-plane program (the exec commands load them first) */
export function namesComponent(words: string[]): boolean {
  return !mod && words.some((w) => w.split(/[\s;&|()]+/).some((x) => base(x) in PROGRAMS));
}

export async function loadComponents(): Promise<void> {
  mod ??= await import('./run');
  await mod.loadData();
}

/**
 * What the image's program prints for argv (argv[0] its name or /usr/local/bin/NAME), or null when the image has no
 * such program here. cols: the terminal's width when the exec has one (-t), else 0; ctx: the cluster, pod and
 * container it runs in (etcdctl talks to the pod's etcd).
 */
export function componentProgram(image: string, argv: string[], cols: number, ctx?: import('./etcdctl').ExecCtx): { out: string; err: string; code: number; seq?: ['out' | 'err', string][]; ticker?: import('../pod-programs/busybox').Ticker } | null {
  const name = base(argv[0] ?? '');
  if (!(name in PROGRAMS) || (argv[0] !== name && argv[0] !== `/usr/local/bin/${name}`)) return null;
  const { repo, tag } = parseImage(image);
  if (repo !== PROGRAMS[name] || !mod) return null;
  return mod.runComponent(name, tag, argv.slice(1), cols, ctx);
}
