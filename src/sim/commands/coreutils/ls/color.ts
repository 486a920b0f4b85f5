// ls --color of GNU coreutils 8.32 (src/ls.c): parse_ls_color() and get_funky_string() read LS_COLORS,
// get_color_indicator() picks a file's sequence, print_name_with_quoting() / put_indicator() /
// prep_non_filename_text() lay out the escapes: "\e[0m" before the first sequence of the run, lc+seq+rc before a
// coloured name, "\e[0m" (ec, or lc+rs+rc) after it, cl ("\e[K") when the name reaches past a multiple of the
// line length. Loaded with ls's own module.
import type { FsNode } from '../../../fs';
import { DATABASE } from '../dircolors/db';

const NAMES = ['lc', 'rc', 'ec', 'rs', 'no', 'fi', 'di', 'ln', 'pi', 'so', 'bd', 'cd', 'mi', 'or', 'ex', 'do', 'su', 'sg', 'st', 'ow', 'tw', 'ca', 'mh', 'cl'] as const;
type Ind = (typeof NAMES)[number];

/** ls.c's color_indicator[] defaults (undefined: no sequence). */
const DEFAULTS: Partial<Record<Ind, string>> = {
  lc: '\x1b[', rc: 'm', rs: '0', di: '01;34', ln: '01;36', pi: '33', so: '01;35', bd: '01;33', cd: '01;33',
  ex: '01;32', do: '01;35', su: '37;41', sg: '30;43', st: '37;44', ow: '34;42', tw: '30;42', ca: '30;41', cl: '\x1b[K',
};

export interface LsColors {
  ind: Partial<Record<Ind, string>>;
  /** `*.ext` entries, the last given first (a later one wins). */
  ext: [string, string][];
  /** ln=target: a link takes its target's colour. */
  referent: boolean;
}

/** get_funky_string(): one value up to `:` (or `=` for an extension), with \-escapes and ^X; null on an error. */
function funky(s: string, at: number, equalsEnd: boolean): { value: string; end: number } | null {
  let p = at;
  let out = '';
  const hex = (c: string) => parseInt(c, 16);
  for (;;) {
    const c = s[p];
    if (c === undefined || c === ':' || (c === '=' && equalsEnd)) return { value: out, end: p };
    if (c === '^') {
      const d = s[p + 1];
      if (d !== undefined && d >= '@' && d <= '~') out += String.fromCharCode(d.charCodeAt(0) & 0o37);
      else if (d === '?') out += '\x7f';
      else return null;
      p += 2;
      continue;
    }
    if (c !== '\\') {
      out += c;
      p++;
      continue;
    }
    const d = s[++p];
    if (d === undefined) return null;
    if (d >= '0' && d <= '7') {
      let num = 0;
      while (s[p] !== undefined && s[p] >= '0' && s[p] <= '7') num = ((num << 3) + Number(s[p++])) & 0xff;
      out += String.fromCharCode(num);
      continue;
    }
    if (d === 'x' || d === 'X') {
      let num = 0;
      p++;
      while (s[p] !== undefined && /[0-9a-fA-F]/.test(s[p])) num = ((num << 4) + hex(s[p++])) & 0xff;
      out += String.fromCharCode(num);
      continue;
    }
    const named: Record<string, string> = { a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '?': '\x7f', _: ' ' };
    out += named[d] ?? d;
    p++;
  }
}

/** fnmatch() of a dircolors TERM pattern: `*`, `?` and `[...]`. */
function termMatch(glob: string, term: string): boolean {
  const src = glob.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  try {
    return new RegExp(`^${src}$`).test(term);
  } catch {
    return glob === term;
  }
}

/**
 * parse_ls_color(): the colours ls uses, or null when it colours nothing (LS_COLORS unset or empty with neither
 * COLORTERM nor a TERM of the built-in database, or a value it cannot parse); `errors` are its messages.
 */
export function parseLsColors(env: Record<string, string | undefined>): { colors: LsColors | null; errors: string[] } {
  const ind: Partial<Record<Ind, string>> = { ...DEFAULTS };
  const colors: LsColors = { ind, ext: [], referent: false };
  const v = env.LS_COLORS;
  if (!v) {
    const term = env.TERM;
    const known = !!term && DATABASE.some((l) => l.startsWith('TERM ') && termMatch(l.slice(5), term));
    return { colors: env.COLORTERM || known ? colors : null, errors: [] };
  }
  const errors: string[] = [];
  let p = 0;
  let fail = false;
  while (p < v.length && !fail) {
    if (v[p] === ':') {
      p++;
    } else if (v[p] === '*') {
      const e = funky(v, p + 1, true);
      if (!e || v[e.end] !== '=') fail = true;
      else {
        const seq = funky(v, e.end + 1, false);
        if (!seq) fail = true;
        else colors.ext.unshift([e.value, seq.value]), (p = seq.end);
      }
    } else {
      const label = v.slice(p, p + 2);
      if (label.length < 2 || v[p + 2] !== '=') {
        fail = true;
        break;
      }
      if (!(NAMES as readonly string[]).includes(label)) {
        // quote() of the label in a UTF-8 locale
        errors.push(`ls: unrecognized prefix: \u2018${label}\u2019\n`);
        fail = true;
        break;
      }
      const seq = funky(v, p + 3, false);
      if (!seq) fail = true;
      else (ind[label as Ind] = seq.value), (p = seq.end);
    }
  }
  if (fail) {
    errors.push('ls: unparsable value for LS_COLORS environment variable\n');
    return { colors: null, errors };
  }
  colors.referent = ind.ln === 'target';
  return { colors, errors };
}

