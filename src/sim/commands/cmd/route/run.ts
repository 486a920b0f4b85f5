// `route` (loaded on first use): `route print` with -4 / -6 prints the host's tables (table.ts); ADD, DELETE,
// CHANGE and -f change them and need an elevated console, which the lab's is not. `/?`, no command or one route
// does not know print the usage (help.ts) on stderr, as ROUTE.EXE does.
import type { CommandRun } from '../../../types';
import type { CommandContext } from '../../../context';
import { routePrint } from './table';
import { spec } from './spec';

const help = () => import('./help').then((m) => m.default);

export function* run(ctx: CommandContext): CommandRun {
  const words = ctx.args.map((a) => a.toLowerCase());
  let only: 4 | 6 | undefined;
  let command: string | undefined;
  let pattern: string | undefined;
  let clear = false;
  for (const w of words) {
    if (w === '-4' || w === '-6') only = w === '-4' ? 4 : 6;
    else if (w === '-f') clear = true;
    else if (w === '-p') continue;
    else if (!command && !w.startsWith('-') && w !== '/?') command = w;
    else if (command === 'print' && pattern === undefined && !w.startsWith('-')) pattern = w;
  }
  if (words.includes('/?') || words.includes('-?') || (!command && !clear) || (command && !['print', 'add', 'delete', 'change'].includes(command))) {
    ctx.err((yield { load: help }) as string);
    return words.includes('/?') ? 0 : 1;
  }
  if (clear || command !== 'print') {
    ctx.out('The requested operation requires elevation.\n');
    return 1;
  }
  ctx.out(routePrint(ctx, only, pattern));
  return 0;
}

export { spec };
