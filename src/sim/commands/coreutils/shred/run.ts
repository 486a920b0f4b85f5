// shred of GNU coreutils 8.32 (src/shred.c; options and help in spec.ts): each file overwritten -n N times (3)
// with shred.c's choice of random and fixed-pattern passes (genpattern), rounded up to a whole 4 KiB block unless
// -x, then zeros with -z; -u truncates it, renames it to shorter and shorter names of 0s and removes it. -v says
// each pass and rename. The random choices and data come from a generator seeded by the file's name and the time.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { strerror } from '../../../fs';
import { canWrite } from '../../../util';
import { fromBytes, toBytes } from '../../lib/bytes';
import { fileSize } from '../../lib/inode';
import { quote, quotef } from '../lib/quote';
import { fnv32a } from '../../../hash';

const PATTERNS = [
  -2, 2, 0x000, 0xfff, 2, 0x555, 0xaaa, -1, 6, 0x249, 0x492, 0x6db, 0x924, 0xb6d, 0xdb6, 12, 0x111, 0x222, 0x333, 0x444, 0x666, 0x777, 0x888,
  0x999, 0xbbb, 0xccc, 0xddd, 0xeee, -1, 8, 0x1000, 0x1249, 0x1492, 0x16db, 0x1924, 0x1b6d, 0x1db6, 0x1fff, 14, 0x1111, 0x1222, 0x1333, 0x1444,
  0x1555, 0x1666, 0x1777, 0x1888, 0x1999, 0x1aaa, 0x1bbb, 0x1ccc, 0x1ddd, 0x1eee, -1, 0,
];
const NAMESET = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_.';

/** A small generator (xorshift32) seeded from a string: the simulator's stand-in for /dev/urandom here. */
function generator(seed: string): (n: number) => number {
  let x = fnv32a(seed) || 1;
  return (n) => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x % n;
  };
}

/** genpattern: the passes (-1 random, else a pattern) for `num` iterations. */
function genpattern(num: number, choose: (n: number) => number): number[] {
  if (!num) return [];
  const dest: number[] = [];
  let randpasses = 0;
  let n = num;
  let p = 0;
  for (;;) {
    let k = PATTERNS[p++];
    if (!k) p = 0;
    else if (k < 0) {
      k = -k;
      if (k >= n) {
        randpasses += n;
        break;
      }
      randpasses += k;
      n -= k;
    } else if (k <= n) {
      dest.push(...PATTERNS.slice(p, p + k));
      p += k;
      n -= k;
    } else if (n < 2 || 3 * n < k) {
      randpasses += n;
      break;
    } else {
      do {
        if (n === k || choose(k) < n) {
          dest.push(PATTERNS[p]);
          n--;
        }
        p++;
        k--;
      } while (n);
      break;
    }
  }
  let top = num - randpasses;
  randpasses--;
  let accum = randpasses;
  for (n = 0; n < num; n++) {
    if (accum <= randpasses) {
      accum += num - 1;
      dest[top++] = dest[n];
      dest[n] = -1;
    } else {
      const swap = n + choose(top - n);
      [dest[n], dest[swap]] = [dest[swap], dest[n]];
    }
    accum -= randpasses;
  }
  return dest.slice(0, num);
}

/** fillpattern's first three bytes (the pass's name) and the data of `size` bytes. */
function fill(type: number, size: number): { name: string; data: Uint8Array } {
  let bits = type & 0xfff;
  bits |= bits << 12;
  const r = [(bits >> 4) & 255, (bits >> 8) & 255, bits & 255];
  const data = new Uint8Array(size);
  for (let i = 0; i < size; i++) data[i] = r[i % 3];
  if (type & 0x1000) for (let i = 0; i < size; i += 512) data[i] ^= 0x80;
  return { name: r.map((b) => b.toString(16).padStart(2, '0')).join(''), data };
}

