// tar of GNU tar 1.34 (Rocky 9.5's build; options, help and usage in spec.ts and help.ts). Modes -c, -t, -x, -r, -u,
// -A, -d, --delete and --test-label over an archive file of the VFS that holds its members; -f, -C, -v (-vv), -O,
// -P, -k, --strip-components, --exclude, -z/-j/-J/--lzma and -a by suffix (reading detects the compression
// itself, as tar does). The first word may be old-style letters without a dash (`tar czvf a.tgz dir`): tar
// expands them before argp reads the rest (tar.c: the letters' values are the words that follow, in order).
// Names are matched as Rocky's tar-1.29-wildcards.patch has it: wildcards by default for inclusion too.
// Errors in tar's words (src/buffer.c, names.c, list.c, compare.c); the archive (ustar.ts, GNU format) is written in
// directory order.
import type { CommandContext } from '../../context';
import type { CommandRun } from '../../types';
import type { FlagSpec } from '../../spec/types';
import { byteLength } from '../../fs';
import { canRead, canWrite, globMatch, tm, two } from '../../util';
import { def } from '../lib/guest';
import { ownerOf } from '../lib/files';
import { inodeOf } from '../lib/inode';
import { umaskOf } from '../../fs-owner';
import { spec, TRY } from './spec';
import { COMPRESSORS, compress, detect, suffixProgram, type Program } from './compress';
import { loadFlate } from '../gzip/format';
import { packTar, unpackTar, type Member } from './ustar';

export type { Member };


const MODES: Record<string, string> = { catenate: 'A', create: 'c', delete: 'delete', diff: 'd', append: 'r', 'test-label': 'test-label', list: 't', update: 'u', extract: 'x' };
const FATAL = 'tar: Error is not recoverable: exiting now\n';
const FAILED = 'tar: Exiting with failure status due to previous errors\n';

const keyOf = (f: FlagSpec) => f.long ?? f.short ?? '';

interface Opt {
  key: string;
  value: string | true;
}

/** The old-style first word (`czvf`) as options, its values taken from the operands after it. */
function oldStyle(word: string, operands: string[]): { opts: Opt[]; error?: [string, number] } {
  const opts: Opt[] = [];
  for (const c of word) {
    const f = spec.flags!.find((x) => x.short === c);
    if (!f) return { opts, error: [`tar: invalid option -- '${c}'\n${TRY}`, 64] };
    if (f.value === 'required') {
      const v = operands.shift();
      if (v === undefined) return { opts, error: [`tar: Old option '${c}' requires an argument.\n${TRY}`, 2] };
      opts.push({ key: keyOf(f), value: v });
    } else opts.push({ key: keyOf(f), value: true });
  }
  return { opts };
}

