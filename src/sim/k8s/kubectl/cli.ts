/**
 * kubectl's command line from its spec: the tree (tree.ts) drives the parser; each verb's help texts
 * (verbs/<verb>/help.ts) are imported with the verb the first time it is asked for help.
 */
import { findPath, parseFlags, suggestions, typedPath, isParseError, type CommandTree, type Parsed, type ParseError } from '../cli/cobra';
import { kubectlHelpText } from '../cli/help';
import { flagOf, helpFor, type FlagSpec, type HelpText, type TreeNode } from '../cli/spec';
import { GLOBAL_FLAGS, TREE } from './tree';

export { isParseError, type Parsed, type ParseError };
export type { FlagValue } from '../cli/cobra';

/** `v1.29.14` → 29 */
export function minorOf(version: string): number {
  return Number(/^v?\d+\.(\d+)/.exec(version)?.[1] ?? 28);
}

/** the global flags, and cobra's -h/--help that every command has (kubectl's help does not list it) */
const globals = [...GLOBAL_FLAGS.map(flagOf), flagOf('h|help=false')];

/** cobra's order of the root's commands: as `kubectl --help` lists them (the order of "Did you mean this?"). */
const ROOT_ORDER = 'create expose run set explain get edit delete rollout scale autoscale certificate cluster-info top cordon uncordon drain taint describe logs attach exec port-forward proxy cp auth debug events diff apply patch replace wait kustomize label annotate completion alpha api-resources api-versions config plugin version options'.split(' ');

export class KubectlTree implements CommandTree {
  constructor(readonly minor = 28) {}

  node(path: string[] | string): TreeNode | undefined {
    const n = TREE[typeof path === 'string' ? path : path.join(' ')];
    return n && (!n.since || this.minor >= n.since) ? n : undefined;
  }

  child(path: string[], word: string): string[] | null {
    const here = path.join(' ');
    const p = here ? `${here} ${word}` : word;
    if (this.node(p)) return [...path, word];
    for (const k of this.childPaths(path)) if (TREE[k].aliases?.includes(word)) return k.split(' ');
    return null;
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

  flags(path: string[]): FlagSpec[] {
    const own = this.own(path);
    // a command's own flag shadows the global one with the same name (config set-context --namespace)
    return [...own, ...globals.filter((g) => !own.some((o) => o.name === g.name || (g.short && o.short === g.short)))];
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

/** Reads kubectl's argv (without "kubectl"). */
export function parseKubectl(argv: string[], minor = 28): Parsed | ParseError {
  const tree = treeFor(minor);
  const path = findPath(argv, tree);
  return parseFlags(argv, path, tree, typedPath(argv, tree));
}

export function suggest(word: string, minor = 28): string[] {
  return suggestions(word, treeFor(minor).rootNames());
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
/** the verbs' own modules once loaded */
export const verbModules: { create?: CreateModule; config?: ConfigModule } = {};
const MODULES: Record<string, () => Promise<void>> = {
  create: async () => void (verbModules.create = await import('./verbs/create/index')),
  config: async () => void (verbModules.config = await import('./verbs/config/kubeconfig')),
};

/** Makes a verb ready to run: its help texts and its own module. */
export async function loadVerb(verb: string): Promise<void> {
  await loadHelp(verb);
  if (MODULES[verb] && !verbModules[verb as keyof typeof verbModules]) await MODULES[verb]();
}

export function verbReady(verb: string): boolean {
  return helpLoaded(verb) && (!MODULES[verb] || !!verbModules[verb as keyof typeof verbModules]);
}

/** Every verb (Node: tests, the CLI). */
export async function loadAllHelp(): Promise<void> {
  for (const v of Object.keys(TREE)) if (!v.includes(' ')) await loadVerb(v);
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
