// -printf's FORMAT as find/print.c (v4.8.0) reads and prints it: escapes, %-directives with their flags, width and
// precision as printf(3) applies them, the time directives through strftime, and the -ls / -fls line (gnulib's
// list_file in findutils' lib/listfile.c).
import type { Host } from '../../../types';
import { localTm } from '../../lib/clock';
import { strftime } from '../../coreutils/date/format';
import { contextOf, type StatInfo } from '../../lib/inode';
import { groupByGid, userByUid } from '../../lib/accounts';
import { FindError, type Entry } from './types';
import { baseName, stat, typeLetter } from './predicates';

type Seg = { kind: 'plain'; text: string } | { kind: 'stop'; text: string } | { kind: 'fmt'; text: string; spec: string; c: string; c2: string };

/** insert_fprintf: the segments of FORMAT; warnings go to `warn` as find prints them while parsing. */
export function compileFormat(format: string, warn: (text: string) => void): Seg[] {
  const segs: Seg[] = [];
  let text = '';
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '\\' && format[i + 1] === 'c') {
      segs.push({ kind: 'stop', text });
      return segs;
    }
    if (ch === '\\') {
      const n = format[i + 1];
      if (n === undefined) {
        warn("warning: escape `\\' followed by nothing at all");
        text += '\\';
      } else if (/[0-7]/.test(n)) {
        const m = /^[0-7]{1,3}/.exec(format.slice(i + 1))![0];
        text += String.fromCharCode(parseInt(m, 8) & 0xff);
        i += m.length;
      } else {
        const v = (
          {
            a: '\x07',
            b: '\b',
            f: '\f',
            n: '\n',
            r: '\r',
            t: '\t',
            v: '\v',
            '\\': '\\',
          } as Record<string, string>
        )[n];
        if (v === undefined) {
          warn(`warning: unrecognized escape \`\\${n}'`);
          text += '\\' + n;
        } else text += v;
        i++;
      }
      continue;
    }
    if (ch !== '%') {
      text += ch;
      continue;
    }
    if (format[i + 1] === undefined) throw new FindError(`error: ${format.slice(i)} at end of format string`);
    if (format[i + 1] === '%') {
      text += '%';
      i++;
      continue;
    }
    const flags = /^[-+ #]*\d*(?:\.\d*)?/.exec(format.slice(i + 1))![0];
    const at = i + 1 + flags.length;
    const c = format[at] ?? '';
    const len = c && 'abcdDfFgGhHiklmMnpPsStuUyYZ'.includes(c) ? 1 : c && 'ABCT'.includes(c) ? 2 : 0;
    if (len && (len === 1 || format[at + 1] !== undefined)) {
      if (text) segs.push({ kind: 'plain', text });
      text = '';
      segs.push({
        kind: 'fmt',
        text: '',
        spec: '%' + flags,
        c,
        c2: len === 2 ? format[at + 1] : '',
      });
      i = at + len - 1;
      continue;
    }
    if (c && '{[('.includes(c)) throw new FindError(`error: the format directive \`%${c}' is reserved for future use`);
    if (len === 2) warn(`warning: format directive \`%${c}' should be followed by another character`);
    else warn(`warning: unrecognized format directive \`%${c}'`);
    text += format.slice(i, at + 1);
    i = at;
  }
  if (text) segs.push({ kind: 'plain', text });
  return segs;
}

