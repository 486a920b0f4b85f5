// source and ., the bash builtins.
import { strerror } from '../../fs';
import { def } from '../lib/guest';
import { readPath } from '../lib/files';

def({
  name: 'source',
  aliases: ['.'],
  summary: 'execute commands from a file in the current shell',
  *run(ctx) {
    const f = ctx.args[0];
    if (!f) {
      ctx.err('-bash: source: filename argument required\nsource: usage: source filename [arguments]\n');
      return 2;
    }
    const r = readPath(ctx, ctx.resolve(f));
    if (r === 'ENOENT' || r === 'EISDIR' || r === 'EACCES') {
      ctx.err(`-bash: ${f}: ${strerror(r)}\n`);
      return 1;
    }
    return yield* ctx.runLine(r);
  },
});
