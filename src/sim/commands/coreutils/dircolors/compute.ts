// dircolors' reading of a database (src/dircolors.c dc_parse_stream of coreutils 8.32): the LS_COLORS value the
// lines give for a terminal, and the messages of the lines it cannot take. Used by dircolors and by the login
// environment (colorls.sh evaluates `dircolors --sh` over /etc/DIR_COLORS).
const SLACK = ['NORMAL', 'NORM', 'FILE', 'RESET', 'DIR', 'LNK', 'LINK', 'SYMLINK', 'ORPHAN', 'MISSING', 'FIFO', 'PIPE', 'SOCK', 'BLK', 'BLOCK', 'CHR', 'CHAR', 'DOOR', 'EXEC', 'LEFT', 'LEFTCODE', 'RIGHT', 'RIGHTCODE', 'END', 'ENDCODE', 'SUID', 'SETUID', 'SGID', 'SETGID', 'STICKY', 'OTHER_WRITABLE', 'OWR', 'STICKY_OTHER_WRITABLE', 'OWT', 'CAPABILITY', 'MULTIHARDLINK', 'CLRTOEOL'];
const LS = ['no', 'no', 'fi', 'rs', 'di', 'ln', 'ln', 'ln', 'or', 'mi', 'pi', 'pi', 'so', 'bd', 'bd', 'cd', 'cd', 'do', 'ex', 'lc', 'lc', 'rc', 'rc', 'ec', 'ec', 'su', 'su', 'sg', 'sg', 'st', 'ow', 'ow', 'tw', 'tw', 'ca', 'mh', 'cl'];

const isSpace = (c: string | undefined) => c !== undefined && /[ \t\n\v\f\r]/.test(c);

/** parse_line: the keyword and its argument (up to a #, blanks trimmed); null keyword for blanks and comments. */
function parseLine(line: string): { key: string | null; arg: string | null } {
  let p = 0;
  while (isSpace(line[p])) p++;
  if (p === line.length || line[p] === '#') return { key: null, arg: null };
  const ks = p;
  while (p < line.length && !isSpace(line[p])) p++;
  const key = line.slice(ks, p);
  if (p === line.length) return { key, arg: null };
  do p++;
  while (isSpace(line[p]));
  if (p >= line.length || line[p] === '#') return { key, arg: null };
  const as = p;
  while (p < line.length && line[p] !== '#') p++;
  let e = p - 1;
  while (isSpace(line[e])) e--;
  return { key, arg: line.slice(as, e + 1) };
}

/** append_quoted: ' as '\'' and a backslash before : and = unless escaped by \ or ^. */
function quoted(s: string): string {
  let out = '';
  let needBackslash = true;
  for (const c of s) {
    if (c === "'") {
      out += "'\\'";
      needBackslash = true;
    } else if (c === '\\' || c === '^') needBackslash = !needBackslash;
    else if (c === ':' || c === '=') {
      if (needBackslash) out += '\\';
      needBackslash = true;
    } else needBackslash = true;
    out += c;
  }
  return out;
}

/** fnmatch(pattern, term, 0): *, ? and bracket expressions. */
function fnmatch(pattern: string, s: string): boolean {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') re += '.*';
    else if (c === '?') re += '.';
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 2);
      if (end < 0) re += '\\[';
      else {
        const body = pattern.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\');
        re += `[${body}]`;
        i = end;
      }
    } else re += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return new RegExp(`^${re}$`, 's').test(s);
}

/**
 * dc_parse_stream: the LS_COLORS value `lines` give for `term`, and the errors of its bad lines (`name` is the
 * file as messages quote it; null for the built-in database).
 */
export function lsColorsOf(lines: readonly string[], term: string, name: string | null, quoteName: (s: string) => string): { value: string; errors: string[] } {
  let state: 'no' | 'yes' | 'sure' | 'global' = 'global';
  const errors: string[] = [];
  let s = '';
  lines.forEach((line, n) => {
    const { key, arg } = parseLine(line);
    if (key === null) return;
    if (arg === null) {
      errors.push(`dircolors: ${quoteName(name ?? '')}:${n + 1}: invalid line;  missing second token\n`);
      return;
    }
    let unrecognized = false;
    if (key.toUpperCase() === 'TERM') {
      if (fnmatch(arg, term)) state = 'sure';
      else if (state !== 'sure') state = 'no';
    } else {
      if (state === 'sure') state = 'yes';
      if (state !== 'no') {
        if (key[0] === '.') s += `*${quoted(key)}=${quoted(arg)}:`;
        else if (key[0] === '*') s += `${quoted(key)}=${quoted(arg)}:`;
        else if (['OPTIONS', 'COLOR', 'EIGHTBIT'].includes(key.toUpperCase())) {
          // ignored
        } else {
          const i = SLACK.indexOf(key.toUpperCase());
          if (i >= 0) s += `${LS[i]}=${quoted(arg)}:`;
          else unrecognized = true;
        }
      } else unrecognized = true;
    }
    if (unrecognized && (state === 'sure' || state === 'yes'))
      errors.push(`dircolors: ${name !== null ? quoteName(name) : '<internal>'}:${n + 1}: unrecognized keyword ${key}\n`);
  });
  return { value: s, errors };
}
