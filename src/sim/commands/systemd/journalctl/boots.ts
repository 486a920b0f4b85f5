// The boots of a guest's journal: every boot the world modelled (host.pastBoots, then this one), each with a boot
// ID made from the world's seed; -b's descriptor (journalctl.c parse_boot_descriptor()), the boot it names
// (add_boot(), get_boots()) and --list-boots' table (list_boots(), format-table.c) as journalctl 252 prints them.
import type { CommandContext } from '../../../context';
import { Rng, seedFrom } from '../../../rng';
import { stamp } from '../../lib/units';

export interface Boot {
  id: string;
  /** ms */
  start: number;
  end: number;
}

/** The guest's boots, oldest first; the last is the running one. */
export function bootsOf(ctx: CommandContext): Boot[] {
  const h = ctx.host;
  const id = (start: number) => new Rng(seedFrom(`${ctx.world.seed}|${h.id}|boot|${start}`)).hex(32);
  return [...(h.pastBoots ?? []), { start: h.bootedAt, end: ctx.world.now + 1 }].map((b) => ({ id: id(b.start), start: b.start, end: b.end }));
}

/** parse_boot_descriptor(): "all", an offset, or a boot ID with an optional offset; null when it does not parse. */
export function parseBoot(x: string): { id: string | null; offset: number; all: boolean } | null {
  if (x === 'all') return { id: null, offset: 0, all: true };
  const int = (s: string) => (/^[+-]?\d+$/.test(s) && Math.abs(Number(s)) <= 2 ** 31 ? Number(s) : null);
  if (x.length >= 32) {
    const head = x.slice(0, 32);
    const id = /^[0-9a-fA-F]{32}$/.test(head) ? head.toLowerCase() : null;
    const rest = id ? x.slice(32) : x;
    if (rest !== '' && !/^[-+]/.test(rest)) return null;
    const off = rest === '' ? 0 : int(rest);
    return off === null ? null : { id, offset: off, all: false };
  }
  const off = int(x);
  return off === null ? null : { id: null, offset: off, all: false };
}

/**
 * The boot -b names (get_boots()): an offset counts from the last boot (0, -1, ...) or, positive, from the first
 * (1, 2, ...); with a boot ID it counts from that boot. Undefined: no such boot.
 */
export function pickBoot(boots: Boot[], id: string | null, offset: number): Boot | undefined {
  if (id === null) return offset > 0 ? boots[offset - 1] : boots[boots.length - 1 + offset];
  const at = boots.findIndex((b) => b.id === id);
  return at < 0 ? undefined : boots[at + offset];
}

/** add_boot()'s error for a boot that is not in the journal. */
export function noBoot(id: string | null, offset: number): string {
  const what = id === null ? (offset >= 0 ? `+${offset}` : String(offset)) : id;
  return `Data from the specified boot (${what}) is not available: No such boot ID in journal\n`;
}

/** --list-boots: IDX right-aligned, the last column without trailing blanks; -r lists the newest first. */
export function listBoots(boots: { id: string; first: number; last: number }[], reverse: boolean, mode: string, quiet = false): string {
  const rows = boots.map((b, i) => ({ idx: i - boots.length + 1, ...b }));
  if (reverse) rows.reverse();
  if (mode === 'json' || mode === 'json-pretty' || mode === 'json-sse' || mode === 'json-seq') {
    const objs = rows.map((r) => [['index', String(r.idx)], ['boot_id', JSON.stringify(r.id)], ['first_entry', String(r.first)], ['last_entry', String(r.last)]]);
    if (mode === 'json-pretty')
      return objs.length ? `[\n${objs.map((o) => `\t{\n${o.map(([k, v]) => `\t\t"${k}" : ${v}`).join(',\n')}\n\t}`).join(',\n')}\n]\n` : '[]\n';
    const body = `[${objs.map((o) => `{${o.map(([k, v]) => `"${k}":${v}`).join(',')}}`).join(',')}]`;
    return mode === 'json-sse' ? `data: ${body}\n\n` : mode === 'json-seq' ? `\x1e${body}\n` : body + '\n';
  }
  const cells = rows.map((r) => [String(r.idx), r.id, stamp(Math.floor(r.first / 1000)), stamp(Math.floor(r.last / 1000))]);
  const head = ['IDX', 'BOOT ID', 'FIRST ENTRY', 'LAST ENTRY'];
  const w = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[], right: boolean) => c.map((x, i) => (i === 0 && right ? x.padStart(w[0]) : i === c.length - 1 ? x : x.padEnd(w[i]))).join(' ');
  // table_print_with_pager(..., !arg_quiet): -q leaves the heading out
  return [...(quiet ? [] : [line(head, false)]), ...cells.map((c) => line(c, true))].join('\n') + '\n';
}
