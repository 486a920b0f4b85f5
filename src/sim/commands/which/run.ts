// GNU which 2.21 as which.c runs: getopt_long over argv (a bad option is reported and skipped), aliases and shell
// functions read from stdin with --read-alias / --read-functions (the login shell's which function pipes
// `(alias; declare -f)` into it), then each name searched along PATH; --show-dot and --show-tilde shorten what it
// prints when stdout is a terminal (--tty-only). Exit status: the number of names not found.
import type { CommandContext } from '../../context';
import type { CommandRun } from '../../types';
import { findCommand } from '../../registry';
import { def, isRoot } from '../lib/guest';
import { binDir } from '../lib/paths';
import { BASH_BUILTINS } from '../../shell/builtins/type/run';
import { usage, version } from './help';
import { spec } from './spec';

/** Builtins that also exist as files: bash's execable alternatives (bash.spec, bug #820192) and coreutils' and util-linux's programs. */
const EXECABLE = new Set(['alias', 'bg', 'cd', 'command', 'fc', 'fg', 'getopts', 'hash', 'jobs', 'read', 'type', 'ulimit', 'umask', 'unalias', 'wait', 'echo', 'printf', 'pwd', 'true', 'false', 'test', '[', 'kill']);

/** which.c's longopts[], in its order (getopt's ambiguity message lists them so). */
const LONG = ['help', 'version', 'skip-dot', 'skip-tilde', 'show-dot', 'show-tilde', 'tty-only', 'all', 'read-alias', 'skip-alias', 'read-functions', 'skip-functions'];

interface Fn {
  name: string;
  lines: string[];
}

