// md5sum, sha1sum, sha224sum, sha256sum, sha384sum, sha512sum and b2sum of GNU coreutils 8.32 (src/md5sum.c built
// once per algorithm; options and help in each spec.ts; b2sum's -l BITS and `BLAKE2b-BITS (FILE) = ` tags):
// `DIGEST  FILE` lines (` *` with -b, `ALGO (FILE) = DIGEST` with --tag, names with a backslash or newline escaped
// behind a leading `\`), and -c: each listed file `: OK` or `: FAILED`, then the WARNING summary on stderr.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { readFile } from '../../lib/files';
import { strerror } from '../../../fs';
import { quotef } from '../lib/quote';
import { DIGESTS, type Algo } from './digest';
import { blake2b } from './blake2b';
import { toBytes } from '../../lib/bytes';

const TYPE: Record<Algo, string> = { md5: 'MD5', sha1: 'SHA1', sha224: 'SHA224', sha256: 'SHA256', sha384: 'SHA384', sha512: 'SHA512', blake2b: 'BLAKE2' };
const BITS: Record<Algo, number> = { md5: 128, sha1: 160, sha224: 224, sha256: 256, sha384: 384, sha512: 512, blake2b: 512 };

/** xstrtoumax with base 0 (a length in a `BLAKE2b-LEN` tag): the number and where it ends, or null. */
function cNumber(s: string): { n: number; len: number } | null {
  const m = /^\s*(?:0[xX]([0-9a-fA-F]+)|(0[0-7]*)|([1-9]\d*))/.exec(s);
  if (!m) return null;
  const n = m[1] !== undefined ? parseInt(m[1], 16) : m[2] !== undefined ? parseInt(m[2], 8) : Number(m[3]);
  return { n, len: m[0].length };
}

const isWhite = (c: string | undefined) => c === ' ' || c === '\t';

/** filename_unescape: `\\n` → newline, `\\\\` → backslash; null for any other escape or a trailing backslash. */
function unescape(s: string): string | null {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    if (s[i] !== '\\') out += s[i];
    else if (s[i + 1] === 'n') (out += '\n'), i++;
    else if (s[i + 1] === '\\') (out += '\\'), i++;
    else return null;
  }
  return out;
}

const escapeName = (s: string) => s.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');

