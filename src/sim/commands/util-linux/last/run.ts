// last and lastb of util-linux 2.37.4 as login-utils/last.c runs them over the guest's login records
// (commands/lib/wtmp.ts): the records read newest first; a login shows its logout, or "still logged in", "- down"
// (a clean shutdown came after it), "- crash" (a boot without one); a boot shows the next shutdown or "still
// running"; -x adds the shutdowns ("system down") and run level changes; then "wtmp begins" and the first record's
// time. lastb reads /var/log/btmp, which holds no failed logins here (root only, mode 0600).
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def, isRoot } from '../../lib/guest';
import { localTm } from '../../lib/clock';
import { loginTime } from '../../lib/procs';
import { strerror, type FsError } from '../../../fs';
import { two } from '../../../util';
import { spec } from './spec';

type UtType = 'boot' | 'runlevel' | 'shutdown' | 'user' | 'dead';
interface Ut {
  type: UtType;
  user: string;
  line: string;
  host: string;
  at: number; // seconds
  level?: string;
}

const R_CRASH = 1, R_DOWN = 2, R_NORMAL = 3, R_NOW = 4, R_PHANTOM = 5, R_REBOOT = 6;

/** timefmts[] of last.c: name, log-in width and format, log-out width and format. */
const FORMATS: Record<string, { in: number; out: number; inFmt: 'ctime' | 'iso' | 'none'; outFmt: 'hhmm' | 'ctime' | 'iso' | 'none' }> = {
  notime: { in: 0, out: 0, inFmt: 'none', outFmt: 'none' },
  short: { in: 16, out: 7, inFmt: 'ctime', outFmt: 'hhmm' },
  full: { in: 24, out: 26, inFmt: 'ctime', outFmt: 'ctime' },
  iso: { in: 25, out: 27, inFmt: 'iso', outFmt: 'iso' },
};

/** The records of /var/log/wtmp, oldest first, as systemd and sshd write them. */
function wtmp(ctx: CommandContext): Ut[] {
  const h = ctx.host;
  const sec = (ms: number) => Math.floor(ms / 1000);
  const kernel = h.sys?.kernel ?? '';
  const out: Ut[] = [];
  const recs = h.sys?.wtmp?.length ? h.sys.wtmp : [{ type: 'boot' as const, at: h.bootedAt, host: kernel }];
  for (const r of recs) {
    if (r.type === 'boot') {
      out.push({ type: 'boot', user: 'reboot', line: '~', host: r.host ?? kernel, at: sec(r.at) });
      // systemd-update-utmp's run level record once multi-user.target is reached (who -r's time)
      if (r.at + 5_000 <= ctx.world.now) out.push({ type: 'runlevel', user: 'runlevel', line: '~', host: r.host ?? kernel, at: sec(r.at + 5_000), level: '3' });
    } else if (r.type === 'shutdown') out.push({ type: 'shutdown', user: 'shutdown', line: '~', host: r.host ?? kernel, at: sec(r.at) });
    else if (r.type === 'login') out.push({ type: 'user', user: r.user!, line: r.line!, host: r.host ?? '', at: sec(r.at) });
    else out.push({ type: 'dead', user: '', line: r.line!, host: '', at: sec(r.at) });
  }
  // the session's own login when the guest recorded no ssh login at all (a lab that starts logged in): who's time
  if (ctx.frame.hostId === h.id && !recs.some((r) => r.type === 'login') && (ctx.session.depth?.() ?? 0) > 0 && h.users.has('vagrant')) {
    const at = sec(loginTime(ctx));
    const rec: Ut = { type: 'user', user: 'vagrant', line: 'pts/0', host: '10.0.2.2', at };
    const i = out.findIndex((u) => u.at > at);
    out.splice(i < 0 ? out.length : i, 0, rec);
  }
  return out;
}

