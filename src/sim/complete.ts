// Tab completion: command names, then the command's own candidates, else file names.
import type { CompleteContext, Frame, SessionHooks } from './context';
import { commandNames, findCommand } from './registry';
import type { CompletionResult } from './types';
import type { World } from './world';
import { guestLoaded, loadGuest } from './lazy';
import { loadDef, loadedImpl, loadSpecEngine, specEngineIfLoaded, specOf } from './spec/run';
import { textWidth } from './width';

/**
 * What Tab needs loaded before it can answer this line: the guest commands, the spec engine, the module of the
 * command being completed. Null when everything is there (complete() then answers in full).
 */
export function completionNeeds(world: World, frame: Frame, line: string, cursor: number): Promise<unknown> | null {
  if (!world.hosts.get(frame.hostId)) return null;
  if (frame.shell === 'bash' && !guestLoaded()) return loadGuest();
  const { cmdWords } = words(frame, line, cursor);
  if (cmdWords.length === 0) return null;
  const def = findCommand(frame.shell, cmdWords[0]);
  if (!def) return null;
  if (!loadedImpl(def)) return loadDef(def);
  if (specOf(def) && !specEngineIfLoaded()) return loadSpecEngine();
  const more = specOf(def)?.completeNeeds?.();
  if (more) return more;
  return null;
}

function words(frame: Frame, line: string, cursor: number) {
  const before = line.slice(0, cursor);
  // the current simple command starts after the last ; | && ||
  const segStart = Math.max(before.lastIndexOf(';'), before.lastIndexOf('|'), before.lastIndexOf('&')) + 1;
  const seg = before.slice(segStart);
  const m = /(\S*)$/.exec(seg)!;
  const word = m[1].replace(/^"/, '');
  const start = cursor - m[1].length + (m[1].startsWith('"') ? 1 : 0);
  const words = seg.slice(0, seg.length - m[1].length).trim().split(/\s+/).filter(Boolean);
  // after sudo and its options comes the command
  let cmdWords = words;
  if (frame.shell === 'bash' && words[0] === 'sudo') {
    let i = 1;
    while (i < words.length && words[i].startsWith('-')) i += /^-[ugpCDRTUrt]$/.test(words[i]) ? 2 : 1;
    cmdWords = i >= words.length && word.startsWith('-') ? words : words.slice(i);
  }
  return { word, start, cmdWords };
}

export function complete(world: World, frame: Frame, line: string, cursor: number, session?: SessionHooks): CompletionResult {
  const host = world.hosts.get(frame.hostId);
  if (!host) return { start: cursor, candidates: [] };
  if (frame.shell === 'bash' && !guestLoaded()) void loadGuest();
  const { word, start, cmdWords } = words(frame, line, cursor);
  const ci = frame.shell === 'cmd';
  const match = (c: string) => (ci ? c.toLowerCase().startsWith(word.toLowerCase()) : c.startsWith(word));
  const uniq = (xs: string[]) => [...new Set(xs)].filter(match).sort();
  if (cmdWords.length === 0) {
    if (word.includes('/') || word.includes('\\')) return { start, candidates: files(world, frame, word, false) };
    return { start, candidates: uniq(commandNames(frame.shell, host, world)) };
  }
  const [name, ...args] = cmdWords;
  const def = findCommand(frame.shell, name);
  const cctx: CompleteContext = {
    world,
    host,
    frame,
    resolve: (p) => host.fs.resolve(frame.cwd, p, host.users.get(frame.user)?.home),
    ...(session ? { session } : {}),
  };
  const spec = def && specOf(def);
  if (spec) {
    const engine = specEngineIfLoaded();
    if (!engine) void loadSpecEngine();
    const own = engine?.completeSpec(spec, args, word, cctx);
    if (own && (own.length || word.startsWith('-') || (ci && word.startsWith('/')) || spec.completeOnly)) return { start, candidates: uniq(own) };
  }
  if (def?.complete) {
    const own = def.complete(args, word, cctx);
    if (own.length || word.startsWith('-')) return { start, candidates: uniq(own) };
  }
  return { start, candidates: files(world, frame, word, ci) };
}

function files(world: World, frame: Frame, word: string, ci: boolean): string[] {
  const host = world.hosts.get(frame.hostId)!;
  const sepIdx = Math.max(word.lastIndexOf('/'), ci ? word.lastIndexOf('\\') : -1);
  const dirPart = word.slice(0, sepIdx + 1);
  const prefix = word.slice(sepIdx + 1);
  const dir = host.fs.resolve(frame.cwd, dirPart || '.', host.users.get(frame.user)?.home);
  const list = host.fs.list(dir);
  if (typeof list === 'string') return [];
  // a word of dots matches the directory's own . and .. entries too (readdir gives them)
  const dots = !ci && prefix.startsWith('.') ? ['./', '../'].filter((d) => d.startsWith(prefix)).map((d) => dirPart + d) : [];
  return dots.concat(list
    .filter((e) => (ci ? e.name.toLowerCase().startsWith(prefix.toLowerCase()) : e.name.startsWith(prefix)))
    // readline's rl_filename_completion_function with match-hidden-files on (the default): an empty word matches
    // hidden names too; a word that does not start with a dot matches only names that start with it
    .filter((e) => (prefix === '' && !ci) || prefix.startsWith('.') || !e.name.startsWith('.'))
    .map((e) => dirPart + e.name + (e.type === 'dir' ? (ci ? '\\' : '/') : '')));
}

/**
 * The list a second Tab prints, as bash's readline lays it out (rl_display_match_list with its defaults): each
 * candidate by the part after its last slash (directories keep theirs), sorted, down the columns; a column is the
 * longest name plus two wide, one column fewer when they would fill the line exactly, and every column but the
 * last of the line padded, even in a short last row.
 */
export function completionList(items: string[], cols: number): string {
  const names = [...items].sort().map((x) => x.slice(x.slice(0, -1).lastIndexOf('/') + 1));
  const max = Math.max(...names.map(textWidth)) + 2;
  let limit = Math.floor(cols / max);
  if (limit !== 1 && limit * max === cols) limit--;
  limit = Math.max(limit, 1);
  const count = Math.ceil(names.length / limit);
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    let line = '';
    for (let j = 0, l = i; j < limit && l < names.length; j++, l += count) {
      line += names[l];
      if (j + 1 < limit) line += ' '.repeat(Math.max(1, max - textWidth(names[l])));
    }
    lines.push(line);
  }
  return lines.join('\n');
}

