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
import { render, type Grid } from '../../procps/watch/screen';
import { C, KEY, compactButton, formWindow, messageWindow, rootScreen, type Screen } from './newt';
import { hostnameForm, hostnameKey, hostnameWindow, saveHostname, type HostnameForm } from './hostname';
import { radioForm, radioKey, radioWindow, type RadioForm } from './radio';

/** subprograms[] display names, then the empty entry and Quit. */
export const ENTRIES = ['Edit a connection', 'Activate a connection', 'Set system hostname', 'Radio', '', 'Quit'];
export const TITLE = 'NetworkManager TUI';
export const LABEL = 'Please select an option';

export interface State {
  item: number;
  focus: 'list' | 'ok';
}

/** The main menu's window on a screen. */
export function menuWindow(s: Screen, rows: number, cols: number, st: State): void {
  // the grid: one column as wide as its widest child (the label), rows 1 + (6 + 2) + 1
  const contentW = Math.max(LABEL.length, ...ENTRIES.map((e) => e.length), 4);
  const contentH = 1 + ENTRIES.length + 2 + 1;
  const { x, y } = formWindow(s, rows, cols, contentW, contentH, TITLE);
  s.put(y, x, LABEL, C.label);
  ENTRIES.forEach((e, i) => {
    // listboxDraw(): an entry written over the listbox's whole width; the current one in the active colours
    const sgr = i === st.item ? (st.focus === 'list' ? C.actsellistbox : C.actlistbox) : C.listbox;
    if (e !== '' || i === st.item) s.put(y + 2 + i, x, e.padEnd(contentW), sgr);
  });
  // the button box's end: a compact button of width 4 at the column's right edge (its component one cell left)
  compactButton(s, y + 1 + ENTRIES.length + 2, x + contentW - 5, 'OK', st.focus === 'ok');
}

/** The whole screen for a terminal of rows x cols. */
export function drawMenu(rows: number, cols: number, st: State): Grid {
  const s = rootScreen(rows, cols);
  menuWindow(s, rows, cols, st);
  return s.g;
}

/** nmt_newt_listbox's skip-null-keys: past the empty entry in the direction moved. */
function settle(from: number, to: number): number {
  if (ENTRIES[to] !== '') return to;
  let n = to;
  if (to > from) while (n < ENTRIES.length && ENTRIES[n] === '') n++;
  else while (n >= 0 && ENTRIES[n] === '') n--;
  return n < 0 || n >= ENTRIES.length ? from : n;
}

/** One key: the new state, 'quit' to leave, or the chosen entry to open. */
export function menuKey(st: State, key: string): State | 'quit' | { open: string } {
  if (key === '\x1b') return 'quit';
  if (key === KEY.tab || key === KEY.untab) return { ...st, focus: st.focus === 'list' ? 'ok' : 'list' };
  const activate = () => (ENTRIES[st.item] === 'Quit' ? 'quit' : { open: ENTRIES[st.item] });
  if (st.focus === 'ok') {
    if (key === '\n' || key === '\r' || key === ' ') return activate();
    // the button ignores arrows: the form moves to the listbox before it (none comes after)
    if (KEY.up.has(key) || KEY.left.has(key) || KEY.backspace.has(key)) return { ...st, focus: 'list' };
    return st;
  }
  if (key === '\n' || key === '\r') return activate();
  if (KEY.up.has(key)) return st.item > 0 ? { ...st, item: settle(st.item, st.item - 1) } : st;
  if (KEY.down.has(key)) return st.item < ENTRIES.length - 1 ? { ...st, item: settle(st.item, st.item + 1) } : st;
  if (KEY.home.has(key)) return { ...st, item: 0 };
  if (KEY.end.has(key)) return { ...st, item: ENTRIES.length - 1 };
  // the listbox ignores Right: the form moves on to the button
  if (KEY.right.has(key)) return { ...st, focus: 'ok' };
  if (key.length === 1 && /[a-z]/i.test(key)) {
    // listboxEvent(): from the entry after the current one when that starts with the letter, else from the top
    const k = key.toUpperCase();
    let i = ENTRIES[st.item][0]?.toUpperCase() === k ? st.item + 1 : 0;
    while (i < ENTRIES.length && ENTRIES[i][0]?.toUpperCase() !== k) i++;
    if (i < ENTRIES.length) return { ...st, item: settle(st.item, i) };
  }
  return st;
}

/** A subprogram's form over the menu, or newt's message window. */
type Sub = { kind: 'radio'; f: RadioForm } | { kind: 'hostname'; f: HostnameForm } | { kind: 'message'; text: string };

/**
 * The forms on the screen, the main menu's below a subprogram's it opened: keys go to the top one. `top` is the
 * subprogram nmtui was started with (radio, hostname), else the main menu; `name` the hostname given to it.
 */
export function* runTui(ctx: CommandContext, top: 'menu' | 'radio' | 'hostname', name?: string): CommandRun {
  const size = () => ctx.session.size?.() ?? { rows: 24, cols: 80 };
  const screen = (on: boolean) => (ctx.tty ? ctx.session.alternateScreen?.(on) : ctx.out(on ? '\x1b[?1049h' : '\x1b[?1049l'));
  let menu: State | null = top === 'menu' ? { item: 0, focus: 'list' } : null;
  // nmtui_hostname(): a name given is saved at once, without the form
  let sub: Sub | null =
    top === 'radio' ? { kind: 'radio', f: radioForm(ctx) } : top === 'hostname' ? (name !== undefined ? { kind: 'message', text: saveHostname(ctx, name) } : { kind: 'hostname', f: hostnameForm(ctx) }) : null;
  const draw = () => {
    const { rows, cols } = size();
    if (ctx.tty) ctx.session.clear({ keepScrollback: true });
    else ctx.out('\x1b[H\x1b[2J');
    const s = rootScreen(rows, cols);
    if (menu) menuWindow(s, rows, cols, menu);
    if (sub?.kind === 'radio') radioWindow(s, rows, cols, sub.f);
    if (sub?.kind === 'hostname') hostnameWindow(s, rows, cols, sub.f);
    if (sub?.kind === 'message') messageWindow(s, rows, cols, sub.text);
    ctx.out(render(s.g));
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
      if (sub) {
        // a subprogram's form closed: started as `nmtui SUBPROGRAM` that ends nmtui, from the menu the menu is back
        let closed = false;
        if (sub.kind === 'radio') {
          const r = radioKey(ctx, sub.f, key);
          if (r === 'close') closed = true;
          else sub = { kind: 'radio', f: r };
        } else if (sub.kind === 'hostname') {
          const r = hostnameKey(sub.f, key);
          if (r === 'cancel') closed = true;
          else if ('name' in r) sub = { kind: 'message', text: saveHostname(ctx, r.name) };
          else sub = { kind: 'hostname', f: r };
        } else if (key === '\n' || key === '\r' || key === ' ' || key === '\x1b[24~') closed = true; // the message's OK (or F12)
        if (closed) {
          sub = null;
          if (!menu) break;
        }
        continue;
      }
      if (!menu) break;
      const next = menuKey(menu, key);
      if (next === 'quit') break;
      if ('open' in next) {
        // the forms of edit and connect are not drawn: the menu stays (DIFFERENCES.md)
        if (next.open === 'Radio') sub = { kind: 'radio', f: radioForm(ctx) };
        if (next.open === 'Set system hostname') sub = { kind: 'hostname', f: hostnameForm(ctx) };
        continue;
      }
      menu = next;
    }
  } catch (e) {
    if (!(e instanceof Interrupt)) throw e;
    screen(false);
    return 130;
  }
  screen(false);
  return 0;
}
