// The one argv parser: reads words against a CommandSpec in the style of its tool family.
import { parseUrfave } from './urfave';
import { Options, type CommandSpec, type FlagSpec, type ParseResult, type SpecStyle, type UsageError } from './types';

export function defaultHelpFlags(style: SpecStyle): string[] {
  if (style === 'cmd') return ['/?'];
  if (style === 'cobra' || style === 'ruby') return ['-h', '--help'];
  return ['--help'];
}

/** Every flag the command at the end of `path` accepts: its own and the global ones of each level. */
export function flagsOf(path: CommandSpec[]): FlagSpec[] {
  const leaf = path[path.length - 1];
  const out: FlagSpec[] = [...(leaf.flags ?? [])];
  for (const s of path) out.push(...(s.globalFlags ?? []));
  return out;
}

const keyOf = (f: FlagSpec) => f.key ?? f.long ?? f.short ?? '?';
const longNames = (f: FlagSpec) => (f.long ? [f.long, ...(f.longAliases ?? [])] : [...(f.longAliases ?? [])]);
const takes = (f: FlagSpec) => f.value ?? (f.type && f.type !== 'bool' && f.type !== 'count' ? 'required' : 'none');

/** Find the sub-command a word names. */
export function findSub(spec: CommandSpec, word: string): CommandSpec | undefined {
  const ci = spec.style === 'cmd';
  const w = ci ? word.toLowerCase() : word;
  const named = (n: string) => (ci ? n.toLowerCase() : n) === w;
  for (const s of spec.subcommands ?? []) {
    if (named(s.name)) return s;
    if (s.aliases) for (const a of s.aliases) if (named(a)) return s;
  }
  return undefined;
}

interface LongMatch {
  flag?: FlagSpec;
  name?: string;
  negated?: boolean;
  ambiguous?: string[];
}

function matchLong(flags: FlagSpec[], name: string, abbrev: boolean, ruby: boolean): LongMatch {
  // an exact name first, without the list of every name (a --no- name may be a negation: the list decides)
  if (!(ruby && name.startsWith('no-')))
    for (const f of flags) {
      if (f.long && f.long === name) return { flag: f, name, negated: false };
      if (f.longAliases) for (const n of f.longAliases) if (n === name) return { flag: f, name, negated: false };
    }
  const all: { flag: FlagSpec; name: string; negated: boolean }[] = [];
  for (const f of flags) {
    for (const n of longNames(f)) {
      all.push({ flag: f, name: n, negated: false });
      if (ruby && f.negatable) all.push({ flag: f, name: 'no-' + n, negated: true });
    }
  }
  const exact = all.find((c) => c.name === name);
  if (exact) return exact;
  if (!abbrev) return {};
  const pre = all.filter((c) => c.name.startsWith(name));
  if (pre.length === 0) return {};
  if (pre.every((c) => c.flag === pre[0].flag && c.negated === pre[0].negated)) return pre[0];
  return { ambiguous: pre.map((c) => c.name) };
}

