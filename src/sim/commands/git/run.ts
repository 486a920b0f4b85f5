// git 2.43.5 (Rocky 9.5: git-2.43.5-1.el9_4) after `dnf install git`: git.c's handling of its own options (-C, -c,
// -p/-P/--no-pager, --version, --help), the builtins a learner uses on a lab VM (one module per sub-command, the
// repository model in repo.ts), help.c's answer to an unknown command with its "most similar" list, and the pager
// (less with LESS=FRX) for log, show, diff, branch and config --list when stdout is the terminal.
import type { CommandContext } from '../../context';
import type { CommandRun } from '../../types';
import { registerSpecCommand } from '../../registry';
import { hasCommand } from '../lib/packages';
import { spec } from './spec';
import { GIT_USAGE, COMMAND_NAMES, COMMON_NAMES, commonHelp } from './help';
import { GitFatal, discover, fatal, type Repo } from './repo';
import { HelpExit } from './opts';
import { SUBCOMMANDS } from './subcommands';
import { loadZlib, zlibLoaded } from './objects';

export interface Git {
  ctx: CommandContext;
  /** The directory git works from (after -C). */
  cwd: string;
  args: string[];
  /** -c name=value given to git itself. */
  overrides: Map<string, string>;
  pager: boolean | null;
  /** The repository around cwd, or a fatal "not a git repository". */
  repo(): Repo;
  repoOrNull(): Repo | null;
  /** Print through the pager when stdout is the terminal (LESS=FRX: a screenful or less is just printed). */
  page(text: string): CommandRun;
}

export type Sub = (g: Git) => CommandRun;

/** levenshtein.c with help.c's weights (swap 0, substitution 2, insertion 1, deletion 3). */
function levenshtein(s1: string, s2: string, w = 0, s = 2, a = 1, d = 3): number {
  let row0 = new Array<number>(s2.length + 1).fill(0);
  let row1 = Array.from({ length: s2.length + 1 }, (_, j) => j * a);
  let row2 = new Array<number>(s2.length + 1).fill(0);
  for (let i = 0; i < s1.length; i++) {
    row2[0] = (i + 1) * d;
    for (let j = 0; j < s2.length; j++) {
      row2[j + 1] = row1[j] + s * (s1[i] !== s2[j] ? 1 : 0);
      if (i > 0 && j > 0 && s1[i - 1] === s2[j] && s1[i] === s2[j - 1] && row2[j + 1] > row0[j - 1] + w) row2[j + 1] = row0[j - 1] + w;
      if (row2[j + 1] > row1[j + 1] + d) row2[j + 1] = row1[j + 1] + d;
      if (row2[j + 1] > row2[j] + a) row2[j + 1] = row2[j] + a;
    }
    [row0, row1, row2] = [row1, row2, row0];
  }
  return row1[s2.length];
}

