// base32 and basenc of GNU coreutils 8.32 (src/basenc.c; options and help in each spec.ts): encode FILE or
// standard input wrapped at -w COLS (76; 0 for none), or -d decode it (-i drops characters outside the alphabet).
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { fromBytes, toBytes } from '../../lib/bytes';
import { reader, usageError } from '../lib/input';
import { decode, encode, keeps, type Encoding } from './codec';

const ENCODINGS = new Set<string>(['base64', 'base64url', 'base32', 'base32hex', 'base16', 'base2msbf', 'base2lsbf', 'z85']);

export function basencRun(name: string, fixed?: Encoding) {
  return function* run(ctx: CommandContext): CommandRun {
    let decoding = false;
    let ignore = false;
    let wrap = 76;
    let enc: Encoding | undefined = fixed;
    for (const o of ctx.opts!.list) {
      if (o.key === 'decode') decoding = true;
      else if (o.key === 'ignore-garbage') ignore = true;
      else if (o.key === 'wrap') {
        // xdectoumax: a decimal number (leading blanks and + allowed)
        const v = String(o.value);
        if (!/^\s*\+?\d+$/.test(v)) {
          ctx.err(`${name}: invalid wrap size: ‘${v}’\n`);
          return 1;
        }
        wrap = Number(v.trim());
      } else if (ENCODINGS.has(o.key)) enc = o.key as Encoding;
    }
    if (!enc) return usageError(ctx, name, 'missing encoding type');
    const file = ctx.operands?.[0] ?? '-';
    const text = reader(ctx, name)(file);
    if (text === null) return 1;
    if (!decoding) {
      const r = encode(toBytes(text), enc);
      if (r.error) {
        ctx.err(`${name}: ${r.error}\n`);
        return 1;
      }
      if (wrap === 0) ctx.out(r.text);
      else {
        const lines: string[] = [];
        for (let i = 0; i < r.text.length; i += wrap) lines.push(r.text.slice(i, i + wrap));
        ctx.out(lines.map((l) => l + '\n').join(''));
      }
      return 0;
    }
    const input = ignore ? [...text].filter((c) => keeps(enc!, c)).join('') : text;
    const r = decode(input, enc);
    ctx.out(fromBytes(Uint8Array.from(r.bytes)));
    if (!r.ok) {
      ctx.err(`${name}: invalid input\n`);
      return 1;
    }
    return 0;
  };
}
