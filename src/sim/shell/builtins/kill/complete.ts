// Tab after kill: bash-completion 2.11's _kill. A first word starting with - completes the signal names
// (_signals -: `compgen -A signal` without its SIG, bash 5.1's signal_names, SIGJUNK(32) and (33) included) and
// -s and -l; after -s, the names; after -l nothing. Elsewhere _pids: `compgen -W '$(command ps axo pid=)'`, the
// PIDs of every process, the ps of the command substitution among them. No file names (complete -F _kill kill).
import type { CompleteContext } from '../../../context';
import { detachedHooks } from '../../../context';
import { SIGNALS } from './run';

const RT = ['RTMIN', ...Array.from({ length: 15 }, (_, i) => `RTMIN+${i + 1}`), ...Array.from({ length: 14 }, (_, i) => `RTMAX-${14 - i}`), 'RTMAX'];
/** bash 5.1's signal_names without SIG, in signal order (`compgen -A signal`). */
export const NAMES = [...SIGNALS, 'JUNK(32)', 'JUNK(33)', ...RT];

type Procs = typeof import('../../../commands/lib/procs');
let procs: Procs | undefined;
let loading: Promise<unknown> | undefined;

/** The process table's module, loaded the first time Tab needs PIDs. */
export function killNeeds(): Promise<unknown> | null {
  if (procs) return null;
  return (loading ??= import('../../../commands/lib/procs').then((m) => {
    procs = m;
  }));
}

/** _pids: `ps axo pid=` run from this shell. */
function pids(ctx: CompleteContext): string[] {
  if (!procs) {
    void killNeeds();
    return [];
  }
  const view = { world: ctx.world, host: ctx.host, frame: ctx.frame, session: ctx.session ?? detachedHooks(), name: 'ps', args: ['axo', 'pid='] };
  return procs.processes(view).map((p) => String(p.pid));
}

export function completeKill(operands: string[], word: string, ctx: CompleteContext): string[] {
  const prev = operands[operands.length - 1];
  if (prev === '-s') return NAMES.filter((n) => n.startsWith(word));
  if (prev === '-l') return [];
  if (operands.length === 0 && word.startsWith('-')) return [...NAMES.filter((n) => n.startsWith(word.slice(1))).map((n) => '-' + n), ...['-s', '-l'].filter((o) => o.startsWith(word))];
  return ctx.host.kind === 'linux' ? pids(ctx).filter((p) => p.startsWith(word)) : [];
}
