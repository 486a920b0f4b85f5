// fc: list (-l), or re-run with substitutions (-s, -e -), the commands of the history list, as fc.def numbers
// and finds them (fc_gethnum: negative numbers count back, 0 and -0, a prefix of a command, ranges either way).
import type { CommandContext } from '../../../context';
import { Interrupt, type CommandRun } from '../../../types';
import { spec } from './spec';
import { internalGetopt } from '../lib/getopt';
import { addEntry, shouldSave } from '../../histadd';

const INVALID = -3;
const NOTFOUND = -2;

/** fc_number: `5` or `-5` (a range, not an option). */
const isNum = (w: string) => /^-?\s*\d+\s*$/.test(w);

export function* run(ctx: CommandContext): CommandRun {
  const words = ctx.args;
  const k = words.findIndex(isNum);
  const g = internalGetopt(k < 0 ? words : words.slice(0, k), 'e:lnrs');
  if (g.error) {
    ctx.err(`-bash: fc: ${g.error}\nfc: usage: ${spec.synopsis}\n`);
    return 2;
  }
  let list = k < 0 ? g.rest : [...g.rest, ...words.slice(k)];
  let numbering = true;
  let reverse = false;
  let listing = false;
  let execute = false;
  let ename: string | undefined;
  for (const o of g.got) {
    if (o.c === 'n') numbering = false;
    else if (o.c === 'l') listing = true;
    else if (o.c === 'r') reverse = true;
    else if (o.c === 's') execute = true;
    else if (o.c === 'e') ename = o.arg;
  }
  if (ename === '-') execute = true;
  const hist = ctx.frame.history;
  const added = ctx.frame.histAdded && !ctx.frame.script ? 1 : 0;
  const realLast = hist.length - 1;
  const lastHist = Math.max(hist.length - 1 - added, -1);

  const hnum = (w: string | undefined, first: boolean): number => {
    if (lastHist < 0) return -1;
    const i = lastHist;
    if (w === undefined) return i;
    const m = /^(-?)\s*(\d+)/.exec(w);
    if (m) {
      const n = Number(m[2]) * (m[1] ? -1 : 1);
      if (n < 0) return Math.max(n + i + 1, 0);
      if (n === 0) return m[1] ? (listing ? realLast : INVALID) : i;
      const at = n - 1;
      return at >= i ? (first ? 0 : i) : at;
    }
    for (let j = i; j >= 0; j--) if (hist[j].startsWith(w)) return j;
    return NOTFOUND;
  };

  if (execute) {
    const subs: [string, string][] = [];
    while (list.length && list[0].includes('=')) {
      const w = list.shift()!;
      subs.push([w.slice(0, w.indexOf('=')), w.slice(w.indexOf('=') + 1)]);
    }
    const at = hnum(list[0], false);
    if (at < 0) {
      ctx.err('-bash: fc: no command found\n');
      return 1;
    }
    let command = hist[at];
    // fc_dosubs: each pattern's first occurrence, in the order given
    for (const [pat, rep] of subs) {
      const p = command.indexOf(pat);
      if (pat && p >= 0) command = command.slice(0, p) + rep + command.slice(p + pat.length);
    }
    ctx.err(command + '\n');
    // fc_replhist: the command takes the fc line's place in the history
    if (added) {
      hist.pop();
      ctx.frame.histAdded = false;
    }
    if (shouldSave(command, hist, ctx.frame.env)) addEntry(command, hist, ctx.frame.env);
    return yield* ctx.runLine(command);
  }

  let beg: number;
  let end: number;
  if (list.length) {
    beg = hnum(list[0], true);
    end = list.length > 1 ? hnum(list[1], false) : beg === realLast ? realLast : lastHist;
  } else {
    // the last 16 when listing, else the last command alone
    end = lastHist;
    beg = listing ? Math.max(end - 15, 0) : end;
  }
  if (beg === INVALID || end === INVALID) {
    ctx.err('-bash: fc: history specification out of range\n');
    return 1;
  }
  if (beg === NOTFOUND || end === NOTFOUND) {
    ctx.err('-bash: fc: no command found\n');
    return 1;
  }
  beg = Math.max(beg, 0);
  end = Math.max(end, 0);
  if (end < beg) {
    [beg, end] = [end, beg];
    reverse = true;
  }
  if (!hist.length) return 0;
  const picked: number[] = [];
  for (let i = reverse ? end : beg; reverse ? i >= beg : i <= end; reverse ? i-- : i++) if (hist[i] !== undefined) picked.push(i);
  if (listing) {
    // history_base is 1; `*` marks a line edited in the history (never, here)
    for (const i of picked) ctx.out(`${numbering ? String(i + 1) : ''}\t ${hist[i]}\n`);
    return 0;
  }
  return yield* edit(ctx, picked.map((i) => hist[i]), ename, added);
}

/** The editing form: the commands into a file, $FCEDIT (or $EDITOR, or vi) on it, then what it holds run with `set -v`. */
function* edit(ctx: CommandContext, lines: string[], ename: string | undefined, added: number): CommandRun {
  // "When not listing, the fc command that caused the editing shall not be entered into the history list."
  if (added) {
    ctx.frame.history.pop();
    ctx.frame.histAdded = false;
  }
  const editor = ename ?? ctx.frame.env.FCEDIT ?? ctx.frame.env.EDITOR ?? 'vi';
  const path = `/tmp/bash-fc.${(ctx.world.now % 1e9).toString(36)}`;
  const fs = ctx.host.fs;
  fs.write(path, lines.join('\n') + '\n');
  const shown = String(fs.read(path));
  const before = fs.get(path)?.mtime;
  const code = yield* ctx.runLine(`${editor} ${path}`);
  if (code !== 0) return code;
  // the editor pane answers at once: wait for it as for the editor process, until it saves or closes the file
  const pane = ['vi', 'vim', 'nano'].includes(editor.trim().split(/\s+/)[0].split('/').pop()!);
  if (pane && ctx.session.interactiveEditor) {
    try {
      while (fs.get(path)?.mtime === before && String(fs.read(path)) === shown && !ctx.session.editorClosed?.(ctx.host.id, path)) yield { wait: 500 };
    } catch (e) {
      if (e instanceof Interrupt) return 130;
      throw e;
    }
  }
  const r = fs.readFile(path);
  fs.remove(path);
  if (!r.ok) return 1;
  let last = 0;
  for (const l of r.text.split('\n').filter((x) => x !== '')) {
    ctx.err(l + '\n');
    if (shouldSave(l, ctx.frame.history, ctx.frame.env)) addEntry(l, ctx.frame.history, ctx.frame.env);
    last = yield* ctx.runLine(l);
  }
  return last;
}
