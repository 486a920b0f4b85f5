// tar of GNU tar 1.34 (in the box): -c, -t, -x with -f, -z/-j/-J (and reading any of them back), -v, -C DIR,
// in the old bundled form (`tar czvf a.tgz dir`) and the dashed one. The archive is a file of the VFS that
// holds its members; listing order is directory order, as tar walks it. Errors in tar's words, exit 2.
import type { CommandContext } from '../../context';
import type { CommandRun } from '../../types';
import { canRead, canWrite, tm, two } from '../../util';
import { def } from '../lib/guest';

const MAGIC = 'ustar\u0000sim\n';
interface Member {
  path: string;
  dir: boolean;
  mode: number;
  mtime: number;
  content: string;
  owner: string;
}

const TRY = "Try 'tar --help' or 'tar --usage' for more information.\n";

function* tar(ctx: CommandContext): CommandRun {
  const a = [...ctx.args];
  let mode = '';
  let file: string | null = null;
  let verbose = 0;
  let dir: string | null = null;
  const names: string[] = [];
  const setMode = (m: string) => {
    if (mode && mode !== m) return false;
    mode = m;
    return true;
  };
  // the first word may be old-style bundled letters without a dash (czvf)
  if (a[0] && !a[0].startsWith('-') && /^[A-Za-z]+$/.test(a[0])) a[0] = '-' + a[0];
  for (let i = 0; i < a.length; i++) {
    const w = a[i];
    if (w === '--') {
      names.push(...a.slice(i + 1));
      break;
    }
    if (w.startsWith('--')) {
      const [k, v] = w.slice(2).split('=');
      if (k === 'create' || k === 'list' || k === 'extract' || k === 'get') {
        if (!setMode(k === 'create' ? 'c' : k === 'list' ? 't' : 'x')) return conflict(ctx);
      } else if (k === 'file') file = v ?? a[++i] ?? null;
      else if (k === 'directory') dir = v ?? a[++i] ?? null;
      else if (k === 'verbose') verbose++;
      else if (!['gzip', 'bzip2', 'xz', 'gunzip', 'auto-compress'].includes(k)) {
        ctx.err(`tar: unrecognized option '${w}'\n${TRY}`);
        return 64;
      }
      continue;
    }
    if (w.startsWith('-') && w.length > 1) {
      for (let j = 1; j < w.length; j++) {
        const c = w[j];
        if ('ctx'.includes(c)) {
          if (!setMode(c)) return conflict(ctx);
        } else if (c === 'v') verbose++;
        else if ('zjJap'.includes(c)) continue;
        else if (c === 'f' || c === 'C') {
          const val = j + 1 < w.length ? w.slice(j + 1) : a[++i];
          if (val === undefined) {
            ctx.err(`tar: option requires an argument -- '${c}'\n${TRY}`);
            return 64;
          }
          if (c === 'f') file = val;
          else dir = val;
          break;
        } else {
          ctx.err(`tar: invalid option -- '${c}'\n${TRY}`);
          return 64;
        }
      }
      continue;
    }
    names.push(w);
  }
  if (!mode) {
    ctx.err(`tar: You must specify one of the '-Acdtrux', '--delete' or '--test-label' options\n${TRY}`);
    return 2;
  }
  const fs = ctx.host.fs;
  const base = dir ? ctx.resolve(dir) : ctx.frame.cwd;
  if (dir && !fs.isDir(base)) {
    ctx.err(`tar: ${dir}: Cannot open: No such file or directory\ntar: Error is not recoverable: exiting now\n`);
    return 2;
  }
  if (mode === 'c') {
    if (!names.length) {
      ctx.err(`tar: Cowardly refusing to create an empty archive\n${TRY}`);
      return 2;
    }
    const members: Member[] = [];
    let code = 0;
    const add = (shown: string, abs: string) => {
      const n = fs.get(abs)!;
      if (!canRead(ctx.frame.user, abs)) {
        ctx.err(`tar: ${shown}: Cannot open: Permission denied\n`);
        code = 2;
        return;
      }
      const owner = /^\/home\/([^/]+)/.exec(abs)?.[1] ?? 'root';
      if (n.type === 'dir') {
        members.push({ path: shown.replace(/\/?$/, '/'), dir: true, mode: n.mode, mtime: n.mtime, content: '', owner });
        for (const c of n.children.values()) add(`${shown.replace(/\/$/, '')}/${c.name}`, fs.join(abs, c.name));
      } else members.push({ path: shown, dir: false, mode: n.mode, mtime: n.mtime, content: n.content, owner });
    };
    for (const n of names) {
      const abs = n.startsWith('/') ? n : fs.join(base, n);
      if (!fs.exists(abs)) {
        ctx.err(`tar: ${n}: Cannot stat: No such file or directory\n`);
        code = 2;
        continue;
      }
      const shown = n.startsWith('/') ? n.replace(/^\/+/, '') : n;
      if (n.startsWith('/') && !members.length) ctx.err("tar: Removing leading `/' from member names\n");
      add(shown, abs);
    }
    if (verbose) for (const m of members) (file === '-' || file === null ? ctx.err : ctx.out)(listLine(m, verbose > 1, ctx.world.now));
    const body = MAGIC + JSON.stringify(members);
    if (file === null || file === '-') ctx.out(body);
    else {
      const p = ctx.resolve(file);
      if (!canWrite(ctx.frame.user, p) || !fs.isDir(fs.dirname(p))) {
        ctx.err(`tar: ${file}: Cannot open: ${fs.isDir(fs.dirname(p)) ? 'Permission denied' : 'No such file or directory'}\ntar: Error is not recoverable: exiting now\n`);
        return 2;
      }
      fs.write(p, body);
    }
    if (code) ctx.err('tar: Exiting with failure status due to previous errors\n');
    return code;
  }
  // t and x read an archive
  let text: string | null;
  if (file === null || file === '-') text = ctx.stdin;
  else {
    const r = fs.readFile(ctx.resolve(file));
    text = r.ok ? r.text : null;
    if (text === null) {
      ctx.err(`tar: ${file}: Cannot open: No such file or directory\ntar: Error is not recoverable: exiting now\n`);
      return 2;
    }
  }
  if (text === null || !text.startsWith(MAGIC)) {
    ctx.err('tar: This does not look like a tar archive\ntar: Exiting with failure status due to previous errors\n');
    return 2;
  }
  const members = JSON.parse(text.slice(MAGIC.length)) as Member[];
  const wanted = (m: Member) => !names.length || names.some((n) => m.path === n || m.path === n + '/' || m.path.startsWith(n.replace(/\/$/, '') + '/'));
  let code = 0;
  for (const n of names) {
    if (!members.some((m) => m.path === n || m.path.startsWith(n.replace(/\/$/, '') + '/') || m.path === n + '/')) {
      ctx.err(`tar: ${n}: Not found in archive\n`);
      code = 2;
    }
  }
  for (const m of members.filter(wanted)) {
    if (mode === 't') ctx.out(verbose ? listLine(m, true, ctx.world.now) : m.path + '\n');
    else {
      if (verbose) ctx.out(verbose > 1 ? listLine(m, true, ctx.world.now) : m.path + '\n');
      const abs = fs.join(base, m.path.replace(/\/$/, ''));
      if (!canWrite(ctx.frame.user, abs)) {
        ctx.err(`tar: ${m.path.replace(/\/$/, '')}: Cannot open: Permission denied\n`);
        code = 2;
        continue;
      }
      if (m.dir) fs.mkdir(abs, true);
      else {
        fs.mkdir(fs.dirname(abs), true);
        fs.write(abs, m.content, false, m.mode);
      }
      const node = fs.get(abs);
      if (node) node.mtime = m.mtime;
    }
  }
  if (code) ctx.err('tar: Exiting with failure status due to previous errors\n');
  return code;
}

function conflict(ctx: CommandContext): number {
  ctx.err(`tar: You may not specify more than one '-Acdtrux', '--delete' or  '--test-label' option\n${TRY}`);
  return 2;
}

/** `tar -tv` line: mode, owner/group, size, date, name. */
function listLine(m: Member, long: boolean, _now: number): string {
  if (!long) return m.path + '\n';
  const rwx = (x: number) => (x & 4 ? 'r' : '-') + (x & 2 ? 'w' : '-') + (x & 1 ? 'x' : '-');
  const perm = (m.dir ? 'd' : '-') + rwx(m.mode >> 6) + rwx((m.mode >> 3) & 7) + rwx(m.mode & 7);
  const t = tm(m.mtime);
  const size = m.dir ? 0 : new TextEncoder().encode(m.content).length;
  // src/list.c: user/group and size share a field of at least 19 columns
  const ug = `${m.owner}/${m.owner}`;
  const sz = String(size);
  return `${perm} ${ug}${' '.repeat(Math.max(1, 19 - ug.length - sz.length))}${sz} ${t.y}-${two(t.mo + 1)}-${two(t.d)} ${two(t.h)}:${two(t.mi)} ${m.path}\n`;
}

def({ name: 'tar', summary: 'an archiving utility', run: tar });
