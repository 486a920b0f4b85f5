// less 590: its options scanned as option.c does (errors on stderr, less goes on; a value missing at the end is
// "Value is required after ..."), -V/--version, and then: with its output not a terminal it copies the files (or its
// input) whole, as main.c does (exit 0, a missing file or a directory reported on the way); on the terminal it
// pages them full-screen (pager.ts).
import type { CommandContext } from '../../context';
import type { CommandRun } from '../../types';
import { Interrupt } from '../../types';
import { def } from '../lib/guest';
import { readFile } from '../lib/files';
import { strerror } from '../../fs';
import { OPTIONS, spec, type LessOption } from './spec';
import { page, type Doc, type EditorRun, type PagerOptions } from './pager';
import { editFile } from '../editor';
import { hasCommand } from '../lib/packages';

const HINT = '("less --help" for help)';

/** opt_desc(): `-k (--lesskey-file)`, or `--name` for an option without a letter. */
const desc = (o: LessOption, upper: boolean) => (o.letter ? `-${upper ? o.letter.toUpperCase() : o.letter} (--${upper ? o.name.toUpperCase() : o.name})` : `--${o.name}`);

interface Scanned {
  set: Map<string, string | true>;
  files: string[];
  commands: string[];
  errors: string[];
  version: boolean;
  help: boolean;
}

/** option.c scan_option over every word (less reads options anywhere before `--`). */
export function scan(args: string[]): Scanned {
  const r: Scanned = { set: new Map(), files: [], commands: [], errors: [], version: false, help: false };
  let pending: { o: LessOption; upper: boolean } | null = null;
  const take = (o: LessOption, upper: boolean, value: string | true) => {
    const key = upper ? o.name.toUpperCase() : o.name;
    if (o.name === 'version') r.version = true;
    else if (o.name === 'help') r.help = true;
    else r.set.set(key, value);
  };
  for (let i = 0; i < args.length; i++) {
    const w = args[i];
    if (pending) {
      take(pending.o, pending.upper, w);
      pending = null;
      continue;
    }
    if (w === '--') {
      r.files.push(...args.slice(i + 1));
      break;
    }
    if (w.startsWith('+') && w.length > 1) {
      r.commands.push(w.slice(1));
      continue;
    }
    if (w.startsWith('--') && w.length > 2) {
      const eq = w.indexOf('=');
      const name = eq < 0 ? w.slice(2) : w.slice(2, eq);
      // an upper-case name is the upper-case letter's option (--IGNORE-CASE is -I)
      const upper = name === name.toUpperCase() && /[A-Z]/.test(name);
      const all = OPTIONS.filter((o) => o.name === name || (upper && o.triple && o.name.toUpperCase() === name));
      const found = all.length ? all : OPTIONS.filter((o) => (upper && o.triple ? o.name.toUpperCase() : o.name).startsWith(name));
      if (found.length > 1 && new Set(found.map((o) => o.letter ?? o.name)).size > 1) {
        r.errors.push(`${name} is an ambiguous abbreviation ${HINT}`);
        continue;
      }
      if (!found.length) {
        r.errors.push(`There is no ${name} option ${HINT}`);
        continue;
      }
      const o = found[0];
      const up = upper && !!o.triple;
      if (o.value && eq >= 0) take(o, up, w.slice(eq + 1));
      else if (o.value) pending = { o, upper: up };
      else take(o, up, true);
      continue;
    }
    if (w.startsWith('-') && w.length > 1) {
      for (let j = 1; j < w.length; j++) {
        const c = w[j];
        const o = OPTIONS.find((x) => x.letter === c) ?? OPTIONS.find((x) => x.triple && x.letter?.toUpperCase() === c);
        if (!o) {
          r.errors.push(`There is no -${c} option ${HINT}`);
          break;
        }
        const upper = o.letter !== c;
        if (o.value) {
          const rest = w.slice(j + 1);
          if (rest) take(o, upper, rest);
          else pending = { o, upper };
          break;
        }
        take(o, upper, true);
      }
      continue;
    }
    r.files.push(w);
  }
  if (pending) r.errors.push(`Value is required after ${desc(pending.o, pending.upper)}`);
  return r;
}

