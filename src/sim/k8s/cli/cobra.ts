/**
 * The cobra/pflag command-line reader, driven by command specs: finds the sub-command path (flags may come
 * before, between or after its words), then reads flags as pflag does (`--x=v`, `--x v`, `-n v`, `-nv`,
 * `-it`, `--`), with pflag's own error texts.
 */
import { flagType, type FlagSpec, type FlagType } from './spec';

export type FlagValue = string | boolean | string[] | number;
export interface Parsed {
  /** command path, e.g. ["rollout", "undo"] */
  path: string[];
  args: string[];
  flags: Record<string, FlagValue>;
  /** words after `--` */
  rest: string[];
  /** true when a `--` was seen */
  dash: boolean;
}
export interface ParseError {
  error: string;
  path: string[];
}

/** What the reader needs to know about a command tree. */
export interface CommandTree {
  /** the child of `path` called `word` (by name or alias), as its canonical path */
  child(path: string[], word: string): string[] | null;
  /** the command's own flags and the global (persistent) ones */
  flags(path: string[]): FlagSpec[];
}

interface Def {
  f: FlagSpec;
  type: FlagType;
}

function defsOf(flags: FlagSpec[]): Def[] {
  return flags.map((f) => ({ f, type: flagType(f) }));
}

function display(d: Def): string {
  return d.f.short ? `-${d.f.short}, --${d.f.name}` : `--${d.f.name}`;
}

function setFlag(flags: Record<string, FlagValue>, d: Def, v: string | true): string | undefined {
  const name = d.f.name;
  if (d.type === 'b') {
    if (v === true || /^(1|t|T|TRUE|true|True)$/.test(v)) flags[name] = true;
    else if (/^(0|f|F|FALSE|false|False)$/.test(v)) flags[name] = false;
    else return `invalid argument "${v}" for "${display(d)}" flag: strconv.ParseBool: parsing "${v}": invalid syntax`;
    return;
  }
  const s = v as string;
  if (d.type === 'i') {
    if (!/^[-+]?\d+$/.test(s)) return `invalid argument "${s}" for "${display(d)}" flag: strconv.ParseInt: parsing "${s}": invalid syntax`;
    flags[name] = Number(s);
  } else if (d.type === 'd') {
    if (!/^([-+]?(\d+(\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h))+$|^0$/.test(s)) return `invalid argument "${s}" for "${display(d)}" flag: time: invalid duration "${s}"`;
    flags[name] = s;
  } else if (d.type === 'a') {
    const cur = (flags[name] as string[] | undefined) ?? [];
    flags[name] = [...cur, ...(d.f.comma ? s.split(',') : [s])];
  } else flags[name] = s;
}

/** Splits argv into the command path and the rest, as cobra's Find does (flag values are skipped). */
export function findPath(argv: string[], tree: CommandTree): string[] {
  let path: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') break;
    if (a.startsWith('-') && a.length > 1) {
      if (!a.includes('=')) {
        const defs = defsOf(tree.flags(path));
        const d = a.startsWith('--') ? defs.find((x) => x.f.name === a.slice(2)) : a.length === 2 ? defs.find((x) => x.f.short === a[1]) : undefined;
        if (d && d.type !== 'b') i++;
      }
      continue;
    }
    const next = tree.child(path, a);
    if (!next) break;
    path = next;
  }
  return path;
}

/** Reads argv against the spec of the command at `path` (the words of the path are dropped from args). */
export function parseFlags(argv: string[], path: string[], tree: CommandTree, typed: string[] = path): Parsed | ParseError {
  const defs = defsOf(tree.flags(path));
  const flags: Record<string, FlagValue> = {};
  const args: string[] = [];
  const rest: string[] = [];
  let consumed = 0;
  let dash = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      dash = true;
      rest.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith('--') && a.length > 2) {
      const eq = a.indexOf('=');
      const name = eq < 0 ? a.slice(2) : a.slice(2, eq);
      const d = defs.find((x) => x.f.name === name);
      if (!d) return { error: `unknown flag: --${name}`, path };
      let v: string | true;
      if (eq >= 0) v = a.slice(eq + 1);
      else if (d.type === 'b') v = true;
      else {
        if (i + 1 >= argv.length) return { error: `flag needs an argument: --${name}`, path };
        v = argv[++i];
      }
      const e = setFlag(flags, d, v);
      if (e) return { error: e, path };
      continue;
    }
    if (a.startsWith('-') && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const c = a[j];
        const d = defs.find((x) => x.f.short === c);
        if (!d) return { error: `unknown shorthand flag: '${c}' in ${a}`, path };
        if (d.type === 'b') {
          if (a[j + 1] === '=') {
            const e = setFlag(flags, d, a.slice(j + 2));
            if (e) return { error: e, path };
            break;
          }
          flags[d.f.name] = true;
          continue;
        }
        let v: string;
        if (j + 1 < a.length) v = a[j + 1] === '=' ? a.slice(j + 2) : a.slice(j + 1);
        else {
          if (i + 1 >= argv.length) return { error: `flag needs an argument: '${c}' in -${c}`, path };
          v = argv[++i];
        }
        const e = setFlag(flags, d, v);
        if (e) return { error: e, path };
        break;
      }
      continue;
    }
    if (consumed < typed.length) {
      consumed++;
      continue;
    }
    args.push(a);
  }
  return { path, args, flags, rest, dash };
}

export function isParseError(p: Parsed | ParseError): p is ParseError {
  return 'error' in p;
}

/** The words of argv that name the command path, as typed (an alias stays an alias). */
export function typedPath(argv: string[], tree: CommandTree): string[] {
  const typed: string[] = [];
  let path: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') break;
    if (a.startsWith('-') && a.length > 1) {
      if (!a.includes('=')) {
        const defs = defsOf(tree.flags(path));
        const d = a.startsWith('--') ? defs.find((x) => x.f.name === a.slice(2)) : a.length === 2 ? defs.find((x) => x.f.short === a[1]) : undefined;
        if (d && d.type !== 'b') i++;
      }
      continue;
    }
    const next = tree.child(path, a);
    if (!next) break;
    path = next;
    typed.push(a);
  }
  return typed;
}

/** cobra's "Did you mean this?" candidates: within two edits, or starting with what was typed. */
export function suggestions(word: string, names: string[]): string[] {
  const dist = (a: string, b: string) => {
    const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
    for (let j = 1; j <= b.length; j++) d[0][j] = j;
    for (let i = 1; i <= a.length; i++) for (let j = 1; j <= b.length; j++) d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    return d[a.length][b.length];
  };
  const w = word.toLowerCase();
  return names.filter((n) => dist(n, w) <= 2 || n.startsWith(w));
}
