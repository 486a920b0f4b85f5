// What a typed command leaves in the history list, as bashhist.c decides it: HISTCONTROL (ignorespace,
// ignoredups, ignoreboth, erasedups) and HISTIGNORE on the first line, and a command typed over several lines kept
// as one entry (cmdhist), its lines joined as parse.y's history_delimiting_chars joins them.
import { globMatch } from '../util';

/** check_history_control and history_should_ignore: whether `line` (a command's first line) is saved. */
export function shouldSave(line: string, hist: readonly string[], env: Record<string, string>): boolean {
  const control = (env.HISTCONTROL ?? '').split(':');
  const has = (w: string) => control.includes(w) || control.includes('ignoreboth');
  if (has('ignorespace') && line[0] === ' ') return false;
  if (has('ignoredups') && hist.length && hist[hist.length - 1] === line) return false;
  const ignore = env.HISTIGNORE;
  if (ignore) {
    const prev = hist[hist.length - 1];
    const pats = ignore.split(/(?<!\\):/).filter((p) => p !== '');
    for (const p of pats) {
      // `&` stands for the previous history line
      if (p === '&' ? prev !== undefined && prev === line : globMatch(p.replace(/\\:/g, ':'), line)) return false;
    }
  }
  return true;
}

/** Adds a saved command to the history list (`erasedups` first removes the lines equal to it). */
export function addEntry(entry: string, hist: string[], env: Record<string, string>): void {
  if ((env.HISTCONTROL ?? '').split(':').includes('erasedups')) {
    for (let k = hist.length - 1; k >= 0; k--) if (hist[k] === entry) hist.splice(k, 1);
  }
  hist.push(entry);
}

type Tok = { w: string } | { op: string };

const RESERVED = new Set(['if', 'then', 'else', 'elif', 'fi', 'case', 'esac', 'for', 'select', 'while', 'until', 'do', 'done', 'function', '{', '}', '!', 'time', '[[', ']]', 'coproc']);
/** parse.y no_semi_successors: after these a newline joins with a blank. */
const NO_SEMI = new Set(['\n', '{', '(', ')', ';', '&', '|', 'case', 'do', 'else', 'if', ';;', ';&', ';;&', 'then', 'until', 'while', '&&', '||', 'in']);
const OPS = [';;&', ';;', ';&', '&&', '||', '|&', '<<<', '<<-', '<<', '>>', '<&', '>&', '<>', '>|', '&>', '|', '&', ';', '(', ')', '<', '>'];

/** The end of a `$(...)`, `${...}` or `` `...` `` starting at `i` (at the `$` or backquote). */
function skipNested(s: string, i: number): number {
  const open = s[i] === '`' ? '`' : s[i + 1];
  if (open === '`') {
    let k = i + 1;
    while (k < s.length && s[k] !== '`') k += s[k] === '\\' ? 2 : 1;
    return k + 1;
  }
  const close = open === '(' ? ')' : '}';
  let depth = 0;
  let k = i + 1;
  for (; k < s.length; k++) {
    const c = s[k];
    if (c === '\\') k++;
    else if (c === "'" && open === '(') k = s.indexOf("'", k + 1) < 0 ? s.length : s.indexOf("'", k + 1);
    else if (c === open) depth++;
    else if (c === close && --depth === 0) return k + 1;
  }
  return k;
}

/**
 * The tokens of the text typed so far (here-document bodies skipped), whether an `a=(` list is open, and how
 * many `case` statements are open.
 */
