// more of util-linux 2.37 (options and help in spec.ts) without a full-screen terminal: it prints the files
// whole as it does into a pipe, each under a :::::: header when there are several; directories and missing
// files as more reports them.
import { def } from '../../lib/guest';
import { readFile } from '../../lib/files';
import { strerror } from '../../../fs';
import { spec } from './spec';

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
      ctx.out(ctx.stdin);
      return 0;
    }
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
      if (files.length > 1) ctx.out(`::::::::::::::\n${f}\n::::::::::::::\n`);
      ctx.out(read.text);
    }
    return code;
  },
});
