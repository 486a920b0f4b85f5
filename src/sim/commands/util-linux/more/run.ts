// more of util-linux 2.37 (options and help in spec.ts). Into a pipe it prints the files whole, each under a
// :::::: header when there are several; on a terminal it pages them (pager.ts). Directories and missing files as
// more reports them.
import { def } from '../../lib/guest';
import { readFile } from '../../lib/files';
import { strerror } from '../../../fs';
import { spec } from './spec';
import { pageMore, type MoreFile } from './pager';

def({
  name: 'more',
  summary: 'file perusal filter for crt viewing',
  spec,
  *run(ctx) {
    const files = (ctx.operands ?? ctx.args).filter((a) => !a.startsWith('+'));
    if (!files.length) {
      if (ctx.stdin === null) {
        ctx.err("more: bad usage\nTry 'more --help' for more information.\n");
        return 1;
      }
      if (ctx.tty) return yield* pageMore(ctx, [{ name: null, text: ctx.stdin }], Number(ctx.opts?.str('lines') ?? 0) || undefined);
      ctx.out(ctx.stdin);
      return 0;
    }
    const paged: MoreFile[] = [];
    const lines = Number(ctx.opts?.str('lines') ?? 0) || undefined;
    let code = 0;
    for (const f of files) {
      const read = readFile(ctx, ctx.resolve(f));
      if (!read.ok && read.errno !== 'EISDIR') {
        ctx.err(`more: cannot open ${f}: ${strerror(read.errno)}\n`);
        code = 1;
        continue;
      }
      if (!read.ok) {
        ctx.out(`\n*** ${f}: directory ***\n\n`);
        code = 1;
        continue;
      }
      if (ctx.tty) {
        paged.push({ name: f, text: read.text });
        continue;
      }
      if (files.length > 1) ctx.out(`::::::::::::::\n${f}\n::::::::::::::\n`);
      ctx.out(read.text);
    }
    if (paged.length) {
      yield* pageMore(ctx, paged, lines);
    }
    return code;
  },
});
