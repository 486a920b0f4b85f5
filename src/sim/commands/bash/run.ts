// bash and sh run as commands: -c, a script file, or stdin.
import { strerror } from '../../fs';
import { def } from '../lib/guest';
import { readPath } from '../lib/files';

for (const sh of ['bash', 'sh']) {
  def({
    name: sh,
    summary: 'GNU Bourne-Again SHell',
    *run(ctx) {
      const c = ctx.args.indexOf('-c');
      if (c >= 0) return yield* ctx.runLine(ctx.args[c + 1] ?? '', { ...ctx.frame, env: { ...ctx.frame.env } });
      const f = ctx.args.find((a) => !a.startsWith('-'));
      if (!f) {
        if (ctx.stdin !== null) return yield* ctx.runLine(ctx.stdin, { ...ctx.frame, env: { ...ctx.frame.env } });
        ctx.err(`${sh}: interactive subshells are not available here\n`);
        return 1;
      }
      const r = readPath(ctx, ctx.resolve(f));
      if (r === 'ENOENT' || r === 'EISDIR' || r === 'EACCES') {
        ctx.err(`${sh}: ${f}: ${strerror(r)}\n`);
        return 127;
      }
      const rest = ctx.args.slice(ctx.args.indexOf(f) + 1);
      return yield* ctx.runLine(r, { ...ctx.frame, env: { ...ctx.frame.env, ...Object.fromEntries(rest.map((a, i) => [String(i + 1), a])), '#': String(rest.length) } });
    },
  });
}
