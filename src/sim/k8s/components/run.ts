/**
 * A control-plane program started by hand in its container, as cobra (v1.7) and component-base's cli.Run (v1.28)
 * run it: the flags are parsed as pflag v1.0.5 does (components/flags.ts), a parse error is printed as cli.Run prints
 * an error returned before logging starts ("Error: …", exit status 1), after the usage unless the command silenced it
 * (kube-apiserver's sets SilenceUsage; kube-scheduler's and kube-controller-manager's do not), -h/--help prints the help func's text (cmd.Long, the usage line, cliflag.PrintSections), a word
 * that is no flag is the Args check's error, and --version prints verflag's "Kubernetes vX.Y.Z". What a real start
 * logs is not known here: the program prints nothing and exits with status 1 (components/DIFFERENCES.md).
 */
import { parseFlags } from './flags';
import { flagUsagesWrapped, printSections } from './help';
import { runEtcd } from './etcd';
import { startScheduler } from './start';
import { runEtcdctl as ctl, type ExecCtx } from './etcdctl';

/** etcdctl of the lab's etcd image (3.5.15-0); another tag's is not known here */
function runEtcdctl(tag: string, args: string[], ctx?: ExecCtx) {
  return tag === '3.5.15-0' ? ctl(args, ctx) : { out: '', err: '', code: 1 };
}

/** a components/data/*-v1-NN.ts module */
interface HelpData {
  LONG: string;
  USE: string;
  FLAGS: string;
  DEPRECATED: Record<string, string>;
  SECTIONS: [string, [string, string][]][];
}
/** the help data by program and minor version ("kube-scheduler@29"): the versions whose texts were read */
const data = new Map<string, HelpData>();
let etcdData: typeof import('./data/etcd-v3-5') | null = null;

const LOADERS: Record<string, () => Promise<HelpData>> = {
  'kube-apiserver@28': () => import('./data/kube-apiserver-v1-28'),
  'kube-scheduler@28': () => import('./data/kube-scheduler-v1-28'),
  'kube-scheduler@29': () => import('./data/kube-scheduler-v1-29'),
  'kube-controller-manager@28': () => import('./data/kube-controller-manager-v1-28'),
  'kube-proxy@28': () => import('./data/kube-proxy-v1-28'),
};

/** the help data of these programs, each of its versions (etcdctl's texts are in its own modules) */
export async function loadData(names: string[]): Promise<void> {
  for (const [key, load] of Object.entries(LOADERS)) if (names.includes(key.split('@')[0]) && !data.has(key)) data.set(key, await load());
  if (names.includes('etcd')) etcdData ??= await import('./data/etcd-v3-5');
}

/** the program@minor keys whose help data has loaded, and whether etcd's has */
export function loadedHelp(): string[] {
  return [...data.keys(), ...(etcdData ? ['etcd@3.5'] : [])].sort();
}

/** the help data of the program at the image's tag (v1.29.15 → its @29 data), or null where it was not read */
export function helpData(name: string, tag: string): HelpData | null {
  const minor = /^v1\.(\d+)\./.exec(tag)?.[1];
  return (minor && data.get(`${name}@${minor}`)) || null;
}

/**
 * cobra's (v1.7.0) own usage template, for the commands that keep it (kube-proxy): "Usage:", the use line, "Flags:"
 * and "Global Flags:" with pflag's FlagUsages (not wrapped) less trailing blanks. Its first section holds the
 * command's flags, the second the ones cobra inherits from pflag's CommandLine.
 */
function cobraUsage(d: HelpData): string {
  const [local, global] = d.SECTIONS;
  const trim = (x: string) => x.replace(/\s+$/, '');
  return `Usage:\n  ${d.USE}\n\nFlags:\n${trim(flagUsagesWrapped(local[1], 0))}\n\nGlobal Flags:\n${trim(flagUsagesWrapped(global[1], 0))}\n`;
}
const COBRA_TEMPLATE = new Set(['kube-proxy']);

/** the commands that set SilenceUsage themselves (NewAPIServerCommand) */
const SILENCE_USAGE = new Set(['kube-apiserver']);

const goQuoteList = (xs: string[]) => `[${xs.map((x) => JSON.stringify(x)).join(' ')}]`;

export function runComponent(name: string, tag: string, args: string[], cols: number, ctx?: ExecCtx): { out: string; err: string; code: number; seq?: ['out' | 'err', string][]; ticker?: import('../pod-programs/busybox').Ticker } {
  if (name === 'etcdctl') return runEtcdctl(tag, args, ctx);
  if (name === 'etcd') return runEtcd(name, tag, args, etcdData!);
  // a version whose texts were not read parses with 1.28's flags and prints no help or usage
  const own = helpData(name, tag);
  const d = own ?? data.get(`${name}@28`)!;
  const p = parseFlags(d.FLAGS, args, d.DEPRECATED);
  if (p.error) {
    // cli.Run's flag error func turns usage back on for a command that did not silence it itself: cobra prints
    // UsageString() (the usage func: the usage line and the sections, to stderr) and a newline before the error
    const usage = SILENCE_USAGE.has(name) || !own ? '' : COBRA_TEMPLATE.has(name) ? `${cobraUsage(d)}\n` : `Usage:\n  ${d.USE}\n${printSections(d.SECTIONS, cols)}\n`;
    return { out: '', err: `${usage}Error: ${p.error}\n`, code: 1 };
  }
  const on = (f: string) => ['1', 't', 'T', 'TRUE', 'true', 'True'].includes(p.values.get(f) ?? '');
  if (on('help')) {
    // only the texts of the versions in LOADERS were read
    if (!own) return { out: '', err: p.warnings, code: 0 };
    // cobra's help template: Long less trailing blanks, a blank line, the usage
    if (COBRA_TEMPLATE.has(name)) return { out: `${d.LONG.replace(/\s+$/, '')}\n\n${cobraUsage(d)}`, err: p.warnings, code: 0 };
    return { out: `${d.LONG}\n\nUsage:\n  ${d.USE}\n${printSections(d.SECTIONS, cols)}`, err: p.warnings, code: 0 };
  }
  const words = p.args.filter((a) => a !== '');
  if (words.length) return { out: '', err: p.warnings + `Error: "${name}" does not take any arguments, got ${goQuoteList(p.args)}\n`, code: 1 };
  // verflag: "raw" prints %#v of version.Info, whose build fields are not known here: it prints what true prints
  const version = p.values.get('version') ?? 'false';
  if (version === 'raw' || ['1', 't', 'T', 'TRUE', 'true', 'True'].includes(version)) return { out: `Kubernetes ${tag}\n`, err: p.warnings, code: 0 };
  // a start as the 1.28 sources have it, where they say what it prints (components/start.ts)
  const started = name === 'kube-scheduler' && /^v1\.28\./.test(tag) ? startScheduler(p.values, ctx) : null;
  if (started) return { ...started, err: p.warnings + started.err };
  return { out: '', err: p.warnings, code: 1 };
}
