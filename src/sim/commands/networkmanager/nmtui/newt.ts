// What nmtui's forms draw with newt 0.52: the root colour newtCls() fills the screen with, a window as
// newtOpenWindow() draws it (a box one cell around, the title between tees centred on the top edge, the window
// filled, a shadow below and to the right) at the place nmt-newt-form.c nmt_newt_form_build() gives it (the
// content's size plus a padding of 1, at ((cols - content width) / 2, (rows - content height) / 2)), and compact
// buttons as buttonDrawIt() draws them ("<LABEL>" one cell in from the component's left). Colours are newt's default
// palette (newtDefaultColorPalette) as an eight-colour terminal shows them ("white" is bold lightgray).
import { emptyGrid, type Grid } from '../../procps/watch/screen';

export const C = {
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
  actbutton: '31;47',
  entry: '37;44',
  textbox: '30;47',
};

const BOX = { ul: '┌', ur: '┐', ll: '└', lr: '┘', h: '─', v: '│', rtee: '┤', ltee: '├' };

export interface Screen {
  g: Grid;
  put(r: number, c: number, text: string, sgr: string): void;
}

/** newtCls(): the whole screen in the root colour. */
export function rootScreen(rows: number, cols: number): Screen {
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
  return { g, put };
}

/** A form's window for content of w x h: drawn, and the content's top left cell returned. */
export function formWindow(s: Screen, rows: number, cols: number, w: number, h: number, title: string): { x: number; y: number } {
  const width = Math.min(w + 2, cols - 2);
  const height = Math.min(h + 2, rows - 2);
  openWindow(s, Math.floor((cols - w) / 2), Math.floor((rows - h) / 2), width, height, title);
  return { x: Math.floor((cols - w) / 2) + 1, y: Math.floor((rows - h) / 2) + 1 };
}

/** newtOpenWindow(left, top, width, height, title): the window's cells are left..left+width-1, top..top+height-1. */
export function openWindow(s: Screen, left: number, top: number, width: number, height: number, title: string | null): void {
  const { put } = s;
  put(top - 1, left - 1, BOX.ul + BOX.h.repeat(width) + BOX.ur, C.border);
  for (let r = top; r < top + height; r++) {
    put(r, left - 1, BOX.v, C.border);
    put(r, left + width, BOX.v, C.border);
  }
  put(top + height, left - 1, BOX.ll + BOX.h.repeat(width) + BOX.lr, C.border);
  if (title !== null) {
    const t = title.slice(0, Math.max(0, width - 4));
    const tx = Math.floor((width - (t.length + 4)) / 2) + left;
    put(top - 1, tx, BOX.rtee + ' ', C.border);
    put(top - 1, tx + 2, t, C.title);
    put(top - 1, tx + 2 + t.length, ' ' + BOX.ltee, C.border);
  }
  for (let r = top; r < top + height; r++) put(r, left, ' '.repeat(width), C.window);
  put(top + height + 1, left, ' '.repeat(width + 2), C.shadow);
  for (let r = top; r < top + height + 1; r++) put(r, left + width + 1, ' ', C.shadow);
}

/** A full button (newtButton, width label + 5, height 4) at its component's cell: the box in the button colours,
 * " LABEL " inside (in the active colours when focused), the box's shadow (buttonDrawIt, newtDrawBox). */
export function fullButton(s: Screen, y: number, x: number, label: string, focused: boolean): void {
  const w = label.length + 4;
  s.put(y, x, BOX.ul + BOX.h.repeat(w - 2) + BOX.ur, C.button);
  s.put(y + 1, x, BOX.v, C.button);
  s.put(y + 1, x + 1, ` ${label} `, focused ? C.actbutton : C.button);
  s.put(y + 1, x + w - 1, BOX.v, C.button);
  s.put(y + 2, x, BOX.ll + BOX.h.repeat(w - 2) + BOX.lr, C.button);
  s.put(y + 3, x + 1, ' '.repeat(w - 1), C.shadow);
  for (let r = y + 1; r < y + 4; r++) s.put(r, x + w, ' ', C.shadow);
}

