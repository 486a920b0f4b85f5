// The journal lines `systemctl status` shows under a unit (show_journal_by_unit() of logs-show.c, v252-46): the
// unit's entries of this boot (its own processes' and the manager's about it), the last N, in an output mode.
import type { CommandContext } from '../../../context';
import { renderEntry } from './format';
import { bootsOf } from './boots';
import { journalEntries } from './journal';

export function unitLines(ctx: CommandContext, unit: string, n: number, mode = 'short'): string[] {
  if (n <= 0) return [];
  const boots = bootsOf(ctx);
  const boot = boots[boots.length - 1].id;
  const mine = journalEntries(ctx).filter((e) => e.boot === boot && (e.unit === unit || e.about === unit));
  // short modes need no fields or cursor (withFields() would make the machine ID)
  return mine.slice(-n).map((e) => renderEntry({ e, fields: [], cursor: '' }, mode, { noHost: false, catalog: false }).replace(/\n$/, ''));
}
