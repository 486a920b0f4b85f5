// partx of util-linux 2.37.4 (disk-utils/partx.c) on the box's disk (util-linux/lib/disk.ts): --show's table (NR
// START END SECTORS SIZE NAME UUID; -o, -b, -g, -r, -P) and -l's old list, for the disk or one partition; -a and -d
// meet partitions the kernel already has and uses (EBUSY: "error adding/deleting partitions"), -u finds nothing to
// change. A user cannot open the disk. Layout as 2.38.1 shows an image partitioned alike.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def, isRoot, linuxOnly } from '../../lib/guest';
import { GPT_PARTS, human } from '../lib/disk';
import { partuuid } from '../../lib/mounts';
import { spec } from './spec';

const ALL = ['NR', 'START', 'END', 'SECTORS', 'SIZE', 'NAME', 'UUID', 'TYPE', 'FLAGS', 'SCHEME'];
const RIGHT = new Set(['NR', 'START', 'END', 'SECTORS', 'SIZE']);
const TYPES: Record<string, string> = { 'BIOS boot': '21686148-6449-6e6f-744e-656564454649', 'Linux swap': '0657fd6d-a4ab-43c4-84e5-0933c84b4f4f', 'Linux filesystem': '0fc63daf-8483-4772-8e79-3d69d8477de4' };

function* partx(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  const ops = ctx.operands ?? [];
  const fail = (m: string) => {
    ctx.err(`partx: ${m}\n`);
    return 1;
  };
  const mode = ['show', 'list', 'add', 'delete', 'update'].filter((k) => o.has(k)).pop() ?? (o.has('output') || o.has('pairs') || o.has('raw') ? 'show' : null);
  if (!mode || !ops.length || ops.length > 2) return fail("bad usage\nTry 'partx --help' for more information.");
  let disk = ops[ops.length - 1];
  let nr: number | null = null;
  const part = /^\/dev\/sda([1-4])$/.exec(ctx.resolve(ops[0]));
  if (ops.length === 1 && part) {
    disk = '/dev/sda';
    nr = Number(part[1]);
  } else if (ops.length === 2) {
    if (!part) return fail(`${ops[0]}: failed to get partition number`);
    nr = Number(part[1]);
  }
  const range = o.str('nr');
  if (range !== undefined) {
    if (nr !== null) return fail('--nr and <partition> are mutually exclusive');
    if (!/^-?\d*:?-?\d*$/.test(range)) return fail('failed to parse --nr <M-N> range');
  }
  if (ctx.resolve(disk) !== '/dev/sda') return fail(`stat of ${disk} failed: No such file or directory`);
  if (!isRoot(ctx)) return fail(`cannot open ${disk}: Permission denied`);
  const [lo, hi] = range !== undefined ? (range.split(/[:-]/).map((x) => (x ? Number(x) : 0)) as [number, number]) : [nr ?? 0, nr ?? 0];
  const parts = GPT_PARTS.map((p, i) => ({ ...p, n: i + 1 })).filter((p) => (!lo || p.n >= lo) && (!hi || p.n <= (range !== undefined && range.split(/[:-]/).length === 1 ? lo : hi)));
  if (mode === 'add' || mode === 'delete') {
    if (parts.length) fail(`${disk}: error ${mode === 'add' ? 'adding' : 'deleting'} partition${parts.length > 1 ? `s ${parts[0].n}-${parts[parts.length - 1].n}` : ` ${parts[0].n}`}`);
    return 1;
  }
  if (mode === 'update') return 0;
  if (mode === 'list') {
    ctx.out(parts.map((p) => {
      const n = p.end - p.start + 1;
      return `# ${p.n}: ${String(p.start).padStart(9)}-${String(p.end).padStart(9)} (${String(n).padStart(9)} sectors, ${String(Math.floor((n * 512) / 1e6)).padStart(6)} MB)\n`;
    }).join(''));
    return 0;
  }
  let cols = ['NR', 'START', 'END', 'SECTORS', 'SIZE', 'NAME', 'UUID'];
  if (o.has('output-all')) cols = ALL;
  const out = o.str('output');
  if (out !== undefined) {
    const list = out.replace(/^\+/, '').split(',');
    const bad = list.find((c) => !ALL.includes(c.toUpperCase()));
    if (bad) return fail(`unknown column: ${bad}`);
    cols = (out.startsWith('+') ? [...cols, ...list] : list).map((c) => c.toUpperCase());
  }
  const rows = parts.map((p) => {
    const n = p.end - p.start + 1;
    const v: Record<string, string> = { NR: String(p.n), START: String(p.start), END: String(p.end), SECTORS: String(n), SIZE: o.has('bytes') ? String(n * 512) : human(n * 512), NAME: '', UUID: partuuid(ctx.host.id, p.name), TYPE: TYPES[p.type], FLAGS: '', SCHEME: 'gpt' };
    return cols.map((c) => v[c]);
  });
  if (o.has('pairs')) {
    ctx.out(rows.map((r) => r.map((v, k) => `${cols[k]}="${v}"`).join(' ') + '\n').join(''));
    return 0;
  }
  const table = o.has('noheadings') ? rows : [cols, ...rows];
  if (o.has('raw')) {
    ctx.out(table.map((r) => r.join(' ') + '\n').join(''));
    return 0;
  }
  const w = cols.map((_c, k) => Math.max(...[cols, ...rows].map((r) => r[k].length)));
  ctx.out(table.map((r) => r.map((v, k) => (RIGHT.has(cols[k]) ? v.padStart(w[k]) : k === r.length - 1 ? v : v.padEnd(w[k]))).join(' ') + '\n').join(''));
  return 0;
}

def({ name: 'partx', summary: 'tell the kernel about the presence and numbering of on-disk partitions', available: linuxOnly, spec, run: partx });
