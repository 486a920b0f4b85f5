// base64 of GNU coreutils 8.32 (src/basenc.c built as base64): encode standard input or a file, wrapped at 76
// columns (-w COLS, 0 for none); -d decodes (-i skips garbage). UTF-8 text round-trips byte for byte.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def } from '../../lib/guest';
import { readFile } from '../../lib/files';
import { strerror } from '../../../fs';
import { fromBytes, toBytes } from '../../lib/bytes';


function* base64(ctx: CommandContext): CommandRun {
  let decode = false;
  let ignore = false;
  let wrap = 76;
  const files: string[] = [];
  const a = ctx.args;
  for (let i = 0; i < a.length; i++) {
    const o = a[i];
    if (o === '-d' || o === '--decode' || /^--dec(o(d(e)?)?)?$/.test(o)) decode = true;
    else if (o === '-i' || o === '--ignore-garbage') ignore = true;
    else if (o === '-w' || o === '--wrap') wrap = Number(a[++i]);
    else if (o.startsWith('--wrap=')) wrap = Number(o.slice(7));
    else if (/^-w\d+$/.test(o)) wrap = Number(o.slice(2));
    else if (/^-[di]+$/.test(o)) {
      decode ||= o.includes('d');
      ignore ||= o.includes('i');
    } else if (o.startsWith('-') && o !== '-') {
      ctx.err(o.startsWith('--') ? `base64: unrecognized option '${o}'\nTry 'base64 --help' for more information.\n` : `base64: invalid option -- '${o[1]}'\nTry 'base64 --help' for more information.\n`);
      return 1;
    } else files.push(o);
  }
  if (!Number.isInteger(wrap) || wrap < 0) {
    ctx.err(`base64: invalid wrap size: ‘${a[a.indexOf('-w') + 1] ?? ''}’\n`);
    return 1;
  }
  if (files.length > 1) {
    ctx.err(`base64: extra operand ‘${files[1]}’\nTry 'base64 --help' for more information.\n`);
    return 1;
  }
  let text: string;
  if (!files.length || files[0] === '-') text = ctx.stdin ?? '';
  else {
    const r = readFile(ctx, ctx.resolve(files[0]));
    if (!r.ok) {
      ctx.err(`base64: ${files[0]}: ${strerror(r.errno)}\n`);
      return 1;
    }
    text = r.text;
  }
  if (!decode) {
    let bin = '';
    for (const b of toBytes(text)) bin += String.fromCharCode(b);
    const out = btoa(bin);
    ctx.out(wrap === 0 ? out : (out.match(new RegExp(`.{1,${wrap}}`, 'g')) ?? []).join('\n') + (out ? '\n' : ''));
    return 0;
  }
  const clean = ignore ? text.replace(/[^A-Za-z0-9+/=]/g, '') : text.replace(/\n/g, '');
  // decode what is valid; stop at the first bad character as basenc does
  const bad = clean.search(/[^A-Za-z0-9+/=]/);
  const good = bad >= 0 ? clean.slice(0, bad - (bad % 4)) : clean;
  let bytes: Uint8Array;
  try {
    const bin = atob(good.length % 4 ? good.slice(0, good.length - (good.length % 4)) : good);
    bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
  } catch {
    bytes = new Uint8Array();
  }
  ctx.out(fromBytes(bytes));
  if (bad >= 0 || good.length % 4) {
    ctx.err('base64: invalid input\n');
    return 1;
  }
  return 0;
}

def({ name: 'base64', summary: 'base64 encode/decode data and print to standard output', run: base64 });
