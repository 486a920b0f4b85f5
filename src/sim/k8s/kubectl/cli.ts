/**
 * kubectl's command line from its spec: the tree (tree.ts) drives the parser; each verb's help texts
 * (verbs/<verb>/help.ts) are imported with the verb the first time it is asked for help.
 */
import { parseArgv } from '../../spec/parse';
import { kubectlHelpText } from '../cli/help';
import { flagOf, flagType, helpFor, type FlagSpec, type HelpText, type TreeNode } from '../cli/spec';
import { GLOBAL_FLAGS, TREE } from './tree';
import { kubectlSpec, pflagMessage } from './spec';
import { HIDDEN_FLAGS } from './dry-run';
import { fieldOrderReady, loadFieldOrder } from './field-order';

export type FlagValue = string | boolean | string[] | number;
/** A kubectl command line as read by the spec parser. */
export interface Parsed {
  /** command path, e.g. ["rollout", "undo"] */
  path: string[];
  args: string[];
  flags: Record<string, FlagValue>;
  /** words after `--` */
  rest: string[];
  /** true when a `--` was seen */
  dash: boolean;
  /** pflag's lines for deprecated flags that were set ("Flag --x has been deprecated, ...") */
  warnings?: string;
}
export interface ParseError {
  /** pflag's message, e.g. `unknown flag: --bogus` */
  error: string;
  path: string[];
}
export function isParseError(p: Parsed | ParseError): p is ParseError {
  return 'error' in p;
}

/** `v1.29.14` → 29 */
export function minorOf(version: string): number {
  return Number(/^v?\d+\.(\d+)/.exec(version)?.[1] ?? 28);
}

/** cobra's order of the root's commands: as `kubectl --help` lists them (the order of "Did you mean this?"). */
const ROOT_ORDER = 'create expose run set explain get edit delete rollout scale autoscale certificate cluster-info top cordon uncordon drain taint describe logs attach exec port-forward proxy cp auth debug events diff apply patch replace wait kustomize label annotate completion alpha api-resources api-versions config plugin version options'.split(' ');

/** The tree of the client of one minor version: which commands it has, their children and flags. */
export class KubectlTree {
  constructor(readonly minor = 28) {}

  node(path: string[] | string): TreeNode | undefined {
    const n = TREE[typeof path === 'string' ? path : path.join(' ')];
    return n && (!n.since || this.minor >= n.since) ? n : undefined;
  }

  childPaths(path: string[]): string[] {
    const here = path.join(' ');
    const depth = path.length + 1;
    return Object.keys(TREE)
      .filter((k) => (here ? k.startsWith(here + ' ') : true) && k.split(' ').length === depth && this.node(k))
      .sort();
  }

  own(path: string[]): FlagSpec[] {
    const n = this.node(path);
    if (!n) return [];
    return (this.minor >= 29 && n.flags129 ? n.flags129 : n.flags).map(flagOf);
  }

  /** the root's commands in cobra's order (for suggestions) */
  rootNames(): string[] {
    return ROOT_ORDER.filter((v) => this.node(v));
  }
}

const trees = new Map<number, KubectlTree>();
export function treeFor(minor: number): KubectlTree {
  let t = trees.get(minor);
  if (!t) trees.set(minor, (t = new KubectlTree(minor)));
  return t;
}

const globals = GLOBAL_FLAGS.map(flagOf);

/** Reads kubectl's argv (without "kubectl") with the shared parser, against the client's spec. */
export function parseKubectl(argv: string[], minor = 28): Parsed | ParseError {
  const r = parseArgv(kubectlSpec(minor), argv);
  const path = r.path.slice(1).map((s) => s.name);
  if (r.kind === 'error') return { error: pflagMessage(r.error), path };
  if (r.kind !== 'ok') return { path, args: [], flags: { help: true }, rest: [], dash: false };
  const tree = treeFor(minor);
  const own = tree.own(path);
  const flags: Record<string, FlagValue> = {};
  for (const f of [...own, ...globals]) {
    if (f.name in flags || !r.opts.list.some((o) => o.key === f.name)) continue;
    const t = flagType(f);
    if (t === 'b') flags[f.name] = r.opts.bool(f.name);
    else if (t === 'i') flags[f.name] = Number(r.opts.str(f.name));
    else if (t === 'a') flags[f.name] = r.opts.all(f.name).flatMap((v) => (f.comma ? v.split(',') : [v]));
    else if (f.name === 'dry-run' && r.opts.get(f.name) === true) flags[f.name] = 'unchanged';
    else flags[f.name] = r.opts.str(f.name) ?? '';
  }
  let warnings = '';
  for (const h of HIDDEN_FLAGS[path.join(' ')] ?? []) {
    if (!r.opts.list.some((o) => o.key === h.name)) continue;
    warnings += `Flag --${h.name} has been deprecated, ${h.deprecated}\n`;
    if (!(h.sameAs in flags) || r.opts.bool(h.name)) flags[h.sameAs] = r.opts.bool(h.name);
  }
  const dash = r.dashAt !== undefined;
  const at = r.dashAt ?? r.operands.length;
  return { path, args: r.operands.slice(0, at), flags, rest: r.operands.slice(at), dash, ...(warnings ? { warnings } : {}) };
}