function* less(ctx: CommandContext): CommandRun {
  const s = scan(ctx.args);
  for (const e of s.errors) ctx.err(e + '\n');
  if (s.version) {
    ctx.out((yield { load: () => import('./help').then((m) => m.version) }) as string);
    return 0;
  }
  // a value missing at the end ends less (main.c: nopendopt, quit(QUIT_OK))
  if (s.errors.some((e) => e.startsWith('Value is required'))) return 0;
  const docs: Doc[] = [];
  if (s.help || ctx.helpRequested) docs.push({ name: null, text: (yield { load: () => import('./help').then((m) => m.help) }) as string, help: true });
  const failed: string[] = [];
  for (const f of s.files) {
    const read = readFile(ctx, ctx.resolve(f));
    if (read.ok) docs.push({ name: f, text: read.text, path: ctx.resolve(f) });
    else failed.push(read.errno === 'EISDIR' ? `${f} is a directory` : `${f}: ${strerror(read.errno)}`);
  }
  if (!ctx.tty) {
    // main.c: output not a tty, copy the input file(s) to output
    for (const m of failed) ctx.err(m + '\n');
    if (!s.files.length && !s.help && !ctx.helpRequested) ctx.out(ctx.stdin ?? '');
    for (const d of docs) ctx.out(d.text);
    return 0;
  }
  if (!s.files.length && !s.help && !ctx.helpRequested) {
    if (ctx.stdin === null) {
      ctx.err(`Missing filename ${HINT}\n`);
      return 0;
    }
    docs.push({ name: null, text: ctx.stdin });
  }
  for (const m of failed) ctx.err(m + '\n');
  // edit_first found no file it could open
  if (!docs.length) return 1;
  const opts: PagerOptions = {
    lineNumbers: s.set.has('LINE-NUMBERS'),
    chop: s.set.has('chop-long-lines'),
    quitIfOneScreen: s.set.has('quit-if-one-screen'),
    quitAtEof: s.set.has('QUIT-AT-EOF') ? 'first' : s.set.has('quit-at-eof') ? 'second' : 'no',
    ignoreCase: s.set.has('ignore-case') ? 'smart' : s.set.has('IGNORE-CASE') ? 'always' : 'never',
    tilde: !s.set.has('tilde'),
    commands: s.commands,
  };
  // main.c: messages shown before the screen is set up wait for a key
  if (failed.length || s.errors.length) {
    ctx.out('Press RETURN to continue ');
    try {
      yield { key: true };
    } catch (e) {
      if (!(e instanceof Interrupt)) throw e;
    }
    ctx.out('\n');
  }
  return yield* page(ctx, docs, opts, editorRun(ctx));
}

/**
 * `v`: system() runs the command through $SHELL -c; the box's editors open the editor pane (vi is vim-minimal's,
 * vim and nano when installed); any other name is not found by bash. The file is read again afterwards.
 */
function editorRun(ctx: CommandContext): EditorRun {
  return function* (cmd, editor, d) {
    const name = editor.split(/\s+/)[0];
    const base = name.slice(name.lastIndexOf('/') + 1);
    const known = base === 'vi' || ((base === 'vim' || base === 'nano') && hasCommand(ctx.host, base));
    if (!known || (name.includes('/') && !ctx.host.fs.isFile(name))) {
      ctx.err(`${ctx.frame.env.SHELL || '/bin/bash'}: line 1: ${name}: ${name.includes('/') ? 'No such file or directory' : 'command not found'}\n`);
      return 127;
    }
    void cmd;
    const code = yield* editFile(ctx, d.path!, base as 'vi' | 'vim' | 'nano');
    const again = readFile(ctx, d.path!);
    if (again.ok) d.text = again.text;
    return code;
  };
}

def({ name: 'less', summary: 'opposite of more', spec, run: less });
