/**
 * The kubelet's command line as spf13/pflag v1.0.5 parses it (flag.go parseArgs, parseLongArg, parseSingleShortArg,
 * Set): the first error ends the parse, with pflag's words; a flag name is normalized as
 * cliflag.WordSepNormalizeFunc does ("_" → "-"); a deprecated flag that is set makes pflag print
 * "Flag --NAME has been deprecated, MESSAGE" to stderr. Values are checked as the flag's Value.Set does for bools
 * (strconv.ParseBool), integers (strconv.ParseInt with base 0) and durations (time.ParseDuration); other values are
 * taken as given.
 */
import { DEPRECATED, KUBELET_FLAGS } from './flag-names';
import { parsePflag, type FlagSet, type Parsed } from '../pflag';

export type { Parsed };

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

/** Value.Set's complaint about a value, or null */
function check(name: string, value: string): string | null {
  const f = KUBELET_FLAGS[name];
  let why: string | null = null;
  // verflag's versionValue.Set also takes "raw" and a version to report ("v…")
  if (name === 'version' && (value === 'raw' || value.startsWith('v'))) return null;
  if (f.kind === 'bool' && parseBool(value) === null) why = `strconv.ParseBool: parsing ${goQuote(value)}: invalid syntax`;
  else if (f.kind === 'int' && !/^[-+]?(0[xX][0-9a-fA-F_]+|0[bB][01_]+|0[oO]?[0-7_]*|[1-9][0-9_]*)$/.test(value)) why = `strconv.ParseInt: parsing ${goQuote(value)}: invalid syntax`;
  else if (f.kind === 'duration' && !validDuration(value)) why = `time: invalid duration ${goQuote(value)}`;
  return why;
}

const KUBELET: FlagSet = {
  flag: (name) => {
    const f = KUBELET_FLAGS[name];
    return f && { noValue: f.kind === 'bool', short: f.short };
  },
  byShort: (c) => SHORT.get(c),
  check,
  deprecated: (name) => {
    const dep = KUBELET_FLAGS[name].deprecated;
    return dep === undefined ? undefined : DEPRECATED[dep];
  },
};

export const parseKubeletArgs = (argv: string[]): Parsed => parsePflag(KUBELET, argv);
