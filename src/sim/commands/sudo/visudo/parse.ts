// The sudoers check of visudo 1.9.5p2 (plugins/sudoers/gram.y, toke.l, defaults.c, visudo.c check_aliases()):
// each line is read as bison reads it, and the first token that cannot continue the line is the syntax error,
// shown as "FILE:LINE:COL: syntax error", the line, and a caret with one tilde per further character of the token
// (none for the end of the line). A line with an error is skipped to its end and the next one read. Without syntax
// errors the Defaults entries are checked against the table of def_data.in (defaults.ts), then the aliases.
import { DEFAULTS } from './defaults';

type Kind = 'WORD' | 'ALIAS' | 'ALL' | 'COMMAND' | 'TAG' | 'EOL' | '=' | '(' | ')' | ',' | ':' | '!' | 'OP';

interface Tok {
  kind: Kind;
  text: string;
  /** 0-based start in the line */
  at: number;
}

export interface Check {
  /** stderr lines, in order */
  messages: string[];
  syntaxError: boolean;
  defaultsError: boolean;
  /** first line with a syntax error (visudo re-opens the editor there) */
  errorLine?: number;
  /** files named by @include/#include and @includedir/#includedir */
  includes: { path: string; dir: boolean }[];
}

const TAGS = ['NOPASSWD', 'PASSWD', 'NOEXEC', 'EXEC', 'SETENV', 'NOSETENV', 'LOG_INPUT', 'NOLOG_INPUT', 'LOG_OUTPUT', 'NOLOG_OUTPUT', 'MAIL', 'NOMAIL', 'FOLLOW', 'NOFOLLOW'];
const ALIAS_RE = /^[A-Z][A-Z0-9_]*$/;
const TABLE = new Map(DEFAULTS.map(([n, t, v]) => [n, { type: t, values: v?.split(' ') }]));

/** toke.l, for one line (no line continuations): words, commands (a path and its arguments), tags. */
function lex(line: string, defaults: boolean): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  let value = false; // a Defaults value runs to a blank or a comma
  let afterEq = false; // a word starting with / after '=' (or ',' in a command list) is a command
  while (i < line.length) {
    const c = line[i];
    if (c === ' ' || c === '\t') {
      i++;
      continue;
    }
    if (c === '#' && !/^#-?\d/.test(line.slice(i))) break;
    if (value && c !== '"' && c !== ',') {
      let j = i;
      while (j < line.length && !' \t,'.includes(line[j])) j++;
      out.push({ kind: 'WORD', text: line.slice(i, j), at: i });
      value = false;
      i = j;
      continue;
    }
    if ((c === '+' || c === '-') && line[i + 1] === '=') {
      out.push({ kind: 'OP', text: c + '=', at: i });
      value = defaults;
      i += 2;
      continue;
    }
    if ('=(),:!'.includes(c) && !(defaults && c === ':' && !out.length)) {
      out.push({ kind: c as Kind, text: c, at: i });
      if (c === '=') afterEq = true;
      value = defaults && c === '=';
      i++;
      continue;
    }
    if (c === '"') {
      value = false;
      const end = line.indexOf('"', i + 1);
      const j = end < 0 ? line.length : end + 1;
      out.push({ kind: 'WORD', text: line.slice(i + 1, end < 0 ? j : end), at: i });
      i = j;
      continue;
    }
    if ((c === '/' || /^sudoedit([ \t]|$)/.test(line.slice(i))) && afterEq && !defaults) {
      let j = i;
      while (j < line.length && !',:#'.includes(line[j]) && !(line[j] === '\\' && ++j)) j++;
      let k = j;
      while (k > i && (line[k - 1] === ' ' || line[k - 1] === '\t')) k--;
      out.push({ kind: 'COMMAND', text: line.slice(i, k), at: i });
      i = j;
      continue;
    }
    let j = i;
    // Defaults:user, Defaults@host, Defaults!cmnd, Defaults>runas are one token with their binding
    const dm = !out.length && /^Defaults[:@!>]/.test(line.slice(i));
    if (dm) j = i + 9;
    while (j < line.length && !' \t#=(),:!"'.includes(line[j])) j++;
    if (j === i) j++;
    const w = line.slice(i, j);
    // a tag is its name, blanks and the colon (toke.l: NOPASSWD[[:blank:]]*:)
    const tag = /^[ \t]*:/.exec(line.slice(j));
    if (TAGS.includes(w) && tag) {
      out.push({ kind: 'TAG', text: line.slice(i, j + tag[0].length), at: i });
      i = j + tag[0].length;
      continue;
    }
    out.push({ kind: w === 'ALL' ? 'ALL' : ALIAS_RE.test(w) ? 'ALIAS' : 'WORD', text: w, at: i });
    i = j;
  }
  out.push({ kind: 'EOL', text: '', at: line.length });
  return out;
}