function* tar(ctx: CommandContext): CommandRun {
  // gzip's DEFLATE for -z and for reading an archive gzip compressed
  yield { load: loadFlate };
  const operands = [...(ctx.operands ?? [])];
  let opts: Opt[] = ctx.opts!.list.map((o) => ({ key: o.key, value: o.value }));
  if (opts.some((o) => o.key === 'usage')) {
    ctx.out((yield { load: () => import('./help').then((m) => m.usage) }) as string);
    return 0;
  }
  if (ctx.args[0] !== undefined && !ctx.args[0].startsWith('-') && operands[0] === ctx.args[0]) {
    const old = oldStyle(operands.shift()!, operands);
    if (old.error) {
      ctx.err(old.error[0]);
      return old.error[1];
    }
    opts = [...old.opts, ...opts];
  }
  const has = (k: string) => opts.some((o) => o.key === k);
  const last = (k: string) => {
    const v = [...opts].reverse().find((o) => o.key === k)?.value;
    return typeof v === 'string' ? v : undefined;
  };
  let mode = '';
  for (const o of opts) {
    const m = MODES[o.key];
    if (!m) continue;
    if (mode && mode !== m) {
      ctx.err(`tar: You may not specify more than one '-Acdtrux', '--delete' or  '--test-label' option\n${TRY}`);
      return 2;
    }
    mode = m;
  }
  if (!mode) {
    ctx.err(`tar: You must specify one of the '-Acdtrux', '--delete' or '--test-label' options\n${TRY}`);
    return 2;
  }
  const t = new Tar(ctx, operands, mode);
  t.file = last('file') ?? '-';
  t.dir = last('directory') ?? null;
  t.verbose = opts.filter((o) => o.key === 'verbose').length;
  t.program = programOf(opts, has('auto-compress') && mode === 'c' ? t.file : null);
  t.wildcards = !has('no-wildcards') || opts.findLastIndex((o) => o.key === 'wildcards') > opts.findLastIndex((o) => o.key === 'no-wildcards');
  t.strip = Number(last('strip-components') ?? 0);
  // extract.c extract_init: members keep their modes with -p (the superuser's default), else lose the umask's bits
  const keep = opts.findLastIndex((o) => o.key === 'preserve-permissions'), lose = opts.findLastIndex((o) => o.key === 'no-same-permissions');
  t.umask = keep > lose || (lose < 0 && ctx.frame.user === 'root') ? 0 : umaskOf(ctx.frame, ctx.host);
  t.excludes = opts.filter((o) => o.key === 'exclude' && typeof o.value === 'string').map((o) => o.value as string);
  // tar.c decode_options: usage errors (exit 2 with the Try line)
  const usage = (msg: string) => {
    ctx.err(`tar: ${msg}\n${TRY}`);
    return 2;
  };
  if (t.program && !has('auto-compress') && ['r', 'u', 'delete'].includes(mode)) return usage('Cannot update compressed archives');
  if (t.program && !has('auto-compress') && mode === 'A') return usage('Cannot concatenate compressed archives');
  if (t.file === '-' && ['A', 'r', 'u'].includes(mode)) return usage("Options '-Aru' are incompatible with '-f -'");
  t.toStdout = has('to-stdout');
  t.keepOld = has('keep-old-files');
  t.absolute = has('absolute-names');
  return t.run();
}

function programOf(opts: Opt[], suffixOf: string | null): Program | null {
  let p: Program | null = null;
  for (const o of opts) if (o.key in COMPRESSORS) p = o.key as Program;
  if (!p && suffixOf) p = suffixProgram(suffixOf);
  return p;
}

class Tar {
  file = '-';
  dir: string | null = null;
  verbose = 0;
  program: Program | null = null;
  wildcards = true;
  strip = 0;
  umask = 0;
  excludes: string[] = [];
  toStdout = false;
  keepOld = false;
  absolute = false;
  code = 0;
  /** list.c: the user/group and size field is at least 19 columns and grows with the widest seen. */
  private ugswidth = 19;
  private readonly fs;

  constructor(
    private readonly ctx: CommandContext,
    private readonly names: string[],
    private readonly mode: string,
  ) {
    this.fs = ctx.host.fs;
  }

  /** Messages of -v: to stderr when the archive itself goes to stdout. */
  private get stdlis() {
    return this.mode === 'c' && this.file === '-' ? this.ctx.err : this.ctx.out;
  }

  private fatal(msg: string): number {
    this.ctx.err(msg + FATAL);
    return 2;
  }

  private fail(msg: string) {
    this.ctx.err(msg);
    this.code = 2;
  }

  private done(): number {
    if (this.code === 2) this.ctx.err(FAILED);
    return this.code;
  }

  run(): number {
    const { ctx, fs } = this;
    const base = this.dir !== null ? ctx.resolve(this.dir) : ctx.frame.cwd;
    // decode_options, before the archive is opened
    if (this.mode === 'c' && !this.names.length) {
      ctx.err(`tar: Cowardly refusing to create an empty archive\n${TRY}`);
      return 2;
    }
    if (this.file === '-' && this.mode === 'c' && ctx.tty) return this.fatal('tar: Refusing to write archive contents to terminal (missing -f option?)\n');
    if (this.file === '-' && this.mode !== 'c' && ctx.stdin === null) return this.fatal('tar: Refusing to read archive contents from terminal (missing -f option?)\n');
    if (this.mode === 'c') return this.create(base);
    if (this.mode === 'r' || this.mode === 'u' || this.mode === 'A') return this.append(base);
    const members = this.read();
    if (typeof members === 'number') return members;
    if (this.badDir(base)) return 2;
    if (this.mode === 'test-label') return 0;
    if (this.mode === 'delete') return this.remove(members);
    const picked = this.pick(members);
    for (const m of picked) {
      if (this.mode === 't') this.ctx.out(this.verbose ? this.long(m) : m.path + '\n');
      else if (this.mode === 'd') this.diff(m, base);
      else this.extract(m, base);
    }
    // names.c names_notfound: after the members
    this.reportMissing();
    return this.done();
  }

