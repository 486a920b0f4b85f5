// look of util-linux 2.37.4, ported from misc-utils/look.c: the lines of a sorted file that begin with a string,
// found by binary search then a linear one (so an unsorted file gives what look gives). With only the string it
// reads $WORDLIST or /usr/share/dict/words with -d and -f on (the box has no words package: that file is missing);
// -a reads /usr/share/dict/web2, -t cuts the string after its first occurrence of a character.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { strerror, type FsError } from '../../../fs';
import { def } from '../../lib/guest';
import { readFile } from '../../lib/files';
import { spec } from './spec';

const isalnum = (c: string) => /^[A-Za-z0-9]$/.test(c);
const isblank = (c: string) => c === ' ' || c === '\t';

function* look(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  let file = ctx.frame.env.WORDLIST && readFile(ctx, ctx.resolve(ctx.frame.env.WORDLIST)).ok ? ctx.frame.env.WORDLIST : '/usr/share/dict/words';
  if (o.has('alternative')) file = '/usr/share/dict/web2';
  let dflag = o.has('alphanum');
  let fflag = o.has('ignore-case');
  const term = o.str('terminate')?.[0] ?? '';
  const ops = ctx.operands ?? [];
  let str: string;
  if (ops.length === 2) [str, file] = ops;
  else if (ops.length === 1) {
    dflag = fflag = true;
    str = ops[0];
  } else {
    ctx.err("look: bad usage\nTry 'look --help' for more information.\n");
    return 1;
  }
  if (term && str.includes(term)) str = str.slice(0, str.indexOf(term) + 1);
  const r = readFile(ctx, ctx.resolve(file));
  if (!r.ok) {
    // open() of a directory succeeds; mmap() of it fails with ENODEV
    ctx.err(`look: ${file}: ${r.errno === 'EISDIR' ? 'No such device' : strerror(r.errno as FsError)}\n`);
    return 1;
  }
  const text = r.text;
  if (dflag) str = [...str].filter((c) => isalnum(c) || isblank(c)).join('');
  const len = str.length;
  const want = fflag ? str.toLowerCase() : str;
  // LESS (-1): the line sorts after the string; GREATER (1): before it
  const compare = (at: number): number => {
    let buf = '';
    for (let p = at, i = len; p < text.length && text[p] !== '\n' && i; p++) {
      if (!dflag || isalnum(text[p]) || isblank(text[p])) {
        buf += text[p];
        i--;
      }
    }
    const a = fflag ? buf.toLowerCase() : buf;
    for (let k = 0; k < len; k++) {
      const x = k < a.length ? a.charCodeAt(k) : 0;
      const y = want.charCodeAt(k);
      if (x !== y) return x > y ? -1 : 1;
    }
    return 0;
  };
  const skip = (p: number, back: number) => {
    while (p < back && text[p++] !== '\n');
    return p;
  };
  let front = 0;
  let back = text.length;
  let p = skip(front + Math.floor((back - front) / 2), back);
  while (p < back && back > front) {
    if (compare(p) === 1) front = p;
    else back = p;
    p = skip(front + Math.floor((back - front) / 2), back);
  }
  back = text.length;
  let found = -1;
  while (front < back) {
    const c = compare(front);
    if (c === 0) {
      found = front;
      break;
    }
    if (c === -1) break;
    front = skip(front, back);
  }
  if (found < 0) return 1;
  let out = '';
  for (let at = found; at < back && compare(at) === 0; ) {
    const next = skip(at, back);
    out += text.slice(at, next);
    at = next;
  }
  ctx.out(out);
  return 0;
}

def({ name: 'look', summary: 'display lines beginning with a given string', spec, run: look });