/**
 * newtReflowText(text, 35, 5, 5): the width from 30 to 40 that wraps with the least badness (the first such), and
 * the lines (doReflow: words wrapped at spaces; a short line adds to the badness).
 */
export function reflow(text: string, width = 35, flex = 5): { width: number; lines: string[] } {
  const wrap = (w: number) => {
    let bad = 0;
    const lines: string[] = [];
    for (const para of text.split('\n')) {
      let rest = para;
      for (;;) {
        if (rest.length <= w) {
          if (rest.length < Math.floor(w / 2)) bad += Math.floor((Math.floor(w / 2) - rest.length) / 2);
          lines.push(rest);
          break;
        }
        // the last space run before the width; without one the line is cut at the width
        let sp = -1;
        let inSpace = false;
        for (let i = 0; i < rest.length && i < w + 1; i++) {
          const isSp = /\s/.test(rest[i]);
          if (isSp && !inSpace) sp = i;
          inSpace = isSp;
          if (i + 1 > w) break;
        }
        const cut = sp > 0 ? sp : w;
        bad += w - (sp > 0 ? sp : 0) + 1;
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut).replace(/^\s+/, '');
        if (!rest) break;
      }
    }
    return { bad, lines };
  };
  let best = width;
  let min = -1;
  for (let i = width - flex; i >= 1 && i <= width + flex; i++) {
    const { bad } = wrap(i);
    if (min === -1 || bad < min) {
      min = bad;
      best = i;
    }
  }
  return { width: best, lines: wrap(best).lines };
}

/**
 * newtWinMessage(NULL, "OK", text) (windows.c newtvwindow): the reflowed text over a full OK button centred below
 * it after a blank row, in a window newtGridWrappedWindow() centres (newtCenteredWindow: an odd screen height moves
 * an odd top up a row) without a title.
 */
export function messageWindow(s: Screen, rows: number, cols: number, text: string): void {
  let r = reflow(text);
  if (r.lines.length > 6) r = reflow(text, 60);
  const lines = r.lines.slice(0, 12);
  const gw = Math.max(r.width, 7);
  const gh = lines.length + 1 + 4;
  const width = gw + 2;
  const height = gh + 2;
  let top = Math.floor((rows - height) / 2);
  if (rows % 2 && top % 2) top--;
  const left = Math.floor((cols - width) / 2);
  openWindow(s, left, top, width, height, null);
  lines.forEach((l, i) => s.put(top + 1 + i, left + 1, l.padEnd(r.width), C.textbox));
  fullButton(s, top + 1 + lines.length + 1, left + 1 + Math.floor((gw - 7) / 2), 'OK', true);
}

/** A compact button whose component starts at x: "<LABEL>" from x + 1, in the button colours when focused. */
export function compactButton(s: Screen, y: number, x: number, label: string, focused: boolean): void {
  s.put(y, x + 1, `<${label}>`, focused ? C.button : C.compactbutton);
}

/** The keys newt's form reads as moves between components (form.c): Tab and Shift+Tab wrap, arrows do not. */
export const KEY = {
  up: new Set(['\x1b[A', '\x1bOA', '\x10']),
  down: new Set(['\x1b[B', '\x1bOB', '\x0e']),
  left: new Set(['\x1b[D', '\x1bOD', '\x02']),
  right: new Set(['\x1b[C', '\x1bOC', '\x06']),
  home: new Set(['\x1b[H', '\x1bOH', '\x1b[1~', '\x01']),
  end: new Set(['\x1b[F', '\x1bOw', '\x1b[4~', '\x05']),
  backspace: new Set(['\x7f', '\b']),
  tab: '\t',
  untab: '\x1b[Z',
};
