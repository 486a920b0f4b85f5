/**
 * kubectl's command tree (tree.ts) as a command spec for the shared parser (src/sim/spec), pflag style:
 * flags anywhere, `--x=v`, `--x v`, `-n v`, `-nv`, bundled bools, `--`, no prefixes, pflag's error texts.
 */
import type { CommandSpec, FlagSpec, UsageError, ErrorOutput } from '../../spec/types';
import { commandPath } from '../../spec/errors';
import { flagOf, flagType, type FlagSpec as TreeFlag, type TreeNode } from '../cli/spec';
import { GLOBAL_FLAGS, TREE } from './tree';
import { HIDDEN_FLAGS } from './dry-run';

const TYPES = { b: 'bool', s: 'string', a: 'stringArray', i: 'int', d: 'duration' } as const;

/** `o|output=''` → the parser's flag */
export function specFlag(f: TreeFlag): FlagSpec {
  const t = flagType(f);
  // cmdutil.AddDryRunFlag: NoOptDefVal "unchanged" (a bare --dry-run takes no value from the next word)
  const optional = f.name === 'dry-run' ? { value: 'optional' as const } : {};
  return { long: f.name, ...(f.short ? { short: f.short } : {}), type: f.comma ? 'stringSlice' : TYPES[t], default: f.def, ...optional };
}

function label(f: FlagSpec | undefined): string {
  if (!f) return '';
  return f.short ? `-${f.short}, --${f.long}` : `--${f.long}`;
}

/** pflag's words for a usage error (a bad shorthand is shown with the rest of its word from that letter on). */
export function pflagMessage(e: UsageError): string {
  const from = (word: string, c: string) => word.slice(Math.max(1, word.indexOf(c, 1)));
  let msg: string;
  switch (e.code) {
    case 'unknown-option':
      msg = e.short ? `unknown shorthand flag: '${e.value}' in -${from(e.option ?? '', e.value ?? '')}` : `unknown flag: ${e.option}`;
      break;
    case 'missing-value':
      msg = e.short ? `flag needs an argument: '${e.flag?.short}' in -${from(e.option ?? '', e.flag?.short ?? '')}` : `flag needs an argument: ${e.option}`;
      break;
    case 'invalid-value': {
      const v = e.value ?? '';
      const t = e.flag?.type;
      const why = t === 'bool' ? `strconv.ParseBool: parsing "${v}": invalid syntax` : t === 'duration' ? `time: invalid duration "${v}"` : `strconv.ParseInt: parsing "${v}": invalid syntax`;
      msg = `invalid argument "${v}" for "${label(e.flag)}" flag: ${why}`;
      break;
    }
    default:
      msg = e.code.replace('-', ' ');
  }
  return msg;
}

function pflagError(e: UsageError, path: CommandSpec[]): ErrorOutput {
  return { stderr: `error: ${pflagMessage(e)}\nSee '${commandPath(path)} --help' for usage.\n`, status: 1 };
}

function node(name: string, n: TreeNode | undefined, minor: number, children: CommandSpec[]): CommandSpec {
  const flags = n ? (minor >= 29 && n.flags129 ? n.flags129 : n.flags).map((t) => specFlag(flagOf(t))) : [];
  return {
    name,
    ...(n?.aliases ? { aliases: n.aliases } : {}),
    style: 'cobra',
    summary: n ? (minor >= 29 && n.short129) || n.short : undefined,
    flags,
    operands: {},
    ...(children.length ? { subcommands: children } : {}),
  };
}

function build(minor: number): CommandSpec {
  const live = (k: string) => !TREE[k].since || minor >= TREE[k].since!;
  const keys = Object.keys(TREE).filter(live);
  const make = (prefix: string, name: string): CommandSpec => {
    const depth = prefix ? prefix.split(' ').length + 1 : 1;
    const kids = keys
      .filter((k) => (prefix ? k.startsWith(prefix + ' ') : true) && k.split(' ').length === depth)
      .sort()
      .map((k) => make(k, k.split(' ').pop()!));
    const spec = node(name, prefix ? TREE[prefix] : undefined, minor, kids);
    for (const h of HIDDEN_FLAGS[prefix] ?? []) spec.flags!.push({ long: h.name, type: h.type, hidden: true });
    return spec;
  };
  const root = make('', 'kubectl');
  root.globalFlags = GLOBAL_FLAGS.map((t) => specFlag(flagOf(t)));
  root.onError = pflagError;
  return root;
}

const specs = new Map<number, CommandSpec>();
/** The spec of the kubectl client of that minor version (28: 1.28, 29: 1.29). */
export function kubectlSpec(minor: number): CommandSpec {
  let s = specs.get(minor);
  if (!s) specs.set(minor, (s = build(minor)));
  return s;
}
