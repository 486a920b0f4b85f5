// logger of util-linux 2.37.4 (misc-utils/logger.c): the message (the operands, or each line of -f's file or of
// standard input) goes to /dev/log, where journald stores it (commands/systemd/journalctl reads sys.syslog): the
// tag (-t, else the login name, getlogin()), the priority (-p facility.level, user.notice by default; kern becomes
// user), the PID with -i or --id. -s also writes the local header and message to standard error. Remote servers
// (-n), other sockets (-u) and --journald are not modelled.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { strerror, type FsError } from '../../../fs';
import { def, linuxOnly } from '../../lib/guest';
import { readFile } from '../../lib/files';
import { localTm } from '../../lib/clock';
import { spec } from './spec';

const FACILITIES: Record<string, number> = {
  auth: 4, authpriv: 10, cron: 9, daemon: 3, ftp: 11, kern: 0, lpr: 6, mail: 2, news: 7, security: 4, syslog: 5, user: 1, uucp: 8,
  local0: 16, local1: 17, local2: 18, local3: 19, local4: 20, local5: 21, local6: 22, local7: 23,
};
const LEVELS: Record<string, number> = { alert: 1, crit: 2, debug: 7, emerg: 0, err: 3, error: 3, info: 6, notice: 5, panic: 0, warn: 4, warning: 4 };
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** decode(): a name of the table or a number. */
function decode(name: string, table: Record<string, number>, facility: boolean): number {
  if (/^\d+$/.test(name)) return facility ? Number(name) & 0x3f8 ? Number(name) >> 3 : Number(name) : Number(name);
  return table[name.toLowerCase()] ?? -1;
}

function* logger(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  const fail = (m: string) => {
    ctx.err(`logger: ${m}\n`);
    return 1;
  };
  let facility = 1;
  let level = 5;
  let pid: number | null = null;
  const sys = ctx.host.sys!;
  // the PID journald sees (logger's own): after the shell's, one more for each message logged so far
  const myPid = 5300 + ((ctx.world.now / 1000) % 1000 | 0) + (sys.syslog?.length ?? 0) * 2;
  for (const { key, value } of o.list) {
    const v = String(value);
    if (key === 'priority') {
      const dot = v.indexOf('.');
      if (dot >= 0) {
        const f = decode(v.slice(0, dot), FACILITIES, true);
        if (f < 0) return fail(`unknown facility name: ${v.slice(0, dot)}`);
        facility = f === 0 ? 1 : f;
      } else facility = 1;
      const l = decode(dot >= 0 ? v.slice(dot + 1) : v, LEVELS, false);
      if (l < 0) return fail(`unknown priority name: ${dot >= 0 ? v.slice(dot + 1) : v}`);
      level = l & 7;
    } else if (key === 'i') pid = myPid;
    else if (key === 'id') {
      if (value === true) pid = myPid;
      else {
        if (!/^\d+$/.test(v)) return fail(`failed to parse id: '${v}'`);
        pid = Number(v);
      }
    } else if (key === 'msgid' && v.includes(' ')) return fail('--msgid cannot contain space');
  }
  if (o.has('server') || o.has('socket')) {
    // no syslog server listens in the lab and no other socket is modelled
    return fail(o.has('socket') ? `socket ${o.str('socket')}: No such file or directory` : `failed to connect to ${o.str('server')} port ${o.str('port') ?? '514'}`);
  }
  const login = ctx.host.users.has('vagrant') ? 'vagrant' : ctx.frame.user;
  const tag = o.str('tag') ?? login;
  const user = ctx.host.users.get(ctx.frame.user);
  const t = localTm(ctx.host, ctx.world.now, ctx.frame.env);
  const stamp = `${MONTHS[t.mo]} ${String(t.d).padStart(2)} ${String(t.h).padStart(2, '0')}:${String(t.mi).padStart(2, '0')}:${String(t.s).padStart(2, '0')}`;
  const send = (msg: string) => {
    if (o.has('skip-empty') && msg === '') return;
    if (!o.has('no-act')) (sys.syslog ??= []).push({ at: ctx.world.now, ident: tag, pid: pid ?? myPid, prio: level, facility, uid: user?.uid ?? 0, msg });
    if (o.has('stderr')) ctx.err(`<${facility * 8 + level}>${stamp} ${tag}${pid !== null ? `[${pid}]` : ''}: ${msg}\n`);
  };
  const ops = ctx.operands ?? [];
  const file = o.str('file');
  if (file !== undefined && ops.length) ctx.err('logger: --file <file> and <message> are mutually exclusive, message is ignored\n');
  if (file === undefined && ops.length) {
    send(ops.join(' '));
    return 0;
  }
  let text = ctx.stdin ?? '';
  if (file !== undefined) {
    const r = readFile(ctx, ctx.resolve(file));
    if (!r.ok) return fail(`failed to open ${file}: ${strerror(r.errno as FsError)}`);
    text = r.text;
  }
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  for (const l of lines) send(l);
  return 0;
}

def({ name: 'logger', summary: 'enter messages into the system log', available: linuxOnly, spec, run: logger });
