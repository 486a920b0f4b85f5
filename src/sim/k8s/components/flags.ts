/**
 * A component's command line as spf13/pflag v1.0.5 parses it (flag.go parseArgs, parseLongArg, parseSingleShortArg):
 * the first error ends the parse, in pflag's words; names are normalized as cliflag.WordSepNormalizeFunc does
 * ("_" → "-"); a flag whose value may be left out (verflag's --version) takes its NoOptDefVal "true"; a bool's value
 * is checked as strconv.ParseBool does, other values are taken as given; setting a deprecated flag writes pflag's
 * "Flag --NAME has been deprecated, MESSAGE" line.
 */
export interface ParsedFlags {
  values: Map<string, string>;
  args: string[];
  warnings: string;
  error?: string;
}

interface Spec {
  kind: 'b' | 'o' | 'v';
  short?: string;
}
const cache = new Map<string, Map<string, Spec>>();

function specs(flags: string): Map<string, Spec> {
  let m = cache.get(flags);
  if (!m) {
    m = new Map(flags.split(' ').map((e) => {
      const [name, kind, short] = e.split(':');
      return [name, { kind: kind as Spec['kind'], ...(short ? { short } : {}) }];
    }));
    cache.set(flags, m);
  }
  return m;
}

const BOOL = ['1', 't', 'T', 'TRUE', 'true', 'True', '0', 'f', 'F', 'FALSE', 'false', 'False'];

export function parseFlags(flags: string, argv: string[], deprecated: Record<string, string> = {}): ParsedFlags {
  const all = specs(flags);
  const byShort = new Map([...all].filter(([, s]) => s.short).map(([n, s]) => [s.short!, n]));
  const p: ParsedFlags = { values: new Map(), args: [], warnings: '' };
  const set = (name: string, value: string, shown: string): boolean => {
    if (all.get(name)!.kind === 'b' && !BOOL.includes(value)) {
      p.error = `invalid argument ${JSON.stringify(value)} for ${JSON.stringify(shown)} flag: strconv.ParseBool: parsing ${JSON.stringify(value)}: invalid syntax`;
      return false;
    }
    p.values.set(name, value);
    if (deprecated[name] !== undefined) p.warnings += `Flag --${name} has been deprecated, ${deprecated[name]}\n`;
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
      const f = all.get(name);
      if (!f) return { ...p, error: `unknown flag: --${raw}` };
      let value: string;
      if (eq >= 0) value = rest.slice(eq + 1);
      else if (f.kind !== 'v') value = 'true';
      else if (args.length) value = args.shift()!;
      else return { ...p, error: `flag needs an argument: ${s}` };
      if (!set(name, value, f.short ? `-${f.short}, --${name}` : `--${name}`)) return p;
      continue;
    }
    let shorts = s.slice(1);
    while (shorts.length) {
      const c = shorts[0];
      const name = byShort.get(c);
      if (!name) return { ...p, error: `unknown shorthand flag: '${c}' in -${shorts}` };
      const f = all.get(name)!;
      let value: string;
      if (shorts.length > 2 && shorts[1] === '=') {
        value = shorts.slice(2);
        shorts = '';
      } else if (f.kind !== 'v') {
        value = 'true';
        shorts = shorts.slice(1);
      } else if (shorts.length > 1) {
        value = shorts.slice(1);
        shorts = '';
      } else if (args.length) {
        value = args.shift()!;
        shorts = '';
      } else return { ...p, error: `flag needs an argument: '${c}' in -${shorts}` };
      if (!set(name, value, `-${c}, --${name}`)) return p;
    }
  }
  return p;
}
