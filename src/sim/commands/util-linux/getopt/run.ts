// getopt of util-linux 2.37.4 (misc-utils/getopt.c): parses the parameters after its own options with glibc's
// getopt_long() (lib/getopt.ts) by -o and -l, and prints them normalised and quoted for the shell (sh/bash, or
// csh/tcsh with -s) followed by `--` and the operands; errors go to stderr under -n's name, status 1. Its own
// errors are status 2, -T is status 4; a first word not starting with '-' is the old-style option string.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def } from '../../lib/guest';
import { getoptLong, type LongOpt } from '../lib/getopt';
import { spec } from './spec';
import { help } from './help';

function quote(arg: string, tcsh: boolean): string {
  let out = "'";
  for (const c of arg) {
    if (tcsh && c === '\\') out += "\\\\";
    else if (tcsh && c === '!') out += "'\\!'";
    else if (tcsh && c === '\n') out += '\\n';
    else if (tcsh && /[ \t\v\f\r]/.test(c)) out += "'\\" + c + "'";
    else if (c === "'") out += "'\\''";
    else out += c;
  }
  return out + "'";
}

function* getopt(ctx: CommandContext): CommandRun {
  const argv = ctx.args;
  const fail = (m: string | null) => {
    if (m) ctx.err(`getopt: ${m}\n`);
    ctx.err("Try 'getopt --help' for more information.\n");
    return 2;
  };
  const compatible = !!ctx.frame.env.GETOPT_COMPATIBLE;
  if (!argv.length) {
    if (compatible) {
      ctx.out(' --\n');
      return 0;
    }
    return fail('missing optstring argument');
  }
  let quoteOut = true;
  let tcsh = false;
  let only = false;
  let quietErrors = false;
  let quietOutput = false;
  let name: string | null = null;
  let optstr: string | null = null;
  const longs: LongOpt[] = [];
  let params: string[];
  if (!argv[0].startsWith('-') || compatible) {
    quoteOut = false;
    optstr = argv[0].replace(/^[-+]*/, '');
    params = argv.slice(1);
  } else {
    const own = getoptLong(['getopt', ...argv], '+ao:l:n:qQs:TuhV', [
      { name: 'options', hasArg: 1 }, { name: 'longoptions', hasArg: 1 }, { name: 'quiet', hasArg: 0 }, { name: 'quiet-output', hasArg: 0 },
      { name: 'shell', hasArg: 1 }, { name: 'test', hasArg: 0 }, { name: 'unquoted', hasArg: 0 }, { name: 'help', hasArg: 0 },
      { name: 'alternative', hasArg: 0 }, { name: 'name', hasArg: 1 }, { name: 'version', hasArg: 0 },
    ], false, (m) => ctx.err(m));
    const LONG = 'oslqQTuhanV';
    for (const g of own.got) {
      if (g.kind === 'error') return fail(null);
      const c = g.kind === 'short' ? g.c : g.kind === 'long' ? LONG[g.index] : '';
      const arg = g.kind === 'nonopt' ? g.arg : g.arg ?? '';
      if (c === 'a') only = true;
      else if (c === 'o') {
        optstr = !arg.startsWith('+') && ctx.frame.env.POSIXLY_CORRECT !== undefined ? '+' + arg : arg;
      } else if (c === 'l') {
        for (const tok of arg.split(/[, \t\n]+/).filter(Boolean)) {
          let n = tok;
          let hasArg: 0 | 1 | 2 = 0;
          if (n.endsWith('::')) (n = n.slice(0, -2)), (hasArg = 2);
          else if (n.endsWith(':')) (n = n.slice(0, -1)), (hasArg = 1);
          if (!n) return fail('empty long option after -l or --long argument');
          longs.push({ name: n, hasArg });
        }
      } else if (c === 'n') name = arg;
      else if (c === 'q') quietErrors = true;
      else if (c === 'Q') quietOutput = true;
      else if (c === 's') {
        if (arg === 'bash' || arg === 'sh') tcsh = false;
        else if (arg === 'tcsh' || arg === 'csh') tcsh = true;
        else return fail('unknown shell after -s or --shell argument');
      } else if (c === 'T') return 4;
      else if (c === 'u') quoteOut = false;
      else if (c === 'h') {
        ctx.out(help);
        return 0;
      } else if (c === 'V') {
        ctx.out('getopt from util-linux 2.37.4\n');
        return 0;
      }
    }
    params = own.rest;
    if (optstr === null) {
      if (!params.length) return fail('missing optstring argument');
      const o = params.shift()!;
      optstr = !o.startsWith('+') && ctx.frame.env.POSIXLY_CORRECT !== undefined ? '+' + o : o;
    }
  }
  const r = getoptLong([name ?? 'getopt', ...params], optstr, longs, only, quietErrors ? null : (m) => ctx.err(m));
  const norm = (a: string) => ' ' + (quoteOut ? quote(a, tcsh) : a);
  let out = '';
  let status = 0;
  for (const g of r.got) {
    if (g.kind === 'error') {
      status = 1;
      continue;
    }
    if (g.kind === 'long') {
      out += ` --${longs[g.index].name}`;
      if (longs[g.index].hasArg) out += norm(g.arg ?? '');
    } else if (g.kind === 'nonopt') out += norm(g.arg);
    else {
      out += ` -${g.c}`;
      const k = optstr.indexOf(g.c);
      if (optstr[k + 1] === ':') out += norm(g.arg ?? '');
    }
  }
  if (!quietOutput) ctx.out(out + ' --' + r.rest.map(norm).join('') + '\n');
  return status;
}

def({ name: 'getopt', summary: 'parse command options (enhanced)', spec, run: getopt });
