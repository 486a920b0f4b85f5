// nohup of GNU coreutils 8.32 (help in spec.ts): runs COMMAND; on a terminal its output goes to nohup.out
// (appended; $HOME/nohup.out when the directory is not writable) and the terminal's input is not read.
import { findCommand } from '../../../registry';
import { runArgv } from '../../../shell/bash';
import { canWrite } from '../../../util';
import { def } from '../../lib/guest';

def({
  name: 'nohup',
  summary: 'run a command immune to hangups, with output to a non-tty',
  *run(ctx) {
    const argv = ctx.operands ?? [];
    const d = findCommand('bash', argv[0]);
    if (!argv[0].includes('/') && !ctx.frame.functions?.[argv[0]] && (!d || (d.available && !d.available(ctx.host, ctx.world)))) {
      ctx.err(`nohup: failed to run command '${argv[0]}': No such file or directory\n`);
      return 127;
    }
    const ignoringInput = ctx.stdin === null;
    let out = ctx.out;
    let err = ctx.err;
    if (ctx.tty) {
      let file = ctx.resolve('nohup.out');
      let shown = 'nohup.out';
      if (!canWrite(ctx.frame.user, file)) {
        file = ctx.resolve('~/nohup.out');
        shown = file;
      }
      ctx.host.fs.write(file, '', true, 0o600);
      ctx.err(`nohup: ${ignoringInput ? 'ignoring input and appending output to' : 'appending output to'} '${shown}'\n`);
      out = (t: string) => void ctx.host.fs.write(file, t, true, 0o600);
      err = out;
    } else if (ignoringInput) ctx.err('nohup: ignoring input\n');
    const rt = { world: ctx.world, hooks: ctx.session };
    return yield* runArgv(rt, ctx.frame, argv, { out, err, tty: false }, ignoringInput ? '' : ctx.stdin);
  },
});
