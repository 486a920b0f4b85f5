// dmesg of util-linux 2.37.4 (options and help in spec.ts): the guest's kernel buffer (lib/kmsg.ts) as
// sys-utils/dmesg.c prints it: "[%5ld.%06ld] " stamps, -t, -T ("%a %b %e %H:%M:%S %Y"), -d, -x ("%-6s:%-6s: "),
// -l and -f filters, -r raw records, -C/-c clearing (root), -w following, and the colours it uses on a terminal
// (colors are enabled by default in this build): the stamp green, a subsystem prefix brown, err red and warn bold.
// Reading is refused while kernel.dmesg_restrict is 1 for a user without CAP_SYSLOG.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { Interrupt } from '../../../types';
import { isRoot } from '../../lib/guest';
import { sysctlValue } from '../../lib/files';
import { kernelLog, type KernelRecord } from '../../lib/kmsg';

const LEVELS = ['emerg', 'alert', 'crit', 'err', 'warn', 'notice', 'info', 'debug'];
const FACILITIES = ['kern', 'user', 'mail', 'daemon', 'auth', 'syslog', 'lpr', 'news', 'uucp', 'cron', 'authpriv', 'ftp'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number) => String(n).padStart(2, '0');

const GREEN = '\x1b[32m';
const BROWN = '\x1b[33m';
const RED = '\x1b[31m';
const BOLD = '\x1b[1m';
const RESET = '\x1b[0m';

/** strftime "%a %b %e %H:%M:%S %Y" in the guest's time zone (UTC). */
function ctime(ms: number): string {
  const d = new Date(ms);
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2)} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} ${d.getUTCFullYear()}`;
}

const stamp = (us: number) => `[${String(Math.floor(us / 1e6)).padStart(5)}.${String(Math.floor(us % 1e6)).padStart(6, '0')}]`;

/** The position of the ':' that ends a subsystem prefix (a ':' followed by a blank), as get_subsys_delimiter finds it. */
function subsys(text: string): number {
  for (let i = text.indexOf(':'); i >= 0; i = text.indexOf(':', i + 1)) if (text[i + 1] === ' ' || text[i + 1] === '\t') return i;
  return -1;
}

/** A -l or -f list: the indexes named, or the word that is not a name. */
function parseList(list: string, names: string[]): number[] | { bad: string } {
  const out: number[] = [];
  for (const w of list.split(',')) {
    if (!w) continue;
    const i = names.indexOf(w);
    if (i < 0) return { bad: w };
    out.push(i);
  }
  return out;
}

export function* run(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  const host = ctx.host;
  const sys = host.sys!;
  const fail = (msg: string) => {
    ctx.err(`dmesg: ${msg}\n`);
    return 1;
  };
  const levels = o.str('level') === undefined ? null : parseList(o.str('level')!, LEVELS);
  if (levels && 'bad' in levels) return fail(`unknown level '${levels.bad}'`);
  const facilities = o.str('facility') === undefined ? null : parseList(o.str('facility')!, FACILITIES);
  if (facilities && 'bad' in facilities) return fail(`unknown facility '${facilities.bad}'`);
  const fmt = o.str('time-format');
  if (fmt !== undefined && !['delta', 'reltime', 'ctime', 'notime', 'iso'].includes(fmt)) return fail(`unknown time format: ${fmt}`);
  // the guest's dmesg reads /dev/kmsg, where --raw goes with --level and --facility
  const raw = o.has('raw');
  const restricted = !isRoot(ctx);
  // -C: clear only
  if (o.has('clear')) {
    if (restricted) return fail('clear kernel buffer failed: Operation not permitted');
    sys.kmsgClearedAt = ctx.world.now;
    return 0;
  }
  if (o.has('console-off') || o.has('console-on') || o.has('console-level')) {
    if (restricted) return fail('klogctl failed: Operation not permitted');
    return 0;
  }
  if (restricted && sysctlValue(host, 'kernel.dmesg_restrict') === '1') return fail('read kernel buffer failed: Operation not permitted');
  if (o.has('read-clear') && restricted) return fail('read kernel buffer failed: Operation not permitted');

  const notime = o.has('notime') || fmt === 'notime';
  const ctimeFmt = o.has('ctime') || fmt === 'ctime';
  const iso = fmt === 'iso';
  const delta = o.has('show-delta') || fmt === 'delta';
  const decode = o.has('decode');
  const colorArg = o.get('color');
  const color = !raw && (colorArg === 'always' || (ctx.tty && colorArg !== 'never' && (colorArg === undefined || colorArg === true || colorArg === 'auto')));
  let last = 0;

  const line = (r: KernelRecord): string => {
    if (raw) return `<${r.level}>${stamp(r.us)} ${r.text}\n`;
    // boot time plus the record's seconds (record_localtime, iso_8601_time)
    const wall = (Math.floor(host.bootedAt / 1000) + Math.floor(r.us / 1e6)) * 1000;
    let ts = '';
    if (!notime) {
      // record_count_delta(): no delta while the last time is still zero (timerisset)
      const d = last ? (r.us - last) / 1e6 : 0;
      if (iso) {
        const t = new Date(wall);
        ts = `${t.getUTCFullYear()}-${two(t.getUTCMonth() + 1)}-${two(t.getUTCDate())}T${two(t.getUTCHours())}:${two(t.getUTCMinutes())}:${two(t.getUTCSeconds())},${String(Math.floor(r.us % 1e6)).padStart(6, '0')}+00:00 `;
      } else if (ctimeFmt && delta) ts = `[${ctime(wall)} <${d.toFixed(6).padStart(12)}>] `;
      else if (ctimeFmt) ts = `[${ctime(wall)}] `;
      else if (delta && fmt === 'delta') ts = `[<${d.toFixed(6).padStart(12)}>] `;
      else if (delta) ts = `${stamp(r.us).slice(0, -1)} <${d.toFixed(6).padStart(12)}>] `;
      else ts = stamp(r.us) + ' ';
    }
    last = r.us;
    const pre = decode ? `${'kern'.padEnd(6)}:${LEVELS[r.level].padEnd(6)}: ` : '';
    if (!color) return pre + ts + r.text + '\n';
    let body = r.text;
    const at = subsys(body);
    let head = '';
    if (at > 0) {
      head = BROWN + body.slice(0, at) + RESET;
      body = body.slice(at);
    }
    const lc = r.level === 3 ? RED : r.level === 4 ? BOLD : r.level === 2 ? BOLD + RED : '';
    return pre + (ts ? GREEN + ts + RESET : '') + head + (lc ? lc + body + RESET : body) + '\n';
  };
  const visible = () =>
    kernelLog(host).filter((r) => {
      if (sys.kmsgClearedAt !== undefined && host.bootedAt + r.us / 1000 <= sys.kmsgClearedAt) return false;
      // every record is the kernel's (facility kern); -u shows userspace records only
      if (o.has('userspace') && !o.has('kernel')) return false;
      if (facilities && !facilities.includes(0)) return false;
      return !levels || levels.includes(r.level);
    });
  let shown = o.has('follow-new') ? visible().length : 0;
  const first = visible();
  ctx.out(first.slice(shown).map(line).join(''));
  shown = first.length;
  if (o.has('read-clear')) sys.kmsgClearedAt = ctx.world.now;
  if (!o.has('follow') && !o.has('follow-new')) return 0;
  try {
    for (;;) {
      yield { wait: 1000 };
      const now = visible();
      if (now.length > shown) ctx.out(now.slice(shown).map(line).join(''));
      shown = now.length;
    }
  } catch (e) {
    if (!(e instanceof Interrupt)) throw e;
  }
  return 130;
}
