// script of util-linux 2.37.4 (term-utils/script.c): -c COMMAND runs the command "on a terminal" and keeps what it
// printed in the typescript (./typescript, or the file named; -a appends), between script.c's "Script started on"
// header (TERM, TTY, COLUMNS and LINES of the terminal, or "<not executed on terminal>") and its "Script done on"
// line with the command's exit code; "Script started, output log file is '...'." and "Script done." unless -q.
// The terminal turns each newline into CR LF, in the typescript as on the screen. Without -c a shell opens as the
// same user, but its session is not recorded (the typescript keeps the header) and leaving it prints nothing.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { canWrite } from '../../../util';
import { def } from '../../lib/guest';
import { localTm } from '../../lib/clock';
import { runArgv } from '../../../shell/bash';
import { switchUserFrame } from '../../../login';
import { spec } from './spec';
import { umaskOf } from '../../../fs-owner';

function* script(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  const ops = ctx.operands ?? [];
  const file = o.str('log-out') ?? ops[0] ?? 'typescript';
  const quiet = o.has('quiet');
  const cmd = o.str('command');
  const abs = ctx.resolve(file);
  const fs = ctx.host.fs;
  if (fs.get(abs)?.type === 'dir' || !canWrite(ctx.frame.user, abs)) {
    ctx.err(`script: cannot open ${file}: ${fs.get(abs)?.type === 'dir' ? 'Is a directory' : 'Permission denied'}\n`);
    return 1;
  }
  const stamp = () => {
    const t = localTm(ctx.host, ctx.world.now, ctx.frame.env);
    const two = (n: number) => String(n).padStart(2, '0');
    return `${t.y}-${two(t.mo + 1)}-${two(t.d)} ${two(t.h)}:${two(t.mi)}:${two(t.s)}${t.numeric.slice(0, 3)}:${t.numeric.slice(3)}`;
  };
  const size = ctx.session.size?.() ?? { cols: 80, rows: 24 };
  const head = `Script started on ${stamp()} [${ctx.tty ? `TERM="${ctx.frame.env.TERM ?? 'xterm-256color'}" TTY="/dev/pts/0" COLUMNS="${size.cols}" LINES="${size.rows}"` : '<not executed on terminal>'}]\n`;
  if (!quiet) ctx.out(`Script started, output log file is '${file}'.\n`);
  let log = head;
  if (cmd === undefined) {
    // the interactive shell opens, but what it shows is not recorded (the typescript keeps its header only), and
    // leaving it does not print "Script done."
    fs.write(abs, log, o.has('append'));
    const f = switchUserFrame(ctx.host, ctx.frame, ctx.frame.user, false, umaskOf(ctx.frame, ctx.host));
    f.via = 'su';
    ctx.session.pushFrame(f);
    return 0;
  }
  const captured = (t: string) => {
    const crlf = t.replace(/\r?\n/g, '\r\n');
    log += crlf;
    ctx.out(crlf);
  };
  const status = yield* runArgv({ world: ctx.world, hooks: ctx.session }, ctx.frame, [ctx.frame.env.SHELL || '/bin/sh', '-c', cmd], { out: captured, err: captured, tty: true }, '');
  log += `\nScript done on ${stamp()} [COMMAND_EXIT_CODE="${status}"]\n`;
  fs.write(abs, log, o.has('append'));
  if (!quiet) ctx.out('Script done.\n');
  return o.has('return') ? status : 0;
}

def({ name: 'script', summary: 'make typescript of terminal session', spec, run: script });