function* which(ctx: CommandContext): CommandRun {
  const progname = ctx.argv0 ?? ctx.name;
  const fs = ctx.host.fs;
  let showAll = false, readAlias = false, skipAlias = false, readFunctions = false, skipFunctions = false;
  let skipDot = false, skipTilde = false, showDot = false, showTilde = false, ttyOnly = false;
  const names: string[] = [];
  const args = ctx.args;
  const option = (o: string): 'help' | 'version' | undefined => {
    switch (o) {
      case 'help':
        return 'help';
      case 'version':
      case 'v':
      case 'V':
        return 'version';
      case 'skip-dot':
        skipDot = !ttyOnly;
        break;
      case 'skip-tilde':
        skipTilde = !ttyOnly;
        break;
      case 'show-dot':
        showDot = !ttyOnly;
        break;
      case 'show-tilde':
        showTilde = !ttyOnly && !isRoot(ctx);
        break;
      case 'tty-only':
        ttyOnly = !ctx.tty;
        break;
      case 'all':
      case 'a':
        showAll = true;
        break;
      case 'read-alias':
      case 'i':
        readAlias = true;
        break;
      case 'skip-alias':
        skipAlias = true;
        break;
      case 'read-functions':
        readFunctions = true;
        break;
      case 'skip-functions':
        skipFunctions = true;
        break;
    }
    return undefined;
  };
  for (let k = 0; k < args.length; k++) {
    const a = args[k];
    if (a === '--') {
      names.push(...args.slice(k + 1));
      break;
    }
    if (!a.startsWith('-') || a === '-') {
      names.push(a);
      continue;
    }
    let act: 'help' | 'version' | undefined;
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq < 0 ? a.slice(2) : a.slice(2, eq);
      const hits = LONG.includes(name) ? [name] : LONG.filter((l) => l.startsWith(name));
      if (hits.length > 1) ctx.err(`${progname}: option '${a.slice(0, eq < 0 ? undefined : eq)}' is ambiguous; possibilities:${hits.map((h) => ` '--${h}'`).join('')}\n`);
      else if (!hits.length) ctx.err(`${progname}: unrecognized option '${a}'\n`);
      else if (eq >= 0) ctx.err(`${progname}: option '--${hits[0]}' doesn't allow an argument\n`);
      else act = option(hits[0]);
    } else {
      for (const c of a.slice(1)) {
        if (!'aivV'.includes(c)) {
          ctx.err(`${progname}: invalid option -- '${c}'\n`);
          continue;
        }
        act = option(c);
        if (act) break;
      }
    }
    if (act === 'help') {
      ctx.out(usage(progname));
      return 0;
    }
    if (act === 'version') {
      ctx.out(version);
      return 0;
    }
  }
  if (skipAlias) readAlias = false;
  if (skipFunctions) readFunctions = false;
  if (!names.length) {
    ctx.err(usage(progname));
    return 255;
  }

  const env = ctx.frame.env;
  const pathList = env.PATH ?? '';
  const cwd = ctx.frame.cwd.endsWith('/') ? ctx.frame.cwd : ctx.frame.cwd + '/';
  const homeDir = env.HOME ?? ctx.user.home;
  const home = homeDir.endsWith('/') ? homeDir : homeDir + '/';

  /** Whether `full` (absolute) is an executable file: a file of the guest's model, or a command its packages install. */
  const executable = (full: string): boolean => {
    const node = fs.get(full);
    if (node?.type === 'file') return (node.mode & 0o111) !== 0;
    const m = /^(\/usr)?\/(s?bin)\/([^/]+)$/.exec(full);
    if (!m) return false;
    const name = m[3];
    const dir = `/usr/${m[2]}`;
    if (EXECABLE.has(name)) return dir === '/usr/bin';
    const d = findCommand('bash', name);
    return !!d && (!d.available || d.available(ctx.host, ctx.world)) && !BASH_BUILTINS.has(name) && binDir(name) === dir;
  };
  /** path_clean_up(): an absolute path without `//`, `/./` and `/../`. */
  const clean = (p: string): string => {
    const parts: string[] = [];
    for (const seg of (p.startsWith('/') ? p : cwd + p).split('/')) {
      if (seg === '' || seg === '.') continue;
      if (seg === '..') parts.pop();
      else parts.push(seg);
    }
    return '/' + parts.join('/');
  };
  /** find_command_in_path(): every match along the list, with whether its directory started with a dot. */
  const matches = (name: string): { full: string; dot: boolean }[] => {
    let dirs: string[];
    let base = name;
    if (name.includes('/')) {
      const abs = /^[./~]/.test(name) ? name : './' + name;
      dirs = [abs.slice(0, abs.lastIndexOf('/'))];
      base = abs.slice(abs.lastIndexOf('/') + 1);
    } else dirs = pathList.split(':').map((d) => (d === '' ? '.' : d));
    const out: { full: string; dot: boolean }[] = [];
    for (let dir of dirs) {
      if (dir.startsWith('~')) {
        dir = homeDir + dir.slice(1);
        if (skipTilde) continue;
      }
      if (skipDot && !dir.startsWith('/')) continue;
      const full = `${dir}/${base}`;
      if (executable(clean(full))) out.push({ full, dot: dir.startsWith('.') });
    }
    return out;
  };
  const pathSearch = (indent: boolean, cmd: string): boolean => {
    let found = false;
    for (const m of matches(cmd)) {
      let full = clean(m.full);
      const inHome = (showTilde || skipTilde) && full.startsWith(home);
      let out = indent ? '\t' : '';
      if (!(skipTilde && inHome) && showDot && m.dot && (full + '/').startsWith(cwd)) {
        full = full.slice(cwd.length);
        out += './';
      } else if (inHome) {
        if (skipTilde) {
          // which.c prints the tab before it skips the match
          ctx.out(out);
          continue;
        }
        if (showTilde) {
          full = full.slice(home.length);
          out += '~/';
        }
      }
      ctx.out(`${out}${full}\n`);
      found = true;
      if (!showAll) break;
    }
    return found;
  };

  // stdin: `alias` lines, then functions as `declare -f` prints them
  const aliases: string[] = [];
  const functions: Fn[] = [];
  let zshStyle = false;
  if (readAlias || readFunctions) {
    if (ctx.stdin === null) ctx.err(`${progname}: ${readFunctions ? (readAlias ? '--read-functions, --read-alias, -i' : '--read-functions') : '--read-alias, -i'}: Warning: stdin is a tty.\n`);
    const lines = (ctx.stdin ?? '').split(/(?<=\n)/).filter((l) => l !== '');
    let processingAliases = readAlias;
    for (let k = 0; k < lines.length; k++) {
      const buf = lines[k];
      const t = buf.replace(/\s+$/, '');
      let fnStart = false;
      let hasDeclare = false;
      if (readFunctions) {
        if (t.endsWith(' ()')) {
          fnStart = true;
          hasDeclare = buf.startsWith('declare -');
        }
        if (t.length > 4 && t.endsWith(' () {')) {
          fnStart = true;
          zshStyle = true;
          hasDeclare = false;
        }
      }
      if (processingAliases && !fnStart) {
        if (!buf.startsWith('declare -')) aliases.push(buf);
      } else if (readFunctions && fnStart) {
        processingAliases = false;
        let p = buf;
        if (hasDeclare) p = p.slice(9).replace(/^\S*\s/, '');
        const name = p.slice(0, p.search(/ |$/));
        const body: string[] = [];
        while (++k < lines.length) {
          body.push(lines[k]);
          if (lines[k] === '}\n') break;
        }
        functions.push({ name, lines: body });
      }
    }
  }
  const funcSearch = (indent: boolean, cmd: string): boolean => {
    const f = functions.find((x) => x.name === cmd);
    if (!f) return false;
    const tab = indent ? '\t' : '';
    ctx.out(`${tab}${cmd} ()${zshStyle ? ' {' : ''}\n` + f.lines.map((l) => tab + l).join(''));
    return true;
  };

  const argv: (string | null)[] = [...names];
  if (readAlias) {
    for (const str of aliases) {
      let p = str.replace(/^[ \t]*/, '');
      if (p.startsWith('alias')) p = p.slice(5);
      p = p.replace(/^[ \t]*/, '');
      const name = /^[^ \t=]*/.exec(p)![0];
      p = p.slice(name.length);
      const k = argv.findIndex((a) => a !== null && a === name);
      if (k < 0) continue;
      ctx.out(str);
      if (!showAll) argv[k] = null;
      p = p.replace(/^[ \t]*/, '');
      if (p.startsWith('=')) p = p.slice(1);
      p = p.replace(/^[ \t]*/, '');
      let q = '';
      if (p.startsWith('"') || p.startsWith("'")) {
        q = p[0];
        p = p.slice(1);
      }
      for (;;) {
        p = p.replace(/^[ \t]*/, '');
        let n = 0;
        while (n < p.length && !' \t|&'.includes(p[n]) && p[n] !== q) n++;
        const cmd = p.slice(0, n);
        p = p.slice(n);
        if (argv[k] !== null && cmd === argv[k]) argv[k] = null;
        const found = readFunctions && !cmd.includes('/') ? funcSearch(true, cmd) : false;
        if (showAll || !found) pathSearch(true, cmd);
        let j = 0;
        while (j < p.length && (p[j] !== '|' || p[j + 1] === '|') && (p[j] !== '&' || p[j + 1] === '&')) j++;
        p = p.slice(j);
        if (!p) break;
        p = p.slice(1);
      }
    }
  }
  let fails = 0;
  for (const a of argv) {
    if (a === null) continue;
    const found = readFunctions && !a.includes('/') ? funcSearch(false, a) : false;
    if ((showAll || !found) && !pathSearch(false, a) && !found) {
      if (a.includes('/')) {
        const abs = /^[./~]/.test(a) ? a : './' + a;
        ctx.err(`${progname}: no ${abs.slice(abs.lastIndexOf('/') + 1)} in (${abs.slice(0, abs.lastIndexOf('/'))})\n`);
      } else ctx.err(`${progname}: no ${a} in (${pathList})\n`);
      fails++;
    }
  }
  return fails & 255;
}

def({ name: 'which', summary: 'shows the full path of (shell) commands', spec, run: which });
