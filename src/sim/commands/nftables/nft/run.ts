// nft of nftables 1.0.9 (src/main.c main(), nft_options_check(); src/libnftables.c nft_run_cmd_from_buffer(); the
// bison grammar's messages for the list commands; src/erec.c's caret-marked error lines). The ruleset the guest's
// kernel holds: empty while firewalld is stopped (the box's kickstart disables it), firewalld's `table inet firewalld`
// while it runs (its chains and rules are in ruleset.ts where they could be grounded; DIFFERENCES.md). Without root
// every command fails on the netlink cache as the kernel refuses it.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def, isRoot, linuxOnly } from '../../lib/guest';
import { ensureBoxUnit } from '../../lib/box-units';
import { spec } from './spec';
import { firewalldTable } from './ruleset';

/** nft_options[] of main.c: short letter, long name, whether it takes an argument. */
const OPTIONS: [string, string | null, boolean][] = [
  ['h', 'help', false], ['v', 'version', false], ['V', null, false], ['f', 'file', true], ['D', 'define', true],
  ['i', 'interactive', false], ['I', 'includepath', true], ['c', 'check', false], ['o', 'optimize', false],
  ['a', 'handle', false], ['s', 'stateless', false], ['t', 'terse', false], ['S', 'service', false], ['N', 'reversedns', false],
  ['u', 'guid', false], ['n', 'numeric', false], ['y', 'numeric-priority', false], ['p', 'numeric-protocol', false],
  ['T', 'numeric-time', false], ['e', 'echo', false], ['j', 'json', false], ['d', 'debug', true],
];
const FAMILIES = new Set(['ip', 'ip6', 'inet', 'arp', 'bridge', 'netdev']);
/** The scanner's keywords a list command can meet; any other word is a string. */
const KEYWORDS = new Set(['ruleset', 'tables', 'table', 'chains', 'chain', 'sets', 'set', 'maps', 'map', 'counters', 'counter', 'quotas', 'quota', 'flowtables', 'flowtable', 'meters', 'meter', 'list', 'flush', 'add', 'delete', 'insert', 'create', 'replace', 'reset', 'rename', 'describe', 'monitor', 'export', 'import', 'destroy', 'get', 'limits', 'limit', 'secmarks', 'synproxys', 'ct', 'hooks', ...FAMILIES]);
const COMMANDS = new Set(['list', 'flush', 'add', 'delete', 'insert', 'create', 'replace', 'reset', 'rename', 'describe', 'monitor', 'export', 'import', 'destroy', 'get']);

export type Table = { family: string; name: string };

/** The tables the guest's kernel holds: firewalld's while it runs. */
function tables(ctx: CommandContext): Table[] {
  return ensureBoxUnit(ctx.host, 'firewalld.service')?.active === 'active' ? [{ family: 'inet', name: 'firewalld' }] : [];
}

