// History expansion of a typed line (bash's `!!`, `!n`, `!-n`, `!prefix`, `!$`), before it is parsed.
// Not inside single quotes; `!` before a blank, `=`, `(` or the end of the line stays as it is.

export type Expanded = { line: string; changed: boolean } | { error: string };

/** Expand history references in `line` against `hist` (oldest first). */
export function expandHistory(line: string, hist: readonly string[]): Expanded {
  if (!line.includes('!')) return { line, changed: false };
  let out = '';
  let changed = false;
  let inSingle = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === "'" && !inSingle) {
      inSingle = true;
      out += c;
      continue;
    }
    if (c === "'" && inSingle) {
      inSingle = false;
      out += c;
      continue;
    }
    if (c === '\\' && line[i + 1] === '!') {
      out += '\\!';
      i++;
      continue;
    }
    if (c !== '!' || inSingle) {
      out += c;
      continue;
    }
    const rest = line.slice(i + 1);
    // `${!name}` is parameter indirection, not a history event
    if (rest === '' || /^[ \t\n=(]/.test(rest) || line[i - 1] === '{') {
      out += c;
      continue;
    }
    let m: RegExpExecArray | null;
    let event: string | undefined;
    let word = '';
    let len = 0;
    if ((m = /^!/.exec(rest))) {
      event = hist[hist.length - 1];
      word = '!!';
      len = 1;
    } else if ((m = /^\$/.exec(rest))) {
      const last = hist[hist.length - 1];
      if (last !== undefined) {
        const words = last.trim().split(/\s+/);
        out += words[words.length - 1];
        changed = true;
        i += 1;
        continue;
      }
      word = '!$';
      len = 1;
    } else if ((m = /^-?\d+/.exec(rest))) {
      const n = Number(m[0]);
      event = n > 0 ? hist[n - 1] : hist[hist.length + n];
      word = '!' + m[0];
      len = m[0].length;
    } else if ((m = /^[^\s;&|<>()'"]+/.exec(rest))) {
      const prefix = m[0];
      for (let k = hist.length - 1; k >= 0; k--) if (hist[k].startsWith(prefix)) {
        event = hist[k];
        break;
      }
      word = '!' + prefix;
      len = prefix.length;
    } else {
      out += c;
      continue;
    }
    if (event === undefined) return { error: `-bash: ${word}: event not found\n` };
    out += event;
    changed = true;
    i += len;
  }
  return { line: out, changed };
}
