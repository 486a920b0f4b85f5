// compgen: the words completion would offer (complete.def): commands, builtins, aliases, variables, files,
// directories, keywords, signals, set -o and shopt names, a word list, each filtered by the word given, then by
// -X (bash-completion's _signals, _pnames and _filedir use -A signal, -P and -X).
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { commandNames } from '../../../registry';
import { BASH_BUILTINS, KEYWORDS } from '../type/run';
import { variableNames } from '../../vars';
import { spec } from './spec';
import { NAMES as SIGNAL_NAMES } from '../kill/complete';
import { NAMES as SET_NAMES } from '../set/run';
import { SHOPT_NAMES } from '../shopt/run';
import { globMatch } from '../../../util';

/**
 * -X: filter_stringlist() of pcomplete.c: a word matching the pattern is dropped (with a leading !, a word not
 * matching it); an unquoted & in the pattern stands for the word being completed, \& for itself.
 */
function filterOut(words: string[], pattern: string, word: string): string[] {
  const not = pattern.startsWith('!');
  const pat = (not ? pattern.slice(1) : pattern).replace(/\\&|&/g, (m) => (m === '&' ? word : '&'));
  return words.filter((w) => globMatch(pat, w) === not);
}

const ACTIONS: Record<string, string> = { a: 'alias', b: 'builtin', c: 'command', d: 'directory', e: 'export', f: 'file', k: 'keyword', u: 'user', v: 'variable', j: 'job', g: 'group', s: 'service' };

export function* run(ctx: CommandContext): CommandRun {
  const args = [...ctx.args];
  const actions: string[] = [];
  const words: string[] = [];
  let prefix = '';
  let suffix = '';
  let filter: string | undefined;
  while (args.length && /^-./.test(args[0])) {
    const a = args.shift()!;
    if (a === '--') break;
    for (let k = 1; k < a.length; k++) {
      const c = a[k];
      if (ACTIONS[c]) actions.push(ACTIONS[c]);
      else if ('WAPSGFCXo'.includes(c)) {
        const v = a.slice(k + 1) || args.shift();
        if (v === undefined) {
          ctx.err(`-bash: compgen: -${c}: option requires an argument\ncompgen: usage: ${spec.synopsis}\n`);
          return 2;
        }
        if (c === 'W') words.push(...v.split(/[ \t\n]+/).filter(Boolean));
        else if (c === 'A') actions.push(v);
        else if (c === 'P') prefix = v;
        else if (c === 'S') suffix = v;
        else if (c === 'X') filter = v;
        break;
      } else {
        ctx.err(`-bash: compgen: -${c}: invalid option\ncompgen: usage: ${spec.synopsis}\n`);
        return 2;
      }
    }
  }
  const word = args[0] ?? '';
  const f = ctx.frame;
  const host = ctx.host;
  const out: string[] = [];
  for (const act of actions) {
    if (act === 'alias') out.push(...Object.keys(f.aliases ?? {}).sort());
    else if (act === 'builtin') out.push(...BASH_BUILTINS);
    else if (act === 'keyword') out.push(...KEYWORDS);
    else if (act === 'variable') out.push(...variableNames(f));
    else if (act === 'export') out.push(...variableNames(f).filter((n) => (f.attrs?.[n] ?? 'x').includes('x') && n in f.env));
    else if (act === 'user') out.push(...[...host.users.keys()]);
    else if (act === 'signal') out.push(...SIGNAL_NAMES.map((n) => 'SIG' + n));
    else if (act === 'setopt') out.push(...SET_NAMES);
    else if (act === 'shopt') out.push(...SHOPT_NAMES);
    else if (act === 'command') {
      out.push(...Object.keys(f.aliases ?? {}), ...BASH_BUILTINS, ...Object.keys(f.functions ?? {}), ...KEYWORDS, ...commandNames('bash', host, ctx.world));
    } else if (act === 'file' || act === 'directory') {
      const slash = word.lastIndexOf('/');
      const dir = word.slice(0, slash + 1);
      const list = host.fs.list(ctx.resolve(dir || '.'));
      if (typeof list !== 'string')
        for (const e of list) {
          if (e.name === '.' || e.name === '..') continue;
          if (act === 'directory' && e.type !== 'dir') continue;
          out.push(dir + e.name);
        }
    }
  }
  out.push(...words);
  const seen = new Set<string>();
  const matched = out.filter((w) => w.startsWith(word) && !seen.has(w) && seen.add(w));
  const hits = filter === undefined ? matched : filterOut(matched, filter, word);
  ctx.out(hits.map((w) => prefix + w + suffix + '\n').join(''));
  return hits.length ? 0 : 1;
}
