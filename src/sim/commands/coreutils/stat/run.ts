// stat of GNU coreutils 8.32 (options and help in spec.ts): the default layout of stat.c's default_format() (with
// the Context line Rocky's SELinux adds), -c/--format, --printf, -t/--terse, -L and -f, over the guest's files.
import type { CommandContext } from '../../../context';
import { byteLength } from '../../../fs';
import { two, tm } from '../../../util';
import { def } from '../../lib/guest';
import { quoteaf } from '../../lib/files';
import { statInfo, type StatInfo } from '../../lib/inode';
import { mountOf } from '../../lib/mounts';

const FMT_TERSE_FS = '%n %i %l %t %s %S %b %f %a %c %d\n';
const FMT_TERSE_REGULAR = '%n %s %b %f %u %g %D %i %h %t %T %X %Y %Z %W %o\n';
const FMT_TERSE_SELINUX = '%n %s %b %f %u %g %D %i %h %t %T %X %Y %Z %W %o %C\n';

function defaultFormat(selinux: boolean, device = false): string {
  return (
    '  File: %N\n  Size: %-10s\tBlocks: %-10b IO Block: %-6o %F\n' +
    (device ? 'Device: %Dh/%dd\tInode: %-10i  Links: %-5h Device type: %t,%T\n' : 'Device: %Dh/%dd\tInode: %-10i  Links: %h\n') +
    'Access: (%04a/%10.10A)  Uid: (%5u/%8U)   Gid: (%5g/%8G)\n' +
    (selinux ? 'Context: %C\n' : '') +
    'Access: %x\nModify: %y\nChange: %z\n Birth: %w\n'
  );
}

/** The magic number (hex) and name stat -f gives the API file systems of the guests' mount table. */
const PSEUDO_FS: Record<string, [string, string]> = { proc: ['9fa0', 'proc'], sysfs: ['62656572', 'sysfs'], cgroup2: ['63677270', 'cgroup2fs'] };

const FS_FORMAT = '  File: "%n"\n    ID: %-8i Namelen: %-7l Type: %T\nBlock size: %-10s Fundamental block size: %S\nBlocks: Total: %-10b Free: %-10f Available: %a\nInodes: Total: %-10c Free: %d\n';

/** gnulib's file_type(). */
function fileType(s: StatInfo): string {
  if (s.kind === 'dir') return 'directory';
  if (s.kind === 'link') return 'symbolic link';
  if (s.kind === 'socket') return 'socket';
  if (s.kind === 'fifo') return 'fifo';
  if (s.kind === 'chr') return 'character special file';
  if (s.kind === 'blk') return 'block special file';
  return s.size === 0 ? 'regular empty file' : 'regular file';
}

/** filemodestring(): `-rw-r--r--` with setuid, setgid and sticky bits. */
function modeString(s: StatInfo): string {
  const m = s.mode;
  const t = ({ dir: 'd', link: 'l', socket: 's', fifo: 'p', chr: 'c', blk: 'b', file: '-' } as const)[s.kind];
  const x = (on: boolean, special: boolean, lo: string, up: string) => (special ? (on ? lo : up) : on ? 'x' : '-');
  return (
    t +
    (m & 0o400 ? 'r' : '-') + (m & 0o200 ? 'w' : '-') + x(!!(m & 0o100), !!(m & 0o4000), 's', 'S') +
    (m & 0o40 ? 'r' : '-') + (m & 0o20 ? 'w' : '-') + x(!!(m & 0o10), !!(m & 0o2000), 's', 'S') +
    (m & 0o4 ? 'r' : '-') + (m & 0o2 ? 'w' : '-') + x(!!(m & 0o1), !!(m & 0o1000), 't', 'T')
  );
}

/** Nanoseconds for a time the simulator keeps in milliseconds: the milliseconds, then digits that repeat for it. */
function nanos(ms: number): string {
  const frac = ((ms % 1000) + 1000) % 1000;
  const extra = (Math.imul(ms | 0, 2654435761) >>> 0) % 1_000_000;
  return String(frac).padStart(3, '0') + String(extra).padStart(6, '0');
}

/** human_time(): `2025-12-10 01:02:55.123456789 +0000` (the guests run in UTC). */
function humanTime(ms: number): string {
  const t = tm(ms);
  return `${t.y}-${two(t.mo + 1)}-${two(t.d)} ${two(t.h)}:${two(t.mi)}:${two(t.s)}.${nanos(ms)} +0000`;
}

