// kubeadm's command tree (tree.ts) as a command spec for the shared parser, pflag style, with cobra's help and
// usage texts rendered from it and kubeadm's way of failing on a usage error: cobra's `Error: ...` and usage,
// then kubeadm's own line with the stack-trace hint, exit status 1.
import type { CommandSpec, FlagSpec, UsageError, ErrorOutput } from '../../spec/types';
import { parseArgv } from '../../spec/parse';
import { GLOBAL, TREE, type KFlag, type KNode } from './tree';
import { treeV129 } from './tree-v1-29';
import { invalidSubcommand, ROOT_COMMANDS, suggestions } from './errors';

const HINT = 'To see the stack trace of this error execute with --v=5 or higher';
const SPEC_TYPE = { string: 'string', strings: 'stringSlice', int32: 'int', uint: 'int', duration: 'duration', Level: 'int' } as const;

function specFlag(k: KFlag): FlagSpec {
  return { long: k.name, ...(k.short ? { short: k.short } : {}), type: k.type ? SPEC_TYPE[k.type] : 'bool', ...(k.def !== undefined ? { default: k.def } : {}) };
}

type Tree = Record<string, KNode>;
/** the command tree of kubeadm's minor version (28: 1.28, 29: 1.29) */
const treeOf = (minor: number): Tree => (minor >= 29 ? treeV129() : TREE);

const pathOf = (key: string) => (key ? `kubeadm ${key}` : 'kubeadm');
const childKeys = (TREE: Tree, key: string) =>
  Object.keys(TREE)
    .filter((k) => k && (key ? k.startsWith(key + ' ') : true) && k.split(' ').length === (key ? key.split(' ').length + 1 : 1))
    .sort();

/** Flags a command inherits: the global ones and its parents' persistent ones. */
function inherited(TREE: Tree, key: string): KFlag[] {
  const out = [...GLOBAL];
  const words = key.split(' ');
  for (let i = 1; i < words.length; i++) out.push(...(TREE[words.slice(0, i).join(' ')]?.persistent ?? []));
  return out;
}

/** pflag's FlagUsages: names and types in a column, descriptions after it, defaults that are not zero values. */
export function flagUsages(flags: KFlag[]): string {
  const sorted = [...flags].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const heads = sorted.map((x) => (x.short ? `  -${x.short}, --${x.name}` : `      --${x.name}`) + (x.type ? ` ${x.type}` : ''));
  const width = Math.max(...heads.map((h) => h.length)) + 1;
  return sorted
    .map((x, i) => {
      const zero = x.def === undefined || x.def === '' || x.def === 'false' || x.def === '0' || x.def === '[]';
      const dflt = zero ? '' : x.type === 'string' ? ` (default "${x.def}")` : ` (default ${x.def})`;
      const desc = (x.desc ?? '').replace(/\n/g, '\n' + ' '.repeat(width + 2));
      return `${heads[i]}${' '.repeat(width - heads[i].length)}  ${desc}${dflt}`.replace(/\s+$/, '');
    })
    .join('\n');
}

const complete = (flags: KFlag[]) => flags.every((x) => x.desc !== undefined);
const helpFlag = (key: string): KFlag => ({ name: 'help', short: 'h', desc: `help for ${key ? key.split(' ').pop() : 'kubeadm'}` });

/** cobra's UsageString, when every flag of the command has its known description; else undefined. */
export function usageOf(key: string, minor = 28): string | undefined {
  const TREE = treeOf(minor);
  const n = TREE[key];
  const local = [...n.flags, ...(n.persistent ?? []), helpFlag(key)];
  const inh = key ? inherited(TREE, key) : [];
  if (!complete(local) || !complete(inh)) return undefined;
  const all = childKeys(TREE, key);
  const kids = all.filter((k) => !TREE[k].topic);
  const topics = all.filter((k) => TREE[k].topic);
  const path = pathOf(key);
  let s = 'Usage:';
  if (n.runnable) s += `\n  ${path}${n.use ? ' ' + n.use : ''}${n.noFlagsInUse || (n.use ?? '').includes('[flags]') ? '' : ' [flags]'}`;
  const listed = kids.length > 0 || (n.phases ?? []).length > 0;
  if (listed) s += `\n  ${path} [command]`;
  if (n.aliases) s += `\n\nAliases:\n  ${[path.split(' ').pop(), ...n.aliases].join(', ')}`;
  if (n.example) s += `\n\nExamples:\n${n.example}`;
  if (listed || !key) {
    const names = kids.map((k) => k.split(' ').pop()!);
    const own = [...kids.map((k, i) => [names[i], TREE[k].short]), ...(n.phases ?? [])].sort((a, b) => (a[0] < b[0] ? -1 : 1));
    const rows = key ? own : [...own, ['help', 'Help about any command']].sort((a, b) => (a[0] < b[0] ? -1 : 1));
    const pad = Math.max(11, ...rows.map((r) => r[0].length));
    s += '\n\nAvailable Commands:' + rows.map(([name, short]) => `\n  ${name.padEnd(pad)} ${short}`).join('');
  }
  s += '\n\nFlags:\n' + flagUsages(key ? local : [...local, ...GLOBAL]);
  if (key) s += '\n\nGlobal Flags:\n' + flagUsages(inh);
  if (topics.length) s += `\n\nAdditional help topics:${topics.map((t) => `\n  ${pathOf(t).padEnd(Math.max(...all.map((k) => pathOf(k).length)))} ${TREE[t].short}`).join('')}`;
  if (listed || !key) s += `\n\nUse "${path} [command] --help" for more information about a command.`;
  return s + '\n';
}

