/**
 * The control-plane programs in their images (registry.k8s.io/kube-apiserver's /usr/local/bin/kube-apiserver), run
 * by `kubectl exec` and `crictl exec`. A program's help data (each of its versions) loads only when a command line
 * names it: the exec commands ask namesComponent(words) and then loadComponents(words) before running
 * (components/run.ts says what each one does).
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
/** the programs whose data has loaded */
const loaded = new Set<string>();

const base = (p: string) => p.slice(p.lastIndexOf('/') + 1);

/** the programs these words name (a word may be a shell line: sh -c 'etcdctl …') */
function named(words: string[]): string[] {
  return [...new Set(words.flatMap((w) => w.split(/[\s;&|()]+/).map(base).filter((x) => Object.hasOwn(PROGRAMS, x))))];
}

/** does one of these words name a control-plane program whose data has not loaded yet (the exec commands load it first) */
export function namesComponent(words: string[]): boolean {
  return named(words).some((n) => !loaded.has(n));
}

/** the run module and the data of the programs the words name */
export async function loadComponents(words: string[]): Promise<void> {
  mod ??= await import('./run');
  const names = named(words).filter((n) => !loaded.has(n));
  await mod.loadData(names);
  for (const n of names) loaded.add(n);
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
  if (repo !== PROGRAMS[name] || !mod || !loaded.has(name)) return null;
  return mod.runComponent(name, tag, argv.slice(1), cols, ctx);
}
