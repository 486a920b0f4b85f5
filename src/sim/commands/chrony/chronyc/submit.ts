// chronyc 4.5's commands with arguments (client.c process_cmd_*) and what the guest's chronyd answers them
// (cmdmon.c handle_*, ntp_sources.c): the arguments are parsed first (sscanf, read_mask_address,
// read_address_integer/double, parse_source_address, with their LOG(LOGS_ERR) words on standard error and status 1),
// then the request goes to the daemon, whose reply request_reply() prints: "501 Not authorised" for a user (these
// are PERMIT_AUTH requests and a user's chronyc asks over UDP), else "200 OK" or "503 No such source" when no source
// record matches. The daemon's records are the pool's eight unresolved ones, ID#0000000001 to ID#0000000008.
import type { CommandContext } from '../../../context';
import { resolveHost } from '../../lib/net';
import { UNRESOLVED } from './reports';
import { ntpdataOf } from './root-reports';

/** The pool line's name (DIFFERENCES.md), what NSR_GetName() gives for each of its records. */
const POOL_NAME = '2.rocky.pool.ntp.org';

type Addr = { family: 'id'; id: number } | { family: 'inet'; ip: string };

/** sscanf("%d") / sscanf("%lf") at the start of a text: the number or null. */
const int = (s: string) => (/^\s*[+-]?\d+/.test(s) ? parseInt(s, 10) : null);
const dbl = (s: string) => (/^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?|^\s*[+-]?(inf|nan)/i.test(s) ? parseFloat(s) : null);
const isIp = (s: string) => /^\d{1,3}(\.\d{1,3}){3}$/.test(s) || (/^[0-9a-fA-F:]+$/.test(s) && s.includes(':'));

/** parse_source_address(): "ID#N" (UTI_StringToIdIP), else the name or address as getaddrinfo() gives it. */
function sourceAddress(ctx: CommandContext, word: string): Addr | null {
  const id = /^ID#(\d+)/.exec(word);
  if (id) return { family: 'id', id: Number(id[1]) };
  if (isIp(word)) return { family: 'inet', ip: word };
  if (!word) return null;
  const r = resolveHost(ctx, word);
  return r ? { family: 'inet', ip: r.addr } : null;
}

/** find_slot(): a record with this address (only the pool's unresolved ones exist). */
const hasRecord = (a: Addr | null) => !!a && a.family === 'id' && a.id >= 1 && a.id <= UNRESOLVED;

export type Outcome = { out?: string; err?: string; ok: boolean };

const logErr = (text: string): Outcome => ({ err: text + '\n', ok: false });

/** request_reply() with verbose on: the status line; a user is refused the PERMIT_AUTH requests. */
function reply(ctx: CommandContext, found: boolean): Outcome {
  if (ctx.frame.user !== 'root') return { out: '501 Not authorised\n', ok: false };
  return found ? { out: '200 OK\n', ok: true } : { out: '503 No such source\n', ok: false };
}

/** read_mask_address(): nothing (all sources), ADDRESS/BITS, MASK/ADDRESS or one address; whether a record matches. */
function maskAddress(ctx: CommandContext, text: string): Outcome | boolean {
  if (!text) return true;
  const slash = text.indexOf('/');
  if (slash >= 0) {
    const [a, b] = [text.slice(0, slash), text.slice(slash + 1)];
    if (isIp(a) && (isIp(b) || int(b) !== null)) return false; // an IP mask matches no ID record
    return logErr('Invalid syntax for mask/address');
  }
  const addr = sourceAddress(ctx, text);
  if (!addr) return logErr('Could not get address for hostname');
  return hasRecord(addr);
}

/** A command with arguments, or null when it is not one of these. */
export function submitWithArgs(ctx: CommandContext, cmd: string, rest: string[]): Outcome | null {
  const line = rest.join(' ');
  switch (cmd) {
    case 'burst': {
      // sscanf(s1, "%d/%d"), then an optional mask/address
      if (!/^[+-]?\d+\/[+-]?\d+/.test(rest[0] ?? '')) return logErr('Invalid syntax for burst command');
      const m = maskAddress(ctx, rest[1] ?? '');
      return typeof m === 'object' ? m : reply(ctx, m);
    }
    case 'online':
    case 'offline': {
      const m = maskAddress(ctx, rest[0] ?? '');
      return typeof m === 'object' ? m : reply(ctx, m);
    }
    case 'makestep': {
      const threshold = dbl(line);
      const limit = threshold === null ? null : int(line.replace(/^\s*\S+\s*/, ''));
      if (threshold === null || limit === null) return logErr('Bad syntax for makestep command');
      return reply(ctx, true);
    }
    case 'dfreq':
    case 'doffset':
      // LCL_AccumulateDeltaFrequency / LCL_AccumulateOffset: the clock is not changed here (DIFFERENCES.md)
      return dbl(line) === null ? logErr('Invalid value') : reply(ctx, true);
    case 'maxupdateskew':
      // no message when the value does not parse; REF_ModifyMaxupdateskew() cannot fail
      return dbl(line) === null ? { ok: false } : reply(ctx, true);
    case 'minpoll':
    case 'maxpoll':
    case 'polltarget':
    case 'minstratum':
    case 'maxdelay':
    case 'maxdelayratio':
    case 'maxdelaydevratio': {
      // read_address_integer() / read_address_double(): the value first, then the address
      const isInt = cmd === 'minpoll' || cmd === 'maxpoll' || cmd === 'polltarget' || cmd === 'minstratum';
      const v = (isInt ? int : dbl)(rest.slice(1).join(' '));
      if (v === null) return logErr('Invalid syntax for address value');
      const addr = sourceAddress(ctx, rest[0] ?? '');
      if (!addr) return logErr('Could not get address for hostname');
      return reply(ctx, hasRecord(addr));
    }
    case 'sourcename': {
      // a PERMIT_OPEN request: anyone may ask
      const addr = sourceAddress(ctx, rest[0] ?? '');
      if (!addr) return logErr('Could not read address');
      return hasRecord(addr) ? { out: POOL_NAME + '\n', ok: true } : { out: '503 No such source\n', ok: false };
    }
    case 'ntpdata': {
      // without an address only real (resolved) sources are listed: none (root-reports.ts)
      if (!rest.length) return { ok: true };
      const addr = sourceAddress(ctx, rest.join(' '));
      if (!addr) return logErr('Could not get address for hostname');
      if (ctx.frame.user !== 'root') return { out: '501 Not authorised\n', ok: false };
      if (!hasRecord(addr) || addr.family !== 'id') return { out: '503 No such source\n', ok: false };
      return { out: ntpdataOf(addr.id), ok: true };
    }
  }
  return null;
}