/** cobra's help: the long description (or the short one), then the usage; undefined where a flag's text is not known. */
export function helpOf(key: '', minor?: number): string;
export function helpOf(key: string, minor?: number): string | undefined;
export function helpOf(key: string, minor = 28): string | undefined {
  const n = treeOf(minor)[key];
  // cobra's help template prints the usage only for a runnable command or one with sub-commands
  if (n.topic) return `${n.short}\n\n`;
  const usage = usageOf(key, minor);
  if (usage === undefined) return undefined;
  return `${(n.long ?? n.short).replace(/\s+$/, '')}\n\n${usage}`;
}

/**
 * The help of one phase (`kubeadm init phase preflight --help`): its Short and the usage with the help flag.
 * The phases' own flags and texts are not modelled (tests/golden/kubeadm/DIFFERENCES.md).
 */
export function phaseHelpOf(key: string, name: string, minor = 28): string | undefined {
  const TREE = treeOf(minor);
  const phase = (TREE[key].phases ?? []).find(([p]) => p === name);
  if (!phase) return undefined;
  const path = `${pathOf(key)} ${name}`;
  return `${phase[1]}\n\nUsage:\n  ${path} [flags]\n\nFlags:\n${flagUsages([{ name: 'help', short: 'h', desc: `help for ${name}` }])}\n\nGlobal Flags:\n${flagUsages(inherited(TREE, key))}\n`;
}

/** pflag's words for a usage error. */
export function pflagMessage(e: UsageError): string {
  // a bad shorthand is shown with the rest of its word from that letter on
  const from = (word: string, c: string) => word.slice(Math.max(1, word.indexOf(c, 1)));
  switch (e.code) {
    case 'unknown-option':
      return e.short ? `unknown shorthand flag: '${e.value}' in -${from(e.option ?? '', e.value ?? '')}` : `unknown flag: ${e.option}`;
    case 'missing-value':
      return e.short ? `flag needs an argument: '${e.flag?.short}' in -${from(e.option ?? '', e.flag?.short ?? '')}` : `flag needs an argument: ${e.option}`;
    case 'invalid-value': {
      const v = e.value ?? '';
      const t = e.flag?.type;
      const why = t === 'bool' ? `strconv.ParseBool: parsing "${v}": invalid syntax` : t === 'duration' ? `time: invalid duration "${v}"` : `strconv.ParseInt: parsing "${v}": invalid syntax`;
      const label = e.flag?.short ? `-${e.flag.short}, --${e.flag.long}` : `--${e.flag?.long}`;
      return `invalid argument "${v}" for "${label}" flag: ${why}`;
    }
    default:
      return e.code.replace('-', ' ');
  }
}

/**
 * What kubeadm prints for a usage error: kubeadm silences cobra's own error and usage, and its CheckErr prints
 * the error with the stack-trace hint (kubeadm 1.27.1: `kubeadm reset ipvsadm --clear`), exit status 1.
 */
export function usageError(e: UsageError, path: CommandSpec[] = []): ErrorOutput {
  // cobra.NoArgs
  const msg = e.code === 'extra-operand' ? `unknown command "${e.operand}" for "${path.map((p) => p.name).join(' ')}"` : pflagMessage(e);
  return { stderr: `${msg}\n${HINT}\n`, status: 1 };
}

const keyOfPath = (path: CommandSpec[]) => path.slice(1).map((p) => p.name).join(' ');