/** printf(3) of one conversion: flags, width, precision over a string or a number. */
function cfmt(spec: string, conv: 's' | 'd' | 'o' | 'g', v: string | number): string {
  const m = /^%([-+ #0]*)(\d*)(?:\.(\d*))?$/.exec(spec.replace(/^%([-+ #]*)0/, '%$10'))!;
  const fl = m[1];
  const width = Number(m[2] || 0);
  const prec = m[3] === undefined ? -1 : Number(m[3] || 0);
  let body: string;
  let sign = '';
  if (conv === 's') body = prec >= 0 ? String(v).slice(0, prec) : String(v);
  else {
    const n = Number(v);
    if (conv === 'g') body = gfmt(n, prec < 0 ? 6 : prec || 1);
    else {
      body = Math.abs(n).toString(conv === 'o' ? 8 : 10);
      if (prec >= 0) body = body.padStart(prec, '0');
      if (conv === 'o' && fl.includes('#') && body[0] !== '0') body = '0' + body;
    }
    sign = n < 0 ? '-' : fl.includes('+') && conv !== 'o' ? '+' : fl.includes(' ') && conv !== 'o' ? ' ' : '';
  }
  const zero = fl.includes('0') && !fl.includes('-') && conv !== 's' && (prec < 0 || conv === 'g');
  const fill = width - sign.length - body.length;
  if (fill <= 0) return sign + body;
  if (fl.includes('-')) return sign + body + ' '.repeat(fill);
  return zero ? sign + '0'.repeat(fill) + body : ' '.repeat(fill) + sign + body;
}

function gfmt(n: number, p: number): string {
  if (!Number.isFinite(n)) return n > 0 ? 'inf' : '-inf';
  if (n === 0) return '0';
  const e = Math.floor(Math.log10(Math.abs(n)));
  if (e < -4 || e >= p) {
    const [mant, exp] = n.toExponential(p - 1).split('e');
    return `${mant.includes('.') ? mant.replace(/\.?0+$/, '') : mant}e${exp[0] === '-' ? '-' : '+'}${exp.replace(/^[-+]/, '').padStart(2, '0')}`;
  }
  const s = n.toFixed(Math.max(0, p - 1 - e));
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** nanoseconds as find prints them: nine digits and a 0 (".%09ld0"). */
const ns = (ms: number) => '.' + String((((ms % 1000) + 1000) % 1000) * 1_000_000).padStart(9, '0') + '0';

/** ctime_format: `Sat Jan  2 03:04:05.0000000000 2021`. */
export function ctimeFormat(host: Host, ms: number): string {
  const t = localTm(host, ms);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[t.wd]} ${MONS[t.mo]} ${String(t.d).padStart(2)} ${two(t.h)}:${two(t.mi)}:${two(t.s)}${ns(ms)} ${String(t.y).padStart(4, '0')}`;
}

/** format_date: %Ak and friends; `@` the seconds, `+` date+time, S/T/X with the nanoseconds after the seconds. */
function formatDate(host: Host, ms: number, k: string): string {
  const sec = Math.floor(ms / 1000);
  if (k === '@') return String(sec) + ns(ms);
  const t = localTm(host, ms);
  if (k === '+') return strftime('%Y-%m-%d+%T', t, ms) + ns(ms);
  const out = strftime('%' + k, t, ms);
  return 'STX'.includes(k) ? out + ns(ms) : out;
}

/** A file system's type name (%F). */
export function fsType(abs: string): string {
  if (/^\/proc(\/|$)/.test(abs)) return 'proc';
  if (/^\/sys(\/|$)/.test(abs)) return 'sysfs';
  if (/^\/dev(\/|$)/.test(abs))
    return /^\/dev\/(shm|pts|mqueue)(\/|$)/.test(abs)
      ? abs.startsWith('/dev/pts')
        ? 'devpts'
        : abs.startsWith('/dev/mqueue')
          ? 'mqueue'
          : 'tmpfs'
      : 'devtmpfs';
  if (/^\/run(\/|$)/.test(abs)) return 'tmpfs';
  if (/^\/vagrant(\/|$)/.test(abs)) return 'vboxsf';
  return 'xfs';
}

/** strmode's ten characters. */
export function modeString(st: StatInfo): string {
  const t = ({ dir: 'd', link: 'l', socket: 's', fifo: 'p', chr: 'c', blk: 'b', file: '-' } as const)[st.kind];
  const m = st.mode;
  const x = (bit: number, special: number, on: string, off: string) => (m & special ? (m & bit ? on : off) : m & bit ? 'x' : '-');
  return (
    t +
    (m & 0o400 ? 'r' : '-') +
    (m & 0o200 ? 'w' : '-') +
    x(0o100, 0o4000, 's', 'S') +
    (m & 0o040 ? 'r' : '-') +
    (m & 0o020 ? 'w' : '-') +
    x(0o010, 0o2000, 's', 'S') +
    (m & 0o004 ? 'r' : '-') +
    (m & 0o002 ? 'w' : '-') +
    x(0o001, 0o1000, 't', 'T')
  );
}

export interface PrintEnv {
  host: Host;
  /** the followed node of a link for %Y (null when broken) */
  follow(e: Entry): Entry | null | 'loop';
}

/** %h: the leading directories of a path, `.` where there are none. */
function leading(p: string): string {
  let s = p.length - 1;
  while (s >= 0 && p[s] === '/') s--;
  if (s > 0 && p[s + 1] === '/') p = p.slice(0, s + 1);
  const k = p.lastIndexOf('/');
  return k < 0 ? '.' : p.slice(0, k);
}

/** base_name (%f): the last name with one trailing slash kept; a root stays whole. */
function baseKeep(p: string): string {
  const b = baseName(p);
  if (b === '/' || !p) return p;
  return p.slice(p.replace(/\/+$/, '').length - b.length).replace(/\/+$/, (m) => m.slice(0, 1));
}

/** do_fprintf over the segments for one file. */
export function render(segs: Seg[], e: Entry, env: PrintEnv): string {
  let out = '';
  const st = () => stat(env.host, e.node, e.abs);
  for (const s of segs) {
    if (s.kind !== 'fmt') {
      out += s.text;
      continue;
    }
    const str = (v: string) => cfmt(s.spec, 's', v);
    const c = s.c;
    if (s.c2) {
      const i = st();
      const ms = c === 'A' ? i.atime : c === 'C' ? i.ctime : c === 'B' ? i.btime : i.mtime;
      out += str(formatDate(env.host, ms, s.c2));
      continue;
    }
    switch (c) {
      case 'a':
        out += str(ctimeFormat(env.host, st().atime));
        break;
      case 'c':
        out += str(ctimeFormat(env.host, st().ctime));
        break;
      case 't':
        out += str(ctimeFormat(env.host, st().mtime));
        break;
      case 'b':
        out += str(String(st().blocks));
        break;
      case 'k':
        out += str(String(Math.ceil(st().blocks / 2)));
        break;
      case 'd':
        out += cfmt(s.spec, 'd', e.depth);
        break;
      case 'D':
        out += str(String(st().dev));
        break;
      case 'f':
        out += str(baseKeep(e.path));
        break;
      case 'F':
        out += str(fsType(e.abs));
        break;
      case 'g': {
        const g = groupByGid(env.host, st().gid);
        out += str(g ? g.name : String(st().gid));
        break;
      }
      case 'G':
        out += str(String(st().gid));
        break;
      case 'u': {
        const u = userByUid(env.host, st().uid);
        out += str(u ? u.name : String(st().uid));
        break;
      }
      case 'U':
        out += str(String(st().uid));
        break;
      case 'h':
        out += str(leading(e.path));
        break;
      case 'H':
        out += str(e.start);
        break;
      case 'i':
        out += str(String(st().ino));
        break;
      case 'l':
        out += str(e.lnode.type === 'link' ? e.lnode.target : '');
        break;
      case 'M':
        out += str(modeString(st()));
        break;
      case 'm':
        out += cfmt(s.spec, 'o', st().mode & 0o7777);
        break;
      case 'n':
        out += str(String(st().nlink));
        break;
      case 'p':
        out += str(e.path);
        break;
      case 'P':
        out += str(e.depth > 0 ? e.path.slice(e.start.length).replace(/^\//, '') : '');
        break;
      case 's':
        out += str(String(st().size));
        break;
      case 'S': {
        const i = st();
        out += cfmt(s.spec, 'g', i.size === 0 ? (i.blocks === 0 ? 1 : Infinity) : (512 * i.blocks) / i.size);
        break;
      }
      case 'y':
        out += str(typeLetter(e.node));
        break;
      case 'Y': {
        if (e.node.type !== 'link') out += str(typeLetter(e.node));
        else {
          const f = env.follow(e);
          out += str(f === null ? 'N' : f === 'loop' ? 'L' : typeLetter(f.node));
        }
        break;
      }
      case 'Z':
        out += str(contextOf(env.host, e.node, e.abs));
        break;
    }
  }
  return out;
}

/** list_file's column widths: they start at these and grow to the widest value printed so far. */
export const lsWidths = () => ({
  ino: 9,
  blk: 6,
  nl: 3,
  own: 8,
  grp: 8,
  size: 8,
});

/** list_file: the line of -ls and -fls (1 KiB blocks). */
export function lsLine(e: Entry, host: Host, now: number, w: ReturnType<typeof lsWidths>): string {
  const i = stat(host, e.node, e.abs);
  const col = (v: string, k: keyof typeof w, left = false) => {
    w[k] = Math.max(w[k], v.length);
    return left ? v.padEnd(w[k]) : v.padStart(w[k]);
  };
  const user = userByUid(host, i.uid)?.name;
  const group = groupByGid(host, i.gid)?.name;
  const t = localTm(host, i.mtime);
  const recent = now - 180 * 86400_000 <= i.mtime && i.mtime <= now + 3600_000;
  const when = strftime(recent ? '%b %e %H:%M' : '%b %e  %Y', t, i.mtime);
  const link = e.node.type === 'link' ? ` -> ${e.node.target}` : '';
  return (
    `${col(String(i.ino), 'ino')} ${col(String(Math.ceil(i.blocks / 2)), 'blk')} ${modeString(i)} ${col(String(i.nlink), 'nl')} ` +
    `${col(user ?? String(i.uid), 'own', true)} ${col(group ?? String(i.gid), 'grp', true)} ${col(String(i.size), 'size')} ${when} ${e.path}${link}\n`
  );
}
