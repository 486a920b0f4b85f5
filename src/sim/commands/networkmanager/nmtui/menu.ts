// The main menu of nmtui 1.48.10 (src/nmtui/nmtui.c nmtui_main()) on newt 0.52: the screen newtCls() paints in
// the root colours, the form's window (nmt-newt-form.c nmt_newt_form_build(): the content's size plus a padding of
// 1, placed at ((cols - content width) / 2, (rows - content height) / 2); newt.c newtOpenWindow(): a box around it,
// the title between tees, a shadow right and below) holding a grid of the label "Please select an option", a
// listbox of the subprograms, an empty entry and Quit (height 6, padded a row above and below, skip-null-keys) and
// a button box with <OK> at its end (a compact button). Keys as newt's listbox and form take them: Up/Down (and
// ^P/^N), Home/End, a letter jumps to the next entry starting with it, Tab and Shift+Tab move between the listbox
// and the button, Enter (or Space on the button) activates, Esc (the form's hot key) quits. Colours are newt's
// default palette (newtDefaultColorPalette) as xterm's eight colours.
import type { CommandContext } from '../../../context';
import { Interrupt, type CommandRun } from '../../../types';
import { emptyGrid, render, type Grid } from '../../procps/watch/screen';

/** subprograms[] display names, then the empty entry and Quit. */
export const ENTRIES = ['Edit a connection', 'Activate a connection', 'Set system hostname', 'Radio', '', 'Quit'];
export const TITLE = 'NetworkManager TUI';
export const LABEL = 'Please select an option';

/** SGR of newt's colour sets: S-Lang's names on an eight-colour terminal ("white" is bold lightgray). */
const C = {
  root: '1;37;44',
  border: '30;47',
  window: '30;47',
  shadow: '1;37;40',
  title: '31;47',
  label: '34;47',
  listbox: '30;47',
  actlistbox: '37;44',
  actsellistbox: '37;41',
  compactbutton: '30;47',
  button: '37;41',
};

const BOX = { ul: '┌', ur: '┐', ll: '└', lr: '┘', h: '─', v: '│', rtee: '┤', ltee: '├' };

interface State {
  item: number;
  focus: 'list' | 'ok';
}

/** The whole screen for a terminal of rows x cols. */
export function drawMenu(rows: number, cols: number, st: State): Grid {
  const g = emptyGrid(rows, cols);
  const put = (r: number, c: number, text: string, sgr: string) => {
    if (r < 0 || r >= rows) return;
    let x = c;
    for (const ch of text) {
      if (x >= 0 && x < cols) g[r][x] = { c: ch, so: false, sgr };
      x++;
    }
  };
  for (let r = 0; r < rows; r++) put(r, 0, ' '.repeat(cols), C.root);
  // the grid: one column as wide as its widest child (the label), rows 1 + (6 + 2) + 1
  const contentW = Math.max(LABEL.length, ...ENTRIES.map((e) => e.length), 4);
  const contentH = 1 + ENTRIES.length + 2 + 1;
  const width = Math.min(contentW + 2, cols - 2);
  const height = Math.min(contentH + 2, rows - 2);
  const left = Math.floor((cols - contentW) / 2);
  const top = Math.floor((rows - contentH) / 2);
  // newtOpenWindow(): the border box one cell around, the title, the window filled, the shadow
  put(top - 1, left - 1, BOX.ul + BOX.h.repeat(width) + BOX.ur, C.border);
  for (let r = top; r < top + height; r++) {
    put(r, left - 1, BOX.v, C.border);
    put(r, left + width, BOX.v, C.border);
  }
  put(top + height, left - 1, BOX.ll + BOX.h.repeat(width) + BOX.lr, C.border);
  const t = TITLE.slice(0, Math.max(0, width - 4));
  const tx = Math.floor((width - (t.length + 4)) / 2) + left;
  put(top - 1, tx, BOX.rtee + ' ', C.border);
  put(top - 1, tx + 2, t, C.title);
  put(top - 1, tx + 2 + t.length, ' ' + BOX.ltee, C.border);
  for (let r = top; r < top + height; r++) put(r, left, ' '.repeat(width), C.window);
  put(top + height + 1, left, ' '.repeat(width + 2), C.shadow);
  for (let r = top; r < top + height + 1; r++) put(r, left + width + 1, ' ', C.shadow);
  // the content at the padding: label, listbox (a row of padding above), the button at the end of the last row
  const x0 = left + 1;
  put(top + 1, x0, LABEL, C.label);
  ENTRIES.forEach((e, i) => {
    // listboxDraw(): an entry written over the listbox's whole width; the current one in the active colours
    const sgr = i === st.item ? (st.focus === 'list' ? C.actsellistbox : C.actlistbox) : C.listbox;
    if (e !== '' || i === st.item) put(top + 3 + i, x0, e.padEnd(contentW), sgr);
  });
  // buttonDrawIt(): a compact button is "<OK>" one cell in from its left; active in the button colours
  put(top + 1 + 1 + ENTRIES.length + 2, x0 + contentW - 4, '<OK>', st.focus === 'ok' ? C.button : C.compactbutton);
  return g;
}

