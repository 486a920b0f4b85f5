// ls of GNU coreutils 8.32 (options and help in spec.ts; the listing in list.ts).
import { def } from '../../lib/guest';
import { list } from './list';

def({ name: 'ls', summary: 'list directory contents', run: (ctx) => list(ctx, 'ls') });
