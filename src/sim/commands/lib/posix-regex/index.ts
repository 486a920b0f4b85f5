// POSIX regular expressions for grep, sed, gawk, expr and bash's [[ =~ ]]: one parser (parse.ts) and
// leftmost-longest matching (longest.ts). compile() gives an object with RegExp's exec/test/lastIndex: the
// native RegExp itself when leftmost-first cannot pick another match (no alternation, no repeated group, no
// back-reference), else a PosixRegExp that finds the same start and then the longest match there.
import { parse, RegexError, type Node, type Syntax } from './parse';
import { emit, longestMatcher } from './longest';

export { RegexError, type Syntax } from './parse';

/** What the tools use of a RegExp; a native RegExp is one. */
export interface Rx {
  lastIndex: number;
  readonly source: string;
  readonly flags: string;
  readonly global: boolean;
  exec(s: string): RegExpExecArray | null;
  test(s: string): boolean;
}

export interface Options extends Syntax {
  icase?: boolean;
  /** REG_NEWLINE (sed's M): ^ and $ at newlines, `.` not matching one */
  newline?: boolean;
  /** g: exec goes on from lastIndex */
  global?: boolean;
  /** wrap the pattern: 'line' (grep -x) or 'word' (grep -w) */
  whole?: 'line' | 'word';
}

export class PosixRegExp implements Rx {
  lastIndex = 0;
  readonly global: boolean;
  private readonly finder: RegExp;
  private readonly longest: ReturnType<typeof longestMatcher>;
  constructor(
    readonly source: string,
    readonly flags: string,
    private readonly root: Node,
    readonly nsub: number,
    private readonly backrefs: boolean,
  ) {
    this.global = flags.includes('g');
    this.finder = new RegExp(source, flags.includes('g') ? flags : flags + 'g');
    this.longest = longestMatcher(root, nsub, flags.replace('g', ''), flags.includes('i'));
  }

  /** The same pattern with other flags (g added or taken away). */
  withFlags(flags: string): PosixRegExp {
    return new PosixRegExp(this.source, flags, this.root, this.nsub, this.backrefs);
  }

  exec(s: string): RegExpExecArray | null {
    let from = this.global ? this.lastIndex : 0;
    while (from <= s.length) {
      this.finder.lastIndex = from;
      const first = this.finder.exec(s);
      if (!first) break;
      const p = first.index;
      const r = this.longest(s, p);
      if (r === undefined) return this.done(first, p + first[0].length);
      if (r === null) {
        // JavaScript's back-references match where POSIX's do not (an unset group): look further on
        from = p + 1;
        continue;
      }
      const m = [s.slice(p, r[1])] as unknown as RegExpExecArray;
      for (let g = 1; g <= this.nsub; g++) m.push(r[2 * g] < 0 ? (undefined as unknown as string) : s.slice(r[2 * g], r[2 * g + 1]));
      m.index = p;
      m.input = s;
      return this.done(m, r[1]);
    }
    if (this.global) this.lastIndex = 0;
    return null;
  }

  private done(m: RegExpExecArray, end: number): RegExpExecArray {
    if (this.global) this.lastIndex = end;
    return m;
  }

  test(s: string): boolean {
    if (!this.backrefs) {
      this.finder.lastIndex = this.global ? this.lastIndex : 0;
      const m = this.finder.exec(s);
      if (this.global) this.lastIndex = m ? m.index + m[0].length : 0;
      return m !== null;
    }
    return this.exec(s) !== null;
  }
}

const cache = new Map<string, Rx>();

/** Compile a pattern (throws RegexError with regcomp's words). The result is shared: reset lastIndex before use. */
export function compile(src: string, o: Options): Rx {
  const key = `${o.kind}${o.invalidOps ? 1 : 0}${o.intervalOrd ? 1 : 0}${o.parenOrd ? 1 : 0}${o.icase ? 'i' : ''}${o.newline ? 'm' : ''}${o.global ? 'g' : ''}${o.whole ?? ''}:${src}`;
  let re = cache.get(key);
  if (!re) {
    re = build(src, o);
    if (cache.size > 500) cache.clear();
    cache.set(key, re);
  }
  re.lastIndex = 0;
  return re;
}

/** The parse tree, for callers that join several patterns (grep -e a -e b). */
export function parseTree(src: string, o: Syntax): ReturnType<typeof parse> {
  return parse(src, o);
}

function build(src: string, o: Options): Rx {
  const p = parse(src, o);
  return fromTree(p.root, p.nsub, p.complex, p.backrefs, o);
}

const WORD = '[\\p{L}\\p{Nd}_]';

/** A matcher for a tree (several patterns joined as alternatives, with -x or -w around them). */
export function fromTree(root: Node, nsub: number, complex: boolean, backrefs: boolean, o: Options): Rx {
  if (o.whole === 'line') root = { t: 'cat', items: [{ t: 'assert', js: '^' }, root, { t: 'assert', js: '$' }] };
  else if (o.whole === 'word') root = { t: 'cat', items: [{ t: 'assert', js: `(?<!${WORD})` }, root, { t: 'assert', js: `(?!${WORD})` }] };
  const flags = 'u' + (o.newline ? 'm' : 's') + (o.icase ? 'i' : '') + (o.global ? 'g' : '');
  const js = emit(root);
  if (!complex) return new RegExp(js, flags);
  return new PosixRegExp(js, flags, root, nsub, backrefs);
}

/** A copy that goes on from lastIndex (RegExp or PosixRegExp). */
export function globalOf(re: Rx): Rx {
  if (re.global) return re;
  return re instanceof PosixRegExp ? re.withFlags(re.flags + 'g') : new RegExp(re.source, re.flags + 'g');
}

export const isRx = (v: unknown): v is Rx => v instanceof RegExp || v instanceof PosixRegExp;

/** How many groups a compiled pattern has. */
export function nsubOf(re: Rx): number {
  return re instanceof PosixRegExp ? re.nsub : new RegExp(re.source + '|', re.flags.replace(/[gy]/g, '')).exec('')!.length - 1;
}