  /** -C to a directory that is not there: tar opens the archive first, then fails to change into it. */
  private badDir(base: string): boolean {
    if (this.dir === null || this.fs.isDir(base)) return false;
    this.fatal(`tar: ${this.dir}: Cannot open: ${this.fs.exists(base) ? 'Not a directory' : 'No such file or directory'}\n`);
    return true;
  }

  /** Members named on the command line (all when none is); a name not found is an error after the listing. */
  private pick(members: Member[]): Member[] {
    const matches = (n: string, m: Member) => {
      const p = m.path.replace(/\/$/, '');
      const pat = n.replace(/\/+$/, '');
      const hit = (s: string) => (this.wildcards ? globMatch(pat, s) : s === pat);
      return hit(p) || p.split('/').some((_, i, a) => hit(a.slice(0, i + 1).join('/')));
    };
    const out = this.names.length ? members.filter((m) => this.names.some((n) => matches(n, m))) : members;
    const missing = this.names.filter((n) => !members.some((m) => matches(n, m)));
    this.missing = missing;
    return out.filter((m) => !this.excluded(m.path));
  }

  private missing: string[] = [];

  private excluded(path: string): boolean {
    const p = path.replace(/\/$/, '');
    return this.excludes.some((x) => p.split('/').some((_, i, a) => globMatch(x, a.slice(i).join('/')) || globMatch(x, a[i])));
  }

  private reportMissing() {
    for (const n of this.missing) this.fail(`tar: ${n}: Not found in archive\n`);
    this.missing = [];
  }

  private gather(base: string, names: string[]): Member[] {
    const { ctx, fs } = this;
    const members: Member[] = [];
    let warned = false;
    const add = (shown: string, abs: string) => {
      if (this.excluded(shown)) return;
      const n = fs.lget(abs)!;
      // symbolic links are not archived (tar's own link members are not modelled)
      if (n.type === 'link') return;
      if (!canRead(ctx.frame.user, abs)) return this.fail(`tar: ${shown}: Cannot open: Permission denied\n`);
      if (n.type === 'dir') {
        members.push({ path: shown.replace(/\/?$/, '/'), dir: true, mode: n.mode, mtime: n.mtime, content: '', owner: ownerOf(n, abs).user });
        for (const c of fs.kids(n).values()) add(`${shown.replace(/\/$/, '')}/${c.name}`, fs.join(abs, c.name));
      } else members.push({ path: shown, dir: false, mode: n.mode, mtime: n.mtime, content: n.content, owner: ownerOf(n, abs).user });
    };
    for (const n of names) {
      const abs = n.startsWith('/') ? fs.canonical(n) : fs.join(base, n);
      if (!fs.exists(abs)) {
        this.fail(`tar: ${n}: Cannot stat: No such file or directory\n`);
        continue;
      }
      let shown = n;
      if (n.startsWith('/') && !this.absolute) {
        shown = n.replace(/^\/+/, '') || '.';
        // lib/paxnames.c, once per run
        if (!warned) ctx.err("tar: Removing leading `/' from member names\n");
        warned = true;
      }
      add(shown, abs);
    }
    return members;
  }

  private create(base: string): number {
    if (this.program && !COMPRESSORS[this.program].installed) return this.noProgram();
    const target = this.file === '-' ? null : this.ctx.resolve(this.file);
    if (target !== null) {
      const why = this.unwritable(target);
      if (why) return this.fatal(`tar: ${this.file}: Cannot open: ${why}\n`);
    }
    if (this.badDir(base)) {
      if (target !== null) this.write(target, []);
      return 2;
    }
    const members = this.gather(base, this.names);
    for (const m of members) if (this.verbose) this.stdlis(this.verbose > 1 ? this.long(m) : m.path + '\n');
    this.write(target, members);
    return this.done();
  }

