// What tput init/reset and reset send (progs/reset_cmd.c send_init_strings of ncurses 6.2): is1/rs1, is2/rs2,
// the margins cleared (mgc, else smglr over the width), then is3/rs3. The tab stops (set again only for entries
// whose it# is not 8) and the init/reset files (if, rf) do not apply to the entries of terminfo.ts.
import { tparm } from './tparm';
import type { Entry } from './terminfo';

/** putp() output: padding ($<n>) is delay, not text. */
export const unpad = (s: string) => s.replace(/\$<[\d.]+[*/]*>/g, '');
/** terminfo keeps NUL as \200. */
export const bytes = (s: string) => s.replace(/\x80/g, '\0');

export interface Terminal {
  entry: Entry;
  caps: { bool: string[]; num: string[]; str: string[] };
  size: { cols: number; rows: number } | null;
}

/** send_init_strings() of progs/reset_cmd.c for init or reset. */
export function initStrings(t: Terminal, reset: boolean): string {
  const s = t.entry.str;
  const cols = t.size?.cols ?? t.entry.num.cols ?? 80;
  let out = (reset && s.rs1 !== undefined ? s.rs1 : s.is1 ?? '') + (reset && s.rs2 !== undefined ? s.rs2 : s.is2 ?? '');
  if (s.mgc !== undefined) out += s.mgc;
  else if (s.smglr !== undefined) out += tparm(s.smglr, [0, cols - 1]);
  out += reset && s.rs3 !== undefined ? s.rs3 : s.is3 ?? '';
  return bytes(unpad(out));
}

