// mv of GNU coreutils 8.32 (options and help in spec.ts).
import { def } from '../../lib/guest';
import { copyOrMove } from '../cp/run';

def({ name: 'mv', summary: 'move (rename) files', run: (ctx) => copyOrMove(ctx, true) });