  private unwritable(p: string): string | null {
    const { fs } = this;
    if (!fs.isDir(fs.dirname(p))) return 'No such file or directory';
    if (fs.isDir(p)) return 'Is a directory';
    if (!canWrite(this.ctx.frame.user, p)) return 'Permission denied';
    return null;
  }

  private write(target: string | null, members: Member[]) {
    const body = compress(this.program, this.pack(members), this.ctx.world.now);
    if (target === null) this.ctx.out(body);
    else this.fs.write(target, body);
  }

  /** The archive's bytes; owners' ids from the host's /etc/passwd. */
  private pack(members: Member[]): string {
    const passwd = this.fs.read('/etc/passwd');
    const ids = new Map<string, number>();
    for (const l of (typeof passwd === 'string' ? passwd : '').split('\n')) {
      const f = l.split(':');
      if (f.length > 3) ids.set(f[0], Number(f[2]));
    }
    return packTar(members, (o) => ids.get(o) ?? 0);
  }

  private noProgram(): number {
    const p = COMPRESSORS[this.program!].command;
    this.ctx.err(`tar (child): ${p}: Cannot exec: No such file or directory\ntar (child): ${FATAL.slice(5)}tar: Child returned status 2\n${FATAL}`);
    return 2;
  }

  /** The archive's members, or the exit status after tar's error. */
  private read(): Member[] | number {
    const { ctx, fs } = this;
    let text: string | null;
    if (this.file === '-') text = ctx.stdin ?? '';
    else {
      const r = fs.readFile(ctx.resolve(this.file));
      if (!r.ok) return this.fatal(`tar: ${this.file}: Cannot open: ${r.errno === 'EISDIR' ? 'Is a directory' : r.errno === 'EACCES' ? 'Permission denied' : 'No such file or directory'}\n`);
      text = r.text;
    }
    if (this.program && !COMPRESSORS[this.program].installed) return this.noProgram();
    const found = detect(text);
    if (this.program && found.program !== this.program && !(this.program === 'lzma' && found.program === 'xz')) {
      const c = COMPRESSORS[this.program];
      ctx.err(`${c.notFormat}tar: Child returned status ${c.status}\n${FATAL}`);
      return 2;
    }
    const members = unpackTar(found.text);
    if (!members) {
      ctx.err(`tar: This does not look like a tar archive\n${FAILED}`);
      return 2;
    }
    this.program = found.program;
    return members;
  }

  private append(base: string): number {
    const target = this.ctx.resolve(this.file);
    let members: Member[] = [];
    if (this.fs.exists(target)) {
      const read = this.read();
      if (typeof read === 'number') return read;
      if (this.program) return this.fatal('tar: Cannot update compressed archives\n');
      members = read;
    }
    if (this.badDir(base)) return 2;
    let added: Member[];
    if (this.mode === 'A') {
      added = [];
      for (const n of this.names) {
        const r = this.fs.readFile(this.ctx.resolve(n));
        if (!r.ok) return this.fatal(`tar: ${n}: Cannot open: No such file or directory\n`);
        const inner = detect(r.text);
        added.push(...(unpackTar(inner.text) ?? []));
      }
    } else {
      added = this.gather(base, this.names);
      // -u: only what is newer than the archive's copy
      if (this.mode === 'u') added = added.filter((m) => !members.some((x) => x.path === m.path && Math.floor(x.mtime / 1000) >= Math.floor(m.mtime / 1000)));
    }
    for (const m of added) if (this.verbose && this.mode !== 'A') this.stdlis(this.verbose > 1 ? this.long(m) : m.path + '\n');
    this.write(target, [...members, ...added]);
    return this.done();
  }

  private remove(members: Member[]): number {
    // buffer.c: an archive found compressed
    if (this.program) return this.fatal('tar: Cannot update compressed archives\n');
    const gone = new Set(this.pick(members));
    this.reportMissing();
    if (this.file === '-') this.ctx.out(this.pack(members.filter((m) => !gone.has(m))));
    else this.write(this.ctx.resolve(this.file), members.filter((m) => !gone.has(m)));
    return this.done();
  }

