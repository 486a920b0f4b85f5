// What libmagic 5.39 says about a file's bytes, following file_buffer() of src/funcs.c at FILE5_39: the encoding
// (src/encoding.c), tar (src/is_tar.c), JSON (src/is_json.c), CSV (src/is_csv.c), then the magic entries of
// magic/Magdir the world's files can meet (compress: gzip, bzip2, XZ; archive: cpio; ssl: PEM; ssh: OpenSSH keys; commands, python, perl,
// sgml, varied.script: scripts and XML), then the text properties (src/ascmagic.c). DIFFERENCES.md lists what is
// left out.
import { json } from './json';

export interface Verdict {
  /** The description (`ASCII text`). */
  desc: string;
  /** The MIME type (`text/plain`). */
  mime: string;
  /** The MIME encoding (`us-ascii`, `binary`). */
  enc: string;
}

const F = 0;
const T = 1;
const I = 2;
const X = 3;
/** text_chars[] of src/encoding.c. */
const CLASS = new Uint8Array(256);
for (let c = 0; c < 256; c++) {
  if (c >= 0x20 && c < 0x7f) CLASS[c] = T;
  else if ((c >= 7 && c <= 13) || c === 0x1b || c === 0x85) CLASS[c] = T;
  else if (c >= 0xa0) CLASS[c] = I;
  else if (c >= 0x80) CLASS[c] = X;
  else CLASS[c] = F;
}

/** file_looks_utf8(): -1 not UTF-8, 0 UTF-8 with control characters, 1 plain ASCII, 2 UTF-8 with a multibyte character. */
function looksUtf8(b: Uint8Array, from = 0): number {
  let ctrl = false;
  let gotone = false;
  for (let i = from; i < b.length; i++) {
    const c = b[i];
    if ((c & 0x80) === 0) {
      if (CLASS[c] !== T) ctrl = true;
    } else if ((c & 0x40) === 0) return -1;
    else {
      const following = (c & 0x20) === 0 ? 1 : (c & 0x10) === 0 ? 2 : (c & 0x08) === 0 ? 3 : (c & 0x04) === 0 ? 4 : (c & 0x02) === 0 ? 5 : -1;
      if (following < 0) return -1;
      for (let n = 0; n < following; n++) {
        i++;
        if (i >= b.length) return ctrl ? 0 : gotone ? 2 : 1;
        if ((b[i] & 0x80) === 0 || b[i] & 0x40) return -1;
      }
      gotone = true;
    }
  }
  return ctrl ? 0 : gotone ? 2 : 1;
}

const all = (b: Uint8Array, ok: (k: number) => boolean) => b.every((c) => ok(CLASS[c]));

