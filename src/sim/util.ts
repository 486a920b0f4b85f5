// Small helpers shared by commands.

/** Shell glob (`*`, `?`, `[abc]`) to a test. */
export function globMatch(pattern: string, name: string, caseInsensitive = false): boolean {
  const key = (caseInsensitive ? 'i' : 's') + pattern;
  let re = globs.get(key);
  if (!re) {
    if (globs.size >= 512) globs.clear();
    globs.set(key, (re = new RegExp('^' + globRegex(pattern, 0, pattern.length) + '$', caseInsensitive ? 'i' : '')));
  }
  return re.test(name);
}
/** Patterns already compiled: a glob is usually tested against every name of a directory. */
const globs = new Map<string, RegExp>();

/** Whether a pattern has bash's extended forms `?(a|b)`, `*(..)`, `+(..)`, `@(..)`, `!(..)` (shopt extglob). */
export const hasExtglob = (p: string) => p.includes('(') && /[?*+@!]\(/.test(p);

/** The index of the `)` that closes the `(` at `open`. */
function closing(p: string, open: number): number {
  let d = 0;
  for (let k = open; k < p.length; k++) {
    if (p[k] === '\\') k++;
    else if (p[k] === '(') d++;
    else if (p[k] === ')' && --d === 0) return k;
  }
  return -1;
}

/** The alternatives of an extglob group, split on its top-level `|`. */
function alternatives(p: string, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  let d = 0;
  let start = from;
  for (let k = from; k < to; k++) {
    if (p[k] === '\\') k++;
    else if (p[k] === '(') d++;
    else if (p[k] === ')') d--;
    else if (p[k] === '|' && d === 0) {
      out.push([start, k]);
      start = k + 1;
    }
  }
  out.push([start, to]);
  return out;
}

function globRegex(pattern: string, from: number, to: number): string {
  let re = '';
  for (let i = from; i < to; i++) {
    const c = pattern[i];
    if ('?*+@!'.includes(c) && pattern[i + 1] === '(') {
      const end = closing(pattern, i + 1);
      if (end > 0 && end < to) {
        const alts = alternatives(pattern, i + 2, end).map(([a, b]) => globRegex(pattern, a, b)).join('|');
        if (c === '!') {
          // anything the group does not match (checked together with the rest of the pattern)
          re += `(?:(?!(?:${alts})${globRegex(pattern, end + 1, to)}$).*?)`;
        } else re += `(?:${alts})${c === '@' ? '' : c === '?' ? '?' : c === '*' ? '*' : '+'}`;
        i = end;
        continue;
      }
    }
    if (c === '*') re += '.*';
    else if (c === '?') re += '.';
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 1);
      if (end > i && end < to) {
        // `[!...]` (and bash's `[^...]`) is the class of everything else
        const body = pattern.slice(i + 1, end);
        const neg = body[0] === '!' || body[0] === '^';
        re += '[' + (neg ? '^' : '') + (neg ? body.slice(1) : body).replace(/\\/g, '\\\\') + ']';
        i = end;
      } else re += '\\[';
    } else re += c.replace(/[.+^${}()|\\\]]/g, '\\$&');
  }
  return re;
}

/** What anyone may write in /dev: the 0666 devices, the terminal, and the tmpfs and mqueue mounts. */
const DEV_WRITABLE = /^\/dev\/(null|zero|full|random|urandom|tty|ptmx|stdout|stderr|pts\/0|fd\/.+|shm\/.+|mqueue\/.+)$/;

/** Who may write where on a guest (root anywhere; users in their home, /tmp, /vagrant and what /dev lets them). */
export function canWrite(user: string, path: string): boolean {
  if (user === 'root') return true;
  return path.startsWith(`/home/${user}/`) || path === `/home/${user}` || path.startsWith('/tmp/') || path.startsWith('/var/tmp/') || path.startsWith('/vagrant/') || DEV_WRITABLE.test(path);
}

export function canRead(user: string, path: string): boolean {
  if (user === 'root') return true;
  // /run/containerd and its state directories are 0711: others may pass through, not list
  return !(path === '/root' || path.startsWith('/root/') || path === '/etc/shadow' || path === '/etc/sudoers' || path === '/etc/sudoers.d' || path.startsWith('/etc/sudoers.d/') || path === '/run/containerd' || path.startsWith('/run/containerd/'));
}

/** Pad right to width. */
export function padEnd(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}
export function padStart(s: string, n: number): string {
  return s.length >= n ? s : ' '.repeat(n - s.length) + s;
}

/** 1234567 → "1,234,567" */
export function commas(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Broken-down time in a fixed offset from UTC. */
export function tm(ms: number, offsetHours = 0) {
  const d = new Date(ms + offsetHours * 3600_000);
  return {
    y: d.getUTCFullYear(),
    mo: d.getUTCMonth(),
    d: d.getUTCDate(),
    h: d.getUTCHours(),
    mi: d.getUTCMinutes(),
    s: d.getUTCSeconds(),
    wd: d.getUTCDay(),
    dayName: DAYS[d.getUTCDay()],
    monName: MONTHS[d.getUTCMonth()],
  };
}

export const two = (n: number) => String(n).padStart(2, '0');

/** Format like `date`: "Wed Dec 10 01:02:55 UTC 2025". */
export function unixDate(ms: number): string {
  const t = tm(ms);
  return `${t.dayName} ${t.monName} ${String(t.d).padStart(2, ' ')} ${two(t.h)}:${two(t.mi)}:${two(t.s)} UTC ${t.y}`;
}

/** Parse simple long/short flags: returns flags set and positional args. `withValue` names take a value. */
export function parseFlags(args: string[], withValue: string[] = []): { flags: Map<string, string | true>; pos: string[]; unknown: string[] } {
  const flags = new Map<string, string | true>();
  const pos: string[] = [];
  const unknown: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      pos.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
      if (eq > 0) flags.set(name, a.slice(eq + 1));
      else if (withValue.includes(name)) {
        if (i + 1 < args.length) flags.set(name, args[++i]);
        else flags.set(name, '');
      } else flags.set(name, true);
    } else if (a.startsWith('-') && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const f = a[j];
        if (withValue.includes(f)) {
          const rest = a.slice(j + 1);
          flags.set(f, rest !== '' ? rest : i + 1 < args.length ? args[++i] : '');
          break;
        }
        flags.set(f, true);
      }
    } else pos.push(a);
  }
  return { flags, pos, unknown };
}
