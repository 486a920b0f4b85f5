// Reading the apps' inputs (a file as the user may read it, or stdin) as PEM or DER, and writing -out files.
import type { CommandContext } from '../../context';
import { readFile } from '../lib/files';
import { fromBytes, toBytes } from '../lib/bytes';
import { pemBlocks, type Bytes } from '../../k8s/pki/der';

export type Loaded = { ok: true; bytes: Bytes; text: string } | { ok: false; errno: string };

/** The bytes of `-in FILE` (or stdin when none). */
export function load(ctx: CommandContext, file: string | undefined): Loaded {
  if (file === undefined || file === '-') {
    const text = ctx.stdin ?? '';
    return { ok: true, text, bytes: toBytes(text) };
  }
  const r = readFile(ctx, ctx.host.fs.resolve(ctx.frame.cwd, file));
  if (!r.ok) return { ok: false, errno: r.errno };
  return { ok: true, text: r.text, bytes: toBytes(r.text) };
}

/** The first PEM block with one of `labels` (PEM), or the whole input (DER). */
export function decode(l: { bytes: Bytes; text: string }, format: string, labels: string[]): { der: Bytes; label: string } | null {
  if (format === 'DER') return { der: l.bytes, label: labels[0] };
  const b = pemBlocks(l.text).find((x) => labels.includes(x.label));
  return b ? { der: b.der, label: b.label } : null;
}

/** Text or DER to -out FILE or stdout. */
export function emit(ctx: CommandContext, outFile: string | undefined, data: string | Bytes): boolean {
  const text = typeof data === 'string' ? data : fromBytes(data);
  if (outFile === undefined || outFile === '-') {
    ctx.out(text);
    return true;
  }
  const e = ctx.host.fs.write(ctx.host.fs.resolve(ctx.frame.cwd, outFile), text);
  return !e;
}

export const inName = (file: string | undefined) => (file === undefined || file === '-' ? '<stdin>' : file);