/** cobra's "Did you mean this?" candidates: within two edits, or starting with what was typed. */
export function suggest(word: string, minor = 28): string[] {
  const dist = (a: string, b: string) => {
    const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
    for (let j = 1; j <= b.length; j++) d[0][j] = j;
    for (let i = 1; i <= a.length; i++) for (let j = 1; j <= b.length; j++) d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    return d[a.length][b.length];
  };
  const w = word.toLowerCase();
  return treeFor(minor).rootNames().filter((n) => dist(n, w) <= 2 || n.startsWith(w));
}

// ---------------------------------------------------------------- help texts, loaded per verb

const texts = new Map<string, HelpText>();
const loadedVerbs = new Set<string>();

/** Makes a verb's help texts available (the module is imported once). */
export async function loadHelp(verb: string): Promise<void> {
  if (loadedVerbs.has(verb) || !TREE[verb]) return;
  const { HELP_MODULES } = await import('./verbs/index');
  const load = HELP_MODULES[verb];
  if (load) addHelp(verb, (await load()).HELP);
}

export function addHelp(verb: string, help: Record<string, HelpText>): void {
  for (const [p, h] of Object.entries(help)) texts.set(p, h);
  loadedVerbs.add(verb);
}

// ---------------------------------------------------------------- code that only some verbs need, loaded with them

type CreateModule = typeof import('./verbs/create/index');
type ConfigModule = typeof import('./verbs/config/kubeconfig');
type ExplainModule = typeof import('./verbs/explain/lazy');
type CompletionModule = typeof import('./verbs/completion/scripts');
/** the verbs' own modules once loaded */
export const verbModules: { create?: CreateModule; config?: ConfigModule; explain?: ExplainModule; completion?: CompletionModule } = {};
const MODULES: Record<string, () => Promise<void>> = {
  create: async () => void (verbModules.create = await import('./verbs/create/index')),
  config: async () => void (verbModules.config = await import('./verbs/config/kubeconfig')),
  explain: async () => void (verbModules.explain = await import('./verbs/explain/lazy')),
  completion: async () => void (verbModules.completion = await import('./verbs/completion/scripts')),
};

/** the verbs that print typed objects as the API server writes them (get --raw, proxy) or as client-go's lists (cluster-info dump) */
const FIELD_ORDER_VERBS = new Set(['get', 'proxy', 'cluster-info']);

/** Makes a verb ready to run: its help texts and its own module. */
export async function loadVerb(verb: string): Promise<void> {
  await loadHelp(verb);
  if (FIELD_ORDER_VERBS.has(verb)) await loadFieldOrder();
  if (MODULES[verb] && !verbModules[verb as keyof typeof verbModules]) await MODULES[verb]();
}

export function verbReady(verb: string): boolean {
  return helpLoaded(verb) && (!FIELD_ORDER_VERBS.has(verb) || fieldOrderReady()) && (!MODULES[verb] || !!verbModules[verb as keyof typeof verbModules]);
}

/** Every verb, and every schema explain reads (Node: tests, the CLI). */
export async function loadAllHelp(): Promise<void> {
  for (const v of Object.keys(TREE)) if (!v.includes(' ')) await loadVerb(v);
  await verbModules.explain?.loadAllDocs();
}

export function helpLoaded(verb: string): boolean {
  return loadedVerbs.has(verb);
}

/** The help of a command, as `kubectl <path> --help` prints it (the verb's texts must be loaded). */
export function helpText(path: string[], minor = 28): string {
  const tree = treeFor(minor);
  const key = path.join(' ');
  const h = texts.get(key);
  const n = tree.node(key);
  if (!h || !n) throw new Error(`kubectl help for "${key}" is not loaded`);
  const children = tree.childPaths(path).map((c) => ({ name: c.split(' ').pop()!, short: (minor >= 29 && TREE[c].short129) || TREE[c].short }));
  return kubectlHelpText({ path: key, aliases: n.aliases, flags: tree.own(path), children, help: helpFor(h, minor) });
}
