// sum of GNU coreutils 8.32 (src/sum.c; help in help.ts): the BSD checksum (16-bit, rotated) and the size in
// 1 KiB blocks (the name only when more than one file is named), or with -s the System V sum and 512-byte blocks
// (the name whenever one is named). The last of -r and -s wins.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { toBytes } from '../../lib/bytes';
import { reader } from '../lib/input';

export function bsdSum(bytes: Uint8Array): number {
  let sum = 0;
  for (const b of bytes) sum = (((sum >> 1) + ((sum & 1) << 15)) + b) & 0xffff;
  return sum;
}

export function sysvSum(bytes: Uint8Array): number {
  let s = 0;
  for (const b of bytes) s = (s + b) >>> 0;
  const r = (s & 0xffff) + (s >>> 16);
  return (r & 0xffff) + (r >>> 16);
}

export function* run(ctx: CommandContext): CommandRun {
  let sysv = false;
  for (const o of ctx.opts!.list) sysv = o.key === 'sysv';
  const read = reader(ctx, 'sum');
  const files = ctx.operands ?? [];
  let ok = true;
  for (const file of files.length ? files : ['-']) {
    const text = read(file);
    if (text === null) {
      ok = false;
      continue;
    }
    const bytes = toBytes(text);
    // human_readable with human_ceiling: whole blocks, rounded up
    if (sysv) ctx.out(`${sysvSum(bytes)} ${Math.ceil(bytes.length / 512)}${files.length ? ` ${file}` : ''}\n`);
    else ctx.out(`${String(bsdSum(bytes)).padStart(5, '0')} ${String(Math.ceil(bytes.length / 1024)).padStart(5)}${files.length > 1 ? ` ${file}` : ''}\n`);
  }
  return ok ? 0 : 1;
}
