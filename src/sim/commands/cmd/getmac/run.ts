// `getmac` (loaded on first use): each adapter's MAC address (as ipconfig /all shows it) and its TCP/IP transport,
// `\Device\Tcpip_{<adapter GUID>}`, in getmac.exe's TABLE (columns of 19 and 58, padded), LIST and CSV layouts,
// /NH, and the errors and statuses of a recorded getmac.exe session (tests/golden/cmd/SOURCES.md).
import type { CommandRun } from '../../../types';
import type { CommandContext } from '../../../context';
import { fnv32a } from '../../../hash';
import { hostNics, nicMac } from '../shared';
import { spec } from './spec';

const help = () => import('./help').then((m) => m.default);
const TAIL = 'Type "GETMAC /?" for usage.\n';

/** The adapter's interface GUID, stable per connection name. */
function guid(conn: string): string {
  const h = (k: number) => fnv32a(`${k}/${fnv32a(conn + k)}/${conn}`).toString(16).toUpperCase().padStart(8, '0');
  const x = h(1) + h(2) + h(3) + h(4);
  return `{${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}}`;
}

export function* run(ctx: CommandContext): CommandRun {
  let format = 'TABLE';
  let header = true;
  let remote: string | undefined;
  const args = ctx.args;
  const fail = (msg: string) => {
    ctx.err(`ERROR: ${msg}\n${TAIL}`);
    return 1;
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const k = a.toLowerCase().replace(/^-/, '/');
    if (k === '/?') {
      ctx.out((yield { load: help }) as string);
      return 0;
    }
    const attached = /^\/(fo|s):(.*)$/.exec(k);
    if (k === '/nh') header = false;
    else if (k === '/fo' || k === '/s' || attached) {
      const v = attached ? a.slice(a.indexOf(':') + 1) : args[++i];
      const opt = attached ? `/${attached[1]}` : a;
      if (v === undefined || v === '') return fail(`Invalid syntax. Value expected for '${opt}'.`);
      if ((attached?.[1] ?? k.slice(1)) === 's') remote = v;
      else {
        format = v.replace(/"/g, '').toUpperCase();
        if (!['TABLE', 'LIST', 'CSV'].includes(format)) return fail(`Invalid syntax. '${v}' value is not allowed for '${opt}' option.`);
      }
    } else return fail(`Invalid argument/option - '${a}'.`);
  }
  if (!header && format === 'LIST') return fail('Invalid syntax. /NH option is allowed only for TABLE and CSV formats.');
  if (remote && !['localhost', '127.0.0.1', '.', ctx.host.hostname.toLowerCase()].includes(remote.toLowerCase())) {
    // another computer: getmac asks it over RPC, and nothing in the lab answers
    yield { wait: 5500 };
    ctx.err('ERROR: The RPC server is unavailable.\n');
    return 1;
  }
  // it enumerates the adapters through WMI: about two seconds
  yield { wait: 1900 };
  const rows = hostNics(ctx).map((n) => [nicMac(n), `\\Device\\Tcpip_${guid(n.conn)}`]);
  if (format === 'CSV') {
    const csv = (cells: string[]) => cells.map((c) => `"${c}"`).join(',') + '\n';
    ctx.out((header ? csv(['Physical Address', 'Transport Name']) : '') + rows.map(csv).join(''));
  } else if (format === 'LIST') ctx.out(rows.map(([mac, t]) => `\nPhysical Address: ${mac}\nTransport Name:   ${t}\n`).join(''));
  else {
    const row = (a: string, b: string) => `${a.padEnd(19)} ${b.padEnd(58)}\n`;
    ctx.out('\n' + (header ? row('Physical Address', 'Transport Name') + row('='.repeat(19), '='.repeat(58)) : '') + rows.map(([m, t]) => row(m, t)).join(''));
  }
  return 0;
}

export { spec };
