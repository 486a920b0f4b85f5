// sudo -l / -ll [-U user] [command] of sudo 1.9.5p2 (plugins/sudoers/parse.c display_privs, display_cmnd;
// lib/util/lbuf.c for the wrapping) under the box's sudoers: the package's /etc/sudoers and the Vagrant kickstart's
// /etc/sudoers.d/vagrant. Recorded against the program built from SUDO_1_9_5p2: tests/golden/sudo/list.txt.
import type { CommandContext } from '../../context';
import type { Yield } from '../../types';
import { findCommand } from '../../registry';
import { groupsOf } from '../lib/accounts';
import { sudoCommandPath } from './env';

/** The Defaults entries of /etc/sudoers as sudoers_format_default prints them, in the file's order (all unbound). */
const DEFAULTS = [
  '!visiblepw',
  'always_set_home',
  'match_group_by_gid',
  'always_query_group_plugin',
  'env_reset',
  'env_keep="COLORS DISPLAY HOSTNAME HISTSIZE KDEDIR LS_COLORS"',
  'env_keep+="MAIL PS1 PS2 QTDIR USERNAME LANG LC_ADDRESS LC_CTYPE"',
  'env_keep+="LC_COLLATE LC_IDENTIFICATION LC_MEASUREMENT LC_MESSAGES"',
  'env_keep+="LC_MONETARY LC_NAME LC_NUMERIC LC_PAPER LC_TELEPHONE"',
  'env_keep+="LC_TIME LC_ALL LANGUAGE LINGUAS _XKB_CHARSET XAUTHORITY"',
  'secure_path=/sbin\\:/bin\\:/usr/sbin\\:/usr/bin',
];

/** A user specification of the box's sudoers: every one is `(ALL) ALL`, the Vagrant one NOPASSWD. */
interface Grant {
  nopasswd: boolean;
}

/** The user specifications `user` matches, in the order sudo reads them (root and %wheel, then the included file). */
export function grantsOf(ctx: CommandContext, user: string): Grant[] {
  const u = ctx.host.users.get(user);
  if (!u) return [];
  const groups = ctx.host.groups ? groupsOf(ctx.host, u).map((g) => g.name) : [];
  const out: Grant[] = [];
  if (user === 'root') out.push({ nopasswd: false });
  if (groups.includes('wheel')) out.push({ nopasswd: false });
  if (groups.includes('vagrant')) out.push({ nopasswd: true });
  return out;
}

/** sudo_lbuf_print: each line split at the last blank that fits in `cols`, continued lines indented. */
export function lbufPrint(text: string, indent: number, cols: number): string {
  if (!text) return '';
  if (cols <= indent + 20) return text.endsWith('\n') ? text : text + '\n';
  let out = '';
  const lines = text.split('\n');
  // the buffer ends in "\n": the last split piece is empty
  for (let i = 0; i < lines.length - (text.endsWith('\n') ? 1 : 0); i++) {
    const line = lines[i];
    if (!line) {
      out += '\n';
      continue;
    }
    out += println(line, indent, cols);
  }
  return out;
}

/** sudo_lbuf_println without a continuation string. */
function println(line: string, indent0: number, cols: number): string {
  let indent = indent0;
  const comment = line[0] === '#' && (line[1] === ' ' || line[1] === '\t');
  if (comment) indent = 2;
  let out = '';
  let cp: number | null = 0;
  let have = cols;
  const len = line.length;
  while (cp !== null && cp < len) {
    let ep: number | null = null;
    let need: number = len - cp;
    if (need > have) {
      const r = line.lastIndexOf(' ', cp + have - 1);
      ep = r >= cp ? r : null;
      if (ep === null) {
        const f = line.indexOf(' ', cp + have);
        ep = f >= 0 && f < cp + need ? f : null;
      }
      if (ep !== null) need = ep - cp;
    }
    if (cp !== 0) out += comment ? '# ' : ' '.repeat(indent);
    out += line.slice(cp, cp + need);
    cp = ep;
    if (cp !== null) {
      have = cols - indent;
      while (cp < len && (line[cp] === ' ' || line[cp] === '\t')) cp++;
    }
    out += '\n';
  }
  return out;
}

