// crontab of cronie 1.5.7 (src/crontab.c; usage and version in help.ts): a user's table in /var/spool/cron/USER,
// listed (-l), removed (-r, -i asks first), replaced from a file or standard input, tested (-T) and edited (-e:
// a copy in /tmp/crontab.XXXXXX opened in $VISUAL, $EDITOR or vi, installed when saved). A table is checked as
// check_syntax() does before it is installed: five time fields or an @ specifier, then a command; NAME=value lines
// set variables. -u USER is root's. -n [HOST] (root) writes the cluster host that runs the tables into
// /var/spool/cron/.cron.hostname (hostset_cmd), -c prints it (hostget_cmd).
import type { CommandContext } from '../../../context';
import type { CommandRun, EditRequest } from '../../../types';
import { Interrupt } from '../../../types';
import { def } from '../../lib/guest';
import { editFile } from '../../editor';
import { spec } from './spec';

const SPOOL = '/var/spool/cron';
/** SPOOL_DIR/CRON_HOSTNAME (src/Makemodule.am): the host of a cluster that runs the users' tables. */
const HOSTFILE = `${SPOOL}/.cron.hostname`;

type Op = 'list' | 'delete' | 'edit' | 'test' | 'replace' | 'hostset' | 'hostget';
const ERROR_EXIT = 1;

const FIELDS: { what: string; lo: number; hi: number; names?: string[] }[] = [
  { what: 'bad minute', lo: 0, hi: 59 },
  { what: 'bad hour', lo: 0, hi: 23 },
  { what: 'bad day-of-month', lo: 1, hi: 31 },
  { what: 'bad month', lo: 1, hi: 12, names: ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] },
  { what: 'bad day-of-week', lo: 0, hi: 7, names: ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] },
];
const SPECIFIERS = ['reboot', 'yearly', 'annually', 'monthly', 'weekly', 'daily', 'midnight', 'hourly'];

/** get_list(): `*`, N, N-M, with /STEP, comma-separated; month and weekday names in their first three letters. */
function fieldOk(text: string, f: (typeof FIELDS)[number]): boolean {
  const num = (w: string) => {
    if (/^\d+$/.test(w)) return Number(w);
    const i = f.names?.indexOf(w.toLowerCase()) ?? -1;
    return i < 0 ? NaN : i + f.lo;
  };
  return text.split(',').every((item) => {
    const m = /^(\*|[^-/]+(?:-[^-/]+)?)(?:\/(\d+))?$/.exec(item);
    if (!m) return false;
    if (m[2] !== undefined && Number(m[2]) === 0) return false;
    if (m[1] === '*') return true;
    const [a, b] = m[1].split('-');
    const lo = num(a);
    const hi = b === undefined ? lo : num(b);
    return !(Number.isNaN(lo) || Number.isNaN(hi) || lo < f.lo || hi > f.hi || lo > hi);
  });
}