function* run(ctx: CommandContext): CommandRun {
  const argv0 = ctx.argv0 ?? ctx.name;
  const argv = [argv0, ...ctx.args];
  if (!optionsCheck(ctx, argv)) return 1;
  let i = 1;
  let json = false;
  let file: string | undefined;
  for (; i < argv.length; i++) {
    const w = argv[i];
    if (w === '--') {
      i++;
      break;
    }
    if (!w.startsWith('-') || w === '-') break; // "+": stop at the first word that is not an option
    const found: { letter: string; arg?: string }[] = [];
    if (w.startsWith('--')) {
      const [name, val] = w.includes('=') ? [w.slice(2, w.indexOf('=')), w.slice(w.indexOf('=') + 1)] : [w.slice(2), undefined];
      const exact = OPTIONS.find((o) => o[1] === name);
      const hits = exact ? [exact] : OPTIONS.filter((o) => o[1]?.startsWith(name));
      if (hits.length > 1) {
        ctx.err(`${argv0}: option '--${name}' is ambiguous; possibilities:${hits.map((o) => ` '--${o[1]}'`).join('')}\n`);
        return 1;
      }
      const o = hits[0];
      if (!o) {
        ctx.err(`${argv0}: unrecognized option '${w}'\n`);
        return 1;
      }
      if (!o[2] && val !== undefined) {
        ctx.err(`${argv0}: option '--${o[1]}' doesn't allow an argument\n`);
        return 1;
      }
      let arg = val;
      if (o[2] && arg === undefined) {
        arg = argv[++i];
        if (arg === undefined) {
          ctx.err(`${argv0}: option '--${o[1]}' requires an argument\n`);
          return 1;
        }
      }
      found.push({ letter: o[0], arg });
    } else {
      for (let k = 1; k < w.length; k++) {
        const o = OPTIONS.find((x) => x[0] === w[k]);
        if (!o) {
          ctx.err(`${argv0}: invalid option -- '${w[k]}'\n`);
          return 1;
        }
        if (o[2]) {
          const arg = k + 1 < w.length ? w.slice(k + 1) : argv[++i];
          if (arg === undefined) {
            ctx.err(`${argv0}: option requires an argument -- '${o[0]}'\n`);
            return 1;
          }
          found.push({ letter: o[0], arg });
          break;
        }
        found.push({ letter: o[0] });
      }
    }
    for (const { letter } of found) {
      if (letter === 'h') {
        ctx.out(((yield { load: () => import('./help').then((m) => m.help) }) as (n: string) => string)(argv0));
        return 0;
      }
      if (letter === 'v') {
        ctx.out('nftables v1.0.9 (Old Doc Yak #3)\n');
        return 0;
      }
      if (letter === 'j') json = true;
    }
    const f = found.find((x) => x.letter === 'f');
    if (f) file = f.arg;
  }
  const words = argv.slice(i);
  if (words.length) return runBuffer(ctx, words.join(' '), json);
  if (file !== undefined) {
    // nft_run_cmd_from_filename(): each line of the file as a command (a file's errors name it and the line: not modelled)
    const node = ctx.host.fs.get(ctx.resolve(file));
    if (!node || node.type !== 'file') {
      ctx.err(`internal:0:0-0: Error: Could not open file "${file}": No such file or directory\n\n\n`);
      return 1;
    }
    for (const line of node.content.split('\n')) {
      const cmd = line.replace(/#.*/, '').trim();
      if (cmd && runBuffer(ctx, cmd, json) !== 0) return 1;
    }
    return 0;
  }
  ctx.err(`${argv0}: no command specified\n`);
  return 1;
}

/** nft_options_check(): an option after a command word is refused, with the command line and a mark under it. */
function optionsCheck(ctx: CommandContext, argv: string[]): boolean {
  let skip = false;
  let nonoption = false;
  let pos = 0;
  for (let i = 1; i < argv.length; i++) {
    pos += argv[i - 1].length + 1;
    const w = argv[i];
    if (w.startsWith('{')) break;
    if (skip) {
      skip = false;
      continue;
    }
    if (w.startsWith('-')) {
      if (nonoption) {
        ctx.err('Error: syntax error, options must be specified before commands\n' + argv.map((a) => a + ' ').join(''));
        ctx.out(`\n   ^${'~~'.padStart(pos - 2)}\n`);
        return false;
      }
      if (['d', 'I', 'f', 'D'].includes(w[1]) || ['--debug', '--includepath', '--define', '--file'].includes(w)) skip = true;
    } else nonoption = true;
  }
  return true;
}

type Tok = { text: string; at: number };

/** One command of the buffer: what the modelled grammar makes of it. */
function runBuffer(ctx: CommandContext, buf: string, json: boolean): number {
  const root = isRoot(ctx);
  const toks: Tok[] = [];
  for (const m of buf.matchAll(/\S+/g)) toks.push({ text: m[0], at: m.index! });
  const mark = (msg: string, at: number, len: number) => `Error: ${msg}\n${buf}\n${' '.repeat(at)}${'^'.repeat(Math.max(1, len))}\n`;
  const eol = (msg: string) => mark(msg, buf.length, 1);
  const syntax = (t: Tok | undefined, expecting?: string) => {
    const what = t === undefined ? 'newline' : KEYWORDS.has(t.text) ? t.text : 'string';
    const msg = `syntax error, unexpected ${what}${expecting ? `, expecting ${expecting}` : ''}`;
    return t === undefined ? eol(msg) : mark(msg, t.at, t.text.length);
  };
  // without root the cache cannot be read: nft_evaluate() fails first, then the parser's errors or the cache's
  const eperm = 'Operation not permitted (you must be root)\n';
  const fail = (text: string) => {
    ctx.err((root ? '' : eperm) + text);
    return 1;
  };
  // a change the kernel refuses to a user: the whole command marked, its newline too
  const refused = () => {
    ctx.err(`Error: Could not process rule: Operation not permitted\n${buf}\n${'^'.repeat(buf.length + 1)}\n`);
    return 1;
  };
  const [t0, t1, t2, t3, t4] = toks;
  if (!COMMANDS.has(t0.text)) return fail(syntax(KEYWORDS.has(t0.text) ? t0 : t1, KEYWORDS.has(t0.text) ? undefined : 'string or last'));
  if (t0.text !== 'list' && !(t0.text === 'flush' && t1?.text === 'ruleset')) {
    // add, delete, insert, ... are not modelled: accepted and ignored (DIFFERENCES.md)
    return root ? 0 : refused();
  }
  if (!t1) return fail(syntax(undefined));
  const obj = t1.text;
  const all = tables(ctx);
  if (['ruleset', 'tables', 'chains', 'sets', 'maps', 'counters', 'quotas', 'flowtables', 'meters'].includes(obj)) {
    let k = 2;
    const family = toks[k] && FAMILIES.has(toks[k].text) ? toks[k++].text : undefined;
    if (toks[k]) return fail(syntax(toks[k], 'end of file or newline or semicolon'));
    if (t0.text === 'flush') return root ? 0 : refused();
    if (!root) return fail('netlink: Error: cache initialization failed: Operation not permitted\n');
    const shown = all.filter((t) => !family || t.family === family);
    if (json) {
      // the JSON of firewalld's table and its rules is not modelled (DIFFERENCES.md)
      ctx.out('{"nftables": [{"metainfo": {"version": "1.0.9", "release_name": "Old Doc Yak #3", "json_schema_version": 1}}]}\n');
      return 0;
    }
    if (obj === 'tables') ctx.out(shown.map((t) => `table ${t.family} ${t.name}\n`).join(''));
    else if (obj === 'ruleset') ctx.out(shown.map((t) => rulesetOf(t, ctx)).join(''));
    return 0;
  }
  if (obj === 'table') {
    if (!t2) return fail(syntax(undefined, 'string or last'));
    const [fam, name] = FAMILIES.has(t2.text) ? [t2.text, t3] : ['ip', t2];
    if (!name) return fail(syntax(undefined, 'string or last'));
    if (t4 || (name === t2 && t3)) return fail(syntax(name === t2 ? t3 : t4, 'end of file or newline or semicolon'));
    if (!root) return fail('netlink: Error: cache initialization failed: Operation not permitted\n');
    const t = all.find((x) => x.family === fam && x.name === name.text);
    if (!t) return fail(mark('No such file or directory', name.at, name.text.length));
    ctx.out(rulesetOf(t, ctx));
    return 0;
  }
  if (obj === 'chain' && t2) {
    if (!root) return fail('netlink: Error: cache initialization failed: Operation not permitted\n');
    const [fam, table] = FAMILIES.has(t2.text) ? [t2.text, t3] : ['ip', t2];
    if (table && !all.some((x) => x.family === fam && x.name === table.text)) return fail(mark('No such file or directory', table.at, table.text.length));
    return 0;
  }
  return fail(syntax(t1));
}

/** A table as `list ruleset` and `list table` print it: firewalld's is the only one the guest has. */
function rulesetOf(t: Table, ctx: CommandContext): string {
  return t.name === 'firewalld' ? firewalldTable(ctx) : `table ${t.family} ${t.name} {\n}\n`;
}

def({ name: 'nft', spec, summary: 'Administration tool of the nftables framework for packet filtering and classification', available: linuxOnly, run });
