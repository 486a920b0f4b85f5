// tput of ncurses 6.2 (progs/tput.c tput_cmd): a boolean capability answers by its exit status, a number is printed,
// a string is printed with its parameters expanded (tparm.ts; numeric arguments read with strtol(…, 0)), an
// unknown name is "unknown terminfo capability" (status 4), a name the entry lacks prints nothing (status 1).
// `clear` writes clear_screen and E3 unless -x; `init` and `reset` send the init strings (reset_cmd.c
// send_init_strings); `longname` the entry's description. The lines and columns are the terminal's (setupterm
// asks the tty on stderr, stdout, stdin, then /dev/tty), else the entry's lines and cols. The descriptions are
// those of terminfo.ts (ncurses-base's types the lab meets); any other TERM is an unknown terminal (status 3).
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def } from '../../lib/guest';
import { spec, USAGE } from './spec';
import { tparm } from './tparm';
import { bytes, initStrings, unpad, type Terminal } from './init';

const ERR_USAGE = 2;
const ERR_TERM = 3;
const ERR_CAP = 4;
/** capability() after quit(ErrCapName, …): tput ends with ERR_CAP. */
const UNKNOWN = -1;

/** tparm_type(): the string capabilities whose parameters are a number then strings (lib_tparm.c). */
const NUM_STR = new Set(['pfkey', 'pfloc', 'pfx', 'pln']);
const NUM_STR_STR = new Set(['pfxl']);

function capability(ctx: CommandContext, t: Terminal, argv: string[], clearX: boolean): number {
  const name = argv[0];
  const { entry, caps } = t;
  if (name === 'init' || name === 'reset') {
    if (!ctx.tty && !ctx.session.size) {
      ctx.err('tput: terminal attributes: No such device or address\n\n');
      return 4 + 6;
    }
    ctx.out(initStrings(t, name === 'reset'));
    return 0;
  }
  if (name === 'longname') {
    const parts = entry.names.split('|');
    ctx.out(parts.length > 1 ? parts[parts.length - 1] : '');
    return 0;
  }
  if (name === 'clear') {
    const clear = entry.str.clear;
    if (clear === undefined) return ERR_USAGE;
    if (ctx.tty) ctx.session.clear({ keepScrollback: clearX || entry.str.E3 === undefined });
    else ctx.out(bytes(unpad(clear)) + (clearX ? '' : entry.str.E3 ?? ''));
    return 0;
  }
  if (caps.bool.includes(name) || (entry.bool.includes(name) && !caps.num.includes(name) && !caps.str.includes(name))) return entry.bool.includes(name) ? 0 : 1;
  if (caps.num.includes(name) || name in entry.num) {
    let v = entry.num[name];
    if (t.size && (name === 'cols' || name === 'lines')) v = name === 'cols' ? t.size.cols : t.size.rows;
    ctx.out(`${v ?? -1}\n`);
    return 0;
  }
  if (!caps.str.includes(name) && !(name in entry.str)) {
    ctx.err(`tput: unknown terminfo capability '${name}'\n`);
    return UNKNOWN;
  }
  const s = entry.str[name];
  if (s === undefined) return 1;
  if (argv.length > 1) {
    const nums = argv.slice(1, 10).map((a) => {
      const m = /^\s*([+-]?)(0x[0-9a-f]+|0[0-7]*|[1-9]\d*)$/i.exec(a);
      if (!m) return 0;
      const v = m[2].toLowerCase().startsWith('0x') ? parseInt(m[2], 16) : m[2].startsWith('0') ? parseInt(m[2], 8) : parseInt(m[2], 10);
      return m[1] === '-' ? -v : v;
    });
    const params: (number | string)[] = nums.slice();
    const standard = caps.str.includes(name);
    if (NUM_STR.has(name)) params[1] = argv[2] ?? '';
    else if (NUM_STR_STR.has(name)) (params[1] = argv[2] ?? ''), (params[2] = argv[3] ?? '');
    else if (!standard) {
      // an extended capability: %s takes its parameter as a string (_nc_tparm_analyze)
      for (const m of s.matchAll(/%p([1-9])[^%]*%[:\-+# \d.]*s/g)) params[Number(m[1]) - 1] = argv[Number(m[1])] ?? '';
    }
    ctx.out(bytes(unpad(tparm(s, params))));
  } else ctx.out(bytes(unpad(s)));
  return 0;
}

function* tput(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  const term = o.str('T') ?? ctx.frame.env.TERM;
  if (!term) {
    ctx.err('tput: No value for $TERM and no -T specified\n');
    return ERR_USAGE;
  }
  const { TERMINFO, CAPS } = (yield { load: () => import('./terminfo') }) as typeof import('./terminfo');
  const entry = Object.hasOwn(TERMINFO, term) ? TERMINFO[term] : undefined;
  if (!entry) {
    ctx.err(`tput: unknown terminal "${term}"\n`);
    return ERR_TERM;
  }
  const t: Terminal = { entry, caps: CAPS, size: ctx.session.size?.() ?? null };
  if (!o.has('S')) {
    const argv = ctx.operands ?? [];
    if (!argv.length) {
      ctx.err(USAGE);
      return ERR_USAGE;
    }
    const status = capability(ctx, t, argv, o.has('x'));
    return status === UNKNOWN ? ERR_CAP : status;
  }
  let result = 0;
  for (const line of (ctx.stdin ?? '').split('\n')) {
    const argv = line.split(/\s+/).filter(Boolean);
    if (!argv.length) continue;
    const status = capability(ctx, t, argv, o.has('x'));
    // quit(): an unknown capability ends tput at once
    if (status === UNKNOWN) return ERR_CAP;
    if (status !== 0) result = result === 0 ? 5 : result + 1;
  }
  return result;
}

def({ name: 'tput', summary: 'initialize a terminal or query terminfo database', spec, run: tput });
