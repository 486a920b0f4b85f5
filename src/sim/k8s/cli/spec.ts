/**
 * A cobra command as data. The tree (paths, aliases, summaries, flags with their defaults) is small and
 * loads with the tool; the help texts (description, examples, usage line, what each flag does) live in
 * one file per command and load with the verb.
 */

export interface FlagSpec {
  name: string;
  short?: string;
  /** the default as the help prints it: `false`, `''`, `'none'`, `[]`, `-1`, `0s` */
  def: string;
  /** a stringSlice: its values split on commas (the help prints it like a stringArray) */
  comma?: boolean;
}

export interface TreeNode {
  /** the one-line summary in the parent's Available Commands */
  short: string;
  aliases?: string[];
  /** flags as `[short|]name=default`, with a trailing `*` for a comma-split list */
  flags: string[];
  /** 1.29's flags where they differ */
  flags129?: string[];
  short129?: string;
  /** first minor version that has the command */
  since?: number;
}

export interface HelpText {
  /** the Usage: line */
  use: string;
  /** the help's first part (cobra's Long, or Short when there is no Long) */
  long: string;
  examples?: string;
  /** what each flag does, by flag name */
  usage: Record<string, string>;
  /** 1.29's text where it differs */
  v129?: Partial<Omit<HelpText, 'v129'>>;
}

export type FlagType = 'b' | 's' | 'a' | 'i' | 'd';

const parsed = new Map<string, FlagSpec>();
/** `o|output=''` → { short: 'o', name: 'output', def: "''" } */
export function flagOf(text: string): FlagSpec {
  let f = parsed.get(text);
  if (!f) {
    const eq = text.indexOf('=');
    const names = text.slice(0, eq).split('|');
    const comma = text.endsWith('*');
    f = { name: names[names.length - 1], def: comma ? text.slice(eq + 1, -1) : text.slice(eq + 1) };
    if (names.length > 1) f.short = names[0];
    if (comma) f.comma = true;
    parsed.set(text, f);
  }
  return f;
}

/** The flag's type, read from how the help prints its default. */
export function flagType(f: FlagSpec): FlagType {
  const d = f.def;
  if (d === 'true' || d === 'false') return 'b';
  if (d.startsWith('[')) return 'a';
  if (/^-?\d+$/.test(d)) return 'i';
  if (/^-?\d+(\.\d+)?(ns|us|ms|s|m|h)$/.test(d)) return 'd';
  return 's';
}

export function helpFor(h: HelpText, minor: number): HelpText {
  return minor >= 29 && h.v129 ? { ...h, ...h.v129, usage: { ...h.usage, ...h.v129.usage } } : h;
}
