// The text a C function prints from string literals (iputils', bind's usage functions): scripts/golden/net-specs.ts
// and iputils-specs.ts read usage texts with it.
import { tokenize } from './c-usage';

/** The text a C function prints with fputs / printf / fprintf / puts of string literals; `%s` becomes `program`. */
export function printed(src: string, fn: string, program: string, from = 0): string {
  const start = new RegExp(`^${fn}\\s*\\([^)]*\\)\\s*\\{`, 'm').exec(src.slice(from)) ?? new RegExp(`^(?:static\\s+)?void\\s+${fn}\\s*\\([^)]*\\)\\s*\\n?\\{`, 'm').exec(src.slice(from));
  if (!start) throw new Error(`${fn}() not found`);
  let i = from + start.index + start[0].length;
  let depth = 1;
  const b = i;
  while (depth > 0) {
    if (src[i] === '"') {
      i++;
      while (src[i] !== '"') i += src[i] === '\\' ? 2 : 1;
    } else if (src[i] === '{') depth++;
    else if (src[i] === '}') depth--;
    i++;
  }
  const toks = tokenize(src.slice(b, i - 1));
  let out = '';
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    if (t.t !== 'id' || toks[k + 1]?.v !== '(') continue;
    if (!['fputs', 'printf', 'fprintf', 'puts', 'print_usage'].includes(t.v)) continue;
    if (t.v === 'print_usage') {
      out += printed(src, 'print_usage', program);
      continue;
    }
    let s = '';
    let j = k + 2;
    if (t.v === 'fprintf') j += 2; // the stream and its comma
    if (toks[j]?.t === 'id' && (toks[j] as { v: string }).v === '_' && toks[j + 1]?.v === '(') j += 2; // gettext's _( )
    while (toks[j]?.t === 'str') s += (toks[j++] as { v: string }).v;
    out += s.replace(/%s/g, program) + (t.v === 'puts' ? '\n' : '');
  }
  return out;
}
