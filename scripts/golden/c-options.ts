/**
 * Reads a getopt_long option table out of a GNU tool's C source: the `struct option` array, the short-option
 * string and the status `usage()` gets on a bad option. Used with c-usage.ts to write a command's spec and
 * help from the version the lab ships.
 */
import { tokenize } from './c-usage';

export interface COption {
  short?: string;
  long?: string;
  value: 'none' | 'required' | 'optional';
}

export interface COptions {
  flags: COption[];
  permute: boolean;
  usageStatus: number;
}

const STATUS: Record<string, number> = { EXIT_FAILURE: 1, LS_FAILURE: 2, SORT_FAILURE: 2, EXIT_CANCELED: 125, EXIT_TROUBLE: 2, TIMEOUT_FAILURE: 125, EXIT_BAD_USAGE: 1, PRINTENV_FAILURE: 2, TTY_FAILURE: 2 };

function stringConst(src: string, name: string): string | undefined {
  const re = new RegExp(`(?:char\\s+const|const\\s+char)\\s*\\*?\\s*${name}\\s*(?:\\[\\])?\\s*=\\s*((?:"(?:[^"\\\\]|\\\\.)*"\\s*)+);|#\\s*define\\s+${name}\\s+((?:"(?:[^"\\\\]|\\\\.)*"\\s*)+)`);
  const m = re.exec(src);
  if (!m) return undefined;
  return tokenize(m[1] ?? m[2])
    .filter((t) => t.t === 'str')
    .map((t) => t.v)
    .join('');
}

export function readOptions(src: string, tableName?: string, shortopts?: string): COptions {
  // short options: the third argument of getopt_long in main (stty: `argc - argi, argv + argi`; nice: fake_argv)
  const call = /getopt_long\s*\(\s*\w*argc(?:\s*-\s*\w+)?\s*,\s*(?:\([^)]*\)\s*)?\w*argv(?:\s*\+\s*\w+)?\s*,\s*((?:"(?:[^"\\]|\\.)*"\s*)+|[A-Za-z_]\w*)\s*,\s*([A-Za-z_]\w*)/.exec(src);
  if (!call) throw new Error('no getopt_long call');
  const shortStr = shortopts ?? (call[1].startsWith('"')
    ? tokenize(call[1])
        .filter((t) => t.t === 'str')
        .map((t) => t.v)
        .join('')
    : stringConst(src, call[1]));
  if (shortStr === undefined) throw new Error(`short options ${call[1]} not found`);
  const table = tableName ?? call[2];
  const start = new RegExp(`struct option\\s+(?:const\\s+)?${table}\\s*\\[\\]\\s*=\\s*\\{`).exec(src);
  if (!start) throw new Error(`option table ${table} not found`);
  // system.h: #define GETOPT_SELINUX_CONTEXT_OPTION_DECL "context", optional_argument, NULL, 'Z'; the letter -Z
  // takes no argument, so --context stays a flag of its own
  const body = src
    .slice(start.index + start[0].length, src.indexOf('};', start.index))
    .replace(/\{\s*GETOPT_SELINUX_CONTEXT_OPTION_DECL\s*\}/, `{"context", optional_argument, NULL, CONTEXT}`);
  const flags: COption[] = [];
  const shortMode = new Map<string, COption['value']>();
  let permute = true;
  let s = shortStr;
  if (s.startsWith('+')) {
    permute = false;
    s = s.slice(1);
  }
  if (s.startsWith('-') || s.startsWith(':')) s = s.slice(1);
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === ':') continue;
    const mode = s[i + 1] === ':' ? (s[i + 2] === ':' ? 'optional' : 'required') : 'none';
    shortMode.set(c, mode);
  }
  const used = new Set<string>();
  const entry = /\{\s*"([^"]+)"\s*,\s*(no_argument|required_argument|optional_argument|0|1|2)\s*,\s*[^,]+,\s*('(?:\\.|[^'])'|[A-Za-z_]\w*|\d+)\s*\}/g;
  for (let m = entry.exec(body); m; m = entry.exec(body)) {
    const value = m[2] === 'required_argument' || m[2] === '1' ? 'required' : m[2] === 'optional_argument' || m[2] === '2' ? 'optional' : 'none';
    const ch = m[3].startsWith("'") ? m[3].slice(1, -1).replace(/^\\/, '') : undefined;
    const short = ch && shortMode.has(ch) ? ch : undefined;
    if (short) used.add(short);
    // a second long name for the same letter becomes its own flag with the same key (see spec writer)
    flags.push({ long: m[1], short, value });
  }
  if (/GETOPT_HELP_OPTION_DECL/.test(body)) flags.push({ long: 'help', value: 'none' });
  if (/GETOPT_VERSION_OPTION_DECL/.test(body)) flags.push({ long: 'version', value: 'none' });
  for (const [c, mode] of shortMode) if (!used.has(c)) flags.push({ short: c, value: mode });
  const st = /default\s*:\s*(?:\/\*[^*]*\*\/\s*)?usage\s*\(\s*(\w+)\s*\)/.exec(src);
  return { flags, permute, usageStatus: st ? (STATUS[st[1]] ?? 1) : 1 };
}
