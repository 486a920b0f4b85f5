/**
 * The kubelet's command line as spf13/pflag v1.0.5 parses it (flag.go parseArgs, parseLongArg, parseSingleShortArg,
 * Set): the first error ends the parse, with pflag's words; a flag name is normalized as
 * cliflag.WordSepNormalizeFunc does ("_" → "-"); a deprecated flag that is set makes pflag print
 * "Flag --NAME has been deprecated, MESSAGE" to stderr. Values are checked as the flag's Value.Set does for bools
 * (strconv.ParseBool), integers (strconv.ParseInt with base 0) and durations (time.ParseDuration); other values are
 * taken as given.
 */
import { DEPRECATED, KUBELET_FLAGS } from './flag-names';

export interface Parsed {
  values: Map<string, string>;
  args: string[];
  /** the deprecation lines pflag wrote while parsing */
  warnings: string;
  error?: string;
}

const SHORT = new Map(Object.entries(KUBELET_FLAGS).filter(([, f]) => f.short).map(([n, f]) => [f.short!, n]));
const goQuote = (s: string) => JSON.stringify(s);

function parseBool(v: string): boolean | null {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(v)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(v)) return false;
  return null;
}

/** time.ParseDuration's grammar: [-+]?(number unit)+ or 0 */
function validDuration(v: string): boolean {
  if (/^[-+]?0$/.test(v)) return true;
  return /^[-+]?((\d+\.?\d*|\.\d+)(ns|us|µs|μs|ms|s|m|h))+$/.test(v);
}

function setError(name: string, value: string): string | null {
  const f = KUBELET_FLAGS[name];
  let why: string | null = null;
  // verflag's versionValue.Set also takes "raw" and a version to report ("v…")
  if (name === 'version' && (value === 'raw' || value.startsWith('v'))) return null;
  if (f.kind === 'bool' && parseBool(value) === null) why = `strconv.ParseBool: parsing ${goQuote(value)}: invalid syntax`;
  else if (f.kind === 'int' && !/^[-+]?(0[xX][0-9a-fA-F_]+|0[bB][01_]+|0[oO]?[0-7_]*|[1-9][0-9_]*)$/.test(value)) why = `strconv.ParseInt: parsing ${goQuote(value)}: invalid syntax`;
  else if (f.kind === 'duration' && !validDuration(value)) why = `time: invalid duration ${goQuote(value)}`;
  if (!why) return null;
  const shown = f.short ? `-${f.short}, --${name}` : `--${name}`;
  return `invalid argument ${goQuote(value)} for ${goQuote(shown)} flag: ${why}`;
}

export function parseKubeletArgs(argv: string[]): Parsed {
  const p: Parsed = { values: new Map(), args: [], warnings: '' };
  const set = (name: string, value: string): boolean => {
    const e = setError(name, value);
    if (e) {
      p.error = e;
      return false;
    }
    p.values.set(name, value);
    const dep = KUBELET_FLAGS[name].deprecated;
    if (dep !== undefined) p.warnings += `Flag --${name} has been deprecated, ${DEPRECATED[dep]}\n`;
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
      const f = KUBELET_FLAGS[name];
      if (!f) return { ...p, error: `unknown flag: --${raw}` };
      let value: string;
      if (eq >= 0) value = rest.slice(eq + 1);
      else if (f.kind === 'bool') value = 'true';
      else if (args.length) value = args.shift()!;
      else return { ...p, error: `flag needs an argument: ${s}` };
      if (!set(name, value)) return p;
      continue;
    }
    let shorts = s.slice(1);
    while (shorts.length) {
      const c = shorts[0];
      const name = SHORT.get(c);
      if (!name) return { ...p, error: `unknown shorthand flag: '${c}' in -${shorts}` };
      let value: string;
      if (shorts.length > 2 && shorts[1] === '=') {
        value = shorts.slice(2);
        shorts = '';
      } else if (KUBELET_FLAGS[name].kind === 'bool') {
        value = 'true';
        shorts = shorts.slice(1);
      } else if (shorts.length > 1) {
        value = shorts.slice(1);
        shorts = '';
      } else if (args.length) {
        value = args.shift()!;
        shorts = '';
      } else return { ...p, error: `flag needs an argument: '${c}' in -${shorts}` };
      if (!set(name, value)) return p;
    }
  }
  return p;
}