class Fail {
  constructor(readonly tok: Tok) {}
}

interface Alias {
  kind: string;
  name: string;
  line: number;
  col: number;
  used: boolean;
}

export function checkSudoers(file: string, text: string, strict = false): Check {
  const res: Check = { messages: [], syntaxError: false, defaultsError: false, includes: [] };
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const defaults: { name: string; neg: boolean; value?: string; line: number; col: number; valueCol?: number }[] = [];
  const aliases = new Map<string, Alias>();
  const refs: { kind: string; name: string; line: number; col: number }[] = [];
  lines.forEach((line, n) => {
    const lineNo = n + 1;
    const inc = /^[ \t]*[#@](include|includedir)[ \t]+(\S+)/.exec(line);
    if (inc) {
      res.includes.push({ path: inc[2], dir: inc[1] === 'includedir' });
      return;
    }
    const toks = lex(line, /^[ \t]*Defaults([:@!>\s]|$)/.test(line));
    let p = 0;
    const peek = () => toks[p];
    const next = () => toks[p++];
    const expect = (...kinds: Kind[]) => {
      if (!kinds.includes(peek().kind)) throw new Fail(peek());
      return next();
    };
    const lineRefs: { kind: string; name: string }[] = [];
    const member = (aliasKind: string, extra: Kind[] = []) => {
      while (peek().kind === '!') next();
      // a command is ALL, an alias, a path or sudoedit; not any other word
      if (aliasKind === 'Cmnd_Alias' && peek().kind === 'WORD' && peek().text !== 'sudoedit') throw new Fail(peek());
      const t = expect('WORD', 'ALIAS', 'ALL', ...extra);
      if (t.kind === 'ALIAS') lineRefs.push({ kind: aliasKind, name: t.text });
      return t;
    };
    const list = (aliasKind: string, extra: Kind[] = []) => {
      member(aliasKind, extra);
      while (peek().kind === ',') {
        next();
        member(aliasKind, extra);
      }
    };
    const cmndSpec = () => {
      if (peek().kind === '(') {
        next();
        if (peek().kind !== ')' && peek().kind !== ':') list('Runas_Alias');
        if (peek().kind === ':') {
          next();
          if (peek().kind !== ')') list('Runas_Alias');
        }
        expect(')');
      }
      while (peek().kind === 'TAG') next();
      member('Cmnd_Alias', ['COMMAND']);
    };
    try {
      const first = peek();
      if (first.kind === 'EOL') return;
      const dm = /^Defaults([:@!>]?)/.exec(first.text);
      if (first.kind === 'WORD' && dm) {
        next();
        if (dm[1] && first.text.length === dm[0].length) throw new Fail(peek());
        do {
          if (peek().kind === ',') next();
          let neg = false;
          while (peek().kind === '!') {
            next();
            neg = !neg;
          }
          const name = expect('WORD', 'ALIAS', 'ALL');
          if (peek().kind === '=' || peek().kind === 'OP') {
            next();
            const v = expect('WORD', 'ALIAS', 'ALL', 'COMMAND');
            defaults.push({ name: name.text, neg, value: v.text, line: lineNo, col: peek().at + 1, valueCol: v.at + 1 });
          } else defaults.push({ name: name.text, neg, line: lineNo, col: peek().at + 1 });
        } while (peek().kind === ',');
        expect('EOL');
        return;
      }
      const am = /^(User|Runas|Host|Cmnd|Cmd)_Alias$/.exec(first.text);
      if (first.kind === 'WORD' && am) {
        next();
        const kind = am[1] === 'Cmd' ? 'Cmnd_Alias' : first.text;
        for (;;) {
          const name = expect('ALIAS');
          expect('=');
          if (kind === 'Cmnd_Alias') {
            member('Cmnd_Alias', ['COMMAND']);
            while (peek().kind === ',') {
              next();
              member('Cmnd_Alias', ['COMMAND']);
            }
          } else list(kind === 'Host_Alias' ? 'Host_Alias' : kind === 'Runas_Alias' ? 'Runas_Alias' : 'User_Alias');
          const key = `${kind}:${name.text}`;
          if (aliases.has(key)) {
            // gram.y alias_error(): 1.9.5p2 prints freed memory for the name here (DIFFERENCES.md)
            res.messages.push(`${file}:${lineNo}:${line.length + 1}: Alias "${name.text}" already defined\n${line}\n${' '.repeat(line.length)}^\n`);
            res.syntaxError = true;
            res.errorLine ??= lineNo;
          } else aliases.set(key, { kind, name: name.text, line: lineNo, col: name.at + 1, used: false });
          if (peek().kind !== ':') break;
          next();
        }
        expect('EOL');
        for (const r of lineRefs) refs.push({ ...r, line: lineNo + 1, col: line.length + 1 });
        return;
      }
      // a user specification: users, then host = commands, more of those after ':'
      list('User_Alias');
      for (;;) {
        list('Host_Alias');
        expect('=');
        cmndSpec();
        while (peek().kind === ',') {
          next();
          cmndSpec();
        }
        if (peek().kind !== ':') break;
        next();
      }
      expect('EOL');
      for (const r of lineRefs) refs.push({ ...r, line: lineNo + 1, col: line.length + 1 });
    } catch (e) {
      if (!(e instanceof Fail)) throw e;
      const t = e.tok;
      const len = t.kind === 'EOL' ? 0 : t.kind === 'COMMAND' || t.kind === 'TAG' ? t.text.length : line.slice(t.at).match(/^"[^"]*"?|^[^ \t#=(),:!"]+|^./)![0].length;
      res.messages.push(`${file}:${lineNo}:${t.at + 1}: syntax error\n${line}\n${' '.repeat(t.at)}^${'~'.repeat(Math.max(len - 1, 0))}\n`);
      res.syntaxError = true;
      res.errorLine ??= lineNo;
    }
  });
  if (res.syntaxError) return res;
  // update_defaults() with quiet off in check mode: defaults.c's messages, through sudo_warnx ("visudo: ")
  for (const d of defaults) {
    const def = TABLE.get(d.name);
    const at = `${file}:${d.line}:`;
    if (!def) {
      res.messages.push(`visudo: ${at}${(d.valueCol ?? d.col) + 1}: unknown defaults entry "${d.name}"\n`);
      res.defaultsError = true;
      continue;
    }
    const err = defaultError(d.name, def.type, def.values, d.neg, d.value);
    if (err) {
      res.messages.push(`visudo: ${at}${d.value === undefined ? d.col : d.valueCol}: ${err}\n`);
      res.defaultsError = true;
    }
  }
  // check_aliases(): references to undefined aliases, then the aliases nothing uses (warnings unless -s)
  const level = strict ? 'Error' : 'Warning';
  for (const r of refs) {
    const a = aliases.get(`${r.kind}:${r.name}`);
    if (a) a.used = true;
    else res.messages.push(`${level}: ${file}:${r.line}:${r.col}: ${r.kind} "${r.name}" referenced but not defined\n`);
  }
  for (const a of aliases.values()) if (!a.used) res.messages.push(`Warning: ${file}:${a.line}:${a.col}: unused ${a.kind} "${a.name}"\n`);
  if (strict && refs.some((r) => !aliases.has(`${r.kind}:${r.name}`))) res.defaultsError = true;
  return res;
}

