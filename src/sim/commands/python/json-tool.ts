// `python3 -m json.tool` of CPython 3.9 (Lib/json/tool.py): argparse's reading of its options (unique prefixes of
// the long options, the mutually exclusive group --indent/--tab/--no-indent/--compact as argparse checks it, its
// usage errors with status 2), json.load of the file or standard input, json.dump of each value and a newline; a
// decoding error is SystemExit(e): the message on stderr, status 1. The help and the usage were recorded from
// CPython 3.9.18 (tests/golden/python).
import type { CommandContext } from '../../context';
import { dumps, JSONDecodeError, loads, type DumpOptions } from './json-codec';

const USAGE = 'usage: python -m json.tool [-h] [--sort-keys] [--no-ensure-ascii]\n                           [--json-lines]\n                           [--indent INDENT | --tab | --no-indent | --compact]\n                           [infile] [outfile]\n';
const HELP = USAGE + '\nA simple command line interface for json module to validate and pretty-print\nJSON objects.\n\npositional arguments:\n  infile             a JSON file to be validated or pretty-printed\n  outfile            write the output of infile to outfile\n\noptional arguments:\n  -h, --help         show this help message and exit\n  --sort-keys        sort the output of dictionaries alphabetically by key\n  --no-ensure-ascii  disable escaping of non-ASCII characters\n  --json-lines       parse input using the JSON Lines format. Use with --no-\n                     indent or --compact to produce valid JSON Lines output.\n  --indent INDENT    separate items with newlines and use this number of\n                     spaces for indentation\n  --tab              separate items with newlines and use tabs for indentation\n  --no-indent        separate items with spaces rather than newlines\n  --compact          suppress all whitespace separation (most compact)\n';

const LONG = ['--help', '--sort-keys', '--no-ensure-ascii', '--json-lines', '--indent', '--tab', '--no-indent', '--compact'];
const GROUP = ['--indent', '--tab', '--no-indent', '--compact'];

export function jsonTool(ctx: CommandContext, args: string[]): number {
  const fail = (msg: string) => {
    ctx.err(USAGE + `python -m json.tool: error: ${msg}\n`);
    return 2;
  };
  let sortKeys = false;
  let ensureAscii = true;
  let jsonLines = false;
  let compact = false;
  let indent: string | null = '    ';
  const seen: string[] = [];
  const positionals: string[] = [];
  const extras: string[] = [];
  let onlyPositional = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (onlyPositional || a === '-' || !a.startsWith('-')) {
      if (positionals.length < 2) positionals.push(a);
      else extras.push(a);
      continue;
    }
    if (a === '--') {
      onlyPositional = true;
      continue;
    }
    if (a === '-h') {
      ctx.out(HELP);
      return 0;
    }
    if (!a.startsWith('--')) {
      extras.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const name = eq >= 0 ? a.slice(0, eq) : a;
    const matches = LONG.includes(name) ? [name] : LONG.filter((o) => o.startsWith(name));
    if (matches.length > 1) return fail(`ambiguous option: ${name} could match ${matches.join(', ')}`);
    if (!matches.length) {
      extras.push(a);
      continue;
    }
    const opt = matches[0];
    let value: string | undefined;
    if (opt === '--indent') {
      if (eq >= 0) value = a.slice(eq + 1);
      else if (i + 1 < args.length && !(args[i + 1].startsWith('-') && args[i + 1] !== '-' && !/^-\d+$|^-\d*\.\d+$/.test(args[i + 1]))) value = args[++i];
      else return fail('argument --indent: expected one argument');
    } else if (eq >= 0) return fail(`argument ${opt}: ignored explicit argument '${a.slice(eq + 1)}'`);
    if (opt === '--help') {
      ctx.out(HELP);
      return 0;
    }
    // argparse marks a group member as given only when its value is not the default object itself
    let given = true;
    if (opt === '--indent') {
      if (!/^\s*[+-]?\d+(_\d+)*\s*$/.test(value!)) return fail(`argument --indent: invalid int value: '${value}'`);
      const n = Number(value!.replace(/_/g, ''));
      given = n !== 4;
      indent = ' '.repeat(Math.max(0, n));
    } else if (opt === '--tab') indent = '\t';
    else if (opt === '--no-indent') {
      indent = null;
      given = false;
    } else if (opt === '--compact') compact = true;
    else if (opt === '--sort-keys') sortKeys = true;
    else if (opt === '--no-ensure-ascii') ensureAscii = false;
    else if (opt === '--json-lines') jsonLines = true;
    if (GROUP.includes(opt) && given) {
      const conflict = GROUP.find((g) => g !== opt && seen.includes(g));
      if (conflict) return fail(`argument ${opt}: not allowed with argument ${conflict}`);
      if (!seen.includes(opt)) seen.push(opt);
    }
  }
  const [infile, outfile] = positionals;
  let text: string;
  if (infile === undefined || infile === '-') text = ctx.stdin ?? '';
  else {
    const abs = ctx.resolve(infile);
    const r = ctx.host.fs.isFile(abs) ? ctx.host.fs.read(abs) : null;
    if (typeof r !== 'string') {
      const why = ctx.host.fs.isDir(abs) ? '[Errno 21] Is a directory' : ctx.host.fs.get(abs) ? '[Errno 13] Permission denied' : '[Errno 2] No such file or directory';
      return fail(`argument infile: can't open '${infile}': ${why}: '${infile}'`);
    }
    text = r;
  }
  if (extras.length) return fail(`unrecognized arguments: ${extras.join(' ')}`);
  const o: DumpOptions = compact
    ? { indent: null, itemSeparator: ',', keySeparator: ':', sortKeys, ensureAscii }
    : { indent, itemSeparator: indent === null ? ', ' : ',', keySeparator: ': ', sortKeys, ensureAscii };
  let written = '';
  const flush = () => {
    if (outfile === undefined) ctx.out(written);
    else ctx.host.fs.write(ctx.resolve(outfile), written);
  };
  try {
    if (jsonLines) {
      // the lines are read and written one by one: what came before a bad line is written
      const lines = text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
      for (const line of lines) written += dumps(loads(line), o) + '\n';
    } else written = dumps(loads(text), o) + '\n';
  } catch (e) {
    if (!(e instanceof JSONDecodeError)) throw e;
    if (jsonLines) flush();
    ctx.err(e.message + '\n');
    return 1;
  }
  flush();
  return 0;
}