/** is_colored(): a sequence other than none, "0" or "00". */
export const isColored = (c: LsColors, k: Ind): boolean => {
  const s = c.ind[k];
  return !(s === undefined || s === '' || s === '0' || s === '00');
};

/** What get_color_indicator() looks at: the entry's own node (lstat) and, for a link, its target (stat). */
export interface Subject {
  name: string;
  node: FsNode;
  /** A link's target node; null when the link dangles. */
  target?: FsNode | null;
}

const fmt = (n: FsNode) => (n.type === 'dir' ? 0o040000 : n.type === 'link' ? 0o120000 : n.mode & 0o170000 || 0o100000);

/** The sequence for a file name (or, `ofTarget`, a link's target name), or undefined for none. */
export function indicatorOf(c: LsColors, s: Subject, ofTarget = false): string | undefined {
  const linkok = s.node.type !== 'link' || !!s.target;
  // FILE_OR_LINK_MODE: a link is coloured as its target with ln=target when the target exists
  const node = ofTarget ? s.target : c.referent && s.node.type === 'link' && s.target ? s.target : s.node;
  let type: Ind;
  if (ofTarget && !linkok && isColored(c, 'mi')) type = 'mi';
  else if (!node) type = 'or';
  else {
    const mode = node.mode;
    const f = fmt(node);
    if (f === 0o100000) {
      type = 'fi';
      if (mode & 0o4000 && isColored(c, 'su')) type = 'su';
      else if (mode & 0o2000 && isColored(c, 'sg')) type = 'sg';
      else if (mode & 0o111 && isColored(c, 'ex')) type = 'ex';
      else if ((node.type === 'file' ? (node.nlink ?? 1) : 1) > 1 && isColored(c, 'mh')) type = 'mh';
    } else if (f === 0o040000) {
      type = 'di';
      if (mode & 0o1000 && mode & 0o002 && isColored(c, 'tw')) type = 'tw';
      else if (mode & 0o002 && isColored(c, 'ow')) type = 'ow';
      else if (mode & 0o1000 && isColored(c, 'st')) type = 'st';
    } else type = ({ 0o120000: 'ln', 0o010000: 'pi', 0o140000: 'so', 0o060000: 'bd', 0o020000: 'cd' } as Record<number, Ind>)[f] ?? 'or';
  }
  const name = ofTarget && s.node.type === 'link' ? s.node.target : s.name;
  if (type === 'fi') {
    const low = name.toLowerCase();
    const ext = c.ext.find(([e]) => e.length <= name.length && low.endsWith(e.toLowerCase()));
    if (ext) return ext[1];
  }
  if (type === 'ln' && !linkok && (c.referent || isColored(c, 'or'))) type = 'or';
  return c.ind[type];
}

/** UTF-8 length of a name (ls.c counts bytes when it decides on the clear-to-end-of-line). */
const bytes = (s: string) => new TextEncoder().encode(s).length;

/** One run of ls's output: put_indicator()'s "used_color" and the line length for cl. */
export class Painter {
  used = false;
  constructor(
    readonly c: LsColors,
    readonly lineLength = 80,
  ) {}

  private put(s: string | undefined): string {
    let out = '';
    if (!this.used) {
      this.used = true;
      out += this.prep();
    }
    return out + (s ?? '');
  }

  /** prep_non_filename_text(): ec, or lc rs rc. */
  private prep(): string {
    const i = this.c.ind;
    return i.ec !== undefined ? this.put(i.ec) : this.put(i.lc) + this.put(i.rs) + this.put(i.rc);
  }

  /** set_normal_color(): before each entry when no= is coloured. */
  normal(): string {
    return isColored(this.c, 'no') ? this.put(this.c.ind.lc) + this.put(this.c.ind.no) + this.put(this.c.ind.rc) : '';
  }

  /** print_name_with_quoting(): `text` (the quoted name) starting at column `startCol`. */
  name(text: string, seq: string | undefined, startCol: number): string {
    let out = '';
    if (seq !== undefined) {
      if (isColored(this.c, 'no')) out += this.put(this.c.ind.lc) + this.put(this.c.ind.rc);
      out += this.put(this.c.ind.lc) + this.put(seq) + this.put(this.c.ind.rc);
    }
    out += text;
    if (seq !== undefined || isColored(this.c, 'no')) {
      out += this.prep();
      const len = bytes(text);
      if (this.lineLength && Math.floor(startCol / this.lineLength) !== Math.floor((startCol + len - 1) / this.lineLength)) out += this.put(this.c.ind.cl);
    }
    return out;
  }

  /** The end of the run: lc rc unless they are "\e[" and "m". */
  end(): string {
    if (!this.used) return '';
    const i = this.c.ind;
    return i.lc === '\x1b[' && i.rc === 'm' ? '' : this.put(i.lc) + this.put(i.rc);
  }
}
