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
  const left = Math.floor((cols - w) / 2);
  const top = Math.floor((rows - h) / 2);
  const { put } = s;
  put(top - 1, left - 1, BOX.ul + BOX.h.repeat(width) + BOX.ur, C.border);
  for (let r = top; r < top + height; r++) {
    put(r, left - 1, BOX.v, C.border);
    put(r, left + width, BOX.v, C.border);
  }
  put(top + height, left - 1, BOX.ll + BOX.h.repeat(width) + BOX.lr, C.border);
  const t = title.slice(0, Math.max(0, width - 4));
  const tx = Math.floor((width - (t.length + 4)) / 2) + left;
  put(top - 1, tx, BOX.rtee + ' ', C.border);
  put(top - 1, tx + 2, t, C.title);
  put(top - 1, tx + 2 + t.length, ' ' + BOX.ltee, C.border);
  for (let r = top; r < top + height; r++) put(r, left, ' '.repeat(width), C.window);
  put(top + height + 1, left, ' '.repeat(width + 2), C.shadow);
  for (let r = top; r < top + height + 1; r++) put(r, left + width + 1, ' ', C.shadow);
  return { x: left + 1, y: top + 1 };
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
