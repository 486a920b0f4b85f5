// whatis and apropos as man -f and man -k run them (man-db 2.9.3 src/whatis.c) over the pages man can show
// (pages/index.ts, their NAME lines): whatis finds a name (case-insensitively; --regex and --wildcard as apropos
// does), apropos matches each keyword as an extended regex (REG_ICASE), or with -e/--wildcard, against the name or
// the description; a keyword nothing matches is "KEYWORD: nothing appropriate." on stderr and the status is 16.
// A line is display(): "name (sec)" padded to 20, " - ", the description cut to the width with "...".
import type { CommandContext } from '../../../context';
import type { PageEntry } from '../pages/index';
import { compile, RegexError } from '../../lib/posix-regex';
import { lineWidth } from './display';

export interface Search {
  apropos: boolean;
  regex: boolean;
  wildcard: boolean;
  exact: boolean;
  all: boolean;
  long: boolean;
  sections: string[] | null;
}

/** fnmatch with FNM_CASEFOLD, as a RegExp. */
function glob(p: string): RegExp {
  let re = '';
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '*') re += '.*';
    else if (c === '?') re += '.';
    else if (c === '[') {
      const end = p.indexOf(']', i + 2);
      if (end < 0) re += '\\[';
      else {
        re += '[' + p.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\') + ']';
        i = end;
      }
    } else re += c.replace(/[.+^${}()|\\/]/g, '\\$&');
  }
  return new RegExp(`^${re}$`, 'i');
}

/** whatis.c match(): the keyword as a word of the description. */
function wordIn(word: string, text: string): boolean {
  const lw = word.toLowerCase();
  const lt = text.toLowerCase();
  for (let at = lt.indexOf(lw); at >= 0; at = lt.indexOf(lw, at + 1)) {
    const left = at > 0 ? text[at - 1] : '';
    const right = text[at + word.length] ?? '';
    if ((!left || (!/[A-Za-z]/.test(left) && left !== '_')) && (!right || (!/[A-Za-z]/.test(right) && right !== '_'))) return true;
  }
  return false;
}

export function search(ctx: CommandContext, pages: PageEntry[], words: string[], o: Search): number {
  const width = lineWidth(ctx);
  const matchers = words.map((w) => {
    if (o.regex) {
      try {
        const re = compile(w, { kind: 'ere', icase: true });
        return (name: string, desc: string | null) => re.test(name) || (desc !== null && re.test(desc));
      } catch (e) {
        if (e instanceof RegexError) return () => false;
        throw e;
      }
    }
    if (o.wildcard) {
      const re = glob(w);
      return (name: string, desc: string | null) =>
        re.test(name) || (desc !== null && (o.exact ? re.test(desc) : desc.split(/[^A-Za-z0-9_]+/).some((x) => re.test(x))));
    }
    if (o.apropos) return (name: string, desc: string | null) => name.toLowerCase() === w.toLowerCase() || (desc !== null && wordIn(w, desc));
    return (name: string) => name.toLowerCase() === w.toLowerCase();
  });
  const found = words.map(() => false);
  const rows = pages
    .filter((p) => !o.sections || o.sections.includes(p[1]))
    .slice()
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : 1));
  for (const p of rows) {
    const hits = matchers.map((m) => m(p[0], o.apropos ? p[3] : null));
    hits.forEach((h, i) => h && (found[i] = true));
    if (!(o.all ? hits.every(Boolean) : hits.some(Boolean))) continue;
    let s = !o.long && p[0].length > Math.floor(width / 2) ? p[0].slice(0, Math.floor(width / 2) - 3) + '...' : p[0];
    s = `${s} (${p[1]})`.padEnd(20) + ' - ';
    const rest = width - s.length;
    ctx.out(s + (!o.long && p[3].length > rest ? p[3].slice(0, rest - 3) + '...' : p[3]) + '\n');
  }
  words.forEach((w, i) => found[i] || ctx.err(`${w}: nothing appropriate.\n`));
  return found.some(Boolean) ? 0 : 16;
}
