// nmtui radio of NetworkManager 1.48.10 (src/nmtui/nmtui-radio.c nmtui_radio_run_dialog()): the form "Set the
// radio switches status", a grid of the Wi-Fi and WWAN rows (Hardware: "Missing" when the radio flags say no such
// hardware is there, as on the guest, where nmcli shows WIFI-HW and WWAN-HW missing; Software: a toggle button
// Enabled/Disabled from the Wi-Fi and WWAN switches) and a button box with <Back>. Activating a toggle flips its
// label and asks NetworkManager to switch the radio (nm_client_wireless_set_enabled and ..._wwan_...), which the
// guest's polkit allows root only; Back or Esc closes the form.
import type { CommandContext } from '../../../context';
import { nmState, refused } from '../nmcli/model';
import { C, KEY, compactButton, formWindow, type Screen } from './newt';

export const RADIO_TITLE = 'Set the radio switches status';

export interface RadioForm {
  wifi: boolean;
  wwan: boolean;
  /** 0 the Wi-Fi toggle, 1 the WWAN toggle, 2 Back */
  focus: number;
}

export function radioForm(ctx: CommandContext): RadioForm {
  const st = nmState(ctx);
  return { wifi: st.wifi, wwan: st.wwan, focus: 0 };
}

const label = (on: boolean) => (on ? 'Enabled' : 'Disabled');

/** The form's window: the grid's columns as wide as their widest child with its padding. */
export function radioWindow(s: Screen, rows: number, cols: number, f: RadioForm): void {
  // a button asks for its label and 2 (newt's 3 less the padding it takes back); the toggles are padded 1 on the left
  const c0 = Math.max('Wi-Fi'.length, 'Hardware:'.length, 'WWAN'.length);
  const c1 = 1 + 'Missing'.length;
  const c2 = 3 + 'Software:'.length;
  const c3 = Math.max(1 + label(f.wifi).length + 2, 1 + label(f.wwan).length + 2, 'Back'.length + 2);
  const { x, y } = formWindow(s, rows, cols, c0 + c1 + c2 + c3, 7, RADIO_TITLE);
  const x1 = x + c0;
  const x2 = x1 + c1;
  const x3 = x2 + c2;
  s.put(y, x, 'Wi-Fi', C.label);
  s.put(y + 3, x, 'WWAN', C.label);
  for (const [r, on, i] of [
    [y + 1, f.wifi, 0],
    [y + 4, f.wwan, 1],
  ] as const) {
    s.put(r, x, 'Hardware:', C.label);
    s.put(r, x1 + 1, 'Missing', C.label);
    s.put(r, x2 + 3, 'Software:', C.label);
    // the padding's cell, then the button's component one cell back: "<LABEL>" from the column's second cell
    compactButton(s, r, x3, label(on), f.focus === i);
  }
  compactButton(s, y + 6, x3 + c3 - 7, 'Back', f.focus === 2);
}

/** One key: the form as it is now, or 'close' (Back, Esc). */
export function radioKey(ctx: CommandContext, f: RadioForm, key: string): RadioForm | 'close' {
  if (key === '\x1b') return 'close';
  if (key === KEY.tab) return { ...f, focus: (f.focus + 1) % 3 };
  if (key === KEY.untab) return { ...f, focus: (f.focus + 2) % 3 };
  // the buttons ignore arrows: the form moves to the component after or before, without wrapping
  if (KEY.down.has(key) || KEY.right.has(key)) return { ...f, focus: Math.min(2, f.focus + 1) };
  if (KEY.up.has(key) || KEY.left.has(key) || KEY.backspace.has(key)) return { ...f, focus: Math.max(0, f.focus - 1) };
  if (key !== '\n' && key !== '\r' && key !== ' ') return f;
  if (f.focus === 2) return 'close';
  const st = nmState(ctx);
  const next = { ...f };
  if (f.focus === 0) next.wifi = !f.wifi;
  else next.wwan = !f.wwan;
  // the property set is refused for a user by polkit; the label flips all the same
  if (!refused(ctx)) {
    if (f.focus === 0) st.wifi = next.wifi;
    else st.wwan = next.wwan;
  }
  return next;
}
