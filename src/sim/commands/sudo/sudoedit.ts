// sudoedit of sudo 1.9.5p2: sudo called as "sudoedit" (parse_args.c: MODE_EDIT, the options of `sudo -e`); the
// editing itself is edit.ts. No file: display_usage() with the sudoedit line only, exit 1.
import { def } from '../lib/guest';
import { spec as sudoSpec } from './spec';
import { editUsage } from './usage';

def({
  name: 'sudoedit',
  spec: { ...sudoSpec, name: 'sudoedit' },
  summary: 'edit files as another user',
  *run(ctx) {
    const files = ctx.operands ?? [];
    if (!files.length) {
      ctx.err(editUsage);
      return 1;
    }
    const { sudoedit } = (yield { load: () => import('./edit') }) as typeof import('./edit');
    return yield* sudoedit(ctx, files);
  },
});
