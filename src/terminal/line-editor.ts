/**
 * A readline-like line editor as pure logic: it takes the raw data a terminal emits (keystrokes, escape
 * sequences, pasted text) and keeps a buffer and a cursor. It never writes to a screen itself: the caller
 * renders `state` after each call and acts on the returned effects (submit a line, interrupt, clear, show
 * completion candidates, ring the bell).
 *
 * Everything that is not a key the editor understands is dropped: control characters and unknown escape
 * sequences never reach the buffer, so nothing typed or pasted can later act as a terminal escape.
 */
import { textWidth } from '../sim/width';

export interface Completion {
  /** Index in the line where the completed word starts. */
  start: number;
  /** Full replacements for line.slice(start, cursor). */
  candidates: string[];
}

export interface LineEditorHost {
  /** Earlier lines, oldest first. */
  history(): readonly string[];
  /** Candidates for the word before the cursor. */
  complete?(line: string, cursor: number): Completion;
}

export type EditorEffect =
  | { type: 'submit'; line: string }
  | { type: 'interrupt'; line: string }
  | { type: 'clear' }
  | { type: 'candidates'; items: string[] }
  | { type: 'bell' };

export type Key =
  | { kind: 'text'; text: string }
  | { kind: 'enter' }
  | { kind: 'backspace' }
  | { kind: 'delete' }
  | { kind: 'left' }
  | { kind: 'right' }
  | { kind: 'wordLeft' }
  | { kind: 'wordRight' }
  | { kind: 'home' }
  | { kind: 'end' }
  | { kind: 'up' }
  | { kind: 'down' }
  | { kind: 'killStart' }
  | { kind: 'killEnd' }
  | { kind: 'killWord' }
  | { kind: 'killWordForward' }
  | { kind: 'yank' }
  | { kind: 'tab' }
  | { kind: 'interrupt' }
  | { kind: 'suspend' }
  | { kind: 'clear' }
  | { kind: 'eof' }
  | { kind: 'abort' }
  /** `raw`: Ctrl+] (0x1d), which a command reading keys gets (telnet's escape character); the line editor ignores it. */
  | { kind: 'ignored'; raw?: string };

type SimpleKind = Exclude<Key['kind'], 'text'>;

const CSI_FINAL: Record<string, SimpleKind> = {
  A: 'up',
  B: 'down',
  C: 'right',
  D: 'left',
  H: 'home',
  F: 'end',
};
const TILDE: Record<string, SimpleKind> = { '1': 'home', '7': 'home', '4': 'end', '8': 'end', '3': 'delete' };
const CTRL: Record<number, SimpleKind> = {
  0x01: 'home', // Ctrl+A
  0x02: 'left', // Ctrl+B
  0x03: 'interrupt', // Ctrl+C
  0x04: 'eof', // Ctrl+D
  0x05: 'end', // Ctrl+E
  0x06: 'right', // Ctrl+F
  0x07: 'abort', // Ctrl+G
  0x08: 'backspace', // Ctrl+H
  0x09: 'tab',
  0x0a: 'enter',
  0x0b: 'killEnd', // Ctrl+K
  0x0c: 'clear', // Ctrl+L
  0x0d: 'enter',
  0x0e: 'down', // Ctrl+N
  0x10: 'up', // Ctrl+P
  0x15: 'killStart', // Ctrl+U
  0x17: 'killWord', // Ctrl+W
  0x19: 'yank', // Ctrl+Y
  0x1a: 'suspend', // Ctrl+Z: stops the running command; at the prompt bash ignores it
  0x7f: 'backspace',
};

/** True for characters that may sit in the buffer: no C0/C1 controls, no DEL, no lone surrogates. */
export function isPrintable(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  if (c < 0x20 || c === 0x7f || (c >= 0x80 && c < 0xa0)) return false;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return true;
}

/** Removes everything that could drive a terminal: C0/C1 controls (except the ones in `keep`) and DEL. */
export function stripControls(text: string, keep = ''): string {
  let out = '';
  for (const ch of text) {
    if (isPrintable(ch) || keep.includes(ch)) out += ch;
  }
  return out;
}