/** check_syntax(): the first error as `"FILE":LINE: what`, or null. */
function syntaxError(text: string, file: string): string | null {
  const lines = text.split('\n');
  const last = lines.pop();
  if (last !== undefined && last !== '') return `"${file}":${lines.length + 1}: premature EOF\n`;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i].trim();
    if (l === '' || l.startsWith('#')) continue;
    if (/^[^\s=]+\s*=/.test(l) || /^(["'])[^"']*\1\s*=/.test(l)) continue;
    const at = (what: string) => `"${file}":${i + 1}: ${what}\n`;
    let words = l.split(/\s+/);
    if (l.startsWith('@')) {
      if (!SPECIFIERS.includes(words[0].slice(1).toLowerCase())) return at('bad time specifier');
      words = words.slice(1);
    } else {
      for (let k = 0; k < 5; k++) {
        if (words[k] === undefined || !fieldOk(words[k], FIELDS[k])) return at(FIELDS[k].what);
      }
      words = words.slice(5);
    }
    if (!words.join(' ').trim()) return at('bad command');
  }
  return null;
}

function usage(ctx: CommandContext, msg: string, text: string): number {
  ctx.err(`crontab: usage error: ${msg}\n${text}`);
  return ERROR_EXIT;
}

function* crontab(ctx: CommandContext): CommandRun {
  const text = (yield { load: () => import('./help').then((m) => m.usage) }) as string;
  const me = ctx.frame.user;
  let user = me;
  let op = null as Op | null;
  let prompt = false;
  const operands: string[] = [];
  const one = (o: Op) => {
    if (op) return false;
    op = o;
    return true;
  };
  // getopt(3) with "u:lerisncx:VT", operands moved after the options
  const args = ctx.args;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (!a.startsWith('-') || a === '-') {
      operands.push(a);
      continue;
    }
    for (let k = 1; k < a.length; k++) {
      const c = a[k];
      let value: string | undefined;
      if (c === 'u' || c === 'x') {
        value = a.slice(k + 1) || args[++i];
        if (value === undefined) {
          ctx.err(`crontab: option requires an argument -- '${c}'\n`);
          return usage(ctx, 'unrecognized option', text);
        }
        k = a.length;
      }
      switch (c) {
        case 'u':
          if (me !== 'root') {
            ctx.err('must be privileged to use -u\n');
            return ERROR_EXIT;
          }
          if (op === 'hostset' || op === 'hostget' || op === 'test') {
            ctx.err('cannot use -u with -n, -c or -T\n');
            return ERROR_EXIT;
          }
          if (!ctx.host.users.has(value!)) {
            ctx.err(`crontab:  user \`${value}' unknown\n`);
            return ERROR_EXIT;
          }
          user = value!;
          break;
        case 'x':
          break;
        case 'l':
        case 'r':
        case 'e':
        case 'T':
          if (!one(c === 'l' ? 'list' : c === 'r' ? 'delete' : c === 'e' ? 'edit' : 'test')) return usage(ctx, 'only one operation permitted', text);
          break;
        case 'i':
          prompt = true;
          break;
        case 's':
          break;
        case 'n':
          if (me !== 'root') {
            ctx.err('must be privileged to set host with -n\n');
            return ERROR_EXIT;
          }
          if (!one('hostset')) return usage(ctx, 'only one operation permitted', text);
          if (user !== me) {
            ctx.err('cannot use -u with -n or -c\n');
            return ERROR_EXIT;
          }
          break;
        case 'c':
          if (!one('hostget')) return usage(ctx, 'only one operation permitted', text);
          if (user !== me) {
            ctx.err('cannot use -u with -n or -c\n');
            return ERROR_EXIT;
          }
          break;
        case 'V':
          ctx.out((yield { load: () => import('./help').then((m) => m.version) }) as string);
          return 0;
        default:
          ctx.err(`crontab: invalid option -- '${c}'\n`);
          return usage(ctx, 'unrecognized option', text);
      }
    }
  }
  let host = '';
  if (op === 'hostset' && operands.length) host = operands.shift()!;
  let file = '';
  if (!op) op = 'replace';
  if (op === 'replace' || op === 'test') {
    if (operands.length) file = operands.shift()!;
    else if (ctx.stdin == null && ctx.tty) return usage(ctx, 'file name or - (for stdin) must be specified', text);
    else file = '-';
  }
  if (operands.length) return usage(ctx, 'no arguments permitted after this option', text);
  const fs = ctx.host.fs;
  let input = '';
  if (file && file !== '-') {
    const abs = ctx.resolve(file);
    const r = fs.readFile(abs);
    if (!r.ok) {
      if (r.errno === 'EISDIR') ctx.err(`invalid crontab file: '${file}' is a directory\n`);
      else ctx.err(`${file}: ${r.errno === 'EACCES' ? 'Permission denied' : 'No such file or directory'}\n`);
      return ERROR_EXIT;
    }
    input = r.text;
  } else if (file === '-') input = ctx.stdin ?? '';
  const spool = `${SPOOL}/${user}`;
  const current = fs.readFile(spool);
  const install = (text: string, name: string): number => {
    const e = syntaxError(text, name);
    if (e) {
      ctx.err(`${e}Invalid crontab file, can't install.\n`);
      return -1;
    }
    fs.mkdir(SPOOL, true);
    fs.write(spool, text, false, 0o600);
    return 0;
  };
  switch (op as Op) {
    case 'list':
      if (!current.ok) {
        ctx.err(`no crontab for ${user}\n`);
        return ERROR_EXIT;
      }
      ctx.out(current.text);
      return 0;
    case 'delete':
      if (prompt) {
        const a = (yield { ask: `crontab: really delete ${user}'s crontab? ` }) as string;
        if (!/^[yY]/.test(a ?? '')) return 0;
      }
      if (!current.ok) {
        ctx.err(`no crontab for ${user}\n`);
        return ERROR_EXIT;
      }
      fs.remove(spool);
      return 0;
    case 'test': {
      const e = syntaxError(input, file);
      if (e) ctx.err(`${e}Invalid crontab file. Syntax issues were found.\n`);
      else ctx.err('No syntax issues were found in the crontab file.\n');
      return e ? ERROR_EXIT : 0;
    }
    case 'replace':
      return install(input, file) < 0 ? ERROR_EXIT : 0;
    case 'edit':
      return yield* edit(ctx, current.ok ? current.text : null, user, install);
    case 'hostset':
      // a temporary file renamed over SPOOL_DIR/CRON_HOSTNAME: the host given, or this one's name
      fs.mkdir(SPOOL, true);
      fs.write(HOSTFILE, `${host || ctx.host.hostname}\n`, false, 0o600);
      return 0;
    case 'hostget': {
      const r = fs.readFile(HOSTFILE);
      if (!r.ok) {
        ctx.err(r.errno === 'ENOENT' ? `File ${HOSTFILE} not found\n` : `${HOSTFILE}: ${r.errno === 'EISDIR' ? 'Is a directory' : 'Permission denied'}\n`);
        return ERROR_EXIT;
      }
      if (r.text === '') {
        ctx.err(`Error reading from ${HOSTFILE}\n`);
        return ERROR_EXIT;
      }
      ctx.out(`${r.text.split('\n')[0]}\n`);
      return 0;
    }
  }
  return 0;
}

