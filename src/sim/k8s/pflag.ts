/**
 * A Go component's command line as spf13/pflag v1.0.5 parses it (flag.go parseArgs, parseLongArg,
 * parseSingleShortArg): the first error ends the parse, in pflag's words; names are normalized as
 * cliflag.WordSepNormalizeFunc does ("_" → "-"); a flag that needs no value (a bool, or one with a NoOptDefVal such
 * as verflag's --version) takes "true"; setting a deprecated flag writes pflag's "Flag --NAME has been deprecated,
 * MESSAGE" line. The kubelet (kubelet/pflag.ts) and the control-plane binaries (components/flags.ts) say which flags
 * they have and how a value is checked.
 */
export interface Parsed {
  values: Map<string, string>;
  args: string[];
  /** the deprecation lines pflag wrote while parsing */
  warnings: string;
  error?: string;
}

export interface FlagSet {
  /** a flag by its normalized long name: whether it can stand without a value, and its shorthand */
  flag(name: string): { noValue: boolean; short?: string } | undefined;
  /** the long name of a shorthand */
  byShort(c: string): string | undefined;
  /** Value.Set's complaint about a value (after `invalid argument "V" for "-s, --name" flag: `), or null */
  check(name: string, value: string): string | null;
  /** the deprecation message of a flag that has one */
  deprecated(name: string): string | undefined;
}

export function parsePflag(set: FlagSet, argv: string[]): Parsed {
  const p: Parsed = { values: new Map(), args: [], warnings: '' };
  const put = (name: string, value: string): boolean => {
    const why = set.check(name, value);
    if (why) {
      const short = set.flag(name)!.short;
      p.error = `invalid argument ${JSON.stringify(value)} for ${JSON.stringify(short ? `-${short}, --${name}` : `--${name}`)} flag: ${why}`;
      return false;
    }
    p.values.set(name, value);
    const dep = set.deprecated(name);
    if (dep !== undefined) p.warnings += `Flag --${name} has been deprecated, ${dep}\n`;
    return true;
  };
  const args = [...argv];
  while (args.length) {
    const s = args.shift()!;
    if (s.length < 2 || s[0] !== '-') {
      p.args.push(s);
      continue;
    }
    if (s[1] === '-') {
      if (s.length === 2) {
        p.args.push(...args);
        break;
      }
      const rest = s.slice(2);
      if (rest[0] === '-' || rest[0] === '=') return { ...p, error: `bad flag syntax: ${s}` };
      const eq = rest.indexOf('=');
      const raw = eq < 0 ? rest : rest.slice(0, eq);
      const name = raw.replace(/_/g, '-');
      const f = set.flag(name);
      if (!f) return { ...p, error: `unknown flag: --${raw}` };
      let value: string;
      if (eq >= 0) value = rest.slice(eq + 1);
      else if (f.noValue) value = 'true';
      else if (args.length) value = args.shift()!;
      else return { ...p, error: `flag needs an argument: ${s}` };
      if (!put(name, value)) return p;
      continue;
    }
    let shorts = s.slice(1);
    while (shorts.length) {
      const c = shorts[0];
      const name = set.byShort(c);
      if (!name) return { ...p, error: `unknown shorthand flag: '${c}' in -${shorts}` };
      let value: string;
      if (shorts.length > 2 && shorts[1] === '=') {
        value = shorts.slice(2);
        shorts = '';
      } else if (set.flag(name)!.noValue) {
        value = 'true';
        shorts = shorts.slice(1);
      } else if (shorts.length > 1) {
        value = shorts.slice(1);
        shorts = '';
      } else if (args.length) {
        value = args.shift()!;
        shorts = '';
      } else return { ...p, error: `flag needs an argument: '${c}' in -${shorts}` };
      if (!put(name, value)) return p;
    }
  }
  return p;
}