/** help.c help_unknown_cmd with autocorrect off. */
export function unknownCommand(cmd: string): string {
  let out = `git: '${cmd}' is not a git command. See 'git --help'.\n`;
  const scored = COMMAND_NAMES.map((name) => ({ name, len: COMMON_NAMES.has(name) && name.startsWith(cmd) ? 0 : levenshtein(cmd, name) + 1 }));
  scored.sort((x, y) => x.len - y.len || (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
  let n = 0;
  while (n < scored.length && scored[n].len === 0) n++;
  let best: number;
  if (n >= scored.length) best = 8;
  else {
    best = scored[n++].len;
    while (n < scored.length && scored[n].len === best) n++;
  }
  if (best < 7) {
    out += n === 1 ? '\nThe most similar command is\n' : '\nThe most similar commands are\n';
    for (let i = 0; i < n; i++) out += `\t${scored[i].name}\n`;
  }
  return out;
}

function* main(ctx: CommandContext): CommandRun {
  const args = [...ctx.args];
  let cwd = ctx.frame.cwd;
  const overrides = new Map<string, string>();
  let pager: boolean | null = null;
  const fs = ctx.host.fs;
  while (args.length && args[0].startsWith('-')) {
    const a = args.shift()!;
    if (a === '--version' || a === '-v') {
      args.unshift('version');
      break;
    }
    if (a === '--help' || a === '-h') {
      args.unshift('help');
      break;
    }
    if (a === '-C') {
      if (!args.length) {
        ctx.err('No directory given for -C.\n\n' + `usage: ${GIT_USAGE}\n`);
        return 129;
      }
      const d = args.shift()!;
      if (d === '') continue;
      const target = fs.resolve(cwd, d);
      const node = fs.get(target);
      if (!node || node.type !== 'dir') {
        ctx.err(`fatal: cannot change to '${d}': ${node ? 'Not a directory' : 'No such file or directory'}\n`);
        return 128;
      }
      cwd = target;
    } else if (a === '-c') {
      if (!args.length) {
        ctx.err('-c expects a configuration string\n\n' + `usage: ${GIT_USAGE}\n`);
        return 129;
      }
      const kv = args.shift()!;
      const eq = kv.indexOf('=');
      overrides.set((eq < 0 ? kv : kv.slice(0, eq)).toLowerCase(), eq < 0 ? 'true' : kv.slice(eq + 1));
    } else if (a === '-p' || a === '--paginate') pager = true;
    else if (a === '-P' || a === '--no-pager') pager = false;
    else if (a === '--no-replace-objects' || a === '--literal-pathspecs' || a === '--no-optional-locks') continue;
    else if (a === '--exec-path') {
      ctx.out('/usr/libexec/git-core\n');
      return 0;
    } else if (a === '--html-path') {
      ctx.out('/usr/share/doc/git\n');
      return 0;
    } else if (a === '--man-path') {
      ctx.out('/usr/share/man\n');
      return 0;
    } else if (a === '--info-path') {
      ctx.out('/usr/share/info\n');
      return 0;
    } else {
      ctx.err(`unknown option: ${a}\nusage: ${GIT_USAGE}\n`);
      return 129;
    }
  }
  if (!args.length) {
    ctx.out(`usage: ${GIT_USAGE}\n\n${commonHelp()}`);
    return 1;
  }
  const name = args.shift()!;
  const sub = SUBCOMMANDS[name];
  if (!sub) {
    // a git command this model does not run (stash, push, merge, ...): help.c's answer when the exec path has the
    // command but running it failed, the one real path that neither pretends to run it nor denies it exists
    if (COMMAND_NAMES.includes(name)) {
      ctx.err(`fatal: '${name}' appears to be a git command, but we were not\nable to execute it. Maybe git-${name} is broken?\n`);
      return 128;
    }
    ctx.err(unknownCommand(name));
    return 1;
  }
  // zlib for the objects, with git's own module (never in the first load)
  if (!zlibLoaded()) yield { load: loadZlib };
  let repoCache: Repo | null | undefined;
  const g: Git = {
    ctx,
    cwd,
    args,
    overrides,
    pager,
    repoOrNull: () => (repoCache === undefined ? (repoCache = discover(ctx, cwd)) : repoCache),
    repo: () => g.repoOrNull() ?? fatal('not a git repository (or any of the parent directories): .git'),
    *page(text: string): CommandRun {
      if (!ctx.tty || pager === false || !text) {
        ctx.out(text);
        return 0;
      }
      const env = ctx.frame.env;
      if (env.GIT_PAGER === 'cat' || env.PAGER === 'cat') {
        ctx.out(text);
        return 0;
      }
      const m = (yield { load: () => import('../less/pager') }) as typeof import('../less/pager');
      return yield* m.page(ctx, [{ name: null, text }], {
        lineNumbers: false,
        chop: false,
        quitIfOneScreen: true,
        quitAtEof: 'no',
        ignoreCase: 'never',
        tilde: true,
        commands: [],
      });
    },
  };
  try {
    return yield* sub(g);
  } catch (e) {
    if (e instanceof HelpExit) {
      ctx.out(e.text);
      return 129;
    }
    if (e instanceof GitFatal) {
      ctx.err(e.message);
      return e.status;
    }
    throw e;
  }
}

registerSpecCommand(spec, { shell: 'bash', available: (h) => hasCommand(h, 'git'), run: main });