export function* run(ctx: CommandContext): CommandRun {
  let force = false;
  let iterations = 3;
  let size = -1;
  let remove = 'none' as 'none' | 'unlink' | 'wipe' | 'wipesync';
  let verbose = false;
  let exact = false;
  let zero = false;
  for (const o of ctx.opts!.list) {
    const v = String(o.value);
    if (o.key === 'force') force = true;
    else if (o.key === 'iterations') {
      if (!/^\s*\+?\d+$/.test(v)) {
        ctx.err(`shred: invalid number of passes: ${quote(v)}\n`);
        return 1;
      }
      iterations = Number(v);
    } else if (o.key === 'size') {
      const m = /^\s*(\d+)([cbBkKMGTPEZY]?)$/.exec(v);
      if (!m) {
        ctx.err(`shred: invalid file size: ${quote(v)}\n`);
        return 1;
      }
      size = Number(m[1]) * ({ '': 1, c: 1, b: 512, B: 1024, k: 1024, K: 1024, M: 2 ** 20, G: 2 ** 30, T: 2 ** 40, P: 2 ** 50, E: 2 ** 60, Z: 2 ** 70, Y: 2 ** 80 } as Record<string, number>)[m[2]];
    } else if (o.key === 'remove') {
      if (o.value === true) remove = 'wipesync';
      else {
        const all = ['unlink', 'wipe', 'wipesync'];
        const hits = all.filter((a) => a.startsWith(v));
        const pick = all.includes(v) ? v : hits.length === 1 ? hits[0] : null;
        if (!pick) {
          ctx.err(`shred: ${hits.length > 1 ? 'ambiguous' : 'invalid'} argument ${quote(v)} for ‘--remove’\nValid arguments are:\n  - ‘unlink’\n  - ‘wipe’\n  - ‘wipesync’\nTry 'shred --help' for more information.\n`);
          return 1;
        }
        remove = pick as typeof remove;
      }
    } else if (o.key === 'verbose') verbose = true;
    else if (o.key === 'exact') exact = true;
    else if (o.key === 'zero') zero = true;
  }
  const fs = ctx.host.fs;
  const say = (s: string) => ctx.err(`shred: ${s}\n`);
  let ok = true;
  for (const file of ctx.operands ?? []) {
    const q = quotef(file);
    const abs = ctx.resolve(file);
    const node = file === '-' ? null : fs.get(abs);
    const fail = (e: Parameters<typeof strerror>[0]) => {
      say(`${q}: failed to open for writing: ${strerror(e)}`);
      ok = false;
    };
    if (file === '-' || (node?.type === 'file' && (node.mode & 0o170000) !== 0 && (node.mode & 0o170000) !== 0o100000)) {
      say(`${q}: invalid file type`);
      ok = false;
      continue;
    }
    if (!node) {
      fail(fs.lookup(fs.dirname(abs)) === 'ENOTDIR' ? 'ENOTDIR' : 'ENOENT');
      continue;
    }
    if (node.type === 'dir') {
      fail('EISDIR');
      continue;
    }
    if (node.type !== 'file') continue;
    if (!canWrite(ctx.frame.user, abs) || (!(node.mode & 0o200) && ctx.frame.user !== 'root' && !force)) {
      fail('EACCES');
      continue;
    }
    const choose = generator(`${abs}\0${ctx.world.now}`);
    const passes = genpattern(iterations, choose);
    const n = iterations + (zero ? 1 : 0);
    const st = fileSize(node);
    let total = size >= 0 ? size : exact || st % 4096 === 0 ? st : st + 4096 - (st % 4096);
    let data: Uint8Array = new Uint8Array(total);
    for (let i = 0; i < n; i++) {
      const type = i < iterations ? passes[i] : 0;
      if (type < 0) {
        for (let b = 0; b < total; b++) data[b] = choose(256);
        if (verbose) say(`${q}: pass ${i + 1}/${n} (random)...`);
      } else {
        const f = fill(type, total);
        data = f.data;
        if (verbose) say(`${q}: pass ${i + 1}/${n} (${f.name})...`);
      }
    }
    // what was written replaces the start of the file; a given -s shorter than the file leaves the rest
    const before = fs.readFile(abs);
    const tail = size >= 0 && size < st && before.ok ? toBytes(before.text).subarray(size) : new Uint8Array();
    const out = new Uint8Array(data.length + tail.length);
    out.set(data);
    out.set(tail, data.length);
    total = out.length;
    fs.write(abs, fromBytes(out));
    if (remove === 'none') continue;
    fs.write(abs, '');
    if (verbose) say(`${q}: removing`);
    let old = abs;
    let oldShown = file;
    const slash = file.lastIndexOf('/', file.replace(/\/+$/, '').length - 1);
    const dirPart = slash >= 0 ? file.slice(0, slash + 1) : '';
    const baseLen = file.slice(dirPart.length).replace(/\/+$/, '').length;
    let first = true;
    if ((remove as string) !== 'unlink')
      for (let len = baseLen; len > 0; len--) {
        const name = [...NAMESET[0].repeat(len)];
        let renamed = false;
        for (;;) {
          const target = ctx.resolve(dirPart + name.join(''));
          if (!fs.lget(target)) {
            fs.copy(old, target, true);
            fs.remove(old);
            renamed = true;
            if (verbose) say(`${first ? q : oldShown}: renamed to ${dirPart}${name.join('')}`);
            first = false;
            old = target;
            oldShown = dirPart + name.join('');
            break;
          }
          // incname: the next name of the same length
          let k = len;
          while (k--) {
            const at = NAMESET.indexOf(name[k]);
            if (at + 1 < NAMESET.length) {
              name[k] = NAMESET[at + 1];
              break;
            }
            name[k] = NAMESET[0];
          }
          if (k < 0) break;
        }
        if (!renamed) continue;
      }
    fs.remove(old);
    if (verbose) say(`${q}: removed`);
  }
  return ok ? 0 : 1;
}
