// urfave/cli v2 (v2.25.7, as cri-tools v1.28 vendors it) reading argv with Go's flag package, one level at a time:
// the app's flags, the command word (or `help <command>`), the command's flags, its arguments.
// - Go's flag.Parse: `-x` and `--x` are the same flag; its value is `=v` or the next word (bool flags only take
//   `=v`); the first word that is not a flag (or `-` alone, or after `--`) ends the flags of that level.
// - parseIter: with UseShortOptionHandling, a word Go refuses (`-aq`) is split into `-a -q` when every letter names a
//   flag of the command.
// - normalizeFlags: one flag given under two of its names is refused.
// - `-h`/`--help` at every level, `-v`/`--version` on the app.
import { Options, type CommandSpec, type FlagSpec, type ParseResult, type UsageError } from './types';

const HELP: FlagSpec = { long: 'help', short: 'h', type: 'bool', action: 'help' };
const VERSION: FlagSpec = { long: 'version', short: 'v', type: 'bool', action: 'version' };

const namesOf = (f: FlagSpec) => [...(f.long ? [f.long] : []), ...(f.longAliases ?? []), ...(f.short ? [f.short] : [])];
const keyOf = (f: FlagSpec) => f.key ?? f.long ?? f.short ?? '?';
const isBool = (f: FlagSpec) => (f.type ?? 'bool') === 'bool' && f.value !== 'required';

/** strconv.ParseBool */
const GO_BOOL = /^(1|0|t|f|T|F|true|false|TRUE|FALSE|True|False)$/;
/** strconv.ParseInt(s, 0, 64): decimal, 0x, 0o, 0b, a leading 0 for octal, `_` between digits */
const GO_INT = /^[+-]?(0[xX](_?[0-9a-fA-F])+|0[bB](_?[01])+|0[oO]?(_?[0-7])*|[1-9](_?\d)*)$/;
/** time.ParseDuration */
const GO_DURATION = /^[-+]?((\d+(\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h))+$|^[-+]?0$/;

const on = (v: string | true) => v === true || /^(1|t|T|true|TRUE|True)$/.test(v);

interface Level {
  set: { flag: FlagSpec; value: string | true; as: string }[];
  rest: string[];
}

function fail(e: Omit<UsageError, 'code'> & { code?: UsageError['code'] }, message: string): { error: UsageError } {
  return { error: { code: e.code ?? 'unknown-option', ...e, message } };
}

/** One level's flags, as flag.Parse (and parseIter, normalizeFlags) read them. */
function parseLevel(table: FlagSpec[], argv: string[], bundling: boolean): Level | { error: UsageError } {
  const find = (name: string) => table.find((f) => namesOf(f).includes(name));
  const args = [...argv];
  const set: Level['set'] = [];
  let i = 0;
  while (i < args.length) {
    const s = args[i];
    if (s.length < 2 || s[0] !== '-') break;
    const minuses = s[1] === '-' ? 2 : 1;
    if (minuses === 2 && s.length === 2) {
      i++;
      break;
    }
    let name = s.slice(minuses);
    if (name === '' || name[0] === '-' || name[0] === '=') return fail({ option: s }, `bad flag syntax: ${s}`);
    const eq = name.indexOf('=', 1);
    const value = eq >= 0 ? name.slice(eq + 1) : undefined;
    if (eq >= 0) name = name.slice(0, eq);
    const f = find(name);
    if (!f) {
      // parseIter: `-aq` becomes `-a -q` when each letter is a flag here
      if (bundling && minuses === 1 && value === undefined && name.length > 1 && [...name].every((c) => find(c))) {
        args.splice(i, 1, ...[...name].map((c) => '-' + c));
        continue;
      }
      return fail({ option: name, short: minuses === 1 }, `flag provided but not defined: -${name}`);
    }
    if (isBool(f)) {
      if (value !== undefined && !GO_BOOL.test(value)) return fail({ code: 'invalid-value', option: name, flag: f, value }, `invalid boolean value "${value}" for -${name}: parse error`);
      set.push({ flag: f, value: value ?? true, as: name });
      i++;
      continue;
    }
    let v = value;
    if (v === undefined) {
      if (i + 1 >= args.length) return fail({ code: 'missing-value', option: name, flag: f }, `flag needs an argument: -${name}`);
      v = args[++i];
    }
    const bad = (f.type === 'int' && !GO_INT.test(v)) || (f.type === 'duration' && !GO_DURATION.test(v));
    if (bad) return fail({ code: 'invalid-value', option: name, flag: f, value: v }, `invalid value "${v}" for flag -${name}: parse error`);
    set.push({ flag: f, value: v, as: name });
    i++;
  }
  // normalizeFlags: the names in the flag's order, the second one seen is named first
  for (const f of table) {
    const used = namesOf(f).filter((n) => set.some((x) => x.flag === f && x.as === n));
    if (used.length > 1) return fail({ code: 'ambiguous', option: used[1], candidates: used }, `Cannot use two forms of the same flag: ${used[1]} ${used[0]}`);
  }
  return { set, rest: args.slice(i) };
}

/** Find a command by its name or alias. */
const findSub = (spec: CommandSpec, word: string) => spec.subcommands?.find((s) => s.name === word || (s.aliases ?? []).includes(word));

export function parseUrfave(spec: CommandSpec, argv: string[]): ParseResult {
  const path: CommandSpec[] = [spec];
  const opts = new Options();
  let words = argv;
  for (;;) {
    const node = path[path.length - 1];
    const root = path.length === 1;
    const table = [...(node.flags ?? []), HELP, ...(root && node.version !== undefined ? [VERSION] : [])];
    const lv = parseLevel(table, words, !!node.bundling);
    if ('error' in lv) return { kind: 'error', error: lv.error, path };
    if (lv.set.some((x) => x.flag === HELP && on(x.value))) return { kind: 'help', path };
    if (lv.set.some((x) => x.flag === VERSION && on(x.value))) return { kind: 'version', path };
    for (const x of lv.set) if (x.flag !== HELP && x.flag !== VERSION) opts.list.push({ key: keyOf(x.flag), value: x.value, as: x.as });
    words = lv.rest;
    if (!node.subcommands?.length) return { kind: 'ok', opts, operands: words, path };
    // the app without a command shows its help (its default action)
    if (!words.length) return { kind: 'help', path };
    const [w, ...more] = words;
    if (root && spec.helpCommand && (w === 'help' || w === 'h')) {
      if (!more.length) return { kind: 'help', path };
      const sub = findSub(node, more[0]);
      return sub && sub.name !== 'help' ? { kind: 'help', path: [...path, sub] } : sub ? { kind: 'help', path } : { kind: 'error', error: { code: 'unknown-command', operand: more[0] }, path };
    }
    const sub = findSub(node, w);
    if (!sub) return { kind: 'error', error: { code: 'unknown-command', operand: w }, path };
    path.push(sub);
    words = more;
  }
}
