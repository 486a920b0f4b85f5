// dir of GNU coreutils 8.32: ls.c with ls_mode LS_MULTI_COL (ls -C -b) (see ../ls/list.ts).
import type { CommandContext } from '../../../context';
import { list } from '../ls/list';

export const run = (ctx: CommandContext) => list(ctx, 'dir');