/** printf of one directive's prefix (`%-10`, `%04`, `%10.10`) applied to a string or a number. */
function pad(prefix: string, v: string, numeric: boolean): string {
  const m = /^%([-#0+ ']*)(\d*)(?:\.(\d*))?$/.exec(prefix);
  if (!m) return v;
  const [, flags, w, prec] = m;
  if (!numeric && prec !== undefined) v = v.slice(0, Number(prec || 0));
  if (numeric && prec !== undefined && prec !== '') v = v.replace(/^(-?)(\d+)/, (_x, s: string, d: string) => s + d.padStart(Number(prec), '0'));
  if (numeric && flags.includes('+') && !v.startsWith('-')) v = '+' + v;
  else if (numeric && flags.includes(' ') && !v.startsWith('-')) v = ' ' + v;
  const width = Number(w || 0);
  if (v.length >= width) return v;
  if (flags.includes('-')) return v.padEnd(width);
  if (numeric && flags.includes('0') && prec === undefined) {
    const sign = /^[-+ ]/.test(v) ? v[0] : '';
    return sign + v.slice(sign.length).padStart(width - sign.length, '0');
  }
  return v.padStart(width);
}

/** out_epoch_sec(): seconds, with `.N` digits of the fraction when the directive has a precision. */
function epoch(prefix: string, ms: number): string {
  const dot = prefix.indexOf('.');
  const secs = String(Math.floor(ms / 1000));
  if (dot < 0) return pad(prefix, secs, true);
  const p = prefix.slice(dot + 1);
  const prec = p === '' ? 9 : Math.min(Number(p), 9);
  const frac = nanos(ms).slice(0, prec);
  const width = Number(/(\d+)$/.exec(prefix.slice(0, dot))?.[1] ?? 0);
  const v = prec ? `${secs}.${frac}` : secs;
  return prefix.slice(1, dot).includes('-') ? v.padEnd(width) : v.padStart(width);
}

/** print_esc_char() and the escapes of --printf. */
function escapes(f: string): string {
  const map: Record<string, string> = { a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '"': '"', '\\': '\\' };
  return f.replace(/\\([0-7]{1,3}|x[0-9a-fA-F]{1,2}|.)/g, (_m, c: string) => {
    if (/^[0-7]+$/.test(c)) return String.fromCharCode(parseInt(c, 8));
    if (c[0] === 'x' && c.length > 1) return String.fromCharCode(parseInt(c.slice(1), 16));
    return map[c] ?? '\\' + c;
  });
}

/** print_it(): the format with each directive replaced; null and a message for an invalid one. */
function expand(format: string, one: (prefix: string, c: string) => string): { text: string } | { error: string } {
  let out = '';
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c !== '%') {
      out += c;
      continue;
    }
    const m = /^%[-#0+ ']*\d*(?:\.\d*)?/.exec(format.slice(i))!;
    const prefix = m[0];
    const code = format[i + prefix.length];
    if (code === undefined || code === '%') {
      if (prefix.length > 1) return { error: `‘${prefix + (code ?? '')}’: invalid directive` };
      out += '%';
      i += code === undefined ? 0 : 1;
      continue;
    }
    out += one(prefix, code);
    i += prefix.length;
  }
  return { text: out };
}

def({
  name: 'stat',
  summary: 'display file or file system status',
  *run(ctx) {
    const o = ctx.opts!;
    const fs = ctx.host.fs;
    const follow = o.has('dereference');
    const fsMode = o.has('file-system');
    const terse = o.has('terse');
    const selinux = ctx.host.sys?.selinux !== 'Disabled';
    const printf = o.str('printf');
    const user = o.str('format');
    const fmt = printf !== undefined ? escapes(printf) : user !== undefined ? user : fsMode ? (terse ? FMT_TERSE_FS : FS_FORMAT) : terse ? (selinux ? FMT_TERSE_SELINUX : FMT_TERSE_REGULAR) : defaultFormat(selinux);
    // a format of one's own quotes %N in shell-escape-always style; the default format does not quote
    const quoteN = printf !== undefined || user !== undefined ? quoteaf : (s: string) => s;
    const cached = o.str('cached');
    if (cached !== undefined && !['always', 'never', 'default'].some((w) => w.startsWith(cached) && cached !== '')) {
      ctx.err(`stat: invalid argument ‘${cached}’ for ‘--cached’\nValid arguments are:\n  - ‘default’\n  - ‘never’\n  - ‘always’\nTry 'stat --help' for more information.\n`);
      return 1;
    }
    let ok = true;
    for (const name of ctx.operands ?? []) {
      const r = show(ctx, name);
      if ('error' in r) {
        ctx.err(`stat: ${r.error}\n`);
        if (r.fatal) return 1;
        ok = false;
        continue;
      }
      // print_it() ends the output of --format with a newline (trailing_delim), after the directives
      ctx.out(r.text + (printf === undefined && user !== undefined ? '\n' : ''));
    }
    return ok ? 0 : 1;

    function show(c: CommandContext, name: string): { text: string } | { error: string; fatal?: boolean } {
      const abs = c.resolve(name);
      const found = fs.lookup(abs, !follow);
      if (typeof found === 'string') return { error: `cannot ${fsMode ? 'read file system information for' : 'statx'} ${quoteaf(name)}: ${found === 'ENOTDIR' ? 'Not a directory' : found === 'ELOOP' ? 'Too many levels of symbolic links' : 'No such file or directory'}` };
      if (fsMode) {
        const boot = found.path === '/boot' || found.path.startsWith('/boot/');
        // the df figures of the file system (1K blocks), in 4 KiB blocks
        const on = mountOf(ctx.host, found.path);
        const disk = on?.kb && on.source.startsWith('/dev/') ? on : mountOf(ctx.host, boot ? '/boot' : '/');
        // the pseudo file systems (stat.c human_fstype and the kernel's magic numbers) hold no blocks
        const pseudo = on && PSEUDO_FS[on.fstype];
        const [totalKb, usedKb] = pseudo ? [0, 0] : [disk?.kb?.size ?? 0, disk?.kb?.used ?? 0];
        const r = expand(fmt, (prefix, code) => {
          const n = (v: number | string) => pad(prefix, String(v), true);
          switch (code) {
            case 'n': return pad(prefix, name, false);
            case 'i': return pad(prefix, pseudo ? Number(on.majMin.split(':')[1]).toString(16) + '00000000' : boot ? '80300000000' : '80400000000', false);
            case 'l': return n(255);
            case 't': return pad(prefix, pseudo ? pseudo[0] : '58465342', false);
            case 'T': return pad(prefix, pseudo ? pseudo[1] : 'xfs', false);
            case 's': case 'S': return n(4096);
            case 'b': return n(totalKb / 4);
            case 'f': case 'a': return n((totalKb - usedKb) / 4);
            case 'c': return n(totalKb / 2);
            case 'd': return n(pseudo ? 0 : totalKb / 2 - Math.round(usedKb / 40));
            default: return '?';
          }
        });
        return 'error' in r ? { ...r, fatal: true } : r;
      }
      const s = statInfo(c.host, found.node, found.path);
      const target = found.node.type === 'link' ? found.node.target : '';
      // a block or character device's default format has its numbers (stat.c default_format)
      const device = (s.kind === 'chr' || s.kind === 'blk') && fmt === defaultFormat(selinux);
      const r = expand(device ? defaultFormat(selinux, true) : fmt, (prefix, code) => {
        const str = (v: string) => pad(prefix, v, false);
        const num = (v: number) => pad(prefix, String(v), true);
        const hex = (v: number) => pad(prefix, v.toString(16), true);
        switch (code) {
          case 'n': return str(name);
          case 'N': return str(quoteN(name)) + (s.kind === 'link' ? ' -> ' + str(quoteN(target)) : '');
          case 'd': return num(s.dev);
          case 'D': return hex(s.dev);
          case 'i': return num(s.ino);
          case 'a': {
            const v = (s.mode & 0o7777).toString(8);
            return pad(prefix.replace('#', ''), prefix.includes('#') && v !== '0' ? '0' + v : v, true);
          }
          case 'A': return str(modeString(s));
          case 'f': return hex(s.mode);
          case 'F': return str(fileType(s));
          case 'h': return num(s.nlink);
          case 'u': return num(s.uid);
          case 'U': return str(s.user);
          case 'g': return num(s.gid);
          case 'G': return str(s.group);
          case 'm': return str(s.dev === 0x803 ? '/boot' : '/');
          case 's': return num(s.kind === 'link' ? byteLength(target) : s.size);
          case 't': return hex(s.rdev[0]);
          case 'T': return hex(s.rdev[1]);
          case 'B': return num(512);
          case 'b': return num(s.blocks);
          case 'o': return num(s.ioBlock);
          case 'w': return str(humanTime(s.btime));
          case 'W': return epoch(prefix, s.btime);
          case 'x': return str(humanTime(s.atime));
          case 'X': return epoch(prefix, s.atime);
          case 'y': return str(humanTime(s.mtime));
          case 'Y': return epoch(prefix, s.mtime);
          case 'z': return str(humanTime(s.ctime));
          case 'Z': return epoch(prefix, s.ctime);
          case 'C': return str(s.context);
          default: return '?';
        }
      });
      return 'error' in r ? { ...r, fatal: true } : r;
    }
  },
});