/** file_encoding(): the code for the description, its MIME charset, and whether the bytes look like text. */
export function encoding(b: Uint8Array): { code: string; mime: string; text: boolean } {
  if (all(b, (k) => k === T)) return { code: 'ASCII', mime: 'us-ascii', text: true };
  if (b.length > 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf && looksUtf8(b, 3) > 0) return { code: 'UTF-8 Unicode (with BOM)', mime: 'utf-8', text: true };
  if (looksUtf8(b) > 1) return { code: 'UTF-8 Unicode', mime: 'utf-8', text: true };
  if (all(b, (k) => k === T || k === I)) return { code: 'ISO-8859', mime: 'iso-8859-1', text: true };
  if (all(b, (k) => k !== F)) return { code: 'Non-ISO extended-ASCII', mime: 'unknown-8bit', text: true };
  return { code: '', mime: 'binary', text: false };
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const p2 = (n: number) => String(n).padStart(2, '0');

/** file_fmttime() for a UTC date: asctime() without its newline. */
export function asctime(seconds: number): string {
  const d = new Date(seconds * 1000);
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2)} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())} ${d.getUTCFullYear()}`;
}

const OS = ['from FAT filesystem (MS-DOS, OS/2, NT)', 'from Amiga', 'from VMS', 'from Unix', 'from VM/CMS', 'from Atari', 'from HPFS filesystem (OS/2, NT)', 'from MacOS', 'from Z-System', 'from CP/M', 'from TOPS/20', 'from NTFS filesystem (NT)', 'from QDOS', 'from Acorn RISCOS'];
const le32 = (b: Uint8Array, at: number) => (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;

/** magic/Magdir/compress: gzip and its gzip-info; `size` adds 5.39's "-0 offset" lines (the file's own size). */
export function gzipInfo(b: Uint8Array, size: boolean): string {
  const flags = b[3];
  let s = 'gzip compressed data';
  if (b[2] < 8) s += ', reserved method';
  if (b[2] > 8) s += ', unknown method';
  if (flags & 1) s += ', ASCII';
  if (flags & 2) s += ', has CRC';
  if (flags & 4) s += ', extra field';
  if ((flags & 0xc) === 0x08) {
    const end = b.indexOf(0, 10);
    s += `, was "${new TextDecoder('latin1').decode(b.subarray(10, end < 0 ? b.length : end))}"`;
  }
  if (flags & 0x10) s += ', has comment';
  if (flags & 0x20) s += ', encrypted';
  const mtime = le32(b, 4);
  if (mtime > 0 && mtime < 0x80000000) s += `, last modified: ${asctime(mtime)}`;
  if (b[8] === 2) s += ', max compression';
  if (b[8] === 4) s += ', max speed';
  if (b[9] < OS.length) s += ', ' + OS[b[9]];
  if (size) {
    if (b.length > 48) s += `, original size modulo 2^32 ${le32(b, b.length - 4)}`;
    else if (b.length < 48) s += ', truncated';
  }
  return s;
}

/** is_tar(): 3 GNU, 2 POSIX, 1 old tar, 0 none (the header's checksum must agree). */
function isTar(b: Uint8Array): number {
  if (b.length < 512) return 0;
  const field = new TextDecoder('latin1').decode(b.subarray(148, 156));
  const m = /^ *([0-7]+)/.exec(field);
  if (!m) return 0;
  let sum = 0;
  for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 0x20 : b[i];
  if (sum !== parseInt(m[1], 8)) return 0;
  const magic = new TextDecoder('latin1').decode(b.subarray(257, 265));
  if (magic === 'ustar  \0') return 3;
  if (magic.startsWith('ustar\0')) return 2;
  return 1;
}
const TAR = ['tar archive', 'POSIX tar archive', 'POSIX tar archive (GNU)'];

/** csv_parse() of is_csv.c (CSV_LINES 10). */
function isCsv(b: Uint8Array): boolean {
  let nf = 0;
  let tf = 0;
  let nl = 0;
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (c === 0x22) {
      // eatquote: until a quote not doubled
      for (i++; i < b.length; i++) {
        if (b[i] === 0x22) {
          if (b[i + 1] === 0x22) i++;
          else break;
        }
      }
    } else if (c === 0x2c) nf++;
    else if (c === 0x0a) {
      nl++;
      if (nl === 10) return tf !== 0 && tf === nf;
      if (tf === 0) {
        if (nf === 0) return false;
        tf = nf;
      } else if (tf !== nf) return false;
      nf = 0;
    }
  }
  return tf !== 0 && nl > 2;
}

const starts = (b: Uint8Array, s: string, at = 0) => {
  if (b.length < at + s.length) return false;
  for (let i = 0; i < s.length; i++) if (b[at + i] !== s.charCodeAt(i)) return false;
  return true;
};

/** Binary-pass entries whose description stands alone (string tests without /t): [prefix, description, mime]. */
const BINARY: [string, string, string][] = [
  ['-----BEGIN CERTIFICATE-----', 'PEM certificate', 'text/plain'],
  ['-----BEGIN CERTIFICATE REQ', 'PEM certificate request', 'text/plain'],
  ['-----BEGIN RSA PRIVATE', 'PEM RSA private key', 'text/plain'],
  ['-----BEGIN DSA PRIVATE', 'PEM DSA private key', 'text/plain'],
  ['-----BEGIN EC PRIVATE', 'PEM EC private key', 'text/plain'],
  ['-----BEGIN ECDSA PRIVATE', 'PEM ECDSA private key', 'text/plain'],
  ['-----BEGIN OPENSSH PRIVATE KEY-----', 'OpenSSH private key', 'text/plain'],
  ['ssh-dss ', 'OpenSSH DSA public key', 'text/plain'],
  ['ssh-rsa ', 'OpenSSH RSA public key', 'text/plain'],
  ['ecdsa-sha2-nistp256', 'OpenSSH ECDSA public key', 'text/plain'],
  ['ecdsa-sha2-nistp384', 'OpenSSH ECDSA public key', 'text/plain'],
  ['ecdsa-sha2-nistp521', 'OpenSSH ECDSA public key', 'text/plain'],
  ['ssh-ed25519', 'OpenSSH ED25519 public key', 'text/plain'],
  ['#!/usr/bin/env perl', 'Perl script text executable', 'text/x-perl'],
  ['#! /usr/bin/env perl', 'Perl script text executable', 'text/x-perl'],
];

const CPIO: [string, string][] = [
  ['070707', 'ASCII cpio archive (pre-SVR4 or odc)'],
  ['070701', 'ASCII cpio archive (SVR4 with no CRC)'],
  ['070702', 'ASCII cpio archive (SVR4 with CRC)'],
];

/** Interpreters of magic/Magdir/commands (string/wt "#!\ /path": blanks after #! optional). */
const SHELLS: [string, string, string][] = [
  ['/bin/sh', 'POSIX shell script', 'text/x-shellscript'],
  ['/bin/csh', 'C shell script', 'text/x-shellscript'],
  ['/bin/ksh', 'Korn shell script', 'text/x-shellscript'],
  ['/bin/tcsh', 'Tenex C shell script', 'text/x-shellscript'],
  ['/usr/bin/tcsh', 'Tenex C shell script', 'text/x-shellscript'],
  ['/bin/zsh', "Paul Falstad's zsh script", 'text/x-shellscript'],
  ['/usr/bin/zsh', "Paul Falstad's zsh script", 'text/x-shellscript'],
  ['/bin/gawk', 'GNU awk script', 'text/x-gawk'],
  ['/usr/bin/gawk', 'GNU awk script', 'text/x-gawk'],
  ['/bin/awk', 'awk script', 'text/x-awk'],
  ['/usr/bin/awk', 'awk script', 'text/x-awk'],
  ['/bin/bash', 'Bourne-Again shell script', 'text/x-shellscript'],
  ['/usr/bin/bash', 'Bourne-Again shell script', 'text/x-shellscript'],
  ['/usr/bin/env bash', 'Bourne-Again shell script', 'text/x-shellscript'],
  ['/usr/bin/fish', 'fish shell script', 'text/x-shellscript'],
  ['/usr/bin/env fish', 'fish shell script', 'text/x-shellscript'],
];

/** The text-pass entries: a description ending in " text" or " text executable" and its MIME type, or null. */
function textMagic(b: Uint8Array): { desc: string; mime: string } | null {
  const head = new TextDecoder('latin1').decode(b.subarray(0, Math.min(b.length, 4096)));
  const line = head.split(/[\n\r]/)[0];
  if (line.startsWith('#!')) {
    const rest = line.slice(2).replace(/^[ \t]+/, '');
    for (const [path, desc, mime] of SHELLS) if (rest.startsWith(path)) return { desc: desc + ' text executable', mime };
    if (/^\/usr(\/local)?\/bin\/python/.test(rest) || /^\/usr\/bin\/env python/.test(rest)) return { desc: 'Python script text executable', mime: 'text/x-script.python' };
    if (/^#!.*\/bin\/perl([\s].*)*$/.test(line)) return null; // the binary pass's Perl entry (regex)
    // varied.script: "#!/usr/bin/env X" then "#! /X", "#!/X"
    const env = /^#!( ?)\/usr\/bin\/env(.*)$/.exec(line);
    if (env) {
      const s = line.slice(env[1] ? 16 : 15);
      if (s.length) return { desc: `a ${s} script text executable`, mime: 'text/plain' };
    }
    const abs = /^#!( ?)(\/.*)$/.exec(line);
    if (abs) return { desc: `a ${abs[2]} script text executable`, mime: 'text/plain' };
  }
  const xml = /^<\?xml version=["']/.exec(head);
  if (xml) return { desc: `XML ${head.slice(15, 18)} document text`, mime: 'text/xml' };
  if (/^\s?<\?xml/i.test(head) && head.startsWith('<?xml')) return { desc: 'XML document text', mime: 'text/xml' };
  return null;
}

/** FILE_BYTES_MAX of src/file.h (5.39). */
const BYTES_MAX = 1024 * 1024;

/** The line properties ascmagic adds after the encoding. */
function lineInfo(b: Uint8Array): string {
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  let nel = 0;
  let seenCr = false;
  let last = -1;
  let long = false;
  let esc = false;
  let bs = false;
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (c === 0x0a) {
      if (seenCr) crlf++;
      else lf++;
      last = i;
    } else if (seenCr) cr++;
    seenCr = c === 0x0d;
    if (seenCr) last = i;
    if (c === 0x85) {
      nel++;
      last = i;
    }
    if (i > last + 300) long = true;
    if (c === 0x1b) esc = true;
    if (c === 0x08) bs = true;
  }
  // the final CR counts unless the read stopped at FILE_BYTES_MAX (an LF may follow)
  if (seenCr && b.length < BYTES_MAX) cr++;
  let s = long ? ', with very long lines' : '';
  if (!crlf && !cr && !nel && !lf) s += ', with no line terminators';
  else if (crlf || cr || nel) {
    const kinds = [crlf && 'CRLF', cr && 'CR', lf && 'LF', nel && 'NEL'].filter(Boolean);
    s += `, with ${kinds.join(', ')} line terminators`;
  }
  if (esc) s += ', with escape sequences';
  if (bs) s += ', with overstriking';
  return s;
}

/** What file_buffer() makes of the bytes of a regular file. `expand` is -z: gunzip's output for a gzip file. */
export function classify(whole: Uint8Array, expand?: (b: Uint8Array) => Uint8Array | null): Verdict {
  // file reads the first FILE_BYTES_MAX (1 MiB) bytes; gzip's trailer is read from the end of the file
  const raw = whole.length > BYTES_MAX ? whole.subarray(0, BYTES_MAX) : whole;
  if (raw.length === 0) return { desc: 'empty', mime: 'inode/x-empty', enc: 'binary' };
  if (raw.length === 1) return { desc: 'very short file (no magic)', mime: 'application/octet-stream', enc: 'binary' };
  const enc = encoding(raw);
  const gzip = raw[0] === 0x1f && raw[1] === 0x8b;
  if (gzip && expand) {
    const inner = expand(whole);
    if (inner) {
      const v = classify(inner);
      return { desc: `${v.desc} (${gzipInfo(whole, false)})`, mime: `${v.mime}; charset=${v.enc} compressed-encoding=application/gzip`, enc: 'binary' };
    }
  }
  const tar = isTar(raw);
  if (tar) return { desc: TAR[tar - 1], mime: 'application/x-tar', enc: enc.mime };
  if (json(raw)) return { desc: 'JSON data', mime: 'application/json', enc: enc.mime };
  if (enc.text && isCsv(raw)) return { desc: 'CSV text', mime: 'application/csv', enc: enc.mime };
  if (gzip) return { desc: gzipInfo(whole, true), mime: 'application/gzip', enc: 'binary' };
  // magic/Magdir/compress (bzip2, XZ) and archive (cpio: the binary header as a host-order short, then the ASCII ones)
  if (starts(raw, 'BZh')) return { desc: `bzip2 compressed data${raw.length > 3 && raw[3] > 47 ? `, block size = ${String.fromCharCode(raw[3])}00k` : ''}`, mime: 'application/x-bzip2', enc: 'binary' };
  if (starts(raw, '\xfd7zXZ\x00')) return { desc: 'XZ compressed data', mime: 'application/x-xz', enc: 'binary' };
  // magic/Magdir/archive (5.39): an empty archive's end record; the generic zip rule, its version from `zipversion`
  if (starts(raw, 'PK\x05\x06')) return { desc: 'Zip archive data (empty)', mime: 'application/zip', enc: 'binary' };
  if (starts(raw, 'PK\x03\x04') && raw.length > 4) return { desc: `Zip archive data, at least v${Math.floor(raw[4] / 10)}.${raw[4] % 10} to extract`, mime: 'application/zip', enc: 'binary' };
  if (raw[0] === 0xc7 && raw[1] === 0x71) return { desc: 'cpio archive', mime: 'application/x-cpio', enc: enc.mime };
  for (const [m, desc] of CPIO) if (starts(raw, m)) return { desc, mime: enc.text ? 'text/plain' : 'application/octet-stream', enc: enc.mime };
  for (const [prefix, desc, mime] of BINARY) if (starts(raw, prefix)) return { desc, mime, enc: enc.mime };
  const head = new TextDecoder('latin1').decode(raw.subarray(0, raw.indexOf(0x0a) < 0 ? raw.length : raw.indexOf(0x0a)));
  if (/^#!.*\/bin\/perl(\s.*)?$/.test(head)) return { desc: 'Perl script text executable', mime: 'text/x-perl', enc: enc.mime };
  if (!enc.text) return { desc: 'data', mime: 'application/octet-stream', enc: 'binary' };
  let b = raw;
  let n = b.length;
  while (n > 0 && b[n - 1] === 0) n--;
  b = b.subarray(0, n);
  const soft = textMagic(b);
  let desc = '';
  let executable = false;
  if (soft) {
    if (soft.desc.endsWith(' text executable')) {
      desc = soft.desc.slice(0, -' text executable'.length) + ', ';
      executable = true;
    } else if (soft.desc.endsWith(' text')) desc = soft.desc.slice(0, -' text'.length) + ', ';
    else desc = soft.desc + ', ';
  }
  desc += `${enc.code} text${executable ? ' executable' : ''}${lineInfo(b)}`;
  return { desc, mime: soft?.mime ?? 'text/plain', enc: enc.mime };
}
