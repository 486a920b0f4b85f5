// glibc's getopt_long() and getopt_long_only() (posix/getopt.c of glibc 2.34), for getopt(1): permutation (unless
// the option string starts with '+', or '-' returns each non-option as the argument of option 1), bundled short
// options, `::` optional arguments, unique prefixes of long options, and glibc's error messages.

export interface LongOpt {
  name: string;
  hasArg: 0 | 1 | 2;
}

export type Got = { kind: 'short'; c: string; arg?: string } | { kind: 'long'; index: number; arg?: string } | { kind: 'nonopt'; arg: string } | { kind: 'error'; optopt?: string };

export interface GetoptResult {
  got: Got[];
  /** The operands left after the options, in order. */
  rest: string[];
}

/** argv[0] is the program's name in the messages; `err` receives them (unless opterr is off). */
export function getoptLong(argv: string[], optstring: string, longs: LongOpt[], only: boolean, err: ((m: string) => void) | null): GetoptResult {
  let order: 'permute' | 'require' | 'return' = 'permute';
  let opts = optstring;
  if (opts.startsWith('-')) (order = 'return'), (opts = opts.slice(1));
  else if (opts.startsWith('+')) (order = 'require'), (opts = opts.slice(1));
  const colon = opts.startsWith(':');
  const prog = argv[0];
  const say = (m: string) => err?.(`${prog}: ${m}\n`);
  const got: Got[] = [];
  const nonopts: string[] = [];
  const args = argv.slice(1);
  let i = 0;
  const shortSpec = (c: string): 0 | 1 | 2 | -1 => {
    const k = opts.indexOf(c);
    if (k < 0 || c === ':' || c === ';') return -1;
    return opts[k + 1] === ':' ? (opts[k + 2] === ':' ? 2 : 1) : 0;
  };
  const long = (word: string, dashes: string): boolean => {
    const body = word.slice(dashes.length);
    const eq = body.indexOf('=');
    const name = eq >= 0 ? body.slice(0, eq) : body;
    const exact = longs.findIndex((l) => l.name === name);
    let index = exact;
    if (index < 0) {
      // every option of getopt(1) has its own val: two prefixes matches are ambiguous
      const cands = longs.map((l, k) => [l, k] as const).filter(([l]) => l.name.startsWith(name));
      if (cands.length > 1) {
        say(`option '${dashes}${name}' is ambiguous; possibilities:${cands.map(([l]) => ` '${dashes}${l.name}'`).join('')}`);
        got.push({ kind: 'error' });
        i++;
        return true;
      }
      if (cands.length) index = cands[0][1];
    }
    if (index < 0) {
      // getopt_long_only: a single dash that names no long option is read as short options
      if (only && dashes === '-' && shortSpec(body[0]) >= 0) return false;
      say(`unrecognized option '${dashes}${name}'`);
      got.push({ kind: 'error' });
      i++;
      return true;
    }
    const l = longs[index];
    i++;
    if (eq >= 0) {
      if (l.hasArg === 0) {
        say(`option '${dashes}${l.name}' doesn't allow an argument`);
        got.push({ kind: 'error' });
        return true;
      }
      got.push({ kind: 'long', index, arg: body.slice(eq + 1) });
    } else if (l.hasArg === 1) {
      if (i >= args.length) {
        say(`option '${dashes}${l.name}' requires an argument`);
        got.push({ kind: 'error' });
        return true;
      }
      got.push({ kind: 'long', index, arg: args[i++] });
    } else got.push({ kind: 'long', index });
    return true;
  };
  while (i < args.length) {
    const a = args[i];
    if (a === '--') {
      i++;
      break;
    }
    if (a === '-' || !a.startsWith('-')) {
      if (order === 'require') break;
      if (order === 'return') {
        got.push({ kind: 'nonopt', arg: a });
        i++;
        continue;
      }
      nonopts.push(a);
      i++;
      continue;
    }
    if (a.startsWith('--')) {
      long(a, '--');
      continue;
    }
    if (only && long(a, '-')) continue;
    // a cluster of short options
    let k = 1;
    i++;
    while (k < a.length) {
      const c = a[k++];
      const s = shortSpec(c);
      if (s < 0) {
        say(`invalid option -- '${c}'`);
        got.push({ kind: 'error', optopt: c });
        continue;
      }
      if (s === 0) {
        got.push({ kind: 'short', c });
        continue;
      }
      if (k < a.length) {
        got.push({ kind: 'short', c, arg: a.slice(k) });
      } else if (s === 2) got.push({ kind: 'short', c });
      else if (i < args.length) got.push({ kind: 'short', c, arg: args[i++] });
      else {
        if (!colon) say(`option requires an argument -- '${c}'`);
        got.push({ kind: 'error', optopt: c });
      }
      break;
    }
  }
  return { got, rest: [...nonopts, ...args.slice(i)] };
}