export function digestRun(name: string, algo: Algo) {
  const type = TYPE[algo];
  const blake = algo === 'blake2b';
  const isHex = (h: string, len: number) => h.length === len && /^[0-9a-fA-F]+$/.test(h);

  return function* run(ctx: CommandContext): CommandRun {
    let check = false;
    let binary = -1;
    let tag = false;
    let zero = false;
    let statusOnly = false;
    let warn = false;
    let quiet = false;
    let strict = false;
    let ignoreMissing = false;
    let length = 0;
    let lengthArg = '';
    for (const o of ctx.opts!.list) {
      if (o.key === 'binary') binary = 1;
      else if (o.key === 'text') binary = 0;
      else if (o.key === 'check') check = true;
      else if (o.key === 'status') [statusOnly, warn, quiet] = [true, false, false];
      else if (o.key === 'warn') [statusOnly, warn, quiet] = [false, true, false];
      else if (o.key === 'quiet') [statusOnly, warn, quiet] = [false, false, true];
      else if (o.key === 'ignore-missing') ignoreMissing = true;
      else if (o.key === 'strict') strict = true;
      else if (o.key === 'tag') [tag, binary] = [true, 1];
      else if (o.key === 'zero') zero = true;
      else if (o.key === 'length') {
        // xdectoumax, then a multiple of 8
        const v = String(o.value ?? '');
        if (!/^\s*\+?\d+$/.test(v)) {
          ctx.err(`${name}: invalid length: ‘${v}’\n`);
          return 1;
        }
        length = Number(v.trim());
        lengthArg = v;
        if (!Number.isSafeInteger(length)) {
          ctx.err(`${name}: invalid length: ‘${v}’: Numerical result out of range\n`);
          return 1;
        }
        if (length % 8) {
          ctx.err(`${name}: invalid length: ‘${v}’\n${name}: length is not a multiple of 8\n`);
          return 1;
        }
      }
    }
    if (length > 512) {
      ctx.err(`${name}: invalid length: ‘${lengthArg}’\n${name}: maximum digest length for ‘blake2b’ is 512 bits\n`);
      return 1;
    }
    const bits = length || BITS[algo];
    const usage = (msg: string) => {
      ctx.err(`${name}: ${msg}\nTry '${name} --help' for more information.\n`);
      return 1;
    };
    if (tag && !binary) return usage('--tag does not support --text mode');
    if (zero && check) return usage('the --zero option is not supported when verifying checksums');
    if (tag && check) return usage('the --tag option is meaningless when verifying checksums');
    if (binary >= 0 && check) return usage('the --binary and --text options are meaningless when verifying checksums');
    if (ignoreMissing && !check) return usage('the --ignore-missing option is meaningful only when verifying checksums');
    if (statusOnly && !check) return usage('the --status option is meaningful only when verifying checksums');
    if (warn && !check) return usage('the --warn option is meaningful only when verifying checksums');
    if (quiet && !check) return usage('the --quiet option is meaningful only when verifying checksums');
    if (strict && !check) return usage('the --strict option is meaningful only when verifying checksums');
    if (binary < 0) binary = 0;

    let stdinUsed = false;
    /** The file's digest, or null after printing why it could not be read ('missing' when absent and ignored). */
    const digestOf = (file: string, size = bits): string | null | 'missing' => {
      let text: string;
      if (file === '-') {
        text = stdinUsed ? '' : (ctx.stdin ?? '');
        stdinUsed = true;
      } else {
        const r = readFile(ctx, ctx.resolve(file));
        if (!r.ok) {
          if (ignoreMissing && r.errno === 'ENOENT') return 'missing';
          ctx.err(`${name}: ${quotef(file)}: ${strerror(r.errno)}\n`);
          return null;
        }
        text = r.text;
      }
      return algo === 'blake2b' ? blake2b(toBytes(text), size / 8) : DIGESTS[algo](toBytes(text));
    };

    // split_3: `HEX  NAME`, `HEX *NAME`, `HEX NAME` (BSD reversed, decided by the first such line) or `TYPE (NAME) = HEX`
    let bsdReversed = -1;
    const split = (s: string): { hex: string; file: string; bits: number } | null => {
      let i = 0;
      while (isWhite(s[i])) i++;
      let escaped = false;
      if (s[i] === '\\') {
        i++;
        escaped = true;
      }
      if (s.startsWith(type, i)) {
        let size = BITS[algo];
        if (blake) {
          // BLAKE2b, BLAKE2b-LEN: the name (argmatch takes a unique prefix of BLAKE2b), then its length
          const start = i;
          while (i < s.length && !isWhite(s[i]) && s[i] !== '-' && s[i] !== '(') i++;
          if (!'BLAKE2b'.startsWith(s.slice(start, i))) return null;
          const lengthGiven = s[i] === '-';
          if (s[i] !== '(') i++;
          if (lengthGiven) {
            const c = cNumber(s.slice(i));
            if (!c || c.n <= 0 || c.n > 512 || c.n % 8) return null;
            i += c.len;
            size = c.n;
          }
        } else i += type.length;
        if (s[i] === ' ') i++;
        if (s[i] !== '(') return null;
        const rest = s.slice(i + 1);
        const close = rest.lastIndexOf(')');
        if (close < 0) return null;
        let file: string | null = rest.slice(0, close);
        if (escaped) file = unescape(file);
        if (file === null) return null;
        const m = /^[ \t]*=[ \t]*(.*)$/.exec(rest.slice(close + 1));
        if (!m || !isHex(m[1], size / 4)) return null;
        return { hex: m[1], file, bits: size };
      }
      if (s.length - i < (blake ? 3 : BITS[algo] / 4 + 2) + (s[i] === '\\' ? 1 : 0)) return null;
      // b2sum: the length is that of the leading hex digits
      const hexLen = blake ? /^[0-9a-fA-F]*/.exec(s.slice(i))![0].length : BITS[algo] / 4;
      if (blake && (hexLen < 2 || hexLen % 2 || hexLen > 128)) return null;
      const hex = s.slice(i, i + hexLen);
      i += hexLen;
      if (!isWhite(s[i])) return null;
      i++;
      if (!isHex(hex, hexLen)) return null;
      if (s.length - i === 1 || (s[i] !== ' ' && s[i] !== '*')) {
        if (bsdReversed === 0) return null;
        bsdReversed = 1;
      } else if (bsdReversed !== 1) {
        bsdReversed = 0;
        i++;
      }
      const file = escaped ? unescape(s.slice(i)) : s.slice(i);
      return file === null ? null : { hex, file, bits: hexLen * 4 };
    };

    const checkFile = (listName: string): boolean => {
      let text: string;
      const isStdin = listName === '-';
      const shown = isStdin ? 'standard input' : listName;
      if (isStdin) {
        text = stdinUsed ? '' : (ctx.stdin ?? '');
        stdinUsed = true;
      } else {
        const r = readFile(ctx, ctx.resolve(listName));
        if (!r.ok) {
          ctx.err(`${name}: ${quotef(listName)}: ${strerror(r.errno)}\n`);
          return false;
        }
        text = r.text;
      }
      let misformatted = 0;
      let mismatched = 0;
      let unread = 0;
      let proper = false;
      let matched = false;
      const lines = text.split('\n');
      if (lines[lines.length - 1] === '') lines.pop();
      lines.forEach((line, n) => {
        if (line.startsWith('#')) return;
        const p = split(line);
        if (!p || (isStdin && p.file === '-')) {
          misformatted++;
          if (warn) ctx.err(`${name}: ${quotef(shown)}: ${n + 1}: improperly formatted ${type} checksum line\n`);
          return;
        }
        const escape = !statusOnly && p.file.includes('\n');
        const label = (escape ? '\\' : '') + (escape ? escapeName(p.file) : p.file);
        proper = true;
        const d = digestOf(p.file, p.bits);
        if (d === null) {
          unread++;
          if (!statusOnly) ctx.out(`${label}: FAILED open or read\n`);
        } else if (d === 'missing') {
          // --ignore-missing: nothing to say
        } else {
          const same = d === p.hex.toLowerCase();
          if (same) matched = true;
          else mismatched++;
          if (!statusOnly) {
            if (!same) ctx.out(`${label}: FAILED\n`);
            else if (!quiet) ctx.out(`${label}: OK\n`);
          }
        }
      });
      if (!proper) ctx.err(`${name}: ${quotef(shown)}: no properly formatted ${type} checksum lines found\n`);
      else if (!statusOnly) {
        const plural = (n: number, one: string, many: string) => `${name}: WARNING: ${n} ${n === 1 ? one : many}\n`;
        if (misformatted) ctx.err(plural(misformatted, 'line is improperly formatted', 'lines are improperly formatted'));
        if (unread) ctx.err(plural(unread, 'listed file could not be read', 'listed files could not be read'));
        if (mismatched) ctx.err(plural(mismatched, 'computed checksum did NOT match', 'computed checksums did NOT match'));
        if (ignoreMissing && !matched) ctx.err(`${name}: ${quotef(shown)}: no file was verified\n`);
      }
      return proper && matched && mismatched === 0 && unread === 0 && (!strict || misformatted === 0);
    };

    const files = ctx.operands?.length ? ctx.operands : ['-'];
    let ok = true;
    for (const file of files) {
      if (check) {
        ok = checkFile(file) && ok;
        continue;
      }
      const d = digestOf(file);
      if (d === null || d === 'missing') {
        ok = false;
        continue;
      }
      const escape = /[\\\n]/.test(file) && !zero;
      const shown = escape ? escapeName(file) : file;
      const tagName = blake ? `BLAKE2b${bits < 512 ? `-${bits}` : ''}` : type;
      const line = tag ? `${tagName} (${shown}) = ${d}` : `${d} ${binary ? '*' : ' '}${shown}`;
      ctx.out((escape ? '\\' : '') + line + (zero ? '\0' : '\n'));
    }
    return ok ? 0 : 1;
  };
}
