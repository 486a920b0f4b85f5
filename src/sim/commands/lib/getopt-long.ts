// glibc getopt_long() over a word list, as semodule and restorecon call it: options permuted before the operands,
// bundled short options, `--name=value`, unique long prefixes, `--` ends the options. Errors are glibc's texts.
export interface Parsed {
  opts: [key: string, value: string | undefined][];
  operands: string[];
  error?: string;
}

export function getoptLong(prog: string, args: string[], shorts: string, longs: [string, string, 0 | 1 | 2][] = []): Parsed {
  const opts: Parsed['opts'] = [];
  const operands: string[] = [];
  const kind = (c: string): 0 | 1 | 2 | -1 => {
    const i = shorts.indexOf(c);
    if (c === ':' || i < 0) return -1;
    return shorts[i + 1] !== ':' ? 0 : shorts[i + 2] === ':' ? 2 : 1;
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith('--') && longs.length) {
      const eq = a.indexOf('=');
      const name = a.slice(2, eq < 0 ? undefined : eq);
      const exact = longs.find(([n]) => n === name);
      const cands = exact ? [exact] : longs.filter(([n]) => n.startsWith(name));
      if (!cands.length) return { opts, operands, error: `${prog}: unrecognized option '${a}'\n` };
      if (cands.length > 1) return { opts, operands, error: `${prog}: option '${a}' is ambiguous; possibilities:${cands.map(([n]) => ` '--${n}'`).join('')}\n` };
      const [full, letter, v] = cands[0];
      const key = letter || full;
      if (v === 0 && eq >= 0) return { opts, operands, error: `${prog}: option '--${full}' doesn't allow an argument\n` };
      if (v === 1 && eq < 0) {
        if (i + 1 >= args.length) return { opts, operands, error: `${prog}: option '--${full}' requires an argument\n` };
        opts.push([key, args[++i]]);
      } else opts.push([key, eq < 0 ? undefined : a.slice(eq + 1)]);
      continue;
    }
    if (a.startsWith('-') && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const c = a[j];
        const k = kind(c);
        if (k < 0) return { opts, operands, error: `${prog}: invalid option -- '${c}'\n` };
        if (k === 0) {
          opts.push([c, undefined]);
          continue;
        }
        const rest = a.slice(j + 1);
        if (rest) opts.push([c, rest]);
        else if (k === 2) opts.push([c, undefined]);
        else if (i + 1 < args.length) opts.push([c, args[++i]]);
        else return { opts, operands, error: `${prog}: option requires an argument -- '${c}'\n` };
        break;
      }
      continue;
    }
    operands.push(a);
  }
  return { opts, operands };
}
