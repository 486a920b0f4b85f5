// The apps' option reader (apps/lib/opt.c of OpenSSL 3.x): one dash or two, a value in the next word or after
// `=`, and its messages: "<prog>: Option -x needs a value", "Unknown option: -x" (or, where the table has an
// entry for any digest or cipher, the command's own word for it), "Can't parse "x" as a number", "Bad format" /
// "Invalid format … for option", each followed by "<prog>: Use -help for summary.".

/** `-` none, `s` string, `<` input file, `>` output file, `f` PEM/DER format, `n`/`M`/`p` number, `E` engine format. */
export type OptType = '-' | 's' | '<' | '>' | 'f' | 'n' | 'M' | 'p' | 'E';

export interface OptTable {
  prog: string;
  opts: Record<string, OptType>;
  /** What an unknown `-word` is: a digest or cipher name, checked by `known` (x509 takes any word and checks later). */
  unknown?: { known: (name: string) => boolean; message: (name: string) => string; key: string };
  /** Operands allowed after the options (verify's certificates, dgst's files). */
  rest?: boolean;
}

export interface Parsed {
  /** options in the order given (the value or true) */
  list: { key: string; value: string | true }[];
  rest: string[];
}

export class OptError extends Error {
  constructor(readonly text: string) {
    super(text);
  }
}

const FORMATS: Record<string, string> = { PEM: 'PEM', DER: 'DER', P12: 'P12', ENGINE: 'ENGINE', SMIME: 'SMIME', MSBLOB: 'MSBLOB', PVK: 'PVK', B: 'DER', D: 'DER', P: 'PEM', E: 'ENGINE' };

/** The format word as opt_format() reads it (its first letter, any case), or null. */
export function formatOf(word: string): string | null {
  const w = word.toUpperCase();
  if (FORMATS[w]) return FORMATS[w];
  if (w.startsWith('PEM')) return 'PEM';
  if (w.startsWith('DER')) return 'DER';
  return null;
}

export function parseOpts(args: string[], t: OptTable): Parsed {
  const out: Parsed = { list: [], rest: [] };
  const use = `${t.prog}: Use -help for summary.\n`;
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      i++;
      break;
    }
    if (!a.startsWith('-') || a === '-') break;
    let name = a.replace(/^--?/, '');
    let value: string | undefined;
    const eq = name.indexOf('=');
    if (eq >= 0) {
      value = name.slice(eq + 1);
      name = name.slice(0, eq);
    }
    const type = t.opts[name];
    if (!type) {
      if (t.unknown && (t.unknown.known(name) || t.prog === 'x509')) {
        out.list.push({ key: t.unknown.key, value: name });
        continue;
      }
      throw new OptError(t.unknown ? t.unknown.message(name) + use : `${t.prog}: Unknown option: -${name}\n${use}`);
    }
    if (type === '-') {
      out.list.push({ key: name, value: true });
      continue;
    }
    if (value === undefined) {
      if (i + 1 >= args.length) throw new OptError(`${t.prog}: Option -${name} needs a value\n${use}`);
      value = args[++i];
    }
    if ((type === 'n' || type === 'M' || type === 'p') && !/^-?\d+$/.test(value)) throw new OptError(`${t.prog}: Can't parse "${value}" as a number\n${use}`);
    if (type === 'f' && !formatOf(value)) throw new OptError(`${t.prog}: Bad format "${value}"\n${t.prog}: Invalid format "${value}" for option -${name}\n${use}`);
    out.list.push({ key: name, value });
  }
  out.rest = args.slice(i);
  if (out.rest.length && !t.rest) throw new OptError(use);
  return out;
}

export const last = (p: Parsed, key: string): string | undefined => {
  for (let i = p.list.length - 1; i >= 0; i--) if (p.list[i].key === key && typeof p.list[i].value === 'string') return p.list[i].value as string;
  return undefined;
};
export const has = (p: Parsed, key: string) => p.list.some((o) => o.key === key);
