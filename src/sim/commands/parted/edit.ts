// parted 3.5's table commands (parted/parted.c: do_mklabel, do_mkpart, do_rm, do_name, do_set, do_toggle,
// do_resizepart, do_align_check, do_rescue) on an image file or loop device, the table written into the file (label.ts). Positions are read as
// ped_unit_parse_custom() does: exact units (s, B, KiB, MiB...) name one sector, an END in them the sector before;
// MB, GB and % allow half a unit either way, where the partition snaps to the 1MiB (2048s) grain. Questions and
// warnings as parted's exception handler puts them: wrapped at 80 columns on a terminal, not with -s (ui.c).
import type { CommandContext } from '../../context';
import type { Yield } from '../../types';
import { fnv } from '../lib/procfs/tree';
import { type Disk, type Part, formatByte, writeLabel, GPT_FLAGS } from './label';

export interface Edit {
  ctx: CommandContext;
  disk: Disk;
  script: boolean;
  readonly unit: string;
}

const GRAIN = 2048;
const FS_TYPES = ['btrfs', 'ext2', 'ext3', 'ext4', 'fat16', 'fat32', 'hfs', 'hfs+', 'linux-swap', 'ntfs', 'xfs', 'udf', 'zfs'];
const SIZES: Record<string, number> = { s: 512, B: 1, kB: 1e3, MB: 1e6, GB: 1e9, TB: 1e12, KiB: 1024, MiB: 1024 ** 2, GiB: 1024 ** 3, TiB: 1024 ** 4 };
const EXACT = ['s', 'B', 'KiB', 'MiB', 'GiB', 'TiB'];

