/**
 * The lab chunk: xterm, the line editor and the soft keys, and the first prompt. Loaded by boot.ts on first
 * need. The first prompt (built with the page) shows before the simulator arrives; the simulator and the
 * lab's controller (lab-sim.ts, lab-controller.ts) are imported right after it, and keys typed meanwhile wait
 * and run in order. Only what the prompt needs is here: this chunk is what a learner waits for.
 */
import '@xterm/xterm/css/xterm.css';
import { getProgressStore } from '../progress/store';
import { TerminalDriver } from './driver';
import { adoptXtermStyles, cspSafeDocument } from './csp-styles';
import { setupSoftKeys } from './soft-keys';
import type { WorldSnapshot } from '../sim/snapshot';
import type { LabData, Ui } from './lab-controller';

export async function mountLab(panel: HTMLElement): Promise<{ run(command: string): void }> {
  const data = JSON.parse(panel.querySelector('.lab-data')?.textContent ?? '{}') as LabData;
  const ui = JSON.parse(panel.querySelector('.lab-ui')?.textContent ?? '{}') as Ui;
  const $ = <T extends HTMLElement>(sel: string) => panel.querySelector<T>(sel)!;
  const loadMsg = panel.querySelector('.lab-load-msg');
  if (loadMsg) loadMsg.textContent = ui.loading;

  const loadSim = () => import('./lab-sim');
  const [{ Terminal }, { FitAddon }] = await Promise.all([import('@xterm/xterm'), import('@xterm/addon-fit')]);

  const store = (() => {
    try {
      return getProgressStore();
    } catch {
      return null;
    }
  })();

  // ------------------------------------------------------------ terminal
  const box = $('.lab-term');
  const placeholder = $('.lab-placeholder');
  box.hidden = false;
  const stopStyles = adoptXtermStyles(box);
  const term = new Terminal({
    fontFamily: "ui-monospace, 'Cascadia Mono', Consolas, 'D2Coding', 'Noto Sans Mono CJK KR', 'Liberation Mono', monospace",
    fontSize: 14,
    lineHeight: 1.15,
    cursorBlink: true,
    scrollback: 3000,
    documentOverride: cspSafeDocument(),
    theme: {
      background: '#0c0c0c',
      foreground: '#e6e6e6',
      cursor: '#e6e6e6',
      selectionBackground: '#4a6b8a',
    },
  });
  const fit = new FitAddon();
  term.loadAddon(fit);
  term.open(box);
  term.textarea?.setAttribute('aria-label', ui.terminalLabel);
  placeholder.remove();
  const refit = () => {
    try {
      fit.fit();
    } catch {
      /* not laid out yet */
    }
  };
  refit();
  new ResizeObserver(refit).observe(box);
  void stopStyles;

  const state = { mode: 'practise' as 'practise' | 'watch' };
  const status = $('.lab-status');
  const say = (text: string) => {
    status.textContent = text;
  };
  const driver = new TerminalDriver(term, null, {
    transcript: $('.lab-transcript'),
    onLockedInput: () => {
      if (state.mode === 'watch') say(ui.replayHasKeyboard);
    },
    onEscape: () => {
      const bar = state.mode === 'practise' ? '.lab-practise-bar' : '.lab-watch-bar';
      panel.querySelector<HTMLElement>(`${bar} button:not(:disabled)`)?.focus();
    },
  });
  const form = $<HTMLFormElement>('.lab-editor');
  const textarea = $<HTMLTextAreaElement>('.lab-editor-text');
  setupSoftKeys(panel, { term, driver, editor: () => (form.hidden ? null : textarea) });

  // A first visit: the prompt the page was built with, at once. Saved progress is rebuilt first instead.
  const saved = store?.labStepsDone(data.id) ?? [];
  if (!saved.length && data.prompt) {
    driver.showEarlyPrompt(data.prompt);
    panel.classList.add('lab-early');
    // For the size gate and the bench: what was requested before this moment is what the prompt needed.
    performance.mark('lab-prompt');
    if (panel.dataset.wantFocus) term.focus();
  }

  // ------------------------------------------------------------ the simulator and the lab's controller
  // The start world saved when the site was built is restored, not rebuilt; without it (or if it cannot be
  // read) the lab's factory runs. It is fetched while the simulator loads.
  const startWorld: Promise<WorldSnapshot | null> = data.world
    ? fetch(data.world)
        .then((r) => (r.ok ? (r.json() as Promise<WorldSnapshot>) : null))
        .catch(() => null)
    : Promise.resolve(null);
  const { runLab } = await loadSim();
  return runLab({ panel, data, ui, term, driver, store, state, say, saved, startWorld });
}