/**
 * Splits raw terminal input into keys. A CRLF or LF after CR counts as one Enter (pasted Windows text).
 * Unknown escape sequences are consumed whole and ignored.
 */
export function parseKeys(data: string): Key[] {
  return parseKeysRaw(data).map((k) => k.key);
}

/** The keys with the bytes each came from (a full-screen program reads those: arrows as their escape sequences). */
export function parseKeysRaw(data: string): { key: Key; raw: string }[] {
  const keys: Key[] = [];
  const raws: string[] = [];
  let text = '';
  const flush = () => {
    if (text) {
      keys.push({ kind: 'text', text });
      raws.push(text);
    }
    text = '';
  };
  let i = 0;
  const step = () => {
    const ch = data[i];
    const code = ch.charCodeAt(0);
    if (ch === '\x1b') {
      flush();
      const next = data[i + 1];
      if (next === '[' || next === 'O') {
        // CSI or SS3: parameters then a final byte in 0x40–0x7e.
        let j = i + 2;
        while (j < data.length && /[0-9;?<=>]/.test(data[j])) j++;
        const params = data.slice(i + 2, j);
        const final = data[j] ?? '';
        i = j + 1;
        if (next === '[' && final === '~') {
          const first = params.split(';')[0];
          keys.push({ kind: TILDE[first] ?? 'ignored' });
        } else if (CSI_FINAL[final]) {
          const mod = params.split(';')[1];
          // Ctrl (5) or Alt (3) with left/right moves by word.
          if ((mod === '5' || mod === '3') && final === 'D') keys.push({ kind: 'wordLeft' });
          else if ((mod === '5' || mod === '3') && final === 'C') keys.push({ kind: 'wordRight' });
          else keys.push({ kind: CSI_FINAL[final] });
        } else {
          // Shift+Tab (CSI Z) is kept for a full-screen program that reads keys
          keys.push(next === '[' && final === 'Z' ? { kind: 'ignored', raw: '\x1b[Z' } : { kind: 'ignored' });
        }
        return;
      }
      if (next === ']' || next === 'P' || next === '_' || next === '^') {
        // OSC, DCS, APC, PM: a string up to BEL or ST (ESC \\).
        let j = i + 2;
        while (j < data.length && data[j] !== '\x07' && !(data[j] === '\x1b' && data[j + 1] === '\\')) j++;
        i = data[j] === '\x07' ? j + 1 : j + 2;
        keys.push({ kind: 'ignored' });
        return;
      }
      if (next === 'b' || next === 'B') {
        keys.push({ kind: 'wordLeft' });
        i += 2;
        return;
      }
      if (next === 'f' || next === 'F') {
        keys.push({ kind: 'wordRight' });
        i += 2;
        return;
      }
      if (next === 'd' || next === 'D') {
        keys.push({ kind: 'killWordForward' });
        i += 2;
        return;
      }
      if (next === '\x7f') {
        keys.push({ kind: 'killWord' });
        i += 2;
        return;
      }
      // A lone ESC or Alt+<other>: ignore both bytes (when there is a second one); a lone ESC is kept for a
      // full-screen program that reads keys (Esc leaves nmtui's menu).
      keys.push(next === undefined ? { kind: 'ignored', raw: '\x1b' } : { kind: 'ignored' });
      i += next === undefined ? 1 : 2;
      return;
    }
    if (code < 0x20 || code === 0x7f) {
      flush();
      const kind = CTRL[code] ?? 'ignored';
      if (kind === 'enter' && ch === '\r' && data[i + 1] === '\n') i++;
      keys.push(code === 0x1d ? { kind: 'ignored', raw: ch } : { kind });
      i++;
      return;
    }
    const cp = data.codePointAt(i) ?? code;
    const unit = cp > 0xffff ? 2 : 1;
    const full = data.slice(i, i + unit);
    if (isPrintable(full)) text += full;
    i += unit;
  };
  while (i < data.length) {
    const from = i;
    step();
    for (let k = raws.length; k < keys.length; k++) raws.push(data.slice(from, i));
  }
  flush();
  return keys.map((key, n) => ({ key, raw: raws[n] }));
}

