/**
 * The row of keys a phone's soft keyboard lacks (Tab, Ctrl+C, Esc, arrows, | - / ~). Each sends what the
 * hardware key sends, through the same path, so the line editor cannot tell them apart. A tap never moves
 * focus (pointerdown is cancelled), so the terminal keeps the soft keyboard open.
 */
import type { Terminal } from '@xterm/xterm';
import type { TerminalDriver } from './driver';

/** What each key sends: the bytes the terminal emits for the hardware key. */
export const SOFT_KEYS: Record<string, string> = {
  tab: '\t',
  ctrlc: '\x03',
  esc: '\x1b',
  up: '\x1b[A',
  down: '\x1b[B',
  pipe: '|',
  dash: '-',
  slash: '/',
  tilde: '~',
};

interface Target {
  term: Terminal;
  driver: TerminalDriver;
  /** The file editor pane's text area while it is open: keys then go there. */
  editor: () => HTMLTextAreaElement | null;
}

export function setupSoftKeys(panel: HTMLElement, { term, driver, editor }: Target): void {
  const row = panel.querySelector<HTMLElement>('.lab-softkeys');
  if (!row) return;
  const markTouch = (e: PointerEvent) => {
    if (e.pointerType === 'touch' || e.pointerType === 'pen') panel.classList.add('lab-touch');
  };
  panel.addEventListener('pointerdown', markTouch, { passive: true });
  // A phone held sideways: a tap on the terminal brings it and the keys into view whole.
  const short = matchMedia('(orientation: landscape) and (max-height: 32rem)');
  term.textarea?.addEventListener('focus', () => {
    const screen = panel.querySelector('.lab-screen');
    if (!short.matches || !screen) return;
    const r = screen.getBoundingClientRect();
    if (r.top < 0 || r.bottom > innerHeight) screen.scrollIntoView({ block: 'start' });
  });
  // Keep focus (and the soft keyboard) where it is.
  row.addEventListener('pointerdown', (e) => {
    if ((e.target as Element).closest('.lab-key')) e.preventDefault();
  });
  row.addEventListener('mousedown', (e) => e.preventDefault());
  row.addEventListener('click', (e) => {
    const btn = (e.target as Element).closest<HTMLButtonElement>('.lab-key');
    const seq = btn ? SOFT_KEYS[btn.dataset.key ?? ''] : undefined;
    if (!btn || seq === undefined) return;
    const area = editor();
    if (area) {
      toEditor(area, btn.dataset.key ?? '', seq);
      return;
    }
    const fromButton = document.activeElement === btn;
    driver.key(seq);
    // A keyboard user who pressed the button stays on it; a tap leaves focus in the terminal.
    if (!fromButton && btn.dataset.key !== 'esc') term.focus();
  });
}

/** In the file editor: Esc closes it and Tab indents, as their hardware keys do there; characters insert. */
function toEditor(area: HTMLTextAreaElement, key: string, seq: string): void {
  if (key === 'esc' || key === 'tab') {
    area.dispatchEvent(new KeyboardEvent('keydown', { key: key === 'esc' ? 'Escape' : 'Tab', bubbles: true, cancelable: true }));
    return;
  }
  if (seq.length !== 1) return;
  area.setRangeText(seq, area.selectionStart, area.selectionEnd, 'end');
  area.dispatchEvent(new Event('input', { bubbles: true }));
}
