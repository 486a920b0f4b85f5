// The commands of sftp 8.7p1's prompt (sftp.c parse_args() and parse_dispatch_command(), sftp-client.c's
// messages, the long listing of sftp-common.c ls_file() as the server sends it): ls, cd, pwd, get, put, mkdir,
// rmdir, rm, rename, lcd, lpwd, lls, lmkdir, !command, help, version, progress, exit/quit/bye.
import type { CommandContext } from '../../../context';
import type { Host, Yield } from '../../../types';
import type { FsNode } from '../../../fs';
import { byteLength } from '../../../fs';
import { canRead, canWrite, globMatch } from '../../../util';
import { meterLine, transferSeconds } from '../scp/meter';
import { commands as HELP } from './help';

type Gen<T> = Generator<Yield, T, unknown>;

export interface SftpState {
  host: Host;
  user: string;
  pwd: string;
  start: string;
  lcwd: string;
  quiet: boolean;
  progress: boolean;
}

const NAMES = [
  'bye',
  'cd',
  'chdir',
  'chgrp',
  'chmod',
  'chown',
  'df',
  'dir',
  'exit',
  'get',
  'help',
  'lcd',
  'lchdir',
  'lls',
  'lmkdir',
  'ln',
  'lpwd',
  'ls',
  'lumask',
  'mkdir',
  'mget',
  'mput',
  'progress',
  'put',
  'pwd',
  'quit',
  'reget',
  'rename',
  'reput',
  'rm',
  'rmdir',
  'symlink',
  'version',
  '?',
];

/** The words of a command line as sftp's makeargv() splits them (quotes and backslashes). */
function words(line: string): string[] | string {
  const out: string[] = [];
  let cur = '';
  let inWord = false;
  let q: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (q) {
      if (c === q) q = null;
      else if (c === '\\' && q === '"' && i + 1 < line.length) cur += line[++i];
      else cur += c;
    } else if (c === '"' || c === "'") {
      q = c;
      inWord = true;
    } else if (c === '\\' && i + 1 < line.length) {
      cur += line[++i];
      inWord = true;
    } else if (c === ' ' || c === '\t') {
      if (inWord) out.push(cur);
      cur = '';
      inWord = false;
    } else {
      cur += c;
      inWord = true;
    }
  }
  if (q) return 'Unterminated quoted argument';
  if (inWord) out.push(cur);
  return out;
}

const join = (dir: string, name: string) => (name.startsWith('/') ? name : `${dir === '/' ? '' : dir.replace(/\/$/, '')}/${name}`);

/** Collapse `.` and `..` as the server's realpath does. */
function canon(path: string): string {
  const out: string[] = [];
  for (const p of path.split('/')) {
    if (!p || p === '.') continue;
    if (p === '..') out.pop();
    else out.push(p);
  }
  return '/' + out.join('/');
}