function isWordChar(ch: string): boolean {
  return /[\p{L}\p{N}_]/u.test(ch);
}

function commonPrefix(items: string[]): string {
  if (items.length === 0) return '';
  let prefix = items[0];
  for (const item of items) {
    let n = 0;
    while (n < prefix.length && n < item.length && prefix[n] === item[n]) n++;
    prefix = prefix.slice(0, n);
  }
  return prefix;
}

export class LineEditor {
  buffer = '';
  cursor = 0;
  private historyIndex = -1; // -1: editing the draft; otherwise index counted from the newest entry
  private draft = '';
  private killRing = '';
  private lastWasTab = false;

  constructor(private readonly host: LineEditorHost) {}

  /** Replaces the whole line (used by "show me" and by replay typing). */
  setLine(text: string, cursor = text.length): void {
    this.buffer = stripControls(text);
    this.cursor = Math.max(0, Math.min(cursor, this.buffer.length));
    this.lastWasTab = false;
  }

  reset(): void {
    this.buffer = '';
    this.cursor = 0;
    this.historyIndex = -1;
    this.draft = '';
    this.lastWasTab = false;
  }

  /** Feeds raw terminal data. Returns effects in order; the state is already updated. */
  feed(data: string): EditorEffect[] {
    const effects: EditorEffect[] = [];
    for (const key of parseKeys(data)) this.press(key, effects);
    return effects;
  }

  press(key: Key, effects: EditorEffect[] = []): EditorEffect[] {
    const wasTab = this.lastWasTab;
    this.lastWasTab = false;
    const b = this.buffer;
    const c = this.cursor;
    switch (key.kind) {
      case 'text':
        this.buffer = b.slice(0, c) + key.text + b.slice(c);
        this.cursor = c + key.text.length;
        break;
      case 'enter': {
        const line = this.buffer;
        this.reset();
        effects.push({ type: 'submit', line });
        break;
      }
      case 'backspace':
        if (c > 0) {
          const n = charLenBefore(b, c);
          this.buffer = b.slice(0, c - n) + b.slice(c);
          this.cursor = c - n;
        } else effects.push({ type: 'bell' });
        break;
      case 'delete':
        if (c < b.length) this.buffer = b.slice(0, c) + b.slice(c + charLenAt(b, c));
        else effects.push({ type: 'bell' });
        break;
      case 'eof':
        if (c < b.length) this.buffer = b.slice(0, c) + b.slice(c + charLenAt(b, c));
        break;
      case 'left':
        if (c > 0) this.cursor = c - charLenBefore(b, c);
        break;
      case 'right':
        if (c < b.length) this.cursor = c + charLenAt(b, c);
        break;
      case 'wordLeft':
        this.cursor = wordStartBefore(b, c);
        break;
      case 'wordRight': {
        let i = c;
        while (i < b.length && !isWordChar(b[i])) i++;
        while (i < b.length && isWordChar(b[i])) i++;
        this.cursor = i;
        break;
      }
      case 'home':
        this.cursor = 0;
        break;
      case 'end':
        this.cursor = b.length;
        break;
      case 'killStart':
        if (c > 0) this.killRing = b.slice(0, c);
        this.buffer = b.slice(c);
        this.cursor = 0;
        break;
      case 'killEnd':
        if (c < b.length) this.killRing = b.slice(c);
        this.buffer = b.slice(0, c);
        break;
      case 'killWord': {
        // Ctrl+W as in bash: back to the previous whitespace.
        let i = c;
        while (i > 0 && /\s/.test(b[i - 1])) i--;
        while (i > 0 && !/\s/.test(b[i - 1])) i--;
        if (i < c) this.killRing = b.slice(i, c);
        this.buffer = b.slice(0, i) + b.slice(c);
        this.cursor = i;
        break;
      }
      case 'killWordForward': {
        let i = c;
        while (i < b.length && !isWordChar(b[i])) i++;
        while (i < b.length && isWordChar(b[i])) i++;
        if (i > c) this.killRing = b.slice(c, i);
        this.buffer = b.slice(0, c) + b.slice(i);
        break;
      }
      case 'yank':
        this.buffer = b.slice(0, c) + this.killRing + b.slice(c);
        this.cursor = c + this.killRing.length;
        break;
      case 'up':
        this.historyMove(1, effects);
        break;
      case 'down':
        this.historyMove(-1, effects);
        break;
      case 'tab':
        this.complete(wasTab, effects);
        break;
      case 'interrupt': {
        const line = this.buffer;
        this.reset();
        effects.push({ type: 'interrupt', line });
        break;
      }
      case 'clear':
        effects.push({ type: 'clear' });
        break;
      case 'ignored':
      case 'abort':
      case 'suspend':
        break;
    }
    return effects;
  }

