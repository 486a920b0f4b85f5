// zip 3.0 (Info-ZIP, Rocky 9.5's zip-3.0-35.el9) over the guest's files: add and replace entries (-r recursing,
// -j junking paths, -D leaving directory entries out, -0 storing), -u and -f by time, -d deleting by wildcard,
// -q, -v, -h. zip writes its messages on standard output (mesg is stdout in zip.c), warnings as "\tzip warning: ..."
// and the fatal ones as "\nzip error: ... (ZIPFILE)" with ziperr()'s exit status (ZE_NONE 12, ZE_PARMS 16,
// ZE_FORM 3). The archive is a real ZIP file (format.ts), so file(1) and od see what zip wrote.
import type { CommandContext } from '../../context';
import type { CommandRun } from '../../types';
import { canWrite } from '../../util';
import { ownerOf } from '../../fs-owner';
import { findGroup, findUser } from '../lib/accounts';
import { fromBytes, toBytes } from '../lib/bytes';
import { readFile } from '../lib/files';
import { def } from '../lib/guest';
import { hasCommand } from '../lib/where';
import { loadFlate, makeEntry, percent, readZip, writeZip, type Entry } from './format';
import { HELP, VERSION_HEAD } from './help';
import { spec } from './spec';

const ZE_FORM = 3;
const ZE_NONE = 12;
const ZE_CREAT = 15;
const ZE_PARMS = 16;
const ZE_OPEN = 18;
const OPTS = 'rjqdufDvhm0123456789';

interface Opts {
  recurse: boolean;
  junk: boolean;
  quiet: boolean;
  del: boolean;
  update: boolean;
  freshen: boolean;
  noDirs: boolean;
  verbose: boolean;
  store: boolean;
}

/** What a name on the command line is stored as: no leading '/', './' or '../' (zip's ex2in()). */
function stored(name: string, junk: boolean, dir: boolean): string {
  let n = name.replace(/\/+/g, '/');
  while (/^(\.\.?\/|\/)/.test(n)) n = n.replace(/^(\.\.?\/|\/)/, '');
  n = n.replace(/\/$/, '');
  if (junk) n = n.slice(n.lastIndexOf('/') + 1);
  return dir ? `${n}/` : n;
}