/** Paths matching a glob in its last component (remote_glob/glob with GLOB_MARK-less results). */
function glob(host: Host, abs: string): string[] {
  const slash = abs.lastIndexOf('/');
  const dir = abs.slice(0, slash) || '/';
  const pat = abs.slice(slash + 1);
  if (!/[*?[]/.test(pat)) return host.fs.lget(abs) ? [abs] : [];
  const list = host.fs.list(dir);
  if (typeof list === 'string') return [];
  return list.filter((e) => !e.name.startsWith('.') && globMatch(pat, e.name)).map((e) => join(dir, e.name));
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function modeString(n: FsNode): string {
  const t = n.type === 'dir' ? 'd' : n.type === 'link' ? 'l' : '-';
  const bits = 'rwxrwxrwx';
  let s = t;
  for (let i = 0; i < 9; i++) s += n.mode & (1 << (8 - i)) ? bits[i] : '-';
  // strmode() leaves an eleventh character for alternate access methods: a space
  return s + ' ';
}

/** ls_file(): `mode nlink user group size date name`, user and group at least 8 wide. */
function longName(ctx: CommandContext, st: SftpState, name: string, n: FsNode): string {
  const size = n.type === 'file' ? byteLength(n.content) + (n.zeros ?? 0) : n.type === 'link' ? byteLength(n.target) : 4096;
  const d = new Date(n.mtime);
  const now = ctx.world.now;
  const recent = now - (365 * 24 * 60 * 60 * 1000) / 2 < n.mtime && now >= n.mtime;
  const p = (x: number) => String(x).padStart(2, '0');
  const date = `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2)} ${recent ? `${p(d.getUTCHours())}:${p(d.getUTCMinutes())}` : ` ${d.getUTCFullYear()}`}`;
  const user = st.user;
  const links =
    n.type === 'dir' ? 2 + [...st.host.fs.kids(n).values()].filter((c) => c.type === 'dir').length : ((n.type === 'file' ? n.nlink : undefined) ?? 1);
  return `${modeString(n)} ${String(links).padStart(3)} ${user.padEnd(8)} ${user.padEnd(8)} ${String(size).padStart(8)} ${date} ${name}`;
}

function ls(ctx: CommandContext, st: SftpState, args: string[]): number {
  let long = false;
  let all = false;
  let one = false;
  const paths: string[] = [];
  for (const a of args) {
    if (a.startsWith('-') && paths.length === 0 && a.length > 1) {
      for (const c of a.slice(1)) {
        if (!'1Safhlnrt'.includes(c)) {
          ctx.err(`ls: Invalid flag -${c}\n`);
          return -1;
        }
        if (c === 'l' || c === 'n') long = true;
        if (c === 'a') all = true;
        if (c === '1') one = true;
      }
    } else paths.push(a);
  }
  const given = paths[0];
  const abs = given === undefined ? st.pwd : canon(join(st.pwd, given));
  const fs = st.host.fs;
  const node = fs.get(abs);
  if (!node) {
    ctx.err(`Can't ls: "${abs}" not found\n`);
    return -1;
  }
  let entries: { name: string; node: FsNode }[];
  const prefix = given === undefined ? '' : given.replace(/\/+$/, '') + '/';
  if (node.type === 'dir') {
    if (!canRead(st.user, abs)) {
      ctx.err("Couldn't read directory: Permission denied\n");
      return -1;
    }
    entries = [...fs.kids(node).values()].filter((c) => all || !c.name.startsWith('.')).map((c) => ({ name: prefix + c.name, node: c }));
    if (all) entries.push({ name: prefix + '.', node }, { name: prefix + '..', node: fs.get(fs.dirname(abs)) ?? node });
  } else entries = [{ name: given ?? abs, node }];
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  if (long) {
    for (const e of entries) ctx.out(longName(ctx, st, e.name, e.node) + '\n');
    return 0;
  }
  const width = ctx.session.size?.().cols ?? 80;
  const m = Math.max(0, ...entries.map((e) => e.name.length));
  const columns = one ? 1 : Math.max(1, Math.floor(width / (m + 2)));
  const colspace = one ? 0 : Math.min(Math.floor(width / columns), width);
  let c = 1;
  let out = '';
  for (const e of entries) {
    out += e.name.padEnd(colspace);
    if (c >= columns) {
      out += '\n';
      c = 1;
    } else c++;
  }
  if (c !== 1) out += '\n';
  ctx.out(out);
  return 0;
}

/** One file over the connection: write it at `to` on `toHost`, with the meter on a terminal. */
function* copy(ctx: CommandContext, st: SftpState, content: string, mode: number, toHost: Host, to: string, shown: string): Gen<void> {
  const size = byteLength(content);
  const secs = transferSeconds(size);
  const cols = ctx.session.size?.().cols ?? 80;
  const name = shown.slice(shown.lastIndexOf('/') + 1);
  if (st.progress) ctx.out(meterLine(cols, name, size, false, 0));
  yield { wait: Math.max(1, Math.round(secs * 1000)) };
  toHost.fs.write(to, content, false, mode & 0o777);
  if (st.progress) ctx.out(meterLine(cols, name, size, true, secs) + '\n');
}

const pathAppend = (a: string, b: string) => (a.endsWith('/') ? a + b : `${a}/${b}`);

/** download_dir(): "Retrieving dir", the local directory made, each file fetched (with the meter) and each sub-directory. */
function* downloadDir(ctx: CommandContext, st: SftpState, src: string, dst: string): Gen<number> {
  if (!st.quiet) ctx.out(`Retrieving ${src}\n`);
  const lfs = ctx.host.fs;
  const local = ctx.resolve(join(st.lcwd, dst));
  if (!lfs.isDir(local)) {
    const e = lfs.exists(local)
      ? 'File exists'
      : !lfs.isDir(lfs.dirname(local))
        ? 'No such file or directory'
        : !canWrite(ctx.frame.user, local)
          ? 'Permission denied'
          : '';
    if (e && e !== 'File exists') {
      ctx.err(`mkdir ${dst}: ${e}\n`);
      return -1;
    }
    if (!e) lfs.mkdir(local);
  }
  const d = st.host.fs.get(src.replace(/\/$/, '') || '/');
  if (!d || d.type !== 'dir') return -1;
  let ret = 0;
  for (const c of [...st.host.fs.kids(d).values()].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const from = pathAppend(src, c.name);
    const to = pathAppend(dst, c.name);
    if (c.type === 'dir') {
      if ((yield* downloadDir(ctx, st, from, to)) !== 0) ret = -1;
    } else if (c.type === 'file') yield* copy(ctx, st, c.content, c.mode, ctx.host, ctx.resolve(join(st.lcwd, to)), from);
    else ctx.err(`${from}: not a regular file\n`);
  }
  return ret;
}

/** upload_dir(): "Entering dir", the remote directory made, each file sent (with the meter) and each sub-directory. */
function* uploadDir(ctx: CommandContext, st: SftpState, src: string, dst: string): Gen<number> {
  if (!st.quiet) ctx.out(`Entering ${src}\n`);
  const fs = st.host.fs;
  if (!fs.isDir(dst)) {
    if (fs.exists(dst)) {
      ctx.err(`"${dst}" exists but is not a directory\n`);
      return -1;
    }
    if (!canWrite(st.user, dst) || !fs.isDir(fs.dirname(dst))) {
      ctx.err(
        `Couldn't create directory: ${fs.isDir(fs.dirname(dst)) ? 'Permission denied' : 'No such file or directory'}\nCouldn't stat remote file: No such file or directory\n`,
      );
      return -1;
    }
    fs.mkdir(dst);
  }
  const d = ctx.host.fs.get(ctx.resolve(join(st.lcwd, src)));
  if (!d || d.type !== 'dir') return -1;
  let ret = 0;
  for (const c of [...ctx.host.fs.kids(d).values()].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const from = pathAppend(src, c.name);
    const to = pathAppend(dst, c.name);
    if (c.type === 'dir') {
      if ((yield* uploadDir(ctx, st, from, to)) !== 0) ret = -1;
    } else if (c.type === 'file') yield* copy(ctx, st, c.content, c.mode, st.host, to, from);
    else ctx.err(`${c.name}: not a regular file\n`);
  }
  return ret;
}

function* get(ctx: CommandContext, st: SftpState, src: string, dst: string | undefined, recursive: boolean): Gen<number> {
  const abs = canon(join(st.pwd, src));
  // GLOB_MARK: a directory comes back with a trailing slash
  const matches = glob(st.host, abs).map((m) => (st.host.fs.isDir(m) && m !== '/' ? m + '/' : m));
  if (!matches.length) {
    ctx.err(`File "${abs}" not found.\n`);
    return -1;
  }
  const lfs = ctx.host.fs;
  const dstDir = dst !== undefined && lfs.isDir(ctx.resolve(join(st.lcwd, dst)));
  if (matches.length > 1 && dst !== undefined && !dstDir) {
    ctx.err(`Multiple source paths, but destination "${dst}" is not a directory\n`);
    return -1;
  }
  let err = 0;
  for (const m of matches) {
    const base = m.replace(/\/$/, '').slice(m.replace(/\/$/, '').lastIndexOf('/') + 1) || '/';
    const target = dst === undefined ? base : dstDir ? `${dst.replace(/\/$/, '')}/${base}` : dst;
    if (!st.quiet) ctx.out(`Fetching ${m} to ${target}\n`);
    const node = st.host.fs.get(m.replace(/\/$/, '') || '/');
    if (node?.type === 'dir' && recursive) {
      if ((yield* downloadDir(ctx, st, m, target)) !== 0) err = -1;
      continue;
    }
    if (!node || node.type !== 'file') {
      ctx.err(`Cannot download non-regular file: ${m}\n`);
      err = -1;
      continue;
    }
    if (!canRead(st.user, m)) {
      ctx.err(`remote open("${m}"): Permission denied\n`);
      err = -1;
      continue;
    }
    const local = ctx.resolve(join(st.lcwd, target));
    if (!lfs.isDir(lfs.dirname(local)) || !canWrite(ctx.frame.user, local) || lfs.isDir(local)) {
      const why = lfs.isDir(local) ? 'Is a directory' : !lfs.isDir(lfs.dirname(local)) ? 'No such file or directory' : 'Permission denied';
      ctx.err(`Couldn't open local file "${target}" for writing: ${why}\n`);
      err = -1;
      continue;
    }
    yield* copy(ctx, st, node.content, node.mode, ctx.host, local, m);
  }
  return err;
}

function* put(ctx: CommandContext, st: SftpState, src: string, dst: string | undefined, recursive: boolean): Gen<number> {
  const lfs = ctx.host.fs;
  const localAbs = ctx.resolve(join(st.lcwd, src));
  const matches = glob(ctx.host, localAbs).map((m) => (src.startsWith('/') ? m : m.slice(localAbs.length - src.length)));
  if (!matches.length) {
    ctx.err(`File "${src}" not found.\n`);
    return -1;
  }
  const tmpDst = dst === undefined ? undefined : canon(join(st.pwd, dst));
  const dstIsDir = tmpDst === undefined ? true : st.host.fs.isDir(tmpDst);
  if (matches.length > 1 && tmpDst !== undefined && !dstIsDir) {
    ctx.err(`Multiple paths match, but destination "${tmpDst}" is not a directory\n`);
    return -1;
  }
  let err = 0;
  for (const m of matches) {
    const base = m.slice(m.lastIndexOf('/') + 1);
    const target = tmpDst === undefined ? canon(join(st.pwd, base)) : dstIsDir ? join(tmpDst, base) : tmpDst;
    const node = lfs.get(ctx.resolve(join(st.lcwd, m)));
    if (!st.quiet) ctx.out(`Uploading ${m} to ${target}\n`);
    if (node?.type === 'dir' && recursive) {
      if ((yield* uploadDir(ctx, st, m, target)) !== 0) err = -1;
      continue;
    }
    if (!node || node.type !== 'file') {
      ctx.err(`${m} is not a regular file\n`);
      err = -1;
      continue;
    }
    if (!canWrite(st.user, target) || !st.host.fs.isDir(st.host.fs.dirname(target))) {
      ctx.err(`remote open("${target}"): ${st.host.fs.isDir(st.host.fs.dirname(target)) ? 'Permission denied' : 'No such file or directory'}\n`);
      err = -1;
      continue;
    }
    yield* copy(ctx, st, node.content, node.mode, st.host, target, m);
  }
  return err;
}

/** parse_dispatch_command(): 0, -1 for an error, or 'quit'. `echo` prints the line first (batch and pipes). */
export function* dispatch(ctx: CommandContext, st: SftpState, line: string, echo: boolean): Gen<number | 'quit'> {
  let text = line.replace(/^[ \t]+/, '');
  let ignoreErrors = false;
  let silent = false;
  if (text.startsWith('-')) {
    ignoreErrors = true;
    text = text.slice(1);
  } else if (text.startsWith('@')) {
    silent = true;
    text = text.slice(1);
  }
  if (echo && !silent) ctx.out(`sftp> ${line}\n`);
  const result = yield* run(ctx, st, text);
  return result === 'quit' ? 'quit' : ignoreErrors ? 0 : result;
}

function* run(ctx: CommandContext, st: SftpState, text: string): Gen<number | 'quit'> {
  if (text.startsWith('!')) {
    const cmd = text.slice(1);
    const r = ctx.runLine(cmd.trim() ? cmd : (ctx.frame.env.SHELL ?? '/bin/sh'));
    const code = yield* r;
    if (code !== 0) ctx.err(`Shell exited with status ${code}\n`);
    return 0;
  }
  const argv = words(text);
  if (typeof argv === 'string') {
    ctx.err(`${argv}\n`);
    return -1;
  }
  if (argv.length === 0) return 0;
  const [cmd, ...args] = argv;
  if (!NAMES.includes(cmd)) {
    ctx.err('Invalid command.\n');
    return -1;
  }
  const fs = st.host.fs;
  const need = (n: number, what: string) => {
    if (args.filter((a) => !a.startsWith('-')).length >= n) return false;
    ctx.err(`You must specify ${what} after a ${cmd} command.\n`);
    return true;
  };
  const plain = args.filter((a) => !a.startsWith('-'));
  switch (cmd) {
    case 'bye':
    case 'exit':
    case 'quit':
      return 'quit';
    case 'help':
    case '?':
      ctx.out(HELP);
      return 0;
    case 'version':
      ctx.out('SFTP protocol version 3\n');
      return 0;
    case 'progress':
      st.progress = !st.progress;
      ctx.out(`Progress meter ${st.progress ? 'enabled' : 'disabled'}\n`);
      return 0;
    case 'pwd':
      ctx.out(`Remote working directory: ${st.pwd}\n`);
      return 0;
    case 'lpwd':
      ctx.out(`Local working directory: ${st.lcwd}\n`);
      return 0;
    case 'ls':
    case 'dir':
      return ls(ctx, st, args);
    case 'cd':
    case 'chdir': {
      const target = plain[0] === undefined ? st.start : canon(join(st.pwd, plain[0]));
      const n = fs.get(target);
      if (!n) {
        ctx.err("Couldn't canonicalize: No such file or directory\n");
        return -1;
      }
      if (n.type !== 'dir') {
        ctx.err(`Can't change directory: "${target}" is not a directory\n`);
        return -1;
      }
      st.pwd = target;
      return 0;
    }
    case 'lcd':
    case 'lchdir': {
      const target = plain[0] === undefined ? ctx.user.home || '/' : ctx.resolve(join(st.lcwd, plain[0]));
      if (!ctx.host.fs.isDir(target)) {
        ctx.err(`Couldn't change local directory to "${plain[0]}": ${ctx.host.fs.exists(target) ? 'Not a directory' : 'No such file or directory'}\n`);
        return -1;
      }
      st.lcwd = canon(target);
      return 0;
    }
    case 'lls': {
      const code = yield* ctx.runLine(`ls ${args.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ')}`, { ...ctx.frame, cwd: st.lcwd });
      if (code !== 0) ctx.err(`Shell exited with status ${code}\n`);
      return 0;
    }
    case 'lmkdir': {
      if (need(1, 'a path')) return -1;
      const p = ctx.resolve(join(st.lcwd, plain[0]));
      if (ctx.host.fs.exists(p) || !canWrite(ctx.frame.user, p) || ctx.host.fs.mkdir(p)) {
        ctx.err(`Couldn't create local directory "${plain[0]}": ${ctx.host.fs.exists(p) ? 'File exists' : 'Permission denied'}\n`);
        return -1;
      }
      return 0;
    }
    case 'get':
    case 'mget':
    case 'reget':
      if (need(1, 'at least one path')) return -1;
      return yield* get(
        ctx,
        st,
        plain[0],
        plain[1],
        args.some((a) => /^-[afpPrR]*[rR]/.test(a)),
      );
    case 'put':
    case 'mput':
    case 'reput':
      if (need(1, 'at least one path')) return -1;
      return yield* put(
        ctx,
        st,
        plain[0],
        plain[1],
        args.some((a) => /^-[afpPrR]*[rR]/.test(a)),
      );
    case 'mkdir': {
      if (need(1, 'a path')) return -1;
      const p = canon(join(st.pwd, plain[0]));
      if (fs.exists(p) || !canWrite(st.user, p) || !fs.isDir(fs.dirname(p))) {
        ctx.err(`Couldn't create directory: ${fs.exists(p) ? 'Failure' : !fs.isDir(fs.dirname(p)) ? 'No such file or directory' : 'Permission denied'}\n`);
        return -1;
      }
      fs.mkdir(p);
      return 0;
    }
    case 'rmdir': {
      if (need(1, 'a path')) return -1;
      const p = canon(join(st.pwd, plain[0]));
      const n = fs.get(p);
      const why = !n
        ? 'No such file or directory'
        : n.type !== 'dir'
          ? 'Failure'
          : fs.kids(n).size
            ? 'Failure'
            : !canWrite(st.user, p)
              ? 'Permission denied'
              : '';
      if (why) {
        ctx.err(`Couldn't remove directory: ${why}\n`);
        return -1;
      }
      fs.remove(p);
      return 0;
    }
    case 'rm': {
      if (need(1, 'a path')) return -1;
      const abs = canon(join(st.pwd, plain[0]));
      const matches = glob(st.host, abs);
      let err = 0;
      for (const m of matches.length ? matches : [abs]) {
        if (!st.quiet) ctx.out(`Removing ${m}\n`);
        const n = fs.lget(m);
        const why = !n ? 'No such file or directory' : n.type === 'dir' ? 'Failure' : !canWrite(st.user, m) ? 'Permission denied' : '';
        if (why) {
          ctx.err(`Couldn't delete file: ${why}\n`);
          err = -1;
        } else fs.remove(m);
      }
      return err;
    }
    case 'rename': {
      if (plain.length < 2) {
        ctx.err(`You must specify two paths after a ${cmd} command.\n`);
        return -1;
      }
      const [a, b] = [canon(join(st.pwd, plain[0])), canon(join(st.pwd, plain[1]))];
      const n = fs.lget(a);
      const why = !n ? 'No such file or directory' : fs.exists(b) ? 'Failure' : !canWrite(st.user, b) || !canWrite(st.user, a) ? 'Permission denied' : '';
      if (why || !n) {
        ctx.err(`Couldn't rename file "${a}" to "${b}": ${why}\n`);
        return -1;
      }
      if (n.type === 'file') {
        fs.write(b, n.content, false, n.mode);
        fs.remove(a);
      } else fs.copy(a, b) ?? fs.remove(a, true);
      return 0;
    }
    default:
      // chgrp, chmod, chown, df, ln, symlink, lumask: not modelled (DIFFERENCES.md)
      ctx.err('Invalid command.\n');
      return -1;
  }
}
