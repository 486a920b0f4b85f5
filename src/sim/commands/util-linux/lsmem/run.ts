// lsmem of util-linux 2.37.4 (sys-utils/lsmem.c): the guest's memory in 128 MiB blocks (x86-64 below 64 GiB), all
// online and removable, merged into ranges; the RAM is the VM's (the provider's memory setting), below the 3 GiB
// PCI hole and above 4 GiB for what does not fit under it. Layout after the recording machine's lsmem 2.38.1.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def, linuxOnly } from '../../lib/guest';
import { human } from '../lib/disk';
import { spec } from './spec';

const BLOCK = 128 * 1024 * 1024;

function* lsmem(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  const ramMb = Math.round(((ctx.host.sys?.memTotalKb ?? 848_576) + 200_000) / 1024);
  const ram = ramMb * 1024 * 1024;
  const low = Math.min(ram, 3 * 1024 ** 3);
  const ranges: [number, number][] = [[0, low]];
  if (ram > low) ranges.push([4 * 1024 ** 3, ram - low]);
  const hex = (n: number) => '0x' + n.toString(16).padStart(16, '0');
  const bytes = o.has('bytes');
  const rows = ranges.map(([start, size]) => {
    const first = start / BLOCK;
    const last = first + Math.ceil(size / BLOCK) - 1;
    return [`${hex(start)}-${hex(start + size - 1)}`, bytes ? String(size) : human(size), 'online', 'yes', first === last ? String(first) : `${first}-${last}`];
  });
  let out = '';
  if (!o.has('summary') || o.str('summary') === 'never') {
    const head = ['RANGE', 'SIZE', 'STATE', 'REMOVABLE', 'BLOCK'];
    const all = o.has('noheadings') ? rows : [head, ...rows];
    const w = head.map((_h, k) => Math.max(...all.map((r) => r[k].length)));
    out += all.map((r) => r.map((v, k) => (k === 0 ? v.padEnd(w[k]) : v.padStart(w[k]))).join(' ') + '\n').join('');
    if (o.str('summary') !== 'never') out += '\n';
  }
  if (o.str('summary') !== 'never') {
    const v = (n: number) => (bytes ? String(n).padStart(15) : human(n).padStart(5));
    out += `${'Memory block size:'.padEnd(23)} ${v(BLOCK)}\n${'Total online memory:'.padEnd(23)} ${v(ram)}\n${'Total offline memory:'.padEnd(23)} ${v(0)}\n`;
  }
  ctx.out(out);
  return 0;
}

def({ name: 'lsmem', summary: 'list the ranges of available memory with their online status', available: linuxOnly, spec, run: lsmem });
