// Tab after kill: bash-completion 2.11's _kill. A first word starting with - completes the signal names
// (_signals -: `compgen -A signal` without its SIG, bash 5.1's signal_names, SIGJUNK(32) and (33) included) and
// -s and -l; after -s, the names. Elsewhere (the PIDs of _pids) the usual candidates.
import type { CompleteContext } from '../../../context';
import { SIGNALS } from './run';

const RT = ['RTMIN', ...Array.from({ length: 15 }, (_, i) => `RTMIN+${i + 1}`), ...Array.from({ length: 14 }, (_, i) => `RTMAX-${14 - i}`), 'RTMAX'];
const NAMES = [...SIGNALS, 'JUNK(32)', 'JUNK(33)', ...RT];

export function completeKill(operands: string[], word: string, _ctx: CompleteContext): string[] {
  const prev = operands[operands.length - 1];
  if (prev === '-s') return NAMES.filter((n) => n.startsWith(word));
  if (prev === '-l') return [];
  if (operands.length === 0 && word.startsWith('-')) return [...NAMES.filter((n) => n.startsWith(word.slice(1))).map((n) => '-' + n), ...['-s', '-l'].filter((o) => o.startsWith(word))];
  return [];
}