function checkValue(f: FlagSpec, value: string, option: string, short: boolean): UsageError | null {
  if (f.type === 'bool' && !/^(1|0|t|f|T|F|true|false|TRUE|FALSE|True|False)$/.test(value)) return { code: 'invalid-value', flag: f, value, option, short };
  if (f.type === 'int' && !/^[+-]?\d+$/.test(value)) return { code: 'invalid-value', flag: f, value, option, short };
  if (f.type === 'duration' && !/^([-+]?(\d+(\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h))+$|^[-+]?0$/.test(value)) return { code: 'invalid-value', flag: f, value, option, short };
  return null;
}

/** Resolve the sub-command path: the first non-option words naming sub-commands. Returns the path and the words left. */
function walk(spec: CommandSpec, argv: string[]): { path: CommandSpec[]; rest: string[]; helpFor: boolean } {
  const path = [spec];
  let rest = [...argv];
  let helpFor = false;
  if (!spec.subcommands?.length) return { path, rest, helpFor };
  for (;;) {
    const node = path[path.length - 1];
    if (!node.subcommands?.length) break;
    const flags = flagsOf(path);
    let found = -1;
    for (let i = 0; i < rest.length; i++) {
      const w = rest[i];
      if (w === '--') break;
      if (node.style === 'cmd' ? w.startsWith('/') : w.startsWith('-') && w !== '-') {
        // skip the value of a known flag given as a separate word
        if (node.style !== 'cmd' && !w.includes('=')) {
          const f = w.startsWith('--')
            ? matchLong(flags, w.slice(2), node.abbreviations ?? node.style !== 'cobra', node.style === 'ruby').flag
            : w.length === 2
              ? flags.find((x) => x.short === w[1])
              : undefined;
          if (f && takes(f) === 'required') i++;
        }
        continue;
      }
      if (path.length === 1 && spec.helpCommand && w === 'help' && !findSub(node, w)) {
        helpFor = true;
        rest.splice(i, 1);
        i--;
        continue;
      }
      const sub = findSub(node, w);
      if (sub) found = i;
      break;
    }
    if (found < 0) break;
    path.push(findSub(node, rest[found])!);
    rest = [...rest.slice(0, found), ...rest.slice(found + 1)];
    if (path[path.length - 1].passThrough) break;
  }
  return { path, rest, helpFor };
}

export function parseArgv(spec: CommandSpec, argv: string[]): ParseResult {
  if (spec.style === 'urfave') return parseUrfave(spec, argv);
  const { path, rest, helpFor } = walk(spec, argv);
  if (helpFor) return { kind: 'help', path };
  const leaf = path[path.length - 1];
  const style = leaf.style;
  const flags = flagsOf(path);
  const helpWords = leaf.helpFlags ?? spec.helpFlags ?? defaultHelpFlags(style);
  const opts = new Options();
  const operands: string[] = [];
  if (leaf.rawArgs) return rest[0] !== undefined && !leaf.ownHelp && helpWords.includes(rest[0]) ? { kind: 'help', path } : { kind: 'ok', opts, operands: rest, path };
  const permute = leaf.permute ?? style !== 'builtin';
  const abbrev = leaf.abbreviations ?? (style === 'gnu' || style === 'ruby');
  const inOrderHelp = style !== 'cobra';
  let sawHelp = false;
  let dashAt: number | undefined;
  const err = (e: UsageError): ParseResult => ({ kind: 'error', error: e, path });
  const add = (f: FlagSpec, value: string | true, as: string) => opts.list.push({ key: keyOf(f), value, as });

  // help/version words the spec did not declare as flags (GNU: --help and --version take part in prefixes)
  const helpFlag: FlagSpec = { long: '\0help', action: 'help' };
  const versionFlag: FlagSpec = { long: 'version', action: 'version' };
  const longHelp = helpWords.filter((w) => w.startsWith('--')).map((w) => w.slice(2));
  const shortHelp = helpWords.filter((w) => /^-[^-]$/.test(w)).map((w) => w[1]);
  const table: FlagSpec[] = leaf.ownHelp ? [...flags] : [...flags, ...longHelp.map((n) => ({ ...helpFlag, long: n })), ...shortHelp.map((c) => ({ ...helpFlag, long: undefined, short: c }))];
  if (leaf.version && !flags.some((f) => f.long === 'version')) table.push(versionFlag);
  const special = (f: FlagSpec): ParseResult | null => {
    if (f.action === 'version') return { kind: 'version', path };
    if (f.action === 'help') {
      if (inOrderHelp) return { kind: 'help', path };
      sawHelp = true;
    }
    return null;
  };

  if (style === 'cmd') return parseCmd(leaf, flags, rest, path, helpWords);

  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--' && style !== 'builtin') {
      dashAt = operands.length;
      operands.push(...rest.slice(i + 1));
      break;
    }
    if (a === '--' && style === 'builtin') {
      operands.push(...rest.slice(i + 1));
      break;
    }
    const isOption = a.startsWith('-') && a !== '-';
    if (!isOption || (!permute && operands.length)) {
      operands.push(a);
      if (!permute) {
        operands.push(...rest.slice(i + 1));
        break;
      }
      continue;
    }
    if (leaf.numberFlag && /^-\d+$/.test(a)) {
      const f = flags.find((x) => keyOf(x) === leaf.numberFlag);
      if (f) {
        add(f, a.slice(1), a);
        continue;
      }
    }
    if (a.startsWith('--')) {
      if (style === 'builtin') {
        if (i === 0 && helpWords.includes(a) && !leaf.ownHelp) return { kind: 'help', path };
        return err({ code: 'unknown-option', option: '-', short: true });
      }
      const eq = a.indexOf('=');
      const name = eq >= 0 ? a.slice(2, eq) : a.slice(2);
      const m = matchLong(table, name, abbrev, style === 'ruby');
      if (m.ambiguous) return err({ code: 'ambiguous', option: a, candidates: m.ambiguous });
      if (!m.flag) return err({ code: 'unknown-option', option: style === 'cobra' ? '--' + name : a });
      const f = m.flag;
      const sp = special(f);
      if (sp) return sp;
      if (f.action === 'help') continue;
      const full = '--' + m.name;
      const mode = takes(f);
      if (m.negated) {
        if (eq >= 0) return err({ code: 'needless-value', option: full, flag: f });
        add(f, 'false', a);
      } else if (style === 'cobra' && mode !== 'required') {
        const v = eq >= 0 ? a.slice(eq + 1) : 'true';
        const bad = checkValue(f, v, full, false);
        if (bad) return err(bad);
        add(f, f.type === 'count' && eq < 0 ? true : eq >= 0 ? v : true, a);
      } else if (mode === 'none') {
        if (eq >= 0) return err({ code: 'needless-value', option: full, flag: f, value: a.slice(eq + 1) });
        add(f, true, a);
      } else if (eq >= 0) {
        const v = a.slice(eq + 1);
        const bad = style === 'cobra' ? checkValue(f, v, full, false) : null;
        if (bad) return err(bad);
        add(f, v, a);
      } else if (mode === 'optional') {
        if (f.nextWord && i + 1 < rest.length && f.nextWord.test(rest[i + 1])) add(f, rest[++i], a + ' ' + rest[i]);
        else add(f, true, a);
      } else if (i + 1 < rest.length && (style === 'cobra' || style === 'gnu' || style === 'ruby')) {
        const v = rest[++i];
        const bad = style === 'cobra' ? checkValue(f, v, full, false) : null;
        if (bad) return err(bad);
        add(f, v, a + ' ' + v);
      } else return err({ code: 'missing-value', option: full, flag: f });
      continue;
    }
    // short options, bundled
    for (let j = 1; j < a.length; j++) {
      const c = a[j];
      const f = table.find((x) => x.short === c);
      if (!f) return err({ code: 'unknown-option', option: style === 'cobra' ? a : c, short: true, value: c });
      const sp = special(f);
      if (sp) return sp;
      if (f.action === 'help') continue;
      const mode = takes(f);
      const restOf = a.slice(j + 1);
      if (style === 'cobra' && mode !== 'required') {
        if (restOf.startsWith('=')) {
          const bad = checkValue(f, restOf.slice(1), '-' + c, true);
          if (bad) return err(bad);
          add(f, restOf.slice(1), a);
          break;
        }
        add(f, true, '-' + c);
        continue;
      }
      if (mode === 'none') {
        add(f, true, '-' + c);
        continue;
      }
      if (restOf !== '') {
        const v = style === 'cobra' && restOf.startsWith('=') ? restOf.slice(1) : restOf;
        const bad = style === 'cobra' ? checkValue(f, v, '-' + c, true) : null;
        if (bad) return err(bad);
        add(f, v, a);
        break;
      }
      if (mode === 'optional') {
        if (f.nextWord && i + 1 < rest.length && f.nextWord.test(rest[i + 1])) add(f, rest[++i], '-' + c + ' ' + rest[i]);
        else add(f, true, '-' + c);
        break;
      }
      if (i + 1 < rest.length) {
        const v = rest[++i];
        const bad = style === 'cobra' ? checkValue(f, v, '-' + c, true) : null;
        if (bad) return err(bad);
        add(f, v, '-' + c + ' ' + v);
        break;
      }
      return err({ code: 'missing-value', option: style === 'cobra' ? a : c, short: true, flag: f });
    }
  }
  if (sawHelp) return { kind: 'help', path };
  const oe = operandError(leaf, operands);
  if (oe) return err(oe);
  return dashAt === undefined ? { kind: 'ok', opts, operands, path } : { kind: 'ok', opts, operands, path, dashAt };
}

