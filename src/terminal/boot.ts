/**
 * The only lab code a lesson page loads up front: it waits until a lab panel is visible, clicked, or sent a
 * command by a "Run" button, then imports the lab chunk (xterm, the simulator, the controls).
 */
const SPLIT_KEY = 'cdx:lab-split';
const loaded = new WeakMap<HTMLElement, Promise<{ run(command: string): void }>>();

function load(panel: HTMLElement): Promise<{ run(command: string): void }> {
  let p = loaded.get(panel);
  if (!p) {
    panel.classList.add('lab-loading');
    // Only mountLab is read from the module: the lab chunk may then export more (the simulator takes the
    // terminal's text width from it) without a namespace object, which would pull the bundler's runtime chunk in
    // before the first prompt.
    p = import('./lab-app').then((m) => m.mountLab(panel));
    p.catch(() => {
      const msg = panel.querySelector('.lab-load-msg');
      const ui = JSON.parse(panel.querySelector('.lab-ui')?.textContent ?? '{}') as Record<string, string>;
      if (msg) msg.textContent = ui.loadFailed ?? 'The terminal could not be loaded.';
    });
    loaded.set(panel, p);
  }
  return p;
}

/** The panel that "Run" buttons talk to: the lesson's own lab beside the text, else the first one. */
function mainPanel(): HTMLElement | null {
  return document.querySelector<HTMLElement>('.lab-slot .lab-panel') ?? document.querySelector<HTMLElement>('.lab-panel');
}

function setupSplit(panel: HTMLElement): void {
  const grid = panel.closest<HTMLElement>('.lesson-grid.has-lab');
  const handle = panel.querySelector<HTMLElement>('.lab-splitter');
  if (!grid || !handle || !panel.closest('.lab-slot')) return;
  const wide = matchMedia('(min-width: 64.01rem)');
  const apply = (px: number | null) => {
    if (!wide.matches || px === null) {
      grid.style.removeProperty('grid-template-columns');
      return;
    }
    const max = Math.max(320, grid.clientWidth - 320);
    const w = Math.round(Math.min(max, Math.max(320, px)));
    grid.style.gridTemplateColumns = `minmax(0, 1fr) ${w}px`;
    handle.setAttribute('aria-valuenow', String(w));
    handle.setAttribute('aria-valuemin', '320');
    handle.setAttribute('aria-valuemax', String(max));
    dispatchEvent(new Event('lab:resize'));
  };
  const stored = (): number | null => {
    try {
      const v = Number(localStorage.getItem(SPLIT_KEY));
      return v > 0 ? v : null;
    } catch {
      return null;
    }
  };
  const save = (px: number) => {
    try {
      localStorage.setItem(SPLIT_KEY, String(Math.round(px)));
    } catch {
      /* storage refused: the split is simply not remembered */
    }
  };
  const sync = () => {
    handle.hidden = !wide.matches;
    handle.tabIndex = wide.matches ? 0 : -1;
    handle.setAttribute('aria-valuenow', String(Math.round(panel.getBoundingClientRect().width)));
    handle.setAttribute('aria-valuemin', '320');
    handle.setAttribute('aria-valuemax', String(Math.max(320, grid.clientWidth - 320)));
    apply(stored());
  };
  wide.addEventListener('change', sync);
  sync();
  handle.addEventListener('pointerdown', (e) => {
    e.preventDefault();
    handle.setPointerCapture(e.pointerId);
    const right = grid.getBoundingClientRect().right;
    const move = (ev: PointerEvent) => apply(right - ev.clientX);
    const up = () => {
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', up);
      save(panel.getBoundingClientRect().width);
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', up);
  });
  handle.addEventListener('keydown', (e) => {
    const step = e.shiftKey ? 80 : 24;
    const now = panel.getBoundingClientRect().width;
    let next: number | null = null;
    if (e.key === 'ArrowLeft') next = now + step;
    else if (e.key === 'ArrowRight') next = now - step;
    if (next === null) return;
    e.preventDefault();
    apply(next);
    save(panel.getBoundingClientRect().width);
  });
}

export function bootLabs(): void {
  const panels = [...document.querySelectorAll<HTMLElement>('.lab-panel')];
  if (panels.length === 0) return;
  const io =
    'IntersectionObserver' in window
      ? new IntersectionObserver(
          (entries) => {
            for (const e of entries) {
              if (e.isIntersecting) {
                io?.unobserve(e.target);
                void load(e.target as HTMLElement);
              }
            }
          },
          { rootMargin: '200px' },
        )
      : null;
  for (const panel of panels) {
    setupSplit(panel);
    const ph = panel.querySelector<HTMLElement>('.lab-placeholder');
    const start = () => {
      panel.dataset.wantFocus = '1';
      void load(panel);
    };
    ph?.addEventListener('click', start);
    ph?.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        start();
      }
    });
    if (io) io.observe(panel);
    else start();
  }
  document.addEventListener('lab:run', (e) => {
    const command = (e as CustomEvent<{ command?: unknown }>).detail?.command;
    const panel = mainPanel();
    if (!panel || typeof command !== 'string') return;
    panel.scrollIntoView({ block: 'nearest' });
    void load(panel).then((lab) => lab.run(command));
  });
}
