/**
 * A component's command line as spf13/pflag v1.0.5 parses it (flag.go parseArgs, parseLongArg, parseSingleShortArg):
 * the first error ends the parse, in pflag's words; names are normalized as cliflag.WordSepNormalizeFunc does
 * ("_" → "-"); a flag whose value may be left out (verflag's --version) takes its NoOptDefVal "true"; a bool's value
 * is checked as strconv.ParseBool does, other values are taken as given; setting a deprecated flag writes pflag's
 * "Flag --NAME has been deprecated, MESSAGE" line.
 */
import { parsePflag, type Parsed } from '../pflag';

export type ParsedFlags = Parsed;

interface Spec {
  kind: 'b' | 'o' | 'v';
  short?: string;
}
const cache = new Map<string, { all: Map<string, Spec>; byShort: Map<string, string> }>();

function specs(flags: string): { all: Map<string, Spec>; byShort: Map<string, string> } {
  let m = cache.get(flags);
  if (!m) {
    const all = new Map(flags.split(' ').map((e) => {
      const [name, kind, short] = e.split(':');
      return [name, { kind: kind as Spec['kind'], ...(short ? { short } : {}) }] as [string, Spec];
    }));
    m = { all, byShort: new Map([...all].filter(([, s]) => s.short).map(([n, s]) => [s.short!, n])) };
    cache.set(flags, m);
  }
  return m;
}

const BOOL = ['1', 't', 'T', 'TRUE', 'true', 'True', '0', 'f', 'F', 'FALSE', 'false', 'False'];

export function parseFlags(flags: string, argv: string[], deprecated: Record<string, string> = {}): ParsedFlags {
  const { all, byShort } = specs(flags);
  return parsePflag(
    {
      flag: (name) => {
        const f = all.get(name);
        return f && { noValue: f.kind !== 'v', short: f.short };
      },
      byShort: (c) => byShort.get(c),
      // a bool's value as strconv.ParseBool takes it; other values as given
      check: (name, value) => (all.get(name)!.kind === 'b' && !BOOL.includes(value) ? `strconv.ParseBool: parsing ${JSON.stringify(value)}: invalid syntax` : null),
      deprecated: (name) => deprecated[name],
    },
    argv,
  );
}