function operandError(leaf: CommandSpec, operands: string[]): UsageError | null {
  const o = leaf.operands;
  if (leaf.subcommands?.length && !o && operands.length) return { code: 'unknown-command', operand: operands[0] };
  if (!o) return null;
  if (o.min !== undefined && operands.length < o.min) return { code: 'missing-operand', operand: operands[operands.length - 1] };
  if (o.max !== undefined && operands.length > o.max) return { code: 'extra-operand', operand: operands[o.max] };
  return null;
}

/** cmd.exe: `/W`, `/A:D`, `/AD`, `/-W`, `/w/p`, case-insensitive; `/?` asks for help. */
function parseCmd(leaf: CommandSpec, flags: FlagSpec[], rest: string[], path: CommandSpec[], helpWords: string[]): ParseResult {
  const opts = new Options();
  const operands: string[] = [];
  for (const a of rest) {
    if (!a.startsWith('/') || a === '/') {
      operands.push(a);
      continue;
    }
    for (const part of a.slice(1).split('/')) {
      const sw = '/' + part;
      if (helpWords.includes(sw) && !leaf.ownHelp) return { kind: 'help', path };
      const neg = part.startsWith('-');
      const body = neg ? part.slice(1) : part;
      const upper = body.toUpperCase();
      let f = flags.find((x) => x.short && x.short.toUpperCase() === upper);
      let value: string | true = true;
      if (!f) {
        f = flags.find((x) => x.short && takes(x) !== 'none' && upper.startsWith(x.short.toUpperCase()));
        if (f) {
          const v = body.slice(f.short!.length);
          value = v.startsWith(':') ? v.slice(1) : v;
        }
      }
      if (!f) return { kind: 'error', error: { code: 'unknown-option', option: body, short: true }, path };
      if (takes(f) === 'required' && value === true) return { kind: 'error', error: { code: 'missing-value', option: body, flag: f, short: true }, path };
      opts.list.push({ key: keyOf(f), value: neg ? 'false' : value, as: sw });
    }
  }
  const oe = operandError(leaf, operands);
  if (oe) return { kind: 'error', error: oe, path };
  return { kind: 'ok', opts, operands, path };
}