  private target(m: Member, base: string): { shown: string; abs: string } | null {
    const parts = m.path.replace(/\/$/, '').split('/');
    if (parts.length <= this.strip) return null;
    const shown = parts.slice(this.strip).join('/');
    return { shown, abs: this.fs.join(base, shown) };
  }

  private extract(m: Member, base: string) {
    const { ctx, fs } = this;
    if (this.verbose) ctx.out(this.verbose > 1 ? this.long(m) : m.path + '\n');
    if (this.toStdout) {
      if (!m.dir) ctx.out(m.content);
      return;
    }
    const t = this.target(m, base);
    if (!t) return;
    if (!canWrite(ctx.frame.user, t.abs)) return this.fail(`tar: ${t.shown}: Cannot open: Permission denied\n`);
    if (m.dir) fs.mkdir(t.abs, true);
    else {
      if (this.keepOld && fs.exists(t.abs)) return this.fail(`tar: ${t.shown}: Cannot open: File exists\n`);
      fs.mkdir(fs.dirname(t.abs), true);
      // link members: a symbolic link made as it is, a hard link to the member named before it (extract.c)
      if (m.kind === 'l') {
        if (fs.lget(t.abs)) fs.remove(t.abs);
        fs.symlink(m.link!, t.abs);
        return;
      }
      const first = m.kind === 'h' ? this.target({ ...m, path: m.link! }, base) : null;
      const src = first ? fs.lget(first.abs) : null;
      if (first && src && src.type === 'file') {
        if (fs.lget(t.abs)) fs.remove(t.abs);
        fs.link(first.abs, t.abs, inodeOf(src, first.abs));
        return;
      }
      fs.write(t.abs, m.content, false, m.mode);
    }
    const node = fs.get(t.abs);
    if (node) {
      node.mtime = m.mtime;
      node.mode = m.mode & ~this.umask;
    }
  }

  /** compare.c diff_file: what differs, on stdlis as "NAME: what"; exit 1 when anything does. */
  private diff(m: Member, base: string) {
    const { ctx, fs } = this;
    if (this.verbose) ctx.out(m.path + '\n');
    const t = this.target(m, base)!;
    const n = fs.get(t.abs);
    const say = (what: string) => {
      ctx.out(`${m.path.replace(/\/$/, '')}: ${what}\n`);
      if (this.code < 1) this.code = 1;
    };
    if (!n) {
      ctx.err(`tar: ${m.path.replace(/\/$/, '')}: Warning: Cannot stat: No such file or directory\n`);
      if (this.code < 1) this.code = 1;
      return;
    }
    if ((n.type === 'dir') !== m.dir) return say('File type differs');
    if ((n.mode & 0o7777) !== (m.mode & 0o7777)) say('Mode differs');
    if (m.dir) return;
    if (n.type === 'file') {
      if (Math.floor(n.mtime / 1000) !== Math.floor(m.mtime / 1000)) say('Mod time differs');
      if (byteLength(n.content) !== byteLength(m.content)) say('Size differs');
      else if (n.content !== m.content) say('Contents differ');
    }
  }

  /** list.c print_header: mode, user/group and size in a field at least ugswidth wide, date, name. */
  private long(m: Member): string {
    const rwx = (x: number) => (x & 4 ? 'r' : '-') + (x & 2 ? 'w' : '-') + (x & 1 ? 'x' : '-');
    const perm = (m.dir ? 'd' : (m.kind ?? '-')) + rwx(m.mode >> 6) + rwx((m.mode >> 3) & 7) + rwx(m.mode & 7);
    const t = tm(m.mtime);
    const size = String(m.dir ? 0 : byteLength(m.content));
    const group = m.group ?? m.owner;
    const pad = m.owner.length + group.length + 2 + size.length;
    if (pad > this.ugswidth) this.ugswidth = pad;
    const link = m.kind === 'l' ? ` -> ${m.link}` : m.kind === 'h' ? ` link to ${m.link}` : '';
    return `${perm} ${m.owner}/${group} ${size.padStart(this.ugswidth - pad + size.length)} ${t.y}-${two(t.mo + 1)}-${two(t.d)} ${two(t.h)}:${two(t.mi)} ${m.path}${link}\n`;
  }
}

def({ name: 'tar', summary: 'an archiving utility', spec, run: tar });
