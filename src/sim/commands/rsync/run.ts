// rsync 3.2.3 of Rocky 9.5 (options in spec.ts): local copies, and copies to or from another guest over ssh
// (`host:path`, the remote shell of -e), the other end being that guest's own rsync. The client prints what the
// sender lists (-v names, -i itemized changes, --progress), the receiver's "created directory" and deletions, and
// main.c's summary; errors are rsync's own lines and its closing `rsync error: … at file.c(line) [role=3.2.3]`.
import type { CommandContext } from '../../context';
import type { Yield } from '../../types';
import type { FsNode } from '../../fs';
import { def, linuxOnly } from '../lib/guest';
import { canRead } from '../../util';
import { addOption, authenticate, connect, verifyHostKey, type SshOptions } from '../openssh/lib/remote';
import { help } from './help';
import { spec } from './spec';
import { absOf, collect, excludedBy, itemize, sizeOf, writable, type End, type Entry, type Rule } from './tree';
import { bigDnum, bigNum, entryBytes, fileDataBytes, type EntryState } from './numbers';
import { progressLines } from './progress';
import { toBytes } from '../lib/bytes';

let flate: typeof import('fflate') | null = null;

type Gen<T> = Generator<Yield, T, unknown>;

const V = '3.2.3';

/** `[user@]host:path` (check_for_hostspec: a ':' before any '/', not `::`). */
export function hostSpec(arg: string): { user?: string; host: string; path: string } | null {
  const m = /^(?:([^@/:]+)@)?([^:/]+|\[[^\]]+\]):(?!:)(.*)$/.exec(arg);
  if (!m) return null;
  return { user: m[1], host: m[2].replace(/^\[|\]$/g, ''), path: m[3] };
}