const UP = new Set(['\x1b[A', '\x1bOA', '\x10']);
const DOWN = new Set(['\x1b[B', '\x1bOB', '\x0e']);
const HOME = new Set(['\x1b[H', '\x1bOH', '\x1b[1~', '\x01']);
const END = new Set(['\x1b[F', '\x1bOw', '\x1b[4~', '\x05']);

/** nmt_newt_listbox's skip-null-keys: past the empty entry in the direction moved. */
function settle(from: number, to: number): number {
  if (ENTRIES[to] !== '') return to;
  let n = to;
  if (to > from) while (n < ENTRIES.length && ENTRIES[n] === '') n++;
  else while (n >= 0 && ENTRIES[n] === '') n--;
  return n < 0 || n >= ENTRIES.length ? from : n;
}

/** One key: the new state, 'quit' to leave, 'open' when a subprogram is chosen. */
export function menuKey(st: State, key: string): State | 'quit' | 'open' {
  if (key === '\x1b') return 'quit';
  if (key === '\t' || key === '\x1b[Z') return { ...st, focus: st.focus === 'list' ? 'ok' : 'list' };
  const activate = () => (ENTRIES[st.item] === 'Quit' ? 'quit' : 'open');
  if (st.focus === 'ok') return key === '\n' || key === '\r' || key === ' ' ? activate() : st;
  if (key === '\n' || key === '\r') return activate();
  if (UP.has(key)) return st.item > 0 ? { ...st, item: settle(st.item, st.item - 1) } : st;
  if (DOWN.has(key)) return st.item < ENTRIES.length - 1 ? { ...st, item: settle(st.item, st.item + 1) } : st;
  if (HOME.has(key)) return { ...st, item: 0 };
  if (END.has(key)) return { ...st, item: ENTRIES.length - 1 };
  if (key.length === 1 && /[a-z]/i.test(key)) {
    // listboxEvent(): from the entry after the current one when that starts with the letter, else from the top
    const k = key.toUpperCase();
    let i = ENTRIES[st.item][0]?.toUpperCase() === k ? st.item + 1 : 0;
    while (i < ENTRIES.length && ENTRIES[i][0]?.toUpperCase() !== k) i++;
    if (i < ENTRIES.length) return { ...st, item: settle(st.item, i) };
  }
  return st;
}

export function* mainMenu(ctx: CommandContext): CommandRun {
  const size = () => ctx.session.size?.() ?? { rows: 24, cols: 80 };
  const screen = (on: boolean) => (ctx.tty ? ctx.session.alternateScreen?.(on) : ctx.out(on ? '\x1b[?1049h' : '\x1b[?1049l'));
  let st: State = { item: 0, focus: 'list' };
  const draw = () => {
    const { rows, cols } = size();
    if (ctx.tty) ctx.session.clear({ keepScrollback: true });
    else ctx.out('\x1b[H\x1b[2J');
    ctx.out(render(drawMenu(rows, cols, st)));
  };
  // keys from a pipe are read as they come; its end is newt's read error, which quits the form
  const piped = ctx.stdin;
  let at = 0;
  screen(true);
  try {
    for (;;) {
      draw();
      let key: string | undefined;
      if (piped !== null) {
        if (at >= piped.length) break;
        const esc = /^\x1b(\[[0-9;]*[A-Za-z~]|O[A-Za-z])/.exec(piped.slice(at));
        key = esc ? esc[0] : piped[at];
        at += key.length;
      } else key = (yield { key: true }) as string | undefined;
      if (key === undefined) continue;
      const next = menuKey(st, key);
      if (next === 'quit') break;
      // the subprograms' own forms (edit, connect, hostname, radio) are not drawn: the menu stays (DIFFERENCES.md)
      if (next === 'open') continue;
      st = next;
    }
  } catch (e) {
    if (!(e instanceof Interrupt)) throw e;
    screen(false);
    return 130;
  }
  screen(false);
  return 0;
}