function* last(ctx: CommandContext): CommandRun {
  const lastb = (ctx.argv0 ?? ctx.name).replace(/.*\//, '') === 'lastb';
  const name = lastb ? 'lastb' : 'last';
  const o = ctx.opts!;
  let maxrecs = 0;
  let showhost = true, extended = false, altlist = false, usedns = false;
  let fmt = 'short';
  let nameLen = 8, domainLen = 16;
  const files: string[] = [];
  let since = 0, until = 0, present = 0;
  const now = ctx.world.now;
  for (const { key, value } of o.list) {
    const v = String(value);
    if (key === 'nohostname') showhost = false;
    else if (key === 'system') extended = true;
    else if (key === 'limit') {
      if (!/^\s*[-+]?\d+$/.test(v) || Math.abs(Number(v)) > 2 ** 31 - 1) {
        ctx.err(`${name}: failed to parse number: '${v}'\n`);
        return 1;
      }
      maxrecs = Number(v);
    } else if (key === 'file') files.push(v);
    else if (key === 'hostlast') altlist = true;
    else if (key === 'dns' || key === 'ip') usedns = true;
    else if (key === 'fulltimes') fmt = 'full';
    else if (key === 'fullnames') [nameLen, domainLen] = [Math.max(nameLen, 32), Math.max(domainLen, 256)];
    else if (key === 'time-format') {
      if (!(v in FORMATS)) {
        ctx.err(`${name}: unknown time format: ${v}\n`);
        return 1;
      }
      fmt = v;
    } else if (key === 'since' || key === 'until' || key === 'present') {
      const t = parseTimestamp(ctx, v);
      if (t === null) {
        ctx.err(`${name}: invalid time value "${v}"\n`);
        return 1;
      }
      if (key === 'since') since = t;
      else if (key === 'until') until = t;
      else present = t;
    } else if (/^\d$/.test(key)) maxrecs = 10 * maxrecs + Number(key);
  }
  const show = ctx.operands ?? [];
  if (!files.length) files.push(lastb ? '/var/log/btmp' : '/var/log/wtmp');
  const f = FORMATS[fmt];
  const tz = (ms: number) => localTm(ctx.host, ms, ctx.frame.env);
  const ctime = (s: number) => {
    const t = tz(s * 1000);
    return `${t.dayName} ${t.monName} ${String(t.d).padStart(2)} ${two(t.h)}:${two(t.mi)}:${two(t.s)} ${t.y}`;
  };
  const iso = (s: number) => {
    const t = tz(s * 1000);
    return `${t.y}-${two(t.mo + 1)}-${two(t.d)}T${two(t.h)}:${two(t.mi)}:${two(t.s)}${t.numeric.slice(0, 3)}:${t.numeric.slice(3)}`;
  };
  const stamp = (kind: string, s: number) => (kind === 'ctime' ? ctime(s) : kind === 'iso' ? iso(s) : kind === 'hhmm' ? `${two(tz(s * 1000).h)}:${two(tz(s * 1000).mi)}` : '');
  const fit = (s: string, w: number) => s.slice(0, w).padEnd(w);
  let out = '';
  let done = 0;
  for (const file of files) {
    const path = ctx.resolve(file);
    const node = ctx.host.fs.get(path);
    const isWtmp = path === '/var/log/wtmp' || path === '/run/utmp' || path === '/var/run/utmp';
    let errno: FsError | null = null;
    if (!node) errno = 'ENOENT';
    else if (node.type === 'dir') errno = null;
    else if (!isRoot(ctx) && (path === '/var/log/btmp' || (node.mode & 0o444) === 0)) errno = 'EACCES';
    if (errno) {
      ctx.out(out);
      ctx.err(`${name}: cannot open ${file}: ${strerror(errno)}\n`);
      return 1;
    }
    const currentdate = Math.floor(now / 1000);
    const records = isWtmp && !lastb ? wtmp(ctx) : [];
    let lastboot = 0, lastrch = currentdate, lastdown = currentdate, whydown = 0;
    let quit = false;
    let ulist: Ut[] = [];
    const list = (p: Ut, logout: number, what: number): boolean => {
      let line = p.line;
      if (show.length && !show.some((w) => w === p.user || w === line || (line.startsWith('tty') && line.slice(3) === w))) return false;
      if (present && (present < p.at || (0 < logout && logout < present))) return false;
      const login = stamp(f.inFmt, p.at);
      const secs = logout - p.at;
      const mins = Math.trunc(secs / 60) % 60, hours = Math.trunc(secs / 3600) % 24, days = Math.trunc(secs / 86400);
      let logoutStr = '- ' + stamp(f.outFmt, logout);
      let length = '';
      const long = fmt === 'full' || fmt === 'iso';
      if (logout === currentdate) {
        if (long) [logoutStr, length] = ['  still running', ''];
        else [logoutStr, length] = ['  still', 'running'];
      } else if (days) length = `(${days}+${two(Math.abs(hours))}:${two(Math.abs(mins))})`;
      else if (hours) length = ` (${two(hours)}:${two(Math.abs(mins))})`;
      else if (secs >= 0) length = ` (${two(hours)}:${two(mins)})`;
      else length = ` (-00:${two(Math.abs(mins))})`;
      if (what === R_CRASH) logoutStr = '- crash';
      else if (what === R_DOWN) logoutStr = '- down ';
      else if (what === R_PHANTOM) {
        if (long) [logoutStr, length] = ['  gone - no logout', ''];
        else if (fmt === 'short') [logoutStr, length] = ['   gone', '- no logout'];
        else [logoutStr, length] = ['', 'no logout'];
      } else if (what === R_NOW) {
        if (long) [logoutStr, length] = ['  still logged in', ''];
        else [logoutStr, length] = ['  still', 'logged in'];
      }
      // -d/-i: getnameinfo() of ut_addr_v6, numeric as no name is known (0.0.0.0 for systemd's records)
      const domain = usedns ? (p.type === 'user' ? p.host : '0.0.0.0') : p.host;
      const user = p.user.slice(0, nameLen).padEnd(8);
      line = fit(line, 12);
      let s: string;
      if (showhost && !altlist) s = `${user} ${line} ${domain.slice(0, domainLen).padEnd(16)} ${fit(login, f.in)} ${fit(logoutStr, f.out)} ${length}`;
      else if (showhost) s = `${user} ${line} ${fit(login, f.in)} ${fit(logoutStr, f.out)} ${fit(length, 12)} ${domain}`;
      else s = `${user} ${line} ${fit(login, f.in)} ${fit(logoutStr, f.out)} ${length}`;
      out += s.replace(/ +$/, '') + '\n';
      done++;
      return maxrecs > 0 && maxrecs <= done;
    };
    for (let k = records.length - 1; k >= 0 && !quit; k--) {
      const ut = { ...records[k] };
      if (since && ut.at < since) continue;
      if (until && until < ut.at) continue;
      let down = false;
      if (ut.type === 'shutdown') {
        if (extended) quit = list({ ...ut, line: 'system down' }, lastboot, R_NORMAL);
        lastdown = lastrch = ut.at;
        down = true;
      } else if (ut.type === 'boot') {
        quit = list({ ...ut, line: 'system boot' }, lastdown, R_REBOOT);
        lastboot = ut.at;
        down = true;
      } else if (ut.type === 'runlevel') {
        if (extended) quit = list({ ...ut, line: `(to lvl ${ut.level})` }, lastrch, R_NORMAL);
        lastrch = ut.at;
      } else {
        if (ut.type === 'user') {
          const match = ulist.filter((p) => p.line === ut.line);
          if (match.length) {
            quit = list(ut, match[0].at, R_NORMAL);
            ulist = ulist.filter((p) => p.line !== ut.line);
          } else {
            // is_phantom(): a login from before this boot, or of a user that no longer exists, has no live session
            const phantom = ut.at < Math.floor(ctx.host.bootedAt / 1000) || !ctx.host.users.has(ut.user);
            quit = list(ut, lastboot, lastboot ? whydown : phantom ? R_PHANTOM : R_NOW);
          }
        }
        ulist.unshift(ut);
      }
      if (down) {
        lastboot = ut.at;
        whydown = ut.type === 'shutdown' ? R_DOWN : R_CRASH;
        ulist = [];
      }
    }
    if (fmt !== 'notime') {
      // the first record's time, or the file's change time when it holds none
      const begin = records.length ? records[0].at : Math.floor((node!.ctime ?? node!.mtime) / 1000);
      out += `\n${file.replace(/.*\//, '')} begins ${stamp(f.inFmt, begin)}\n`;
    }
  }
  ctx.out(out);
  return 0;
}

/** util-linux's parse_timestamp() for the forms people type: YYYY-MM-DD [HH:MM[:SS]], HH:MM[:SS], now, today,
 * yesterday, tomorrow, and +N/-N with a unit (s, min, h, d, ...) or "N unit ago"; seconds since the epoch. */
function parseTimestamp(ctx: CommandContext, s: string): number | null {
  const now = ctx.world.now;
  const t = localTm(ctx.host, now, ctx.frame.env);
  const offMs = t.off * 60_000;
  const day = Math.floor((now + offMs) / 86_400_000) * 86_400_000 - offMs;
  const w = s.trim();
  if (w === 'now') return Math.floor(now / 1000);
  if (w === 'today') return day / 1000;
  if (w === 'yesterday') return day / 1000 - 86400;
  if (w === 'tomorrow') return day / 1000 + 86400;
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(w);
  if (m) return (Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0)) - offMs) / 1000;
  m = /^(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(w);
  if (m) return (day + ((+m[1] * 60 + +m[2]) * 60 + +(m[3] ?? 0)) * 1000) / 1000;
  const units: Record<string, number> = { s: 1, sec: 1, second: 1, seconds: 1, m: 60, min: 60, minute: 60, minutes: 60, h: 3600, hr: 3600, hour: 3600, hours: 3600, d: 86400, day: 86400, days: 86400, w: 604800, week: 604800, weeks: 604800 };
  m = /^([-+]?)\s*(\d+)\s*([a-z]+)(\s+ago)?$/.exec(w);
  if (m && m[3] in units) {
    const n = Number(m[2]) * units[m[3]] * (m[1] === '-' || m[4] ? -1 : 1);
    return Math.floor(now / 1000) + n;
  }
  return null;
}

/** lastb is last under another name: usage() and print_version() name it, and -f's default is btmp. */
const lastbSpec = {
  ...spec,
  name: 'lastb',
  synopsis: spec.synopsis!.replace(/^last/, 'lastb'),
  help: () => import('./help').then((m) => m.help.replace('\n last [', '\n lastb [').replace('/var/log/wtmp', '/var/log/btmp')),
  version: () => import('./help').then((m) => m.version.replace(/^last/, 'lastb')),
};

def({
  name: 'last',
  aliases: ['lastb'],
  summary: 'show a listing of last logged in users',
  spec: { ...spec, variant: (ctx) => ((ctx.argv0 ?? ctx.name).replace(/.*\//, '') === 'lastb' ? lastbSpec : spec) },
  run: last,
});
