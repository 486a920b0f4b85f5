// The public tokenizer (typed answers are compared word by word) and an unexpanded view of a command line.
import { isCompound, type Pipeline, type SimpleCommand, type Word } from './ast';
import { Incomplete, Lexer } from './lexer';
import { parseBash } from './parser';


/** A word as written, with quotes removed and substitutions kept as typed ($HOME stays "$HOME"). */
function wordText(w: Word): string {
  return w.parts
    .map((p) => {
      if (p.k === 'lit') return p.t;
      if (p.k === 'var') return p.text ?? '$' + p.name;
      if (p.k === 'sub') return '$(' + p.src + ')';
      if (p.k === 'arith') return '$((' + p.src + '))';
      return '~' + p.user;
    })
    .join('');
}

/**
 * Split a command line into words and operators the way a shell does: quotes removed, escapes
 * applied, operators (`|`, `&&`, `||`, `;`, `>`, `>>`, `<`, `2>&1`...) as their own tokens.
 * Substitutions are not expanded. Unbalanced quotes are closed at the end of the line.
 */
export function tokenize(line: string): string[] {
  let text = line;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const toks = new Lexer(text).run();
      return toks.flatMap((t) => (t.t === 'word' ? [wordText(t.w)] : t.t === 'op' ? [t.v] : t.t === 'redir' ? [t.op] : t.t === 'arith' ? [`((${t.v}))`] : []));
    } catch (e) {
      if (e instanceof Incomplete) {
        if (e.reason === 'heredoc') {
          // keep what was typed on the first line
          text = text.split('\n')[0] + '\nEOF';
          const m = /<<-?\s*['"]?(\w+)/.exec(text);
          text = text.replace(/\nEOF$/, '\n' + (m ? m[1] : 'EOF'));
          continue;
        }
        text = text + (text.split("'").length % 2 === 0 ? "'" : '"');
        continue;
      }
      break;
    }
  }
  return line.trim().split(/\s+/).filter(Boolean);
}

export interface ParsedCommand {
  argv: string[];
  assigns: Record<string, string>;
  redirects: { op: string; target: string }[];
}

export interface ParsedLine {
  /** Each entry: the operator that joins it to the previous entry (null for the first). */
  list: { op: ';' | '&&' | '||' | '&' | null; pipeline: ParsedCommand[] }[];
}

/** Parse a command line into pipelines of argv arrays (unexpanded). Returns null on a syntax error. */
export function parseCommandLine(line: string): ParsedLine | null {
  const r = parseBash(line);
  if (!r.ok) return null;
  const out: ParsedLine = { list: [] };
  const conv = (p: Pipeline): ParsedCommand[] =>
    p.cmds.filter((c): c is SimpleCommand => !isCompound(c)).map((c) => ({
      argv: c.words.map(wordText),
      assigns: Object.fromEntries(c.assigns.map((a) => [a.name, wordText(a.value)])),
      redirects: c.redirs.map((r) => ({ op: r.op, target: r.target ? wordText(r.target) : r.heredoc ? r.heredoc.delim : '' })),
    }));
  r.list.forEach((ao, idx) => {
    out.list.push({ op: idx === 0 ? null : r.list[idx - 1].background ? '&' : ';', pipeline: conv(ao.first) });
    for (const x of ao.rest) out.list.push({ op: x.op, pipeline: conv(x.p) });
  });
  return out;
}