/**
 * What a second Tab shows, and what readline does with the key it then waits for (`next`, absent when it waits for
 * none and the prompt is drawn again). `out` uses "\n" for a new line; "\r\x1b[K\r" erases the --More-- line.
 */
export interface MatchDisplay {
  out: string;
  next?: (key: MatchKey) => MatchDisplay;
  /** Ctrl+G (_rl_abort_internal): the question stays on screen and the line is edited again after it, not redrawn. */
  aborted?: boolean;
}

/** A key as the terminal's line editor names it: typed text, or 'enter', 'backspace', 'tab' and the like. */
export interface MatchKey {
  kind: string;
  text?: string;
}

/** completion-query-items: from this many candidates on, readline asks before it lists them. */
const QUERY_ITEMS = 100;
const ERASE = '\r\x1b[K\r';
const BELL = '\x07';

/**
 * readline 8.1's display_matches with its defaults, on a terminal `cols` wide and `rows` high: from 100 candidates
 * on it asks "Display all N possibilities? (y or n)" (get_y_or_n: y, Y or space list them; n, N or Rubout cancel;
 * any other key rings the bell and asks on). The list (rl_display_match_list) stops at --More-- each time it has
 * filled all lines but one and more remain (page-completions, _rl_internal_pager): y, Y or space show the next
 * screen, Return one more line, n, N, q, Q or Rubout stop; --More-- is erased before whatever follows.
 * Ctrl+C is the terminal's (the driver): ^C and a new, empty prompt. Ctrl+G (ABORT_CHAR) at either question is
 * _rl_abort_internal: the bell, and readline goes back to the line without redrawing it, so what is typed next shows
 * after the question. Not modelled: a key that arrives as an escape sequence (an arrow) rings once here, once per
 * byte in readline.
 */
export function displayMatches(items: string[], cols: number, rows: number): MatchDisplay {
  const lines = completionList(items, cols).split('\n');
  if (items.length < QUERY_ITEMS) return page(lines, 0, 0, rows, '');
  const asking: MatchDisplay = {
    out: `Display all ${items.length} possibilities? (y or n)`,
    next: (key) =>
      answer(key, asking, (c) => {
        if (c === 'y' || c === 'Y' || c === ' ') return page(lines, 0, 0, rows, '\n');
        if (c === 'n' || c === 'N' || c === '\x7f') return { out: '\n' };
        return null;
      }),
  };
  return asking;
}

/** The list from line `from` on, `shown` lines already on this screen; --More-- when the screen is full. */
function page(lines: string[], from: number, shown: number, rows: number, before: string): MatchDisplay {
  let out = before;
  for (let i = from; i < lines.length; i++) {
    out += lines[i] + '\n';
    if (++shown >= rows - 1 && i + 1 < lines.length) {
      const more: MatchDisplay = {
        out: out + '--More--',
        next: (key) =>
          answer(key, more, (c) => {
            if (c === 'y' || c === 'Y' || c === ' ') return page(lines, i + 1, 0, rows, ERASE);
            if (c === '\r' || c === '\n') return page(lines, i + 1, shown - 1, rows, ERASE);
            if ('nNqQ\x7f'.includes(c)) return { out: ERASE };
            return null;
          }),
      };
      return more;
    }
  }
  return { out };
}

/**
 * get_y_or_n: reads the key's characters one by one (a paste is several); each that answers nothing rings the
 * bell and `waiting` (the question or --More--) stays. Characters left once the list has ended are dropped.
 */
function answer(key: MatchKey, waiting: MatchDisplay, pick: (c: string) => MatchDisplay | null): MatchDisplay {
  const names: Record<string, string> = { enter: '\r', backspace: '\x7f', tab: '\t', abort: '\x07' };
  const chars = key.kind === 'text' ? [...(key.text ?? '')] : [names[key.kind] ?? '\x1b'];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    if (chars[i] === '\x07') return { out: out + BELL, aborted: true };
    const got = pick(chars[i]);
    if (!got) {
      out += BELL;
      continue;
    }
    const rest = chars.slice(i + 1).join('');
    const then = rest && got.next ? got.next({ kind: 'text', text: rest }) : null;
    return then ? { ...then, out: out + got.out + then.out } : { ...got, out: out + got.out };
  }
  return { out, next: waiting.next };
}