/** str_list_print_wrap() at 80 columns: break at the last blank that keeps the line inside, a blank may hang over. */
export function wrap(text: string, width = 80): string {
  let out = '';
  let s = text;
  let left = width;
  const isBreak = (c: string) => !/[A-Za-z0-9]/.test(c) && !/[!-/:-@[-`{-~]/.test(c);
  while (s.length > left) {
    let cut = Math.min(left - 1, s.length - 1);
    if (s[cut + 1] === ' ') cut++;
    while (cut && !isBreak(s[cut])) cut--;
    while (cut && s[cut] === ' ') cut--;
    let right = cut + 1;
    while (right < s.length && s[right] === ' ') right++;
    out += s.slice(0, cut + 1) + '\n';
    s = s.slice(right);
    left = width;
  }
  return out + s;
}

/** ped_exception_throw() through parted's handler: the text, then the question on a terminal. */
function* exception(e: Edit, type: 'Warning' | 'Error', msg: string, options: string[]): Generator<Yield, string | null, unknown> {
  const text = `${type}: ${msg}`;
  e.ctx.err((e.script ? text : wrap(text)) + '\n');
  if (options.length < 2) return options[0] ?? null;
  if (e.script) return null;
  for (;;) {
    const a = String(((yield { ask: `${options.join('/')}? ` }) as string | null) ?? '').trim();
    const hit = a && options.find((o) => o.toLowerCase().startsWith(a.toLowerCase()));
    if (hit) return hit;
    if (a) e.ctx.err(`parted: invalid token: ${a}\n`);
  }
}

/** A parameter: the next word, or on a terminal the answer to its question. */
function* word(e: Edit, q: string[], prompt: string, def?: string): Generator<Yield, string | null, unknown> {
  if (q.length) return q.shift() as string;
  if (e.script) return null;
  const a = String(((yield { ask: def !== undefined ? `${prompt}?  [${def}]? ` : `${prompt}? ` }) as string | null) ?? '').trim();
  return a || (def ?? null);
}

/** command_line_get_partition(): with -s and no word left, some commands say so (the ones recorded: toggle, align-check). */
function* partNumber(e: Edit, q: string[], says: boolean): Generator<Yield, string | null, unknown> {
  const w = yield* word(e, q, 'Partition number');
  if (w === null && says) e.ctx.err('Error: Expecting a partition number.\n');
  return w;
}

/** The flag of toggle: asked again on a terminal until something is typed. */
function* flagWord(e: Edit, q: string[]): Generator<Yield, string | null, unknown> {
  if (q.length) return q.shift() as string;
  if (e.script) return null;
  for (;;) {
    const a = String(((yield { ask: 'Flag to Invert? ' }) as string | null) ?? '').trim();
    if (a) return a;
  }
}

interface Pos {
  sector: number;
  exact: boolean;
  radius: number;
}

function parsePos(e: Edit, w: string, isEnd: boolean): Pos | 'bad' | 'outside' {
  const m = /^(-?[0-9.]+)([a-zA-Z%]*)$/.exec(w);
  if (!m) return 'bad';
  const unitName = m[2] || (e.unit === 'compact' ? 'MB' : e.unit);
  const n = Number(m[1]);
  const sectors = e.disk.sectors;
  let bytes: number;
  let unitBytes: number;
  if (unitName === '%') {
    unitBytes = (sectors * 512) / 100;
    bytes = n * unitBytes;
  } else if (SIZES[unitName] !== undefined) {
    unitBytes = SIZES[unitName];
    bytes = n * unitBytes;
  } else return 'bad';
  const exact = EXACT.includes(unitName);
  let sector = Math.floor(bytes / 512);
  if (exact && isEnd && unitName !== 's') sector -= 1;
  if (sector > sectors) return 'outside';
  sector = Math.min(sector, sectors - 1);
  return { sector, exact, radius: exact ? 0 : Math.max(0, Math.floor(unitBytes / 512 / 2)) };
}

function commit(e: Edit): void {
  const d = e.disk;
  if (d.node && (d.label === 'gpt' || d.label === 'msdos')) writeLabel(d.node, d.label, d.parts, d.sectors, fnv(d.path));
}

const inUse = (e: Edit) => e.disk.path === '/dev/sda';

/** Runs a table command: true done, false failed, undefined when the word is not one of them. */
export function* edit(e: Edit, cmd: string, q: string[]): Generator<Yield, boolean | undefined, unknown> {
  const d = e.disk;
  const names = ['mklabel', 'mktable', 'mkpart', 'rm', 'name', 'set', 'resizepart', 'toggle', 'align-check', 'rescue'];
  if (!names.includes(cmd)) return undefined;
  if (cmd === 'mklabel' || cmd === 'mktable') {
    const t = yield* word(e, q, 'New disk label type');
    if (t === null) return false;
    if (t !== 'gpt' && t !== 'msdos') {
      e.ctx.err(`parted: invalid token: ${t}\nError: Expecting a disk label type.\n`);
      return false;
    }
    if (inUse(e)) {
      const a = yield* exception(e, e.script ? 'Error' : 'Warning', `Partition(s) on ${d.path} are being used.`, ['Ignore', 'Cancel']);
      // Ignore would go on to rewrite the box's own table: not modelled (DIFFERENCES.md)
      if (a !== 'Ignore' || inUse(e)) return false;
    }
    if (d.label !== 'unknown' && !e.script) {
      const a = yield* exception(e, 'Warning', `The existing disk label on ${d.path} will be destroyed and all data on this disk will be lost. Do you want to continue?`, ['Yes', 'No']);
      if (a !== 'Yes') return false;
    }
    d.label = t;
    d.parts = [];
    commit(e);
    return true;
  }
  if (d.label === 'unknown' || d.label === 'loop') {
    if (d.label === 'unknown') {
      e.ctx.err(`Error: ${d.path}: unrecognised disk label\n`);
      return false;
    }
  }
  if (cmd === 'mkpart') {
    let name: string | null = '';
    if (d.label === 'gpt') {
      name = yield* word(e, q, 'Partition name', '');
      if (name === null) return false;
    } else if (d.label === 'msdos') {
      // command_line_get_part_type(): the types this table can still take (only primary partitions are modelled)
      if (d.parts.length >= 4) return (e.ctx.err("Error: Can't create any more partitions.\n"), false);
      let ty: string | null = null;
      while (ty === null) {
        const w = q.length ? (q.shift() as string) : e.script ? null : String(((yield { ask: 'Partition type?  primary/extended? ' }) as string | null) ?? '').trim();
        if (w === null) break;
        if (!w) continue;
        if (w === 'primary' || w === 'extended') ty = w;
        else {
          e.ctx.err(`parted: invalid token: ${w}\n`);
          q.length = 0;
          if (e.script) break;
        }
      }
      if (ty !== 'primary') {
        if (ty === null) e.ctx.err('Error: Expecting a partition type.\n');
        return false;
      }
      name = '';
    }
    let fs = '';
    // do_mkpart(): a word that starts with a digit is START, anything else the file system type
    if ((q.length && !/^[0-9]/.test(q[0])) || (!q.length && !e.script)) {
      const f = yield* word(e, q, 'File system type', 'ext2');
      if (f === null) return false;
      if (!FS_TYPES.includes(f)) {
        e.ctx.err(`parted: invalid token: ${f}\nError: Expecting a file system type.\n`);
        return false;
      }
      fs = f;
    }
    const sw = yield* word(e, q, 'Start');
    if (sw === null) return false;
    const start = parsePos(e, sw, false);
    if (start === 'outside') return (e.ctx.err(`Error: The location ${sw} is outside of the device ${d.path}.\n`), false);
    if (start === 'bad') return false;
    const ew = yield* word(e, q, 'End');
    if (ew === null) return false;
    const end = parsePos(e, ew, true);
    if (end === 'outside') return (e.ctx.err(`Error: The location ${ew} is outside of the device ${d.path}.\n`), false);
    if (end === 'bad') return false;
    const first = d.label === 'gpt' ? 34 : 1;
    const last = d.label === 'gpt' ? d.sectors - 34 : d.sectors - 1;
    const alignUp = (p: Pos) => Math.ceil(Math.max(p.sector - p.radius, first) / GRAIN) * GRAIN;
    const alignEnd = (p: Pos) => Math.floor((Math.min(p.sector + p.radius, last) + 1) / GRAIN) * GRAIN - 1;
    let s = Math.max(start.sector, first);
    let en = Math.min(end.sector, last);
    const as = alignUp(start);
    const ae = alignEnd(end);
    const sOk = as <= start.sector + start.radius;
    const eOk = ae >= end.sector - end.radius && ae > as;
    if (sOk && eOk) {
      s = as;
      en = ae;
    } else if (sOk && !end.exact) s = as;
    const prev = d.parts.filter((p) => p.start <= en && p.end >= s);
    if (prev.length) {
      const lo = Math.max(s, ...d.parts.filter((p) => p.start <= s).map((p) => p.end + 1));
      const hi = Math.min(en, ...d.parts.filter((p) => p.start > s).map((p) => p.start - 1));
      const f = (x: number) => formatByte(x * 512, 'compact', d.sectors * 512);
      e.ctx.err(`Error: You requested a partition from ${f(s)} to ${f(en + 1)} (sectors ${s}..${en}).\nThe closest location we can manage is ${f(lo)} to ${f(hi + 1)} (sectors ${lo}..${hi}).\n`);
      return false;
    }
    if (s % GRAIN) {
      const a = yield* exception(e, 'Warning', `The resulting partition is not properly aligned for best performance: ${s}s % ${GRAIN}s != 0s`, ['Ignore', 'Cancel']);
      if (a === 'Cancel') return false;
    }
    const used = new Set(d.parts.map((p) => p.n));
    let n = 1;
    while (used.has(n)) n++;
    const part: Part = { n, start: s, end: en, fs, flags: d.label === 'msdos' ? 'lba' : '', ...(d.label === 'gpt' ? { name } : {}) };
    d.parts = [...d.parts, part].sort((a, b) => a.n - b.n);
    commit(e);
    return true;
  }
  if (cmd === 'rescue') {
    // do_rescue(): START and END, then a search for file systems between them; none is found, as file systems
    // inside partitions are not modelled (on a terminal the real search shows its progress: DIFFERENCES.md)
    for (const prompt of ['Start', 'End']) {
      const w = yield* word(e, q, prompt);
      if (w === null) return false;
      const at = parsePos(e, w, prompt === 'End');
      if (at === 'outside') return (e.ctx.err(`Error: The location ${w} is outside of the device ${d.path}.\n`), false);
      if (at === 'bad') return false;
    }
    return true;
  }
  let align = '';
  if (cmd === 'align-check') {
    // command_line_get_align_type(): optimal unless told, min or opt
    const t = q.length ? (q.shift() as string) : e.script ? 'opt' : String(((yield { ask: 'alignment type(min/opt)  [optimal]/minimal? ' }) as string | null) ?? '').trim() || 'opt';
    const hit = ['minimal', 'optimal'].find((x) => t.length && x.startsWith(t));
    if (!hit) {
      e.ctx.err(`parted: invalid token: ${t}\n`);
      return false;
    }
    align = hit;
  }
  const nw = yield* partNumber(e, q, cmd === 'toggle' || cmd === 'align-check');
  if (nw === null) return false;
  const part = d.parts.find((p) => String(p.n) === nw);
  if (!part) {
    e.ctx.err("Error: Partition doesn't exist.\n");
    return false;
  }
  // _partition_warn_busy(): the box's swap, /boot and / are in use (the answer Yes is not modelled: DIFFERENCES.md)
  if (inUse(e) && (cmd === 'rm' || cmd === 'resizepart') && part.n > 1) {
    yield* exception(e, 'Warning', `Partition /dev/sda${part.n} is being used. Are you sure you want to continue?`, ['Yes', 'No']);
    return false;
  }
  if (cmd === 'align-check') {
    // do_align_check(): the start against the device's alignment (an image's minimum is one sector, the optimum
    // libparted's 1MiB default); the answer is printed on a terminal only, the status says it with -s
    const ok = align === 'minimal' || part.start % GRAIN === 0;
    if (!e.script) e.ctx.out(ok ? `${part.n} aligned\n` : `${part.n} not aligned: ${part.start}s % ${GRAIN}s != 0s\n`);
    return ok;
  }
  if (cmd === 'toggle') {
    const flag = yield* flagWord(e, q);
    if (flag === null) return false;
    const key = flag === 'boot' || flag === 'esp' ? 'boot, esp' : flag;
    if (!(key in GPT_FLAGS) || d.label !== 'gpt') {
      if (!(key in GPT_FLAGS)) e.ctx.err(`parted: invalid token: ${flag}\n`);
      return false;
    }
    part.flags = part.flags === key ? '' : key;
  } else if (cmd === 'rm') {
    d.parts = d.parts.filter((p) => p !== part);
  } else if (cmd === 'name') {
    const nm = yield* word(e, q, 'Partition name', part.name ?? '');
    if (nm === null) return false;
    part.name = nm;
  } else if (cmd === 'set') {
    const flag = yield* word(e, q, 'Flag to Invert');
    if (flag === null) return false;
    const key = flag === 'boot' || flag === 'esp' ? 'boot, esp' : flag;
    if (!(key in GPT_FLAGS) || d.label !== 'gpt') return false;
    // command_line_get_state(): the default is the flag's other state
    const def = part.flags === key ? 'off' : 'on';
    const state = q.length ? (q.shift() as string) : e.script ? def : String(((yield { ask: `New state?  ${def === 'on' ? '[on]/off' : 'on/[off]'}? ` }) as string | null) ?? '').trim() || def;
    part.flags = state === 'on' ? key : part.flags === key ? '' : part.flags;
  } else {
    const ew = yield* word(e, q, 'End', undefined);
    if (ew === null) return false;
    const end = parsePos(e, ew, true);
    if (end === 'outside') return (e.ctx.err(`Error: The location ${ew} is outside of the device ${d.path}.\n`), false);
    if (end === 'bad') return false;
    part.end = end.sector;
  }
  commit(e);
  return true;
}