/** The width sudo wraps at: none into a pipe, else the terminal's (sudo asks stderr's, which is the terminal). */
function widthOf(ctx: CommandContext): number {
  if (ctx.pipe) return 0;
  return ctx.session.size?.().cols ?? (Number(ctx.frame.env.COLUMNS) || 80);
}

/** display_privs for `user` on host `shost`. */
export function privsText(ctx: CommandContext, user: string, verbose: boolean, cols: number): string {
  const shost = ctx.host.hostname.split('.')[0];
  const grants = grantsOf(ctx, user);
  if (!grants.length) return lbufPrint(`User ${user} is not allowed to run sudo on ${shost}.\n`, 8, cols);
  const defs = `Matching Defaults entries for ${user} on ${shost}:\n    ${DEFAULTS.join(', ')}\n\n`;
  let privs = `User ${user} may run the following commands on ${shost}:\n`;
  for (const g of grants) {
    if (verbose) privs += `\nSudoers entry:\n    RunAsUsers: ALL\n${g.nopasswd ? '    Options: !authenticate\n' : ''}    Commands:\n\tALL\n`;
    else privs += `    (ALL) ${g.nopasswd ? 'NOPASSWD: ' : ''}ALL\n`;
  }
  return lbufPrint(defs, 4, cols) + lbufPrint(privs, 8, cols);
}

/** sudo -l: who may list, the password when sudoers asks for it, then the listing or the command's path. */
export function* sudoList(
  ctx: CommandContext,
  args: string[],
  ask: (ctx: CommandContext) => Generator<Yield, boolean, unknown>,
): Generator<Yield, number, unknown> {
  const me = ctx.frame.user;
  const other = ctx.opts?.str('other-user');
  if (other !== undefined && !ctx.host.users.has(other)) {
    ctx.err(`sudo: unknown user: ${other}\n`);
    return 1;
  }
  const target = other ?? me;
  const mine = grantsOf(ctx, me);
  // listpw=any: no password when the invoking user has a NOPASSWD entry; root is never asked
  if (me !== 'root' && !mine.some((g) => g.nopasswd)) {
    if (ctx.opts?.has('non-interactive')) {
      ctx.err('sudo: a password is required\n');
      return 1;
    }
    if (!(yield* ask(ctx))) return 1;
  }
  const shost = ctx.host.hostname.split('.')[0];
  if (me !== 'root' && target !== me && !mine.length) {
    // log_denial: the "command" of a listing for another user is "list", and the host its full name
    ctx.err(`Sorry, user ${me} is not allowed to execute 'list' as ${target} on ${ctx.host.hostname}.\n`);
    return 1;
  }
  if (me !== 'root' && !mine.length) {
    ctx.err(`Sorry, user ${me} may not run sudo on ${shost}.\n`);
    return 1;
  }
  if (args.length) {
    const def = findCommand('bash', args[0]);
    const exists = args[0].includes('/') ? ctx.host.fs.exists(ctx.resolve(args[0])) : !!def && (!def.available || def.available(ctx.host, ctx.world));
    if (!exists) {
      ctx.err(`sudo: ${args[0]}: command not found\n`);
      return 1;
    }
    // display_cmnd: the path and arguments when some entry allows them, else nothing and status 1
    if (!grantsOf(ctx, target).length) return 1;
    ctx.out([sudoCommandPath(args[0]), ...args.slice(1)].join(' ') + '\n');
    return 0;
  }
  ctx.out(privsText(ctx, target, (ctx.opts?.count('list') ?? 1) > 1, widthOf(ctx)));
  return 0;
}
