// The compression programs tar runs as a filter (-z, -j, -J, --lzma, ...). gzip's, bzip2's and xz's data is what
// those commands write reading a pipe (gzip/format.ts: no name, the time now; bzip2/format.ts: -9; xz/format.ts:
// -6, CRC64); the others' archives are marked by their magic bytes and the archive after them. Reading tells the formats apart by the magic, as tar does. What each prints when
// the data is not its format, and the status tar reports.
import { fromBytes, toBytes } from '../lib/bytes';
import { gunzipBytes, gzipBytes } from '../gzip/format';
import { bunzip2Bytes, bzip2Bytes } from '../bzip2/format';
import { unxzBytes, xzBytes } from '../xz/format';

export type Program = 'gzip' | 'bzip2' | 'xz' | 'lzma' | 'lzip' | 'lzop' | 'zstd' | 'compress';

interface Compressor {
  /** The program tar runs (tar_help_filter's GZIP_PROGRAM ...; Rocky builds --lzma as `xz --format=lzma`). */
  command: string;
  magic: string;
  /** On the lab's box (gzip, bzip2 and xz are; lzip, lzop, zstd and ncompress are not installed). */
  installed: boolean;
  /** Its message on data of another format, and its exit status (tar: "Child returned status N"). */
  notFormat: string;
  status: number;
}

export const COMPRESSORS: Record<Program, Compressor> = {
  gzip: { command: 'gzip', magic: '\x1f\udc8b', installed: true, notFormat: '\ngzip: stdin: not in gzip format\n', status: 1 },
  bzip2: { command: 'bzip2', magic: 'BZh', installed: true, notFormat: 'bzip2: (stdin) is not a bzip2 file.\n', status: 2 },
  xz: { command: 'xz', magic: '\udcfd7zXZ\x00', installed: true, notFormat: 'xz: (stdin): File format not recognized\n', status: 1 },
  lzma: { command: 'xz', magic: ']\x00\x00\x80\x00', installed: true, notFormat: 'xz: (stdin): File format not recognized\n', status: 1 },
  lzip: { command: 'lzip', magic: 'LZIP', installed: false, notFormat: '', status: 2 },
  lzop: { command: 'lzop', magic: '\x89LZO\x00', installed: false, notFormat: '', status: 2 },
  zstd: { command: 'zstd', magic: '\x28\xb5\x2f\xfd', installed: false, notFormat: '', status: 2 },
  compress: { command: 'compress', magic: '\x1f\x9d', installed: false, notFormat: '', status: 2 },
};

/** The archive through the program (gzip/format.ts's loadFlate loaded first for gzip); `now` in ms. */
export function compress(p: Program | null, text: string, now = 0): string {
  if (p === 'gzip') return fromBytes(gzipBytes(toBytes(text), { level: 6, mtime: Math.floor(now / 1000) }));
  if (p === 'bzip2') return fromBytes(bzip2Bytes(toBytes(text)));
  if (p === 'xz') return fromBytes(xzBytes(toBytes(text)));
  return p ? COMPRESSORS[p].magic + text : text;
}

/** The program whose magic the data starts with (none: a plain archive or no archive), and the data inside. */
export function detect(text: string): { program: Program | null; text: string } {
  if (text.startsWith(COMPRESSORS.gzip.magic)) {
    const x = gunzipBytes(toBytes(text));
    return { program: 'gzip', text: fromBytes(x.data) };
  }
  if (text.startsWith(COMPRESSORS.bzip2.magic)) return { program: 'bzip2', text: fromBytes(bunzip2Bytes(toBytes(text)).data) };
  if (text.startsWith(COMPRESSORS.xz.magic)) return { program: 'xz', text: fromBytes(unxzBytes(toBytes(text)).data) };
  for (const [p, c] of Object.entries(COMPRESSORS) as [Program, Compressor][]) if (text.startsWith(c.magic)) return { program: p, text: text.slice(c.magic.length) };
  return { program: null, text };
}

/** -a, --auto-compress: the program by the archive's suffix (suffixes.c). */
export function suffixProgram(name: string): Program | null {
  const table: [RegExp, Program][] = [
    [/\.(gz|tgz|taz)$/, 'gzip'],
    [/\.(Z|taZ)$/, 'compress'],
    [/\.(bz2|tbz|tbz2|tz2)$/, 'bzip2'],
    [/\.lz$/, 'lzip'],
    [/\.(lzma|tlz)$/, 'lzma'],
    [/\.lzo$/, 'lzop'],
    [/\.(xz|txz)$/, 'xz'],
    [/\.(zst|tzst)$/, 'zstd'],
  ];
  return table.find(([re]) => re.test(name))?.[1] ?? null;
}
