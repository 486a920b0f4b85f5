// vdir of GNU coreutils 8.32: ls.c with ls_mode LS_LONG_FORMAT (ls -l -b) (see ../ls/list.ts).
import type { CommandContext } from '../../../context';
import { list } from '../ls/list';

export const run = (ctx: CommandContext) => list(ctx, 'vdir');