/** parse_default_entry() of defaults.c: the message for a bad entry, or undefined. */
function defaultError(name: string, type: string, values: string[] | undefined, neg: boolean, value?: string): string | undefined {
  const base = type.split('|')[0];
  const bool = type.includes('T_BOOL');
  if (value === undefined) {
    if (base === 'T_FLAG' || (base === 'T_TUPLE' && bool) || base === 'T_LOGFAC') return undefined;
    if (!bool || !neg) return `no value specified for "${name}"`;
    return undefined;
  }
  const invalid = `value "${value}" is invalid for option "${name}"`;
  switch (base) {
    case 'T_FLAG':
      return `option "${name}" does not take a value`;
    case 'T_STR':
      if (type.includes('T_CHPATH') && !/^[/~]/.test(value) && value !== '*') return `values for "${name}" must start with a '/', '~', or '*'`;
      if (type.includes('T_PATH') && !value.startsWith('/')) return `values for "${name}" must start with a '/'`;
      return undefined;
    case 'T_INT':
      return /^-?\d+$/.test(value) ? undefined : invalid;
    case 'T_UINT':
      return /^\d+$/.test(value) ? undefined : invalid;
    case 'T_MODE':
      return /^[0-7]+$/.test(value) && parseInt(value, 8) <= 0o777 ? undefined : invalid;
    case 'T_TIMESPEC':
    case 'T_TIMEOUT':
      return /^-?(\d+\.?\d*|\.\d+)$/.test(value) ? undefined : invalid;
    case 'T_TUPLE':
      return values?.includes(value) ? undefined : invalid;
    default:
      return undefined;
  }
}
