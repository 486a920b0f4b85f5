// chronyc 4.5's reports that cmdmon.c answers only on the command socket (PERMIT_AUTH): serverstats, clients,
// authdata, selectdata and ntpdata (client.c process_cmd_*), from the guest's chronyd, whose only records are the
// pool's eight unresolved ones (reports.ts). A user's chronyc asks over UDP: the request the daemon refuses ends
// the report with "501 Not authorised" after what was already printed. Recorded from chronyd/chronyc 4.5 with the
// same pool line: tests/golden/chronyc/root-reports.txt (scripts/golden/chronyc-root-reports.sh).
import type { CommandContext } from '../../../context';
import { defineSlot } from '../../../world';
import { UNRESOLVED } from './reports';

const header = (h: string) => `${h}\n${'='.repeat(h.length)}\n`;
const idName = (i: number) => `ID#${String(i).padStart(10, '0')}`;

const AUTH_LEGEND =
  '                             .- Auth. mechanism (NTS, SK - symmetric key)\n' +
  '                            |   Key length -.  Cookie length (bytes) -.\n' +
  '                            |       (bits)  |  Num. of cookies --.    |\n' +
  '                            |               |  Key est. attempts  |   |\n' +
  '                            |               |           |         |   |\n';

const SELECT_LEGEND =
  '  . State: N - noselect, s - unsynchronised, M - missing samples,\n' +
  ' /         d/D - large distance, ~ - jittery, w/W - waits for others,\n' +
  '|          S - stale, O - orphan, T - not trusted, P - not preferred,\n' +
  '|          U - waits for update,, x - falseticker, + - combined, * - best.\n' +
  '|   Effective options   ---------.  (N - noselect, P - prefer\n' +
  '|   Configured options  ----.     \\  T - trust, R - require)\n' +
  '|   Auth. enabled (Y/N) -.   \\     \\     Offset interval --.\n' +
  '|                        |    |     |                       |\n';

/** The daemon's command packet counter (serverstats), per host and per start of chronyd.service. */
const COUNTS = defineSlot('chronyd-command-packets', () => new Map<string, number>());

function counterKey(ctx: CommandContext): string {
  const u = ctx.host.sys?.units.get('chronyd.service');
  return `${ctx.host.id}:${u?.pid ?? ''}:${u?.since ?? ''}`;
}

/** Count `n` command requests the daemon received (refused ones too). */
export function countRequests(ctx: CommandContext, n: number): void {
  const m = ctx.world.slot(COUNTS);
  const k = counterKey(ctx);
  m.set(k, (m.get(k) ?? 0) + n);
}

const NOT_AUTHORISED = '501 Not authorised\n';

export interface Report {
  out: string;
  err?: string;
  ok: boolean;
  /** Requests sent to the daemon. */
  requests: number;
}

/** One of the root-only reports; `root` says whether chronyc reached the command socket. */
export function rootReport(ctx: CommandContext, cmd: string, rest: string[], root: boolean): Report {
  const all = rest.includes('-a');
  const verbose = rest.includes('-v');
  const U = UNRESOLVED;
  switch (cmd) {
    case 'serverstats': {
      if (!root) return { out: NOT_AUTHORISED, ok: false, requests: 1 };
      countRequests(ctx, 1);
      const received = ctx.world.slot(COUNTS).get(counterKey(ctx)) ?? 1;
      const rows: [string, number][] = [
        ['NTP packets received       ', 0], ['NTP packets dropped        ', 0], ['Command packets received   ', received],
        ['Command packets dropped    ', 0], ['Client log records dropped ', 0], ['NTS-KE connections accepted', 0],
        ['NTS-KE connections dropped ', 0], ['Authenticated NTP packets  ', 0], ['Interleaved NTP packets    ', 0],
        ['NTP timestamps held        ', 0], ['NTP timestamp span         ', 0], ['NTP daemon RX timestamps   ', 0],
        ['NTP daemon TX timestamps   ', 0], ['NTP kernel RX timestamps   ', 0], ['NTP kernel TX timestamps   ', 0],
        ['NTP hardware RX timestamps ', 0], ['NTP hardware TX timestamps ', 0],
      ];
      return { out: rows.map(([k, v]) => `${k}: ${v}\n`).join(''), ok: true, requests: 0 };
    }
    case 'clients': {
      // -k, -p N (sscanf %u), -r; other words ignored
      let nke = false;
      for (let i = 0; i < rest.length; i++) {
        if (rest[i] === '-k') nke = true;
        else if (rest[i] === '-p') {
          if (!/^\s*\+?\d/.test(rest[++i] ?? '')) return { out: '', err: 'Invalid syntax for clients command\n', ok: false, requests: 0 };
        }
      }
      const out = header(`Hostname                      NTP   Drop Int IntL Last  ${(nke ? 'NTS-KE' : 'Cmd').padStart(6)}   Drop Int  Last`);
      // no client has sent an NTP or command packet over the network
      return root ? { out, ok: true, requests: 1 } : { out: out + NOT_AUTHORISED, ok: false, requests: 1 };
    }
    case 'authdata': {
      const head = (verbose ? AUTH_LEGEND : '') + header('Name/IP address             Mode KeyID Type KLen Last Atmp  NAK Cook CLen');
      // each source's SOURCE_DATA, then (for the unresolved ones only with -a) its AUTH_DATA
      if (!all) return { out: head, ok: true, requests: 1 + U };
      if (!root) return { out: head + NOT_AUTHORISED, ok: false, requests: 3 };
      let out = head;
      for (let i = 1; i <= U; i++) out += `${idName(i).padEnd(27)}    -     0    0    0    -    0    0    0    0\n`;
      return { out, ok: true, requests: 1 + 2 * U };
    }
    case 'selectdata': {
      const head = (verbose ? SELECT_LEGEND : '') + header('S Name/IP Address        Auth COpts EOpts Last Score     Interval  Leap');
      if (!root) return { out: head + NOT_AUTHORISED, ok: false, requests: 2 };
      let out = head;
      if (all) for (let i = 1; i <= U; i++) out += `M ${idName(i).padEnd(25)} N ----- -----    0   1.0    +0ns    +0ns  ?\n`;
      return { out, ok: true, requests: 1 + U };
    }
    default:
      // ntpdata without an address: the NTP data of each resolved source, and there is none
      return { out: '', ok: true, requests: 1 + U };
  }
}

/** ntpdata of one of the unresolved records: NSR_GetNTPReport()'s zeroed report (no address, no packet exchanged). */
export function ntpdataOf(id: number): string {
  return (
    `Remote address  : ${idName(id)} (00000000)\nRemote port     : 123\nLocal address   : [UNSPEC] (00000000)\n` +
    'Leap status     : Normal\nVersion         : 0\nMode            : Invalid\nStratum         : 0\n' +
    'Poll interval   : 0 (1 seconds)\nPrecision       : 0 (1.000000000 seconds)\nRoot delay      : 0.000000 seconds\n' +
    'Root dispersion : 0.000000 seconds\nReference ID    : 00000000 ()\nReference time  : Thu Jan 01 00:00:00 1970\n' +
    'Offset          : +0.000000000 seconds\nPeer delay      : 0.000000000 seconds\nPeer dispersion : 0.000000000 seconds\n' +
    'Response time   : 0.000000000 seconds\nJitter asymmetry: +0.00\nNTP tests       : 000 000 0000\nInterleaved     : No\n' +
    'Authenticated   : No\nTX timestamping : Invalid\nRX timestamping : Invalid\nTotal TX        : 0\nTotal RX        : 0\n' +
    'Total valid RX  : 0\nTotal good RX   : 0\n'
  );
}