  private historyMove(delta: number, effects: EditorEffect[]): void {
    const history = this.host.history();
    const next = this.historyIndex + delta;
    if (next < -1 || next >= history.length) {
      effects.push({ type: 'bell' });
      return;
    }
    if (this.historyIndex === -1) this.draft = this.buffer;
    this.historyIndex = next;
    this.buffer = next === -1 ? this.draft : stripControls(history[history.length - 1 - next]);
    this.cursor = this.buffer.length;
  }

  private complete(secondTab: boolean, effects: EditorEffect[]): void {
    if (!this.host.complete) {
      effects.push({ type: 'bell' });
      return;
    }
    const { start, candidates: raw } = this.host.complete(this.buffer, this.cursor);
    const candidates = [...new Set(raw.map((x) => stripControls(x)))];
    const word = this.buffer.slice(start, this.cursor);
    if (candidates.length === 0) {
      effects.push({ type: 'bell' });
      return;
    }
    let insert: string;
    if (candidates.length === 1) {
      const only = candidates[0];
      insert = /[\\/]$/.test(only) ? only : only + ' ';
    } else {
      insert = commonPrefix(candidates);
      if (insert.length <= word.length) {
        if (secondTab) effects.push({ type: 'candidates', items: candidates });
        else effects.push({ type: 'bell' });
        this.lastWasTab = true;
        return;
      }
    }
    const rest = this.buffer.slice(this.cursor);
    // Do not double a space that is already there.
    if (insert.endsWith(' ') && rest.startsWith(' ')) insert = insert.slice(0, -1);
    this.buffer = this.buffer.slice(0, start) + insert + rest;
    this.cursor = start + insert.length;
    this.lastWasTab = true;
  }
}

function charLenBefore(s: string, i: number): number {
  const code = s.charCodeAt(i - 1);
  return code >= 0xdc00 && code <= 0xdfff && i >= 2 ? 2 : 1;
}

function charLenAt(s: string, i: number): number {
  const code = s.charCodeAt(i);
  return code >= 0xd800 && code <= 0xdbff && i + 1 < s.length ? 2 : 1;
}

function wordStartBefore(b: string, c: number): number {
  let i = c;
  while (i > 0 && !isWordChar(b[i - 1])) i--;
  while (i > 0 && isWordChar(b[i - 1])) i--;
  return i;
}

/**
 * Escape sequences that redraw a prompt and line in place. `previousRow` is the row (relative to the
 * prompt's first row) the cursor was on after the last render; the result gives the new one.
 */
export function renderLine(
  prompt: string,
  buffer: string,
  cursor: number,
  cols: number,
  previousRow: number,
): { out: string; row: number } {
  const width = Math.max(1, cols);
  let out = '';
  if (previousRow > 0) out += `\x1b[${previousRow}A`;
  out += '\r' + prompt + buffer;
  const total = textWidth(prompt + buffer);
  let endRow = Math.floor(total / width);
  if (total > 0 && total % width === 0) {
    // The cursor sits in the pending-wrap state: force the wrap so later moves are predictable.
    out += ' \r';
  } else if (total === 0) endRow = 0;
  out += '\x1b[J';
  const before = textWidth(prompt + buffer.slice(0, cursor));
  const row = Math.floor(before / width);
  const col = before % width;
  if (endRow > row) out += `\x1b[${endRow - row}A`;
  out += '\r';
  if (col > 0) out += `\x1b[${col}C`;
  return { out, row };
}
