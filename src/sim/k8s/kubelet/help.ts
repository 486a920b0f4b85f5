/**
 * `kubelet --help` as v1.28's NewKubeletCommand prints it: its help func writes cmd.Long, then
 * "Usage:\n  %s\n\nFlags:\n%s" with cmd.UseLine() ("kubelet [flags]") and cleanFlagSet.FlagUsagesWrapped(2), as
 * spf13/pflag v1.0.5 formats it (flag.go FlagUsagesWrapped, UnquoteUsage, defaultIsZeroValue, wrap): the flags
 * sorted by name, hidden ones left out, each "  -s, --name type" padded to one column, then the usage, " (default …)"
 * when the default is not the type's zero value (quoted for strings) and " (DEPRECATED: …)"; with 2 columns nothing is
 * wrapped and a newline in a usage continues 16 spaces in. Loaded with the kubelet command, only for --help.
 */
import { FLAGS_V1_28, LONG, type HelpFlag } from './help-v1-28';

/** pflag's built-in Values whose zero test reads DefValue (the others fall to the Value's current String()) */
const BUILTIN = new Set(['bool', 'string', 'int32', 'int64', 'duration', 'stringSlice']);
const ZERO: Record<string, string[]> = { bool: ['false'], string: [''], int32: ['0'], int64: ['0'], duration: ['0', '0s'], stringSlice: ['[]'] };
const VARNAME: Record<string, string> = { bool: '', float64: 'float', int64: 'int', uint64: 'uint', stringSlice: 'strings', intSlice: 'ints', uintSlice: 'uints', boolSlice: 'bools' };

/** UnquoteUsage: a `back-quoted` word of the usage names the value, else the type does */
function unquoteUsage(f: HelpFlag): [string, string] {
  const i = f.usage.indexOf('`');
  if (i >= 0) {
    const j = f.usage.indexOf('`', i + 1);
    if (j > i) return [f.usage.slice(i + 1, j), f.usage.slice(0, i) + f.usage.slice(i + 1, j) + f.usage.slice(j + 1)];
  }
  return [f.type in VARNAME ? VARNAME[f.type] : f.type, f.usage];
}

function isZero(f: HelpFlag, current: string | undefined): boolean {
  if (!f.go && BUILTIN.has(f.type)) return ZERO[f.type].includes(f.def);
  // defaultIsZeroValue's default case: the Value's String() as it is now
  return ['false', '<nil>', '', '0'].includes(current ?? f.def);
}

/**
 * FlagUsagesWrapped(2) over the flag set. `set` has the values given on the command line (the help is printed after
 * the parse): pflag's zero test of a non-built-in Value reads it.
 */
export function flagUsages(flags: HelpFlag[], set: Map<string, string> = new Map()): string {
  const lines: [string, string][] = [];
  for (const f of [...flags].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (f.hidden) continue;
    let line = f.short ? `  -${f.short}, --${f.name}` : `      --${f.name}`;
    const [varname, usage] = unquoteUsage(f);
    if (varname) line += ` ${varname}`;
    if (f.noOpt && !(f.type === 'bool' && f.noOpt === 'true')) line += f.type === 'string' ? `[="${f.noOpt}"]` : `[=${f.noOpt}]`;
    let rest = usage;
    if (!isZero(f, set.get(f.name))) rest += f.type === 'string' ? ` (default ${JSON.stringify(f.def)})` : ` (default ${f.def})`;
    if (f.deprecated) rest += ` (DEPRECATED: ${f.deprecated})`;
    lines.push([line, rest]);
  }
  // maxlen counts the \x00 that marks where the padding goes
  const maxlen = Math.max(...lines.map(([l]) => l.length + 1));
  return lines.map(([l, rest]) => `${l} ${' '.repeat(maxlen - l.length)} ${rest.replace(/\n/g, '\n' + ' '.repeat(16))}\n`).join('');
}

/** What `kubelet --help` (or -h) prints for the kubelet of `version`, or null where its text is not known here. */
export function kubeletHelp(version: string, set?: Map<string, string>): string | null {
  if (!/^v1\.28\./.test(version)) return null;
  return `${LONG}\n\nUsage:\n  kubelet [flags]\n\nFlags:\n${flagUsages(FLAGS_V1_28, set)}`;
}
