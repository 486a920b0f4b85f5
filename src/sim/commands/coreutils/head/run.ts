// head of GNU coreutils 8.32 (options and help in spec.ts): -n [-]N lines or -c [-]N bytes, -q/-v headers.
import { def } from '../../lib/guest';
import { inputs, lines } from '../../lib/files';
import { fromBytes, toBytes } from '../../lib/bytes';

export interface Count {
  bytes: boolean;
  n: number;
  /** head -n -N: all but the last N; tail -n +N: from the Nth on */
  sign: '' | '-' | '+';
  files: string[];
  quiet: boolean;
  verbose: boolean;
  /** xdectoumax()'s complaint about a count it cannot read */
  invalid?: string;
}

/** xstrtoumax()'s multipliers of head's and tail's counts ("bkKmMGTPEZY0"): b 512, K 1024, KB 1000, KiB 1024. */
const POWERS = 'KMGTPEZY';
function multiplier(suffix: string): number | null {
  if (suffix === '') return 1;
  if (suffix === 'b') return 512;
  const m = /^([kKmMGTPEZY])(B|iB)?$/.exec(suffix);
  if (!m) return null;
  const p = POWERS.indexOf(m[1].toUpperCase()) + 1;
  return (m[2] === 'B' ? 1000 : 1024) ** p;
}

/** The count of head and tail (-n/-c/--lines/--bytes/-N), the headers' switches and the files. */
export function countArg(_flags: Map<string, string | true>, args: string[]): Count & { n: number } {
  const c: Count = { bytes: false, n: 10, sign: '', files: [], quiet: false, verbose: false };
  const set = (v: string, bytes: boolean) => {
    c.bytes = bytes;
    const m = /^([-+]?)(\d+)(.*)$/.exec(v.trim());
    const times = m ? multiplier(m[3]) : null;
    if (m && times !== null) {
      c.sign = m[1] as Count['sign'];
      c.n = Number(m[2]) * times;
    } else c.invalid ??= `invalid number of ${bytes ? 'bytes' : 'lines'}: ‘${v}’`;
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (/^-\d+$/.test(a)) set(a.slice(1), false);
    else if (a === '-n' || a === '-c') set(args[++i] ?? '10', a === '-c');
    else if (/^-[nc].+$/.test(a)) set(a.slice(2), a[1] === 'c');
    else if (a.startsWith('--lines=')) set(a.slice(8), false);
    else if (a.startsWith('--bytes=')) set(a.slice(8), true);
    else if (a === '-q' || a === '--quiet' || a === '--silent') c.quiet = true;
    else if (a === '-v' || a === '--verbose') c.verbose = true;
    else if (!a.startsWith('-') || a === '-') c.files.push(a);
  }
  return c;
}

/** Whether a file's header goes before its part. */
export const headers = (c: Count) => c.verbose || (c.files.length > 1 && !c.quiet);

def({
  name: 'head',
  summary: 'output the first part of files',
  *run(ctx) {
    const c = countArg(new Map(), ctx.args);
    if (c.invalid) {
      ctx.err(`head: ${c.invalid}\n`);
      return 1;
    }
    let out = '';
    const code = yield* inputs(ctx, 'head', c.files, (t, name) => {
      if (headers(c)) out += `${out ? '\n' : ''}==> ${name ?? 'standard input'} <==\n`;
      if (c.bytes) {
        const b = toBytes(t);
        out += fromBytes(c.sign === '-' ? b.subarray(0, Math.max(0, b.length - c.n)) : b.subarray(0, c.n));
        return;
      }
      const l = lines(t);
      const keep = c.sign === '-' ? l.slice(0, Math.max(0, l.length - c.n)) : l.slice(0, c.n);
      out += keep.map((x) => x + '\n').join('');
    }, c.bytes && c.sign !== '-' ? c.n : undefined);
    ctx.out(out);
    return code;
  },
});
