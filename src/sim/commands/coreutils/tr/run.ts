// tr of GNU coreutils 8.32 (options and help in spec.ts): translate, -d, -s, -c/-C, -t; ranges, escapes,
// [:class:] and [c*n] in the sets; tr.c's operand errors.
import { fromBytes, toBytes } from '../../lib/bytes';
import { def } from '../../lib/guest';

const CLASSES: Record<string, (c: string) => boolean> = {
  alnum: (c) => /[A-Za-z0-9]/.test(c),
  alpha: (c) => /[A-Za-z]/.test(c),
  blank: (c) => c === ' ' || c === '\t',
  cntrl: (c) => c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127,
  digit: (c) => /[0-9]/.test(c),
  graph: (c) => c.charCodeAt(0) > 32 && c.charCodeAt(0) < 127,
  lower: (c) => /[a-z]/.test(c),
  print: (c) => c.charCodeAt(0) >= 32 && c.charCodeAt(0) < 127,
  punct: (c) => /[!-/:-@[-`{-~]/.test(c),
  space: (c) => /[ \t\n\v\f\r]/.test(c),
  upper: (c) => /[A-Z]/.test(c),
  xdigit: (c) => /[0-9A-Fa-f]/.test(c),
};
const ASCII = Array.from({ length: 256 }, (_, i) => String.fromCharCode(i));

/** A set as a list of characters ([c*] with no count fills to `fill` characters in SET2). */
function expand(s: string, fill = 0): string[] | string {
  const esc: Record<string, string> = { n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', f: '\f', v: '\v', '\\': '\\' };
  const toks: string[] = [];
  const out: string[] = [];
  let star: { c: string; at: number } | null = null;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '\\' && i + 1 < s.length) {
      const n = s[++i];
      const oct = /^[0-7]{1,3}/.exec(s.slice(i));
      if (oct) {
        toks.push(String.fromCharCode(parseInt(oct[0], 8)));
        i += oct[0].length - 1;
      } else toks.push(esc[n] ?? n);
      continue;
    }
    const cls = /^\[:([a-z]+):\]/.exec(s.slice(i));
    if (cls) {
      if (!CLASSES[cls[1]]) return `invalid character class ‘${cls[1]}’`;
      out.push(...toks.splice(0), ...ASCII.filter(CLASSES[cls[1]]));
      i += cls[0].length - 1;
      continue;
    }
    const rep = /^\[(.)\*(\d*)\]/.exec(s.slice(i));
    if (rep) {
      out.push(...toks.splice(0));
      if (rep[2] === '') star = { c: rep[1], at: out.length };
      else out.push(...Array(parseInt(rep[2], rep[2].startsWith('0') ? 8 : 10) || 0).fill(rep[1]));
      i += rep[0].length - 1;
      continue;
    }
    if (s[i + 1] === '-' && i + 2 < s.length) {
      let hi = s[i + 2];
      let skip = 2;
      if (hi === '\\' && i + 3 < s.length) {
        hi = esc[s[i + 3]] ?? s[i + 3];
        skip = 3;
      }
      if (hi.charCodeAt(0) < c.charCodeAt(0)) return `range-endpoints of '${c}-${hi}' are in reverse collating sequence order`;
      out.push(...toks.splice(0));
      for (let k = c.charCodeAt(0); k <= hi.charCodeAt(0); k++) out.push(String.fromCharCode(k));
      i += skip;
      continue;
    }
    toks.push(c);
  }
  out.push(...toks);
  if (star) out.splice(star.at, 0, ...Array(Math.max(0, fill - out.length)).fill(star.c));
  return out;
}

def({
  name: 'tr',
  summary: 'translate or delete characters',
  *run(ctx) {
    const o = ctx.opts!;
    const ops = ctx.operands ?? [];
    const del = o.has('delete');
    const squeeze = o.has('squeeze-repeats');
    const comp = o.has('complement') || o.has('C');
    const fail = (msg: string, extra = '') => {
      ctx.err(`tr: ${msg}\n${extra}Try 'tr --help' for more information.\n`);
      return 1;
    };
    const min = 1 + (del === squeeze ? 1 : 0);
    const max = 1 + (!del || squeeze ? 1 : 0);
    if (ops.length < min) {
      if (!ops.length) return fail('missing operand');
      return fail(`missing operand after ‘${ops[ops.length - 1]}’`, squeeze ? 'Two strings must be given when both deleting and squeezing repeats.\n' : 'Two strings must be given when translating.\n');
    }
    if (ops.length > max) return fail(`extra operand ‘${ops[max]}’`, ops.length === 2 ? 'Only one string may be given when deleting without squeezing repeats.\n' : '');
    const e1 = expand(ops[0]);
    if (typeof e1 === 'string') {
      ctx.err(`tr: ${e1}\n`);
      return 1;
    }
    const set1 = comp ? ASCII.filter((c) => !e1.includes(c)) : e1;
    const translating = ops.length === 2 && !del;
    let set2: string[] = [];
    if (ops.length === 2) {
      const e2 = expand(ops[1], set1.length);
      if (typeof e2 === 'string') {
        ctx.err(`tr: ${e2}\n`);
        return 1;
      }
      set2 = e2;
      if (translating && !set2.length) {
        ctx.err('tr: when not truncating set1, string2 must be non-empty\n');
        return 1;
      }
    }
    const map = new Map<string, string>();
    if (translating) {
      const n = o.has('truncate-set1') ? Math.min(set1.length, set2.length) : set1.length;
      for (let i = 0; i < n; i++) map.set(set1[i], set2[Math.min(i, set2.length - 1)]);
    }
    const in1 = new Set(set1);
    const squeezeSet = new Set(squeeze ? (ops.length === 2 ? set2 : set1) : []);
    // tr works on bytes (a character of SET is one byte, 0..255): text that is all ASCII goes as it is
    const input = ctx.stdin ?? '';
    const ascii = !/[^\x00-\x7f]/.test(input);
    const out: string[] = [];
    let last = '';
    for (const ch of ascii ? input : Array.from(toBytes(input), (b) => String.fromCharCode(b))) {
      if (del && in1.has(ch)) continue;
      const c = translating ? (map.get(ch) ?? ch) : ch;
      if (squeeze && c === last && squeezeSet.has(c)) continue;
      out.push(c);
      last = c;
    }
    const text = out.join('');
    ctx.out(ascii ? text : fromBytes(Uint8Array.from(text, (c) => c.charCodeAt(0) & 255)));
    return 0;
  },
});
