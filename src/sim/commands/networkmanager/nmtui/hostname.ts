// nmtui hostname of NetworkManager 1.48.10 (src/nmtui/nmtui-hostname.c): with a name given, that name is saved at
// once; else the form "Set Hostname" (a grid of the label "Hostname", a 40-column entry holding the current name,
// and a button box with <Cancel> and <OK> at its end) asks for it, Enter in the entry or OK taking it, Cancel or Esc
// leaving it. NetworkManager saves it (nm_client_save_hostname_async; polkit allows root only, as nmcli general
// hostname shows), and newtWinMessage tells "Set hostname to 'NAME'" or "Unable to set hostname: ...".
import type { CommandContext } from '../../../context';
import { refused } from '../nmcli/model';
import { C, KEY, compactButton, formWindow, type Screen } from './newt';

export const HOSTNAME_TITLE = 'Set Hostname';
const WIDTH = 40;

export interface HostnameForm {
  text: string;
  cursor: number;
  /** the first character shown (the entry scrolls: NEWT_FLAG_SCROLL) */
  first: number;
  /** 0 the entry, 1 Cancel, 2 OK */
  focus: number;
}

export function hostnameForm(ctx: CommandContext): HostnameForm {
  const text = ctx.host.hostname;
  return { text, cursor: text.length, first: 0, focus: 0 };
}

export function hostnameWindow(s: Screen, rows: number, cols: number, f: HostnameForm): void {
  // columns: the label; the entry padded 1 on the left, or the button box (its buttons, a space between, one more)
  const c0 = 'Hostname'.length;
  const c1 = Math.max(1 + WIDTH, 'Cancel'.length + 2 + 1 + 'OK'.length + 2 + 1);
  const { x, y } = formWindow(s, rows, cols, c0 + c1, 3, HOSTNAME_TITLE);
  s.put(y, x, 'Hostname', C.label);
  // entryDraw(): the text from the first shown character, then '_' to the entry's width
  const shown = f.text.slice(f.first, f.first + WIDTH);
  s.put(y, x + c0 + 1, shown + '_'.repeat(WIDTH - shown.length), C.entry);
  // the end buttons from the box's right edge: OK, a space, Cancel (each component a cell left of its "<")
  const x1 = x + c0;
  const ok = x1 + c1 - ('OK'.length + 2);
  const cancel = ok - 1 - ('Cancel'.length + 2);
  compactButton(s, y + 2, ok - 1, 'OK', f.focus === 2);
  compactButton(s, y + 2, cancel - 1, 'Cancel', f.focus === 1);
}

/** entry.c scroll(): the cursor kept in view. */
function scrolled(f: HostnameForm): HostnameForm {
  let first = f.first;
  if (f.cursor < first) first = f.cursor;
  else if (f.cursor - first >= WIDTH) first = f.cursor - WIDTH + 1;
  return { ...f, first };
}

/** One key: the form, 'cancel', or the name taken. */
export function hostnameKey(f: HostnameForm, key: string): HostnameForm | 'cancel' | { name: string } {
  if (key === '\x1b') return 'cancel';
  if (key === KEY.tab) return { ...f, focus: (f.focus + 1) % 3 };
  if (key === KEY.untab) return { ...f, focus: (f.focus + 2) % 3 };
  const enter = key === '\n' || key === '\r';
  if (f.focus > 0) {
    if (enter || key === ' ') return f.focus === 2 ? { name: f.text } : 'cancel';
    if (KEY.down.has(key) || KEY.right.has(key)) return { ...f, focus: Math.min(2, f.focus + 1) };
    if (KEY.up.has(key) || KEY.left.has(key) || KEY.backspace.has(key)) return { ...f, focus: f.focus - 1 };
    return f;
  }
  // entryHandleKey()
  if (enter) return { name: f.text };
  const t = f.text;
  const c = f.cursor;
  if (KEY.home.has(key)) return scrolled({ ...f, cursor: 0 });
  if (KEY.end.has(key)) return scrolled({ ...f, cursor: t.length });
  if (KEY.left.has(key)) return scrolled({ ...f, cursor: Math.max(0, c - 1) });
  if (KEY.right.has(key)) return scrolled({ ...f, cursor: Math.min(t.length, c + 1) });
  if (key === '\x0b') return scrolled({ ...f, text: t.slice(0, c) });
  if (key === '\x15') return scrolled({ ...f, text: t.slice(c), cursor: 0 });
  if (key === '\x04' || key === '\x1b[3~') return scrolled({ ...f, text: t.slice(0, c) + t.slice(c + 1) });
  if (KEY.backspace.has(key)) return c ? scrolled({ ...f, text: t.slice(0, c - 1) + t.slice(c), cursor: c - 1 }) : f;
  // the entry ignores Up and Down: the form moves to the buttons after it
  if (KEY.down.has(key)) return { ...f, focus: 1 };
  if (key.length === 1 && key >= ' ' && key !== '\x7f') return scrolled({ ...f, text: t.slice(0, c) + key + t.slice(c), cursor: c + 1 });
  return f;
}

/** nm_client_save_hostname_async() and the message it ends with. */
export function saveHostname(ctx: CommandContext, name: string): string {
  if (refused(ctx)) return 'Unable to set hostname: Insufficient privileges';
  // NetworkManager saves it through systemd-hostnamed, as nmcli general hostname does
  ctx.host.hostname = name;
  ctx.host.fs.write('/etc/hostname', name + '\n');
  ctx.host.sys?.sysctl.set('kernel.hostname', name);
  return `Set hostname to '${name}'`;
}
