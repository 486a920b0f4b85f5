// cksum of GNU coreutils 8.32 (src/cksum.c; help in help.ts): the POSIX CRC-32 of each file's bytes with their
// count appended, then its byte count: `CRC BYTES FILE`, without the name when reading standard input alone.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { toBytes } from '../../lib/bytes';
import { reader } from '../lib/input';

let table: Uint32Array | undefined;

/** cksum.c's crctab: the CRC of each byte under the polynomial 0x04C11DB7, most significant bit first. */
function crcTable(): Uint32Array {
  if (table) return table;
  table = new Uint32Array(256);
  for (let i = 0; i < 256; i++) {
    let c = i << 24;
    for (let k = 0; k < 8; k++) c = c & 0x80000000 ? (c << 1) ^ 0x04c11db7 : c << 1;
    table[i] = c >>> 0;
  }
  return table;
}

/** The POSIX cksum of the bytes. */
export function posixCksum(bytes: Uint8Array): number {
  const t = crcTable();
  let crc = 0;
  const step = (b: number) => (crc = ((crc << 8) ^ t[((crc >>> 24) ^ b) & 0xff]) >>> 0);
  for (const b of bytes) step(b);
  for (let n = bytes.length; n; n = Math.floor(n / 256)) step(n & 0xff);
  return ~crc >>> 0;
}

export function* run(ctx: CommandContext): CommandRun {
  const read = reader(ctx, 'cksum');
  const files = ctx.operands ?? [];
  let ok = true;
  for (const file of files.length ? files : ['-']) {
    const text = read(file);
    if (text === null) {
      ok = false;
      continue;
    }
    const bytes = toBytes(text);
    ctx.out(`${posixCksum(bytes)} ${bytes.length}${files.length ? ` ${file}` : ''}\n`);
  }
  return ok ? 0 : 1;
}