function build(minor: number): CommandSpec {
  const TREE = treeOf(minor);
  const make = (key: string): CommandSpec => {
    const n: KNode = TREE[key];
    const kids = childKeys(TREE, key).map(make);
    const spec: CommandSpec = {
      name: key ? key.split(' ').pop()! : 'kubeadm',
      style: 'cobra',
      summary: n.short,
      flags: n.flags.map(specFlag),
      ...(n.persistent ? { globalFlags: n.persistent.map(specFlag) } : {}),
      operands: n.noArgs ? { max: 0 } : {},
      ...(kids.length ? { subcommands: kids } : {}),
      ...(n.passThrough ? { passThrough: true } : {}),
      ...(n.topic ? { hidden: true } : {}),
    };
    const help = helpOf(key, minor);
    if (help !== undefined) spec.help = help;
    if (key === 'completion') spec.complete = (ops) => (ops.length ? [] : ['bash', 'zsh']);
    return spec;
  };
  const root = make('');
  root.globalFlags = GLOBAL.map(specFlag);
  root.helpCommand = true;
  // a command whose subcommands are its only words: another word goes to the command (kubeadm's own message)
  root.operands = undefined;
  root.onError = (e, path) => (e.code === 'unknown-command' ? undefined : usageError(e, path));
  return root;
}

const specs = new Map<number, CommandSpec>();
/** the spec of kubeadm of that minor version (28: 1.28, the default; 29: 1.29) */
export function kubeadmSpec(minor = 28): CommandSpec {
  const m = minor >= 29 ? 29 : 28;
  let spec = specs.get(m);
  if (!spec) specs.set(m, (spec = build(m)));
  return spec;
}

export type KubeadmFront =
  | { kind: 'done'; out: string; err: string; code: number }
  | { kind: 'run'; pos: string[]; f: Record<string, string> };

/** Read kubeadm's argv: help, usage errors, or the command's words and flags (by long name). */
export function kubeadmFront(args: string[], minor = 28): KubeadmFront {
  const TREE = treeOf(minor);
  const helpOf_ = (key: string) => helpOf(key, minor);
  const r = parseArgv(kubeadmSpec(minor), args);
  if (r.kind === 'help') {
    const key = keyOfPath(r.path);
    if (TREE[key].passThrough) {
      // the first word after `phase` names the phase asked about
      const word = args.slice(args.lastIndexOf('phase') + 1).find((a) => !a.startsWith('-'));
      const ph = word === undefined ? undefined : phaseHelpOf(key, word, minor);
      if (ph !== undefined) return { kind: 'done', out: ph, err: '', code: 0 };
    }
    return { kind: 'done', out: helpOf_(key) ?? helpOf('', minor), err: '', code: 0 };
  }
  if (r.kind === 'error') {
    // cobra's legacyArgs on the root: an unknown command, with its suggestions
    const o =
      r.error.code === 'unknown-command'
        ? { stderr: `unknown command "${r.error.operand}" for "kubeadm"${suggestions(r.error.operand ?? '', ROOT_COMMANDS)}\n${HINT}\n`, status: 1 }
        : usageError(r.error, r.path);
    return { kind: 'done', out: '', err: o.stderr, code: o.status };
  }
  if (r.kind !== 'ok') return { kind: 'done', out: helpOf('', minor), err: '', code: 0 };
  // a parent command (token, upgrade, certs renew …) runs kubeadm's SubCmdRun: a word that names none of its
  // sub-commands is refused, without the stack-trace hint (kubeadm's CheckErr special-cases this error)
  const key = keyOfPath(r.path);
  const node = TREE[key];
  // a help topic is not runnable: cobra answers with its help (flag.ErrHelp), whatever words follow
  if (node?.topic) return { kind: 'done', out: helpOf_(key)!, err: '', code: 0 };
  // a workflow's `phase` command is not runnable either: without a word naming one of its phases cobra stops at it
  // (legacyArgs checks unknown words on the root only) and answers with its help, status 0
  if (node?.passThrough && node.phases) {
    const word = r.operands.find((a) => !a.startsWith('-'));
    if (word === undefined || !node.phases.some(([p]) => p === word)) return { kind: 'done', out: helpOf_(key) ?? '', err: '', code: 0 };
  }
  // (a workflow command's only child is its `phase` command: it runs itself)
  if (key && node && !node.use && !node.passThrough && childKeys(TREE, key).some((k) => !TREE[k].passThrough)) {
    if (r.operands.length) return { kind: 'done', out: '', err: invalidSubcommand(pathOf(key), r.operands) + '\n', code: 1 };
    // SubCmdRun without a word: the help, then exit 1 (kubeadm's ErrExit prints nothing)
    return { kind: 'done', out: helpOf_(key) ?? '', err: '', code: 1 };
  }
  const f: Record<string, string> = {};
  for (const o of r.opts.list) f[o.key] = o.value === true ? 'true' : o.value;
  return { kind: 'run', pos: [...r.path.slice(1).map((p) => p.name), ...r.operands], f };
}