/** zip's wildcards (MATCH_WILD): '*' and '?' match '/' too, [...] a class. */
function wild(p: string): RegExp {
  let re = '';
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '*') re += '.*';
    else if (c === '?') re += '.';
    else if (c === '[' && p.indexOf(']', i + 1) > i) {
      const j = p.indexOf(']', i + 1);
      re += `[${p.slice(i + 1, j).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
      i = j;
    } else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** DisplayNumString(): bytes below 1K as they are, else in K, M, G ... (one decimal, cut, below 10). */
function numString(n: number): string {
  if (n < 1024) return String(n);
  let v = n;
  let k = 0;
  while (v >= 1024 && k < 8) {
    v /= 1024;
    k++;
  }
  return `${v < 10 ? (Math.floor(v * 10) / 10).toFixed(1) : Math.floor(v)}${' KMGTPEZY'[k]}`;
}

const even = (sec: number) => Math.floor(sec / 2);

function* zip(ctx: CommandContext): CommandRun {
  const out: string[] = [];
  const say = (t: string) => out.push(t);
  const finish = (code: number) => {
    if (out.length) ctx.out(out.join(''));
    return code;
  };
  const o: Opts = { recurse: false, junk: false, quiet: false, del: false, update: false, freshen: false, noDirs: false, verbose: false, store: false };
  const words: string[] = [];
  let help = false;
  let ended = false;
  for (const w of ctx.args) {
    if (ended || w === '-' || !w.startsWith('-')) {
      words.push(w);
      continue;
    }
    if (w === '--') {
      ended = true;
      continue;
    }
    for (const c of w.slice(1)) {
      if (!OPTS.includes(c)) {
        say(`\nzip error: Invalid command arguments (short option '${c}' not supported)\n`);
        return finish(ZE_PARMS);
      }
      if (c === 'r') o.recurse = true;
      else if (c === 'j') o.junk = true;
      else if (c === 'q') o.quiet = true;
      else if (c === 'd') o.del = true;
      else if (c === 'u') o.update = true;
      else if (c === 'f') o.freshen = true;
      else if (c === 'D') o.noDirs = true;
      else if (c === 'v') o.verbose = true;
      else if (c === 'h') help = true;
      else if (c === '0') o.store = true;
    }
  }
  // zip alone on a terminal, or -h: help(); -v alone: version_info()
  if (help || (!ctx.args.length && ctx.tty)) {
    ctx.out(HELP);
    return 0;
  }
  if (o.verbose && ctx.args.length === 1) {
    ctx.out(VERSION_HEAD);
    return 0;
  }
  if (!words.length) {
    // zip would compress standard input to standard output: only the terminal's refusal is modelled (DIFFERENCES.md)
    say('\nzip error: Invalid command arguments (cannot write zip file to terminal)\n');
    return finish(ZE_PARMS);
  }
  yield { load: loadFlate };
  const fs = ctx.host.fs;
  const user = ctx.frame.user;
  let zipName = words[0];
  if (!zipName.slice(zipName.lastIndexOf('/') + 1).includes('.')) zipName += '.zip';
  const zabs = ctx.resolve(zipName);
  const names = words.slice(1);
  const cannotCreate = () => {
    say(`zip I/O error: Permission denied\nzip error: Could not create output file (${zipName})\n`);
    return finish(ZE_CREAT);
  };
  let entries: Entry[] = [];
  const warn = (t: string) => {
    if (!o.quiet) say(`\tzip warning: ${t}\n`);
  };
  const znode = fs.get(zabs);
  if (znode && znode.type === 'file') {
    const z = readFile(ctx, zabs);
    if (!z.ok) return cannotCreate();
    const read = readZip(toBytes(z.text));
    if (!read) {
      say('\tzip warning: missing end signature--probably not a zip file (did you\n');
      say('\tzip warning: remember to use binary mode when you transferred it?)\n');
      say('\tzip warning: (if you are trying to read a damaged archive try -F)\n');
      say(`\nzip error: Zip file structure invalid (${zipName})\n`);
      return finish(ZE_FORM);
    }
    entries = read;
  }
  if ((znode && !canWrite(user, zabs)) || (!znode && !canWrite(user, fs.dirname(zabs) + '/'))) return cannotCreate();
  if (!znode || znode.type !== 'file') {
    if (o.del || o.freshen) warn(`${zipName} not found or empty`);
  }
  let changed = false;
  let unreadable = '';
  let matched = false;
  if (o.del) {
    for (const n of names) {
      const re = wild(n);
      const hit = entries.filter((e) => re.test(e.name));
      if (!hit.length) warn(`name not matched: ${n}`);
      else matched = true;
    }
    const keep: Entry[] = [];
    for (const e of entries) {
      if (names.some((n) => wild(n).test(e.name))) {
        if (!o.quiet) say(`deleting: ${e.name}\n`);
        changed = true;
      } else keep.push(e);
    }
    entries = keep;
  } else {
    // the files the names stand for, in order: a directory's entry before its contents (with -r)
    const found: { abs: string; name: string; dir: boolean }[] = [];
    const walk = (abs: string, shown: string) => {
      const node = fs.get(abs);
      if (!node) return;
      const dir = node.type === 'dir';
      if (!dir || (!o.junk && !o.noDirs)) found.push({ abs, name: stored(shown, o.junk, dir), dir });
      if (!dir || !o.recurse) return;
      const list = fs.list(abs);
      if (typeof list === 'string') return;
      for (const e of list) walk(`${abs.replace(/\/$/, '')}/${e.name}`, `${shown.replace(/\/$/, '')}/${e.name}`);
    };
    for (const n of names) {
      const abs = ctx.resolve(n);
      if (!fs.get(abs)) {
        warn(`name not matched: ${n}`);
        continue;
      }
      walk(abs, n);
    }
    const read: number[] = [];
    const skipped: number[] = [];
    for (const f of found) {
      if (f.abs === zabs) continue;
      matched = true;
      const node = fs.get(f.abs)!;
      const at = entries.findIndex((e) => e.name === f.name);
      const mtime = Math.floor(node.mtime / 1000);
      if (at < 0 && o.freshen) continue;
      if (at >= 0 && (o.update || o.freshen) && even(mtime) <= even(entries[at].mtime)) continue;
      const got = f.dir ? null : readFile(ctx, f.abs);
      if (got && !got.ok) {
        // zipwarn() ends the started "adding:" line first
        if (!o.quiet) say(`  adding: ${f.name}\n`);
        warn(`could not open for reading: ${f.name}`);
        skipped.push(toBytes((fs.read(f.abs) as string) ?? '').length);
        continue;
      }
      const own = ownerOf(node, f.abs);
      const mode = (node.mode ?? (f.dir ? 0o755 : 0o644)) | (f.dir ? 0o040000 : 0o100000);
      const data = got?.ok ? toBytes(got.text) : null;
      const e = makeEntry(f.name, data, { mtime, mode, uid: findUser(ctx.host, own.user)?.uid ?? 0, gid: findGroup(ctx.host, own.group)?.gid ?? 0, store: o.store });
      if (!o.quiet) {
        const how = e.method === 8 ? `deflated ${percent(e.size, e.stored.length)}%` : 'stored 0%';
        const size = o.verbose ? `\t(in=${e.size}) (out=${e.stored.length})` : '';
        say(`${at >= 0 ? 'updating' : '  adding'}: ${f.name}${size} (${how})\n`);
      }
      read.push(e.size);
      if (at >= 0) entries[at] = e;
      else entries.push(e);
      changed = true;
    }
    if (skipped.length) {
      const sum = (l: number[]) => `${l.length} (${numString(l.reduce((a, b) => a + b, 0))} bytes)`;
      unreadable = `\nzip warning: Not all files were readable\n  files/entries read:  ${sum(read)}  skipped:  ${sum(skipped)}\n`;
    }
  }
  if (!changed) {
    // names that matched but needed no change (-u, -f) end quietly; none matched is "Nothing to do!"
    if (!matched) say(`\nzip error: Nothing to do! (${zipName})\n`);
    return finish(ZE_NONE);
  }
  if (!entries.length) warn('zip file empty');
  if (o.verbose && entries.length) {
    const total = entries.reduce((n, e) => n + e.size, 0);
    const packed = entries.reduce((n, e) => n + e.stored.length, 0);
    say(`total bytes=${total}, compressed=${packed} -> ${percent(total, packed)}% savings\n`);
  }
  fs.write(zabs, fromBytes(writeZip(entries)), false, 0o644);
  if (unreadable) {
    say(unreadable);
    return finish(ZE_OPEN);
  }
  return finish(0);
}

def({ name: 'zip', available: (h) => hasCommand(h, 'zip'), summary: 'package and compress (archive) files', spec, run: zip });