function scan(text: string): { toks: Tok[]; compound: boolean; cases: number } {
  const toks: Tok[] = [];
  let compound = false;
  let cases = 0;
  const heredocs: string[] = [];
  const atStart = () => {
    const t = toks[toks.length - 1];
    const u = toks[toks.length - 2];
    if (!t) return true;
    if ('op' in t) return !['<', '>', '<<', '<<-', '<<<', '>>', '<&', '>&', '<>', '>|', '&>'].includes(t.op);
    return RESERVED.has(t.w) && t.w !== 'fi' && t.w !== 'done' && t.w !== 'esac' && t.w !== '}' && !(u && 'w' in u && (u.w === 'for' || u.w === 'case'));
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === ' ' || c === '\t') {
      i++;
      continue;
    }
    if (c === '\n') {
      toks.push({ op: '\n' });
      i++;
      // here-document bodies
      while (heredocs.length) {
        const delim = heredocs.shift()!;
        for (;;) {
          const end = text.indexOf('\n', i);
          const line = text.slice(i, end < 0 ? text.length : end);
          i = end < 0 ? text.length : end + 1;
          if (line.replace(/^\t+/, '') === delim || end < 0) break;
        }
      }
      continue;
    }
    if (c === '#' && (i === 0 || /[\s;&|()<>]/.test(text[i - 1]))) {
      while (i < text.length && text[i] !== '\n') i++;
      continue;
    }
    const op = c === '\\' && text[i + 1] === '\n' ? undefined : OPS.find((o) => text.startsWith(o, i));
    if (op) {
      toks.push({ op });
      i += op.length;
      if (op === '<<' || op === '<<-') {
        while (text[i] === ' ' || text[i] === '\t') i++;
        const m = /^[^\s;&|()<>]+/.exec(text.slice(i));
        if (m) heredocs.push(m[0].replace(/['"\\]/g, ''));
      }
      continue;
    }
    // a word
    const start = i;
    const cmdPos = atStart();
    while (i < text.length && !/[\s;&|()<>]/.test(text[i])) {
      const ch = text[i];
      if (ch === '\\') i += 2;
      else if (ch === "'") {
        const e = text.indexOf("'", i + 1);
        i = e < 0 ? text.length : e + 1;
      } else if (ch === '"') {
        let k = i + 1;
        while (k < text.length && text[k] !== '"') k += text[k] === '\\' ? 2 : text[k] === '$' && (text[k + 1] === '(' || text[k + 1] === '{') ? skipNested(text, k) - k : 1;
        i = k + 1;
      } else if ((ch === '$' && (text[i + 1] === '(' || text[i + 1] === '{')) || ch === '`') i = skipNested(text, i);
      else if (ch === '=' && text[i + 1] === '(' && /^[A-Za-z_][A-Za-z0-9_]*(\[[^\]]*\])?\+?$/.test(text.slice(start, i))) {
        const e = text.indexOf(')', i);
        if (e < 0) {
          compound = true;
          i = text.length;
        } else i = e + 1;
      } else i++;
    }
    const w = text.slice(start, Math.min(i, text.length));
    const prev = toks[toks.length - 1];
    const prev2 = toks[toks.length - 2];
    const reserved = (cmdPos && RESERVED.has(w)) || (w === 'in' && prev2 && 'w' in prev2 && (prev2.w === 'for' || prev2.w === 'case' || prev2.w === 'select') && prev && 'w' in prev);
    if (reserved && w === 'case') cases++;
    if (reserved && w === 'esac') cases = Math.max(0, cases - 1);
    toks.push(reserved ? { op: w } : { w });
  }
  return { toks, compound, cases };
}

/**
 * The text that joins the next typed line `line` to the command typed so far (`text`, its lines joined by
 * newlines): parse.y history_delimiting_chars for a line outside quotes and here-documents.
 */
export function delimitingChars(text: string, line: string): string {
  const { toks, compound, cases } = scan(text + '\n');
  if (compound) return ' ';
  // the tokens before the newline that ended the last line
  const before = toks[toks.length - 2];
  const two = toks[toks.length - 3];
  const v = (t: Tok | undefined) => (t === undefined ? '\n' : 'op' in t ? t.op : 'WORD');
  const b = v(before);
  const t = v(two);
  if (b === ')') return t === '(' || cases > 0 ? ' ' : '; ';
  if (b === 'WORD' && t === 'function') return ' ';
  if (line.includes('<<')) return '\n';
  if (b === 'WORD' && t === 'for') return /^\s*in/.test(line) ? ' ' : ';';
  if (t === 'case' && b === 'WORD' && cases > 0) return ' ';
  if (NO_SEMI.has(b)) return ' ';
  if (line.trim() === '') return '';
  return '; ';
}

/**
 * A typed line of a bash command into the history lists (bashhist.c maybe_add_history, bash_add_history): a
 * command's first line is saved when HISTCONTROL and HISTIGNORE let it (`set +o history`: never); its later lines
 * join that entry. Returns whether the command's entry is being kept.
 */
export function recordLine(
  lists: string[][],
  env: Record<string, string>,
  st: { pending: string; reason: 'quote' | 'heredoc' | 'operator' | 'escape' | null; saved: boolean; off: boolean },
  line: string,
): boolean {
  const [main] = lists;
  if (!st.pending) {
    const saved = line.trim() !== '' && !st.off && shouldSave(line, main, env);
    if (saved) for (const h of lists) addEntry(line, h, env);
    return saved;
  }
  if (!st.saved) return false;
  let entry = main[main.length - 1];
  let add = line;
  let delim: string;
  if (st.reason === 'heredoc') {
    // here-document lines keep their newline; the first one starts a line of its own
    delim = entry.endsWith('\n') ? '' : '\n';
    add = line + '\n';
  } else if (st.reason === 'quote') delim = '\n';
  else if (st.reason === 'escape') {
    entry = entry.replace(/\\$/, '');
    delim = '';
  } else delim = delimitingChars(st.pending, line);
  if (entry.endsWith('\n') && delim.startsWith(';')) delim = delim.slice(1);
  for (const h of lists) if (h.length) h[h.length - 1] = entry + delim + add;
  return true;
}