/** The remote shell of -e / RSYNC_RSH: ssh and its -p, -l, -i, -o. */
function rshOptions(rsh: string): {
  ok: boolean;
  port: number;
  user?: string;
  ids: string[];
  opts: SshOptions;
} {
  const words = rsh.trim().split(/\s+/);
  const opts: SshOptions = new Map();
  const ids: string[] = [];
  let port = 22;
  let user: string | undefined;
  const prog = words[0]?.replace(/^.*\//, '');
  for (let i = 1; i < words.length; i++) {
    const w = words[i];
    const val = () => (w.length > 2 ? w.slice(2) : (words[++i] ?? ''));
    if (w.startsWith('-p')) port = Number(val());
    else if (w.startsWith('-l')) user = val();
    else if (w.startsWith('-i')) ids.push(val());
    else if (w.startsWith('-o')) addOption(opts, val());
  }
  return { ok: prog === 'ssh', port, user, ids, opts };
}

const errorLine = (what: string, code: number, at: string, role: string) => `rsync error: ${what} (code ${code}) at ${at} [${role}=${V}]\n`;

interface Flags {
  verbose: number;
  itemize: boolean;
  dry: boolean;
  recursive: boolean;
  times: boolean;
  perms: boolean;
  ids: boolean;
  del: boolean;
  progress: boolean;
  stats: boolean;
  human: number;
  compress: boolean;
  quiet: boolean;
  update: boolean;
  ignoreTimes: boolean;
  sizeOnly: boolean;
  checksum: boolean;
  dirs: boolean;
}

function readFlags(ctx: CommandContext): Flags {
  const o = ctx.opts!;
  const count = (k: string) => o.list.filter((x) => x.key === k).length;
  const a = o.has('archive');
  const no = (k: string) => o.has(`no-${k}`);
  return {
    verbose: count('verbose'),
    itemize: o.has('itemize-changes'),
    dry: o.has('dry-run'),
    recursive: (a || o.has('recursive')) && !no('recursive') && !no('r'),
    times: (a || o.has('times')) && !no('times') && !no('t'),
    perms: (a || o.has('perms')) && !no('perms') && !no('p'),
    ids: a || o.has('owner') || o.has('group'),
    del: ['delete', 'del', 'delete-before', 'delete-during', 'delete-delay', 'delete-after'].some((k) => o.has(k)),
    progress: o.has('progress') || o.has('P'),
    stats: o.has('stats'),
    human: 1 + count('human-readable'),
    compress: o.has('compress'),
    quiet: o.has('quiet'),
    update: o.has('update'),
    ignoreTimes: o.has('ignore-times'),
    sizeOnly: o.has('size-only'),
    checksum: o.has('checksum'),
    dirs: o.has('dirs'),
  };
}

/** Log in to the guest of a host spec as ssh does; false after ssh's errors and rsync's closing lines. */
function* reach(ctx: CommandContext, spec: { user?: string; host: string }, rsh: string): Gen<End | number> {
  const r = rshOptions(rsh);
  const name = /^[\d.]+$/.test(spec.host) ? spec.host : spec.host.toLowerCase();
  const user = spec.user ?? r.user ?? r.opts.get('user') ?? ctx.frame.user;
  const closed = () => {
    ctx.err('rsync: connection unexpectedly closed (0 bytes received so far) [sender]\n' + errorLine('unexplained error', 255, 'io.c(228)', 'sender'));
    return 255;
  };
  if (!r.ok) {
    ctx.err(`rsync: Failed to exec ${rsh.trim().split(/\s+/)[0]}: No such file or directory (2)\n`);
    return closed();
  }
  const peer = yield* connect(ctx, name, r.port);
  if (typeof peer === 'number') return closed();
  if ((yield* verifyHostKey(ctx, peer, r.opts)) !== true) return closed();
  if ((yield* authenticate(ctx, peer, user, r.ids, r.opts)) !== true) return closed();
  const host = peer.host!;
  if (host.sys && !host.sys.packages.has('rsync')) {
    ctx.err('bash: line 1: rsync: command not found\n');
    ctx.err('rsync: connection unexpectedly closed (0 bytes received so far) [sender]\n' + errorLine('remote command not found', 127, 'io.c(228)', 'sender'));
    return 127;
  }
  return { host, user, cwd: host.users.get(user)?.home ?? '/', remote: true };
}

/** `rsync SRC` alone: list the files (--list-only) as list_file_entry() prints them. */
function listOnly(ctx: CommandContext, entries: Entry[], human: number): string {
  const perms = (n: Entry['node']) => {
    const t = n.type === 'dir' ? 'd' : n.type === 'link' ? 'l' : '-';
    const m = n.mode;
    const r = (bits: number, s: string) =>
      s
        .split('')
        .map((c, i) => ((bits >> (2 - i)) & 1 ? c : '-'))
        .join('');
    return t + r(m >> 6, 'rwx') + r(m >> 3, 'rwx') + r(m, 'rwx');
  };
  const date = (ms: number) => {
    const d = new Date(ms);
    const p = (x: number) => String(x).padStart(2, '0');
    return `${d.getUTCFullYear()}/${p(d.getUTCMonth() + 1)}/${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`;
  };
  void ctx;
  return entries
    .map(
      (e) =>
        `${perms(e.node)} ${bigNum(sizeOf(e.node), human).padStart(14)} ${date(e.node.mtime)} ${e.name}${e.node.type === 'link' ? ` -> ${e.node.target}` : ''}\n`,
    )
    .join('');
}

interface Totals {
  sent: number;
  received: number;
  totalSize: number;
  xferSize: number;
  literal: number;
  files: number;
  regs: number;
  dirs: number;
  links: number;
  created: { reg: number; dir: number; link: number };
  deleted: { reg: number; dir: number };
  xferred: number;
}

def({
  name: 'rsync',
  summary: 'a fast, versatile, remote (and local) file-copying tool',
  spec,
  available: linuxOnly,
  *run(ctx) {
    const operands = ctx.operands ?? [];
    const o = ctx.opts!;
    if (o.has('version')) {
      ctx.out(help.slice(0, help.indexOf('\nrsync is a file transfer program')));
      return 0;
    }
    if (operands.length === 0) {
      if (o.list.length === 1 && o.list[0].as === '-h') {
        ctx.out(help);
        return 0;
      }
      ctx.err(help + errorLine('syntax or usage error', 1, 'main.c(1732)', 'client'));
      return 1;
    }
    const f = readFlags(ctx);
    if (f.compress && !flate) yield { load: () => import('fflate').then((m) => (flate = m)) };
    const rsh = o.str('rsh') ?? ctx.frame.env.RSYNC_RSH ?? 'ssh';
    const here: End = {
      host: ctx.host,
      user: ctx.frame.user,
      cwd: ctx.frame.cwd,
      remote: false,
    };
    const srcArgs = operands.length === 1 ? operands : operands.slice(0, -1);
    const destArg = operands.length === 1 ? null : operands[operands.length - 1];
    const remoteSrc = srcArgs.map(hostSpec);
    const remoteDest = destArg === null ? null : hostSpec(destArg);
    if (remoteDest && remoteSrc.some(Boolean)) {
      ctx.err('The source and destination cannot both be remote.\n' + errorLine('syntax or usage error', 1, 'main.c(1428)', 'Receiver'));
      return 1;
    }
    // the client is the sender when it pushes or copies locally, the receiver when it pulls
    const pull = remoteSrc.some(Boolean);
    let from: End = here;
    let to: End = here;
    if (pull || remoteDest) {
      const e = yield* reach(ctx, (remoteSrc.find(Boolean) ?? remoteDest)!, rsh);
      if (typeof e === 'number') return e;
      if (pull) from = e;
      else to = e;
    }
    const paths = srcArgs.map((a, i) => (remoteSrc[i] ? remoteSrc[i]!.path || '.' : a));
    const out = (t: string) => (f.quiet ? undefined : ctx.out(t));
    // send_file_list() names the list before it reads the sources
    if (f.recursive && operands.length > 1 && (f.verbose || f.progress)) out(pull ? 'receiving incremental file list\n' : 'sending incremental file list\n');
    // the filter rules in the order given; --exclude-from and --include-from read one pattern a line
    const rules: Rule[] = [];
    for (const x of o.list) {
      const v = typeof x.value === 'string' ? x.value : '';
      if (x.key === 'exclude' || x.key === 'include') rules.push({ include: x.key === 'include', pattern: v });
      else if (x.key === 'filter') {
        const m = /^(-|\+|exclude|include),?\s+(.*)$/.exec(v);
        if (m) rules.push({ include: m[1] === '+' || m[1] === 'include', pattern: m[2] });
      } else if (x.key === 'exclude-from' || x.key === 'include-from') {
        const text = ctx.host.fs.read(ctx.resolve(v));
        if (typeof text !== 'string' || ['ENOENT', 'EISDIR', 'EACCES', 'ENOTDIR'].includes(text)) {
          ctx.err(
            `rsync: [client] failed to open ${x.key === 'exclude-from' ? 'exclude' : 'include'} file ${v}: No such file or directory (2)\n` +
              errorLine('error in file IO', 11, 'exclude.c(1188)', 'client'),
          );
          return 11;
        }
        for (const l of text.split('\n')) if (l.trim() && !/^[;#]/.test(l)) rules.push({ include: x.key === 'include-from', pattern: l.replace(/\s+$/, '') });
      }
    }
    // collect the file list
    let errors = 0;
    const entries: Entry[] = [];
    let lists = 0;
    for (const p of paths) {
      const c = collect(from, p, f.recursive, f.dirs || destArg === null, lists, (name, dir) => excludedBy(rules, name, dir));
      if (typeof c === 'string') {
        ctx.err(`rsync: [sender] ${c}\n`);
        errors++;
        continue;
      }
      if (c.skipped !== undefined) {
        ctx.out(`skipping directory ${c.skipped}\n`);
        continue;
      }
      entries.push(...c.entries);
      lists = c.lists;
    }
    if (destArg === null) {
      ctx.out(listOnly(ctx, entries, f.human));
      return errors ? 23 : 0;
    }
    const role = pull ? 'Receiver' : 'sender';
    const destPath = remoteDest ? remoteDest.path || '.' : destArg;
    const fs = to.host.fs;
    const destAbs = fs.resolve('/', absOf(to, destPath));
    const single = entries.length === 1 && entries[0].node.type !== 'dir' && paths.length === 1;
    const toFile = single && !destPath.endsWith('/') && !fs.isDir(destAbs);
    let createdMsg = '';
    const destDir = toFile ? fs.dirname(destAbs) : destAbs;
    // a destination under a directory the user may not search (/root): stat() fails before anything else
    if (!canRead(to.user, destAbs)) {
      ctx.err(
        `rsync: [Receiver] ERROR: cannot stat destination "${absOf(to, destPath)}": Permission denied (13)\n` +
          errorLine('errors selecting input/output files, dirs', 3, 'main.c(765)', 'Receiver'),
      );
      return 3;
    }
    if (!fs.isDir(destDir)) {
      if (toFile || !fs.isDir(fs.dirname(destAbs))) {
        const shown = absOf(to, toFile ? destPath.slice(0, Math.max(destPath.lastIndexOf('/'), 0)) || '.' : destPath).replace(/\/+$/, '');
        if (toFile)
          ctx.err(
            `rsync: [Receiver] change_dir#3 "${shown}" failed: No such file or directory (2)\n` +
              errorLine('errors selecting input/output files, dirs', 3, 'main.c(822)', 'Receiver'),
          );
        else
          ctx.err(`rsync: [Receiver] mkdir "${shown}" failed: No such file or directory (2)\n` + errorLine('error in file IO', 11, 'main.c(784)', 'Receiver'));
        return toFile ? 3 : 11;
      }
      if (fs.exists(destAbs)) {
        ctx.err(
          `rsync: [Receiver] ERROR: cannot stat destination "${absOf(to, destPath)}": Not a directory (20)\n` +
            errorLine('errors selecting input/output files, dirs', 3, 'main.c(765)', 'Receiver'),
        );
        return 3;
      }
      if (!writable(to, destAbs)) {
        ctx.err(
          `rsync: [Receiver] mkdir "${absOf(to, destPath).replace(/\/+$/, '')}" failed: Permission denied (13)\n` +
            errorLine('error in file IO', 11, 'main.c(784)', 'Receiver'),
        );
        return 11;
      }
      if (!f.dry) fs.mkdir(destAbs);
      createdMsg = `created directory ${destPath.replace(/\/+$/, '') || '/'}\n`;
      if (f.verbose || f.progress) out(createdMsg);
    }
    const t: Totals = {
      sent: 0,
      received: 0,
      totalSize: 0,
      xferSize: 0,
      literal: 0,
      files: 0,
      regs: 0,
      dirs: 0,
      links: 0,
      created: { reg: 0, dir: 0, link: 0 },
      deleted: { reg: 0, dir: 0 },
      xferred: 0,
    };
    const st: EntryState = {
      lastName: '',
      mode: -1,
      mtime: -1,
      names: new Set(),
    };
    const user = from.user;
    const uid = from.host.users.get(user)?.uid ?? 0;
    const gid = from.host.users.get(user)?.gid ?? uid;
    const group = [...(from.host.groups?.values() ?? [])].find((g) => g.gid === gid)?.name ?? user;
    let lastList = -1;
    const itemKind = pull ? 'recv' : to.remote ? 'send' : 'local';
    const deletedUnder = new Set<string>();
    const total = entries.length;
    const filesIn = new Set<number>();
    let newDirs = 0;
    let subLists = 0;
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i];
      const n = e.node;
      const rel = e.name === '.' ? '' : e.name;
      const target = toFile ? destAbs : rel ? `${destAbs === '/' ? '' : destAbs}/${e.name.replace(/^\.\//, '')}` : destAbs;
      // the wire: one entry per file in its list (the first of a list resends the ids)
      const mtimeSec = Math.floor(n.mtime / 1000);
      t.sent += entryBytes(
        {
          name: e.name,
          mode: n.mode | (n.type === 'dir' ? 0o40000 : n.type === 'link' ? 0o120000 : 0o100000),
          size: sizeOf(n),
          mtimeSec,
          nsec: (n.mtime % 1000) * 1e6,
          link: n.type === 'link' ? n.target : undefined,
          user,
          group,
          uid,
          gid,
        },
        st,
        f.ids,
        e.list !== lastList,
      );
      lastList = e.list;
      t.files++;
      t.totalSize += n.type === 'dir' ? 0 : sizeOf(n);
      const existing = fs.lget(target);
      if (n.type === 'dir') {
        t.dirs++;
        if (e.contents && i > 0) {
          subLists++;
          t.sent += 12 + (entries.some((x) => x.list > e.list && x.name.startsWith(e.name + '/')) ? 4 : 0);
          t.received += 4;
        }
        const created = !existing || (i === 0 && createdMsg !== '');
        const timeChanged = f.times && !!existing && Math.floor(existing.mtime / 1000) !== mtimeSec;
        if (existing && existing.type !== 'dir') {
          if (!f.dry) fs.remove(target, true);
        }
        // --delete: what the destination directory holds that the list does not, before its files come
        if (f.del && e.contents && existing && existing.type === 'dir') {
          const names = new Set(
            entries
              .filter((x) => x.name.startsWith(rel ? rel + '/' : '') && !x.name.slice(rel ? rel.length + 1 : 0).includes('/') && x !== e)
              .map((x) => x.name.slice(rel ? rel.length + 1 : 0)),
          );
          const gone = [...fs.kids(existing).values()]
            .filter((c) => !names.has(c.name) && (o.has('delete-excluded') || !excludedBy(rules, rel ? `${rel}/${c.name}` : c.name, c.type === 'dir')))
            .sort((a, b) => (a.name < b.name ? 1 : -1));
          const del = (path: string, shown: string, node: FsNode) => {
            if (node.type === 'dir')
              for (const c of [...fs.kids(node).values()].sort((a, b) => (a.name < b.name ? 1 : -1))) del(`${path}/${c.name}`, `${shown}/${c.name}`, c);
            const label = shown + (node.type === 'dir' ? '/' : '');
            if (f.itemize) out(`*deleting   ${label}\n`);
            else if (f.verbose) out(`deleting ${label}\n`);
            if (node.type === 'dir') t.deleted.dir++;
            else t.deleted.reg++;
          };
          for (const g of gone) {
            del(`${target}/${g.name}`, rel ? `${rel}/${g.name}` : g.name, g);
            if (!f.dry) fs.remove(`${target}/${g.name}`, true);
            deletedUnder.add(target);
          }
        }
        if (created || !existing || existing.type !== 'dir') {
          t.created.dir++;
          if (i > 0) newDirs++;
          if (!f.dry) fs.mkdir(target);
        }
        const changed = created || timeChanged || deletedUnder.has(target);
        if (changed || f.verbose > 1) {
          if (f.itemize) out(`${itemize('dir', created, n, false, changed && !created, false)} ${e.shown}\n`);
          else if (f.verbose || f.progress) out(`${e.shown}\n`);
        }
        continue;
      }
      if (n.type === 'link') {
        t.links++;
        if (!existing) {
          t.created.link++;
          if (!f.dry) fs.symlink(n.target, target);
          if (f.itemize) out(`cL+++++++++ ${e.shown} -> ${n.target}\n`);
          else if (f.verbose) out(`${e.shown} -> ${n.target}\n`);
        }
        continue;
      }
      t.regs++;
      const size = sizeOf(n);
      const same =
        existing &&
        existing.type === 'file' &&
        !f.ignoreTimes &&
        sizeOf(existing) === size &&
        (f.sizeOnly || (f.checksum ? existing.content === n.content : Math.floor(existing.mtime / 1000) === mtimeSec));
      if (same || (f.update && existing && existing.mtime > n.mtime)) continue;
      if (existing && existing.type === 'dir') {
        ctx.err(`rsync: [generator] delete_file: rmdir(${rel}) failed: Directory not empty (39)\ncould not make way for new regular file: ${rel}\n`);
        errors++;
        continue;
      }
      if (!writable(to, target)) {
        ctx.err(`rsync: [Receiver] mkstemp "${target.replace(/\/([^/]*)$/, '/.$1')}.XXXXXX" failed: Permission denied (13)\n`);
        errors++;
        continue;
      }
      t.xferred++;
      t.xferSize += size;
      // the generator's request (ndx, iflags, sum head); a dry run asks with the ndx and iflags alone
      t.received += f.dry ? 3 : 19;
      filesIn.add(e.list);
      if (!existing) t.created.reg++;
      t.sent += f.dry ? 3 : fileDataBytes(size, f.compress && flate ? flate.deflateSync(toBytes(n.content)).length : size);
      const line = f.itemize
        ? `${itemize(itemKind, !existing, n, !!existing && sizeOf(existing) !== size, !!existing && Math.floor(existing.mtime / 1000) !== mtimeSec, false, f.times)} ${e.shown}\n`
        : `${e.shown}\n`;
      if (f.itemize || f.verbose || f.progress) out(line);
      if (!f.dry) {
        const ms = Math.max(1, Math.round(1 + size / 40_000));
        yield { wait: ms };
        if (f.progress && !f.quiet) out(progressLines(size, ms, t.xferred, total - i - 1, total));
        fs.write(target, n.content, false, n.mode & 0o7777);
        const w = fs.get(target);
        if (w) {
          if (f.perms) w.mode = n.mode & 0o7777;
          if (f.times) w.mtime = n.mtime;
        }
      }
    }
    // directories get their times after their contents (the generator's touch_up_dirs)
    if (f.times && !f.dry)
      for (const e of entries)
        if (e.node.type === 'dir') {
          const target = e.name === '.' || toFile ? destAbs : `${destAbs === '/' ? '' : destAbs}/${e.name}`;
          const d = fs.get(target);
          if (d) d.mtime = e.node.mtime;
        }
    // the protocol around the list: the top list and the empty "." contents list, names of the owner and group
    // fitted to 3.2.3's counts (DIFFERENCES.md): a run with nothing to send, and a dry run
    const subListsWithFiles = [...filesIn].filter((l) => l > 1).length;
    const active = t.xferred > 0 || newDirs > 0;
    if (!entries.length) t.sent += 19;
    else if (!active) t.sent += 20 - 4 * new Set(entries.filter((x) => x.node.type === 'file').map((x) => x.list)).size - 3 * Math.min(subLists, 1);
    // without a directory list (no -r, or only files named): one list, and no "." contents list
    else if (!entries.some((x) => x.contents)) t.sent += f.recursive ? 24 : 17;
    else t.sent += 23 - (f.dry && subListsWithFiles ? 4 : 0);
    const dirLists = entries.some((x) => x.contents);
    t.received +=
      (active ? (dirLists ? 19 : 16) + (subLists && t.xferred && !f.dry ? 4 : 0) : 12 - 3 * subLists) +
      (createdMsg && (f.verbose || f.progress) && !pull ? 4 + createdMsg.length : 0);
    // a pull: this side is the receiver; 3.2.3 pulling the recorded tree through a remote shell sent 12 bytes more
    // than the pushing sender received (its requests and the final statistics)
    if (pull) [t.sent, t.received] = [t.received + 12, t.sent];
    if (f.stats) out(stats(t, f));
    if (f.verbose || f.stats) {
      const h = f.human;
      const all = t.sent + t.received;
      out(`\nsent ${bigNum(t.sent, h)} bytes  received ${bigNum(t.received, h)} bytes  ${bigDnum(all / 0.5, h, 2)} bytes/sec\n`);
      out(`total size is ${bigNum(t.totalSize, h)}  speedup is ${bigDnum(t.totalSize / all, h, 2)}${f.dry ? ' (DRY RUN)' : ''}\n`);
    }
    if (errors) {
      ctx.err(errorLine('some files/attrs were not transferred (see previous errors)', 23, pull ? 'main.c(1816)' : 'main.c(1330)', role));
      return 23;
    }
    return 0;
  },
});

/** --stats: output_summary() of main.c at INFO_STATS2. */
function stats(t: Totals, f: Flags): string {
  const h = f.human;
  const kinds = (reg: number, dir: number, link: number) => {
    const parts = [reg && `reg: ${bigNum(reg, 1)}`, dir && `dir: ${bigNum(dir, 1)}`, link && `link: ${bigNum(link, 1)}`].filter(Boolean);
    return `${bigNum(reg + dir + link, 1)}${parts.length ? ` (${parts.join(', ')})` : ''}`;
  };
  return (
    '\n' +
    `Number of files: ${kinds(t.regs, t.dirs, t.links)}\n` +
    `Number of created files: ${kinds(t.created.reg, t.created.dir, t.created.link)}\n` +
    `Number of deleted files: ${kinds(t.deleted.reg, t.deleted.dir, 0)}\n` +
    `Number of regular files transferred: ${bigNum(t.xferred, 1)}\n` +
    `Total file size: ${bigNum(t.totalSize, h)} bytes\n` +
    `Total transferred file size: ${bigNum(t.xferSize, h)} bytes\n` +
    `Literal data: ${bigNum(f.dry ? 0 : t.xferSize, h)} bytes\n` +
    'Matched data: 0 bytes\n' +
    'File list size: 0\n' +
    'File list generation time: 0.001 seconds\n' +
    'File list transfer time: 0.000 seconds\n' +
    `Total bytes sent: ${bigNum(t.sent, h)}\n` +
    `Total bytes received: ${bigNum(t.received, h)}\n`
  );
}