function* edit(ctx: CommandContext, current: string | null, user: string, install: (t: string, name: string) => number): CommandRun {
  if (current === null) ctx.err(`no crontab for ${user} - using an empty one\n`);
  const fs = ctx.host.fs;
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const tmp = `${ctx.frame.env.TMPDIR || '/tmp'}/crontab.${Array.from({ length: 6 }, () => letters[ctx.world.rng.int(0, letters.length - 1)]).join('')}`;
  fs.write(tmp, current ?? '', false, 0o600);
  const env = ctx.frame.env.VISUAL || ctx.frame.env.EDITOR || 'vi';
  const name = env.split('/').pop()!.split(' ')[0];
  const editor = (['vi', 'vim', 'nano'].includes(name) ? name : 'vi') as EditRequest['editor'];
  for (;;) {
    const before = fs.get(tmp)?.mtime;
    const shown = String(fs.read(tmp));
    yield* editFile(ctx, tmp, editor);
    if (ctx.session.interactiveEditor) {
      try {
        while (fs.get(tmp)?.mtime === before && String(fs.read(tmp)) === shown && !ctx.session.editorClosed?.(ctx.host.id, tmp)) yield { wait: 500 };
      } catch (e) {
        if (e instanceof Interrupt) return 130;
        throw e;
      }
    }
    const node = fs.get(tmp);
    if (!node || node.type !== 'file') {
      ctx.err('crontab: illegal crontab\n');
      return 0;
    }
    // edit_cmd() sets the copy's time to 0 first: an editor that did not write it leaves it so
    if (node.mtime === before && node.content === shown) {
      ctx.err('crontab: no changes made to crontab\n');
      fs.remove(tmp);
      return 0;
    }
    ctx.err('crontab: installing new crontab\n');
    if (install(node.content, tmp) === 0) {
      fs.remove(tmp);
      return 0;
    }
    for (;;) {
      const a = String((yield { ask: 'Do you want to retry the same edit? (Y/N) ' }) ?? '');
      if (/^[yY]/.test(a)) break;
      if (/^[nN]/.test(a)) {
        ctx.err(`crontab: edits left in ${tmp}\n`);
        return 0;
      }
      ctx.err('Enter Y or N\n');
    }
  }
}

def({ name: 'crontab', summary: 'maintains crontab files for individual users', spec, run: crontab });
