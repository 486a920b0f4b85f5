// parse-options.c as the builtins use it: `-abc` bundles, `-mvalue` / `-m value`, `--long=value` / `--long value`,
// unique prefixes of long names, `--no-` negation, `--` and options after operands; the errors it prints followed by
// the command's usage block (help.ts, from each builtin's option table in v2.43.5) and exit status 129.
import { GitFatal } from './repo';

export interface Opt {
  short?: string;
  long?: string;
  /** none: a switch; required: takes a value; optional: only `--x=v` / `-xv`. */
  arg?: 'none' | 'required' | 'optional';
  /** The key in the result (default: long, else short). */
  key?: string;
  /** PARSE_OPT_NONEG */
  noneg?: boolean;
}

export interface Parsed {
  /** key → values in order (`true` for a switch, false for `--no-x`). */
  opts: Map<string, (string | boolean)[]>;
  args: string[];
}

export const has = (p: Parsed, k: string) => {
  const v = p.opts.get(k);
  return !!v && v[v.length - 1] !== false;
};
export const val = (p: Parsed, k: string): string | undefined => {
  const v = p.opts.get(k);
  const last = v?.[v.length - 1];
  return typeof last === 'string' ? last : undefined;
};
export const vals = (p: Parsed, k: string): string[] => (p.opts.get(k) ?? []).filter((x): x is string => typeof x === 'string');

/** A usage error: the message, then the usage block on stderr, status 129. */
export class UsageExit extends GitFatal {}

export function usageError(msg: string, usage: string): never {
  throw new UsageExit(`error: ${msg}\n${usage}`, 129);
}

/** usage_with_options: the usage block alone on stderr, status 129. */
export function usageOnly(usage: string): never {
  throw new UsageExit(usage, 129);
}

/** `-h` alone: the usage block on stdout, status 129. */
export class HelpExit extends Error {
  constructor(public text: string) {
    super('help');
  }
}

export function parseOpts(argv: string[], table: Opt[], usage: string, o: { stopAtNonOption?: boolean; helpToStderr?: boolean } = {}): Parsed {
  const out: Parsed = { opts: new Map(), args: [] };
  const put = (opt: Opt, v: string | boolean) => {
    const k = opt.key ?? opt.long ?? opt.short!;
    out.opts.set(k, [...(out.opts.get(k) ?? []), v]);
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      out.args.push(...argv.slice(i + 1));
      break;
    }
    // cmd_status and cmd_commit answer a lone -h with usage_with_options (stderr); parse_options prints it to stdout
    if (a === '-h' && argv.length === 1) throw o.helpToStderr ? new UsageExit(usage, 129) : new HelpExit(usage);
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq < 0 ? a.slice(2) : a.slice(2, eq);
      const value = eq < 0 ? undefined : a.slice(eq + 1);
      let neg = false;
      let opt = table.find((t) => t.long === name);
      if (!opt && name.startsWith('no-')) {
        opt = table.find((t) => t.long === name.slice(3) && !t.noneg);
        neg = !!opt;
      }
      if (!opt) {
        const hits = table.filter((t) => t.long?.startsWith(name));
        const negHits = name.startsWith('no-') ? table.filter((t) => !t.noneg && t.long?.startsWith(name.slice(3))) : [];
        if (hits.length + negHits.length > 1) usageError(`ambiguous option: ${name} (could be --${(hits[0] ?? negHits[0]).long} or --${(hits[1] ?? negHits[1] ?? hits[0]).long})`, usage);
        if (hits.length === 1) opt = hits[0];
        else if (negHits.length === 1) {
          opt = negHits[0];
          neg = true;
        }
      }
      if (!opt) usageError(`unknown option \`${name}'`, usage);
      if (neg) {
        if (value !== undefined) usageError(`option \`no-${opt.long}' takes no value`, usage);
        put(opt, false);
        continue;
      }
      const kind = opt.arg ?? 'none';
      if (kind === 'none') {
        if (value !== undefined) usageError(`option \`${opt.long}' takes no value`, usage);
        put(opt, true);
      } else if (value !== undefined) put(opt, value);
      else if (kind === 'optional') put(opt, true);
      else if (i + 1 < argv.length) put(opt, argv[++i]);
      else usageError(`option \`${opt.long}' requires a value`, usage);
      continue;
    }
    if (a.startsWith('-') && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const c = a[j];
        const opt = table.find((t) => t.short === c);
        if (!opt) usageError(`unknown switch \`${c}'`, usage);
        const kind = opt.arg ?? 'none';
        if (kind === 'none') {
          put(opt, true);
          continue;
        }
        const rest = a.slice(j + 1);
        if (rest) put(opt, rest);
        else if (kind === 'optional') put(opt, true);
        else if (i + 1 < argv.length) put(opt, argv[++i]);
        else usageError(`switch \`${c}' requires a value`, usage);
        break;
      }
      continue;
    }
    if (o.stopAtNonOption) {
      out.args.push(...argv.slice(i));
      break;
    }
    out.args.push(a);
  }
  return out;
}

/**
 * The option table of a builtin, read back from its usage block (help.ts holds what `git <cmd> -h` prints):
 * `-n, --[no-]dry-run`, `-m, --message <message>`, `-u, --[no-]untracked-files[=<mode>]`, `--chmod (+|-)x`.
 */
export function tableFromUsage(usage: string): Opt[] {
  const out: Opt[] = [];
  for (const l of usage.split('\n')) {
    const m = /^ {4}(?:-([^-\s,]))?(?:(?:, )?--(\[no-\])?([a-z0-9][a-z0-9-]*))?(\S*)(?: (\S+))?/.exec(l);
    if (!m || (!m[1] && !m[3])) continue;
    const rest = m[4] ?? '';
    const after = m[5] ?? '';
    let arg: Opt['arg'] = 'none';
    if (rest.startsWith('[')) arg = 'optional';
    // one space and a word before the description column (26) is the option's argument
    else if (after && m[0].length - after.length !== 26) arg = 'required';
    const long = m[3];
    out.push({ short: m[1], long, arg, noneg: !!long && !m[2] && !long.startsWith('no-') });
  }
  return out;
}

/** `--no-edit`: parse-options stores it as `edit` turned off. */
export const noEdit = (p: Parsed) => (p.opts.get('edit') ?? []).at(-1) === false || has(p, 'no-edit');
