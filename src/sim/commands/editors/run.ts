// vi, vim and nano open the editor pane.
import { canRead } from '../../util';
import { editFile } from '../editor';
import { def } from '../lib/guest';
import { hasCommand } from '../lib/packages';

for (const ed of ['vi', 'vim', 'nano'] as const) {
  def({
    name: ed,
    summary: ed === 'nano' ? 'Nano\'s ANOther editor' : 'Vi IMproved, a programmer\'s text editor',
    // the box has vim-minimal (vi); vim comes with vim-enhanced, nano with nano
    available: ed === 'vi' ? undefined : (h) => hasCommand(h, ed),
    *run(ctx) {
      const f = ctx.args.find((a) => !a.startsWith('-') && !a.startsWith('+'));
      if (!f) {
        ctx.session.edit({ hostId: ctx.host.id, path: '', content: '', editor: ed });
        return 0;
      }
      const p = ctx.resolve(f);
      if (ctx.host.fs.isDir(p)) {
        ctx.err(`"${f}" is a directory\n`);
        return 1;
      }
      if (!canRead(ctx.frame.user, p)) {
        ctx.err(`"${f}" [Permission Denied]\n`);
        return 1;
      }
      return yield* editFile(ctx, p, ed);
    },
  });
}
