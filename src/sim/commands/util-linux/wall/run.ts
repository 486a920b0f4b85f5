// wall of util-linux 2.37.4 (term-utils/wall.c): the banner (the login name, the host, the terminal and the
// time; -n drops it for root only) and the message (the operands, a file or standard input, lines padded to 79
// columns with CR LF) written to every terminal of a logged-in user that accepts messages (mesg y; all of them for
// root). The guest's only terminal is the session's, so the message shows there when standard output is that
// terminal (wall writes to /dev/pts/0, which a redirection of wall's own output does not catch here).
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { strerror, type FsError } from '../../../fs';
import { def } from '../../lib/guest';
import { readFile } from '../../lib/files';
import { localTm } from '../../lib/clock';
import { spec } from './spec';

const W = 79;
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function* wall(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  const root = ctx.frame.user === 'root';
  let banner = true;
  if (o.has('nobanner')) {
    if (root) banner = false;
    else ctx.err('wall: --nobanner is available only for root\n');
  }
  const t = o.str('timeout');
  if (t !== undefined && (!/^\d+$/.test(t) || Number(t) < 1)) {
    ctx.err(`wall: invalid timeout argument: ${t}\n`);
    return 1;
  }
  let msg = '';
  if (banner) {
    const tm = localTm(ctx.host, ctx.world.now, ctx.frame.env);
    const two = (n: number) => String(n).padStart(2, '0');
    const date = `${DAYS[tm.wd]} ${MONTHS[tm.mo]} ${String(tm.d).padStart(2)} ${two(tm.h)}:${two(tm.mi)}:${two(tm.s)} ${tm.y}`;
    const who = ctx.host.users.has('vagrant') ? 'vagrant' : ctx.frame.user;
    const line = `Broadcast message from ${who}@${ctx.host.hostname} (${ctx.tty ? 'pts/0' : 'somewhere'}) (${date}):`;
    msg += `\r${' '.repeat(W)}\r\n` + line.slice(0, W).padEnd(W) + '\x07\x07\r\n';
  }
  msg += ' '.repeat(W) + '\r\n';
  const ops = ctx.operands ?? [];
  let text: string | null = null;
  if (ops.length === 1) {
    // one operand names a file when it is readable (wall.c: access(argv[0], F_OK) decides), else it is the message
    const r = readFile(ctx, ctx.resolve(ops[0]));
    if (r.ok) text = r.text;
    else if (r.errno !== 'ENOENT') {
      ctx.err(`wall: cannot open ${ops[0]}: ${strerror(r.errno as FsError)}\n`);
      return 1;
    }
  }
  if (ops.length && text === null) msg += ops.join(' ') + '\r\n';
  else {
    const src = text ?? ctx.stdin ?? '';
    for (const l of src.split(/(?<=\n)/)) {
      let cnt = 0;
      for (const ch of l) {
        if (cnt === W || ch === '\n') {
          msg += ' '.repeat(Math.max(0, W - cnt)) + '\r\n';
          cnt = 0;
        }
        if (ch === '\t') cnt += 7 - (cnt % 8);
        if (ch !== '\n') {
          msg += ch;
          cnt++;
        }
      }
    }
  }
  msg += ' '.repeat(W) + '\r\n';
  if (ctx.tty) ctx.out(msg);
  return 0;
}

def({ name: 'wall', summary: 'write a message to all users', spec, run: wall });
