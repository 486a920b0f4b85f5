// `ipconfig`: displays all current TCP/IP network configuration values. What it does, as on Windows; its `/?` text is help.ts beside this file.
import type { CommandRun } from '../../../types';
import { type CmdCtx, hostNics } from '../shared';
import { all } from './all';

/** The options ipconfig.exe knows (its usage); an adapter name may follow some of them. */
const KNOWN = ['all', 'allcompartments', 'release', 'release6', 'renew', 'renew6', 'flushdns', 'displaydns', 'registerdns', 'showclassid', 'setclassid', 'showclassid6', 'setclassid6'];
const TAKES_ADAPTER = ['release', 'release6', 'renew', 'renew6', 'showclassid', 'setclassid', 'showclassid6', 'setclassid6'];

export function* run(ctx: CmdCtx): CommandRun {
  // a word it does not know: `Error: unrecognized or incomplete command line.` and the usage, on stdout (the
  // recorded output in tests/golden/cmd/SOURCES.md); /all lists every adapter's details (all.ts); the other options it knows are not modelled beyond the default listing
  const words = ctx.args;
  const opt = (w: string | undefined) => (w && /^[-/]/.test(w) ? w.slice(1).toLowerCase() : undefined);
  const bad = words.some((w, i) => {
    const o = opt(w);
    if (o !== undefined) return !KNOWN.includes(o);
    const prev = opt(words[i - 1]);
    const prev2 = opt(words[i - 2]);
    return !(prev && TAKES_ADAPTER.includes(prev)) && !(prev2 && /^setclassid6?$/.test(prev2));
  });
  if (bad) {
    ctx.out('\nError: unrecognized or incomplete command line.\n' + ((yield { load: () => import('./help').then((m) => m.default) }) as string));
    return 1;
  }
  const opts = words.map(opt);
  if (opts.includes('all') && !opts.includes('allcompartments')) {
    ctx.out(all(ctx));
    return 0;
  }
  let out = '\nWindows IP Configuration\n\n';
  for (const n of hostNics(ctx))
    out += `\nEthernet adapter ${n.conn}:\n\n   Connection-specific DNS Suffix  . : \n   Link-local IPv6 Address . . . . . : ${n.linkLocal}%${n.scope}\n   IPv4 Address. . . . . . . . . . . : ${n.addr}\n   Subnet Mask . . . . . . . . . . . : 255.255.255.0\n   Default Gateway . . . . . . . . . : ${n.gateway}\n`;
  ctx.out(out);
  return 0;
}
