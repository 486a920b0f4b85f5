// grep 3.6's --color (src/grep.c): GREP_COLOR (legacy, the match colour) and GREP_COLORS as parse_grep_colors()
// reads them, and the SGR pairs pr_sgr_start() / pr_sgr_end() print: "\e[%sm\e[K" and "\e[m\e[K" ("ne" drops the
// \e[K), nothing for an empty capability.

export interface GrepColors {
  ms: string;
  mc: string;
  sl: string;
  cx: string;
  fn: string;
  ln: string;
  bn: string;
  se: string;
  /** rv: -v swaps sl and cx (color_option -1). */
  rv: boolean;
  ne: boolean;
}

/**
 * The colours of a grep run, or null for none: `when` is --color's word (undefined: not given; '' alone: auto),
 * auto colours only when standard output is the terminal and TERM is set and not `dumb` (should_colorize()).
 * 'bad' when the word is none of grep's (grep then shows its usage).
 */
export function grepColors(when: string | undefined, env: Record<string, string | undefined>, tty: boolean): GrepColors | null | 'bad' {
  if (when === undefined) return null;
  const w = when.toLowerCase();
  let on: boolean;
  if (['always', 'yes', 'force'].includes(w)) on = true;
  else if (['never', 'no', 'none'].includes(w)) on = false;
  else if (['auto', 'tty', 'if-tty', ''].includes(w)) on = tty && !!env.TERM && env.TERM !== 'dumb';
  else return 'bad';
  if (!on) return null;
  const c: GrepColors = { ms: '01;31', mc: '01;31', sl: '', cx: '', fn: '35', ln: '32', bn: '32', se: '36', rv: false, ne: false };
  if (env.GREP_COLOR) c.ms = c.mc = env.GREP_COLOR;
  parseGrepColors(c, env.GREP_COLORS);
  return c;
}

/** parse_grep_colors(): `name=val` and boolean `name` entries split at ':'; anything malformed stops the reading. */
function parseGrepColors(c: GrepColors, v: string | undefined): void {
  if (!v) return;
  const vars = ['ms', 'mc', 'sl', 'cx', 'fn', 'ln', 'bn', 'se'] as const;
  let name = '';
  let val: string | null = null;
  for (let i = 0; ; i++) {
    const ch = v[i];
    if (ch === ':' || ch === undefined) {
      if (name === 'mt') {
        if (val !== null) c.ms = val;
        c.mc = c.ms;
      } else if ((vars as readonly string[]).includes(name)) {
        if (val !== null) c[name as (typeof vars)[number]] = val;
      } else if (name === 'rv') c.rv = true;
      else if (name === 'ne') c.ne = true;
      if (ch === undefined) return;
      name = '';
      val = null;
    } else if (ch === '=') {
      if (name === '' || val !== null) return;
      val = '';
    } else if (val === null) name += ch;
    else if (ch === ';' || (ch >= '0' && ch <= '9')) val += ch;
    else return;
  }
}

/** pr_sgr_start(): the opening sequence for a non-empty capability. */
export const sgrStart = (c: GrepColors, s: string): string => (s ? `\x1b[${s}m${c.ne ? '' : '\x1b[K'}` : '');
/** pr_sgr_end(). */
export const sgrEnd = (c: GrepColors, s: string): string => (s ? `\x1b[m${c.ne ? '' : '\x1b[K'}` : '');
/** A piece of output in a capability's colour (or as it is without colours). */
export const paint = (c: GrepColors | null, s: string, text: string): string => (c ? sgrStart(c, s) + text + sgrEnd(c, s) : text);

/**
 * prline()'s colouring of a line's text (after its head): the matches in the match colour, the rest in the line
 * colour, for a line that matches; `sep` ':' for a selected line, '-' for context.
 */
export function colorLine(c: GrepColors, line: string, sep: string, invert: boolean, matches: [number, string][]): string {
  const selected = sep === ':';
  const lineColor = selected !== (invert && c.rv) ? c.sl : c.cx;
  const matchColor = selected ? c.ms : c.mc;
  if (!lineColor && !matchColor) return line;
  const matching = selected !== invert;
  let out = '';
  let cur = 0;
  if (matching && matchColor) {
    for (const [at, m] of matches) {
      if (!m || at < cur) continue;
      out += sgrStart(c, lineColor) + line.slice(cur, at) + sgrStart(c, matchColor) + m + sgrEnd(c, matchColor);
      cur = at + m.length;
    }
  }
  // print_line_tail(): the rest (a trailing CR left out) in the line colour
  if (lineColor) {
    const end = line.endsWith('\r') ? line.length - 1 : line.length;
    if (end > cur) out += sgrStart(c, lineColor) + line.slice(cur, end) + sgrEnd(c, lineColor), (cur = end);
  }
  return out + line.slice(cur);
}
