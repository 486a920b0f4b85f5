// Key bindings changed in this shell (bind -r, -u, -x, -f, "keys": function): kept on the frame over readline's
// defaults, and printed as readline 8.1's rl_function_dumper, _rl_macro_dumper_internal and bash's
// print_unix_command_map print them (bind.c): each function's keys in key order, a macro's text untranslated.
import type { Frame } from '../../../context';

export type Binding = { fn: string } | { macro: string } | { cmd: string } | null;

/** The changed keys, by their bytes (what rl_translate_keyseq makes of the sequence typed). */
export function changes(frame: Frame): Map<string, Binding> {
  return (frame.readline ??= new Map());
}

const ESC = '\x1b';
const ctrl = (c: string) => String.fromCharCode(c === '?' ? 127 : c.toUpperCase().charCodeAt(0) & 0x1f);

/** rl_translate_keyseq: \C-x, \M-x, \e, \\ and the C escapes, octal \nnn and hex \xHH. */
export function translate(seq: string): string {
  let out = '';
  for (let i = 0; i < seq.length; i++) {
    const c = seq[i];
    if (c !== '\\' || i + 1 >= seq.length) {
      out += c;
      continue;
    }
    const n = seq[++i];
    if ((n === 'C' || n === 'M') && seq[i + 1] === '-' && i + 2 < seq.length) {
      i += 2;
      let k = seq[i];
      if (n === 'M') {
        out += ESC;
        if (k === '\\' && seq[i + 1] === 'C' && seq[i + 2] === '-' && i + 3 < seq.length) (i += 3), (k = ctrl(seq[i]));
        out += k;
      } else out += ctrl(k === '\\' && seq[i + 1] === 'e' ? ESC : k);
      continue;
    }
    const simple: Record<string, string> = { e: ESC, a: '\x07', b: '\b', d: '\x7f', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\', '"': '"', "'": "'" };
    if (n in simple) out += simple[n];
    else if (/[0-7]/.test(n)) {
      const m = /^[0-7]{1,3}/.exec(seq.slice(i))![0];
      out += String.fromCharCode(parseInt(m, 8) & 0xff);
      i += m.length - 1;
    } else if (n === 'x' && /^[0-9a-fA-F]/.test(seq[i + 1] ?? '')) {
      const m = /^[0-9a-fA-F]{1,2}/.exec(seq.slice(i + 1))![0];
      out += String.fromCharCode(parseInt(m, 16));
      i += m.length;
    } else out += n;
  }
  return out;
}

/** _rl_get_keyname of each key (the prefixes as rl_invoking_keyseqs_in_map writes them). */
export function keyname(bytes: string): string {
  let out = '';
  for (let j = 0; j < bytes.length; j++) {
    let c = bytes.charCodeAt(j);
    const last = j === bytes.length - 1;
    if (c === 27) {
      out += '\\e';
      continue;
    }
    if (c === 127) {
      out += '\\C-?';
      continue;
    }
    if (c < 32) {
      out += '\\C-';
      c = String.fromCharCode(c | 0x40).toLowerCase().charCodeAt(0);
    }
    if (last && c >= 128 && c <= 159) {
      out += `\\2${Math.floor((c - 128) / 8)}${(c - 128) % 8}`;
      continue;
    }
    const ch = String.fromCharCode(c);
    out += ch === '\\' || ch === '"' ? '\\' + ch : ch;
  }
  return out;
}

/** _rl_untranslate_macro_value(seq, 0). */
export function untranslateValue(v: string): string {
  let out = '';
  for (const ch of v) {
    let c = ch.charCodeAt(0);
    if (c === 27) {
      out += '\\e';
      continue;
    }
    if (c < 32) {
      out += '\\C-';
      c = String.fromCharCode(c | 0x40).toLowerCase().charCodeAt(0);
    } else if (c === 127) {
      out += '\\C-?';
      continue;
    }
    const s = String.fromCharCode(c);
    out += s === '\\' || s === '"' ? '\\' + s : s;
  }
  return out;
}

/** Where a `"keys": value` line splits (rl_parse_and_bind / bash's bind -x): the quoted keys and the rest. */
export function splitBinding(line: string): { keys: string; value: string } | null {
  const s = line.trimStart();
  if (!s.startsWith('"')) {
    const m = /^([^:\s]+)\s*:\s*(.*)$/.exec(s);
    return m ? { keys: m[1], value: m[2] } : null;
  }
  let i = 1;
  for (; i < s.length && s[i] !== '"'; i++) if (s[i] === '\\') i++;
  if (i >= s.length) return null;
  const keys = s.slice(1, i);
  const rest = s.slice(i + 1).replace(/^[^:]*:?\s*/, '');
  return { keys, value: rest };
}

/** A macro or command text between quotes, its escapes read (rl_parse_and_bind's `"..."` value). */
export function quotedValue(v: string): string | null {
  const q = v[0];
  if (q !== '"' && q !== "'") return null;
  let i = 1;
  for (; i < v.length && v[i] !== q; i++) if (v[i] === '\\') i++;
  return translate(v.slice(1, i));
}

/** The default bindings with this shell's changes: key bytes → function, in key order. */
export function effective(defaults: [string, string][], frame: Frame): Map<string, Binding> {
  const m = new Map<string, Binding>();
  for (const [k, fn] of defaults) m.set(k, { fn });
  for (const [k, b] of changes(frame)) m.set(k, b);
  return new Map([...m].filter(([, b]) => b !== null).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
