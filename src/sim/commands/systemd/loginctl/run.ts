// loginctl of systemd 252 (options and help in spec.ts) over systemd-logind's sessions on the guest: the `vagrant ssh`
// login of the login records who and w read (commands/coreutils/who/run.ts), no seat (a remote login), and its
// user. list-sessions, list-users and list-seats are list_sessions()/list_users()/list_seats() of loginctl.c with
// show_table() (format-table: a space between columns, numbers right-aligned, the last column's padding dropped).
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def, linuxOnly } from '../../lib/guest';
import { entries } from '../../coreutils/who/run';
import { spec } from './spec';
import { statusVerb } from './status';
import { findUser } from '../../lib/accounts';

const VERBS: Record<string, [min: number, max: number]> = {
  help: [0, Infinity], 'list-sessions': [0, 1], 'session-status': [0, Infinity], 'show-session': [0, Infinity], activate: [0, 2],
  'lock-session': [0, Infinity], 'unlock-session': [0, Infinity], 'lock-sessions': [0, 1], 'unlock-sessions': [0, 1],
  'terminate-session': [2, Infinity], 'kill-session': [2, Infinity], 'list-users': [0, 1], 'user-status': [0, Infinity],
  'show-user': [0, Infinity], 'enable-linger': [0, Infinity], 'disable-linger': [0, Infinity], 'terminate-user': [2, Infinity],
  'kill-user': [2, Infinity], 'list-seats': [0, 1], 'seat-status': [0, Infinity], 'show-seat': [0, Infinity], attach: [3, Infinity],
  'flush-devices': [0, 1], 'terminate-seat': [2, Infinity],
};

export { SESSION_ID } from '../../lib/ssh-env';
import { SESSION_ID } from '../../lib/ssh-env';

/** format-table's plain output: `right` columns aligned right, one space between, the last cell not padded. */
export function table(header: string[], rows: string[][], right: number[]): string {
  const all = [header, ...rows];
  const w = header.map((_, j) => Math.max(...all.map((r) => r[j].length)));
  return all
    .map((r) => r.map((c, j) => (j === r.length - 1 ? (right.includes(j) ? c.padStart(w[j]) : c) : right.includes(j) ? c.padStart(w[j]) : c.padEnd(w[j]))).join(' ') + '\n')
    .join('');
}

function sessions(ctx: CommandContext) {
  return entries(ctx)
    .filter((e) => e.kind === 'user' && e.user)
    .map((e) => ({ id: SESSION_ID, uid: ctx.host.users.get(e.user)?.uid ?? 0, user: e.user, seat: '', tty: e.line }));
}

export function* run(ctx: CommandContext): CommandRun {
  const args = ctx.operands ?? [];
  const verb = args[0] ?? 'list-sessions';
  const limits = VERBS[verb];
  if (!limits) {
    ctx.err(`Unknown command verb ${verb}.\n`);
    return 1;
  }
  const argc = Math.max(args.length, 1);
  if (argc < limits[0]) {
    ctx.err('Too few arguments.\n');
    return 1;
  }
  if (argc > limits[1]) {
    ctx.err('Too many arguments.\n');
    return 1;
  }
  const legend = !ctx.opts?.has('no-legend');
  // without the legend the heading is not shown and takes no part in the widths
  const show = (header: string[], rows: string[][], right: number[], word: string) => {
    const n = rows.length;
    let out = !n ? '' : legend ? table(header, rows, right) : table(header.map(() => ''), rows, right).replace(/^.*\n/, '');
    if (legend) out += n ? `\n${n} ${word} listed.\n` : `No ${word}.\n`;
    ctx.out(out);
  };
  if (verb === 'help') {
    ctx.out((yield { load: () => import('./help').then((m) => m.help) }) as string);
    return 0;
  }
  if (verb === 'list-sessions') {
    const list = sessions(ctx);
    show(['SESSION', 'UID', 'USER', 'SEAT', 'TTY', 'STATE', 'IDLE', 'SINCE'], list.map((s) => [s.id, String(s.uid), s.user, s.seat, s.tty, 'active', 'no', '']), [0, 1], 'sessions');
    return 0;
  }
  if (verb === 'list-users') {
    const users = [...new Map(sessions(ctx).map((s) => [s.uid, s.user])).entries()].sort((a, b) => a[0] - b[0]);
    show(['UID', 'USER', 'LINGER', 'STATE'], users.map(([uid, user]) => [String(uid), user, 'no', 'active']), [0], 'users');
    return 0;
  }
  if (verb === 'list-seats') {
    show(['SEAT'], [['seat0']], [], 'seats');
    return 0;
  }
  if (['session-status', 'show-session', 'user-status', 'show-user', 'terminate-session', 'kill-session'].includes(verb)) return yield* statusVerb(ctx, verb, args.slice(1), SESSION_ID);
  if (verb === 'seat-status') return seatStatus(ctx, args.slice(1));
  if (verb === 'enable-linger' || verb === 'disable-linger') {
    // enable_linger(): each user name is looked up before logind is asked (get_user_creds: ESRCH)
    const unknown = args.slice(1).find((u) => u !== '' && !findUser(ctx.host, u));
    if (unknown !== undefined) {
      ctx.err(`Failed to look up user ${unknown}: No such process\n`);
      return 1;
    }
  }
  // show-seat, lock, activate, linger and attach: not modelled (DIFFERENCES.md)
  return 0;
}

/**
 * show_seat() for seat-status: without a seat, logind's seat/auto object is the caller's session's seat, and the
 * `vagrant ssh` session has none (manager_get_seat_from_creds: ENXIO, so sd-bus answers Unknown object); a named seat
 * through GetSeat, then print_seat_status_info(): its id, the sessions on it (none: the login is remote) and its
 * devices (the sysfs tree is not modelled: DIFFERENCES.md).
 */
function seatStatus(ctx: CommandContext, seats: string[]): number {
  if (!seats.length) {
    ctx.err("Could not get properties: Unknown object '/org/freedesktop/login1/seat/auto'.\n");
    return 1;
  }
  let out = '';
  for (const [i, name] of seats.entries()) {
    if (name !== 'seat0') {
      ctx.out(out);
      ctx.err(`Failed to get seat: No seat '${name}' known\n`);
      return 1;
    }
    out += `${i ? '\n' : ''}seat0\n\t Devices:\n`;
  }
  ctx.out(out);
  return 0;
}

def({ name: 'loginctl', summary: 'Control the systemd login manager', available: linuxOnly, spec, run });
