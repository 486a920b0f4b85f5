/**
 * The lab's controller, loaded with the simulator (lab-sim.ts) once the first prompt is on the screen: the
 * start world, step checks and progress, hints and "show me", the editor pane, reset, and watch mode.
 * lab-app.ts draws the terminal and the prompt without it.
 *
 * Practise: the learner types; after every command (and as simulated time passes) the current step's
 * check runs against the world; completed steps go to the progress store. Watch: the steps' commands
 * are typed at a human pace with the narration as captions; "take over" hands the keyboard back in the
 * state the replay reached.
 */
import type { Terminal } from '@xterm/xterm';
import type { Session } from '../sim/session';
import type { WorldSnapshot } from '../sim/snapshot';
import type { EditRequest } from '../sim/types';
import type { Check, LabAction } from '../sim/lab/schema';
import type { ProgressStore } from '../progress/store';
import { createSession } from '../sim/index';
import { durationMs } from '../sim/lab/actions';
import { StepTracker } from '../sim/lab/tracker';
import { worldView } from '../sim/lab/world-view';
import { runAction } from '../sim/lab/replay';
import type { TerminalDriver } from './driver';
import { renderCluster } from './cluster-view';
import { findCommand } from '../sim/registry';
import type { World } from '../sim/world';

export interface StepData {
  id: string;
  title: string;
  narration: string;
  commands: LabAction[];
  solution: LabAction[];
  check: Check;
  hints: string[];
}

export interface LabData {
  id: string;
  lang: string;
  /** The lab's first prompt, computed by the simulator when the page was built. */
  prompt?: string;
  /** Where the lab's start world saved at build time is (src/sim/snapshot.ts), when it could be saved. */
  world?: string;
  start: { lab: string; files: { host?: string; path: string; content: string }[] };
  steps: StepData[];
}

export type Ui = Record<string, string>;

/** What the early part of the lab (lab-app.ts) hands over. */
export interface LabShell {
  panel: HTMLElement;
  data: LabData;
  ui: Ui;
  term: Terminal;
  driver: TerminalDriver;
  store: ProgressStore | null;
  /** Practise or watch; the terminal's key handlers read it too. */
  state: { mode: 'practise' | 'watch' };
  say: (text: string) => void;
  saved: string[];
  /** The lab's start world saved when the site was built, fetched while the simulator loaded (null: build it). */
  startWorld: Promise<WorldSnapshot | null>;
}

function fill(text: string, vars: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export async function runLab(shell: LabShell): Promise<{ run(command: string): void }> {
  const { panel, data, ui, term, driver, store, state, say, saved, startWorld } = shell;
  const $ = <T extends HTMLElement>(sel: string) => panel.querySelector<T>(sel)!;
  const form = $<HTMLFormElement>('.lab-editor');
  const textarea = $<HTMLTextAreaElement>('.lab-editor-text');

  const snapshot = await startWorld;

  const newSession = async () => {
    const files: Record<string, string> = {};
    for (const f of data.start.files ?? []) files[f.host ? `${f.host}:${f.path}` : f.path] = f.content;
    if (snapshot) {
      try {
        return await createSession({ snapshot, files });
      } catch {
        /* a snapshot this simulator cannot read: build the world instead */
      }
    }
    return createSession({ lab: data.start.lab, files });
  };
  let session: Session = await newSession();

  // ------------------------------------------------------------ steps
  let tracker = new StepTracker(data.steps);
  let view = worldView(session);
  let edits: EditRequest | null = null;
  const hintsList = $('.lab-hints');
  const hintBtn = $<HTMLButtonElement>('.lab-hint-btn');
  let hintCount = 0;
  let shownStep = -1;


  const updateSteps = () => {
    const current = tracker.index;
    panel.querySelectorAll<HTMLElement>('.lab-step').forEach((li, i) => {
      const state = i < current || tracker.isDone(li.dataset.step ?? '') ? 'done' : i === current ? 'current' : 'todo';
      li.dataset.state = state;
      if (state === 'current') li.setAttribute('aria-current', 'step');
      else li.removeAttribute('aria-current');
      const s = li.querySelector('.lab-step-state');
      if (s) s.textContent = state === 'done' ? ui.stepDone : state === 'current' ? ui.stepCurrent : ui.stepTodo;
    });
    $('.lab-count').textContent = tracker.finished
      ? ui.allDone
      : fill(ui.stepOf, { n: current + 1, total: data.steps.length });
    if (current !== shownStep) {
      shownStep = current;
      hintCount = 0;
      hintsList.replaceChildren();
    }
    const step = data.steps[current];
    hintBtn.disabled = !step || hintCount >= step.hints.length;
    hintBtn.textContent = step && hintCount >= step.hints.length ? ui.noMoreHints : ui.nextHint;
    $<HTMLButtonElement>('.lab-showme').disabled = !step;
  };

  const persist = () => {
    if (!store) return;
    for (const id of tracker.doneIds()) store.completeLabStep(data.id, id);
  };

  const evaluate = () => {
    const completed = tracker.evaluate(view);
    if (completed.length === 0) return;
    for (const id of completed) {
      const step = data.steps.find((s) => s.id === id);
      if (state.mode === 'practise') {
        store?.completeLabStep(data.id, id);
        say(tracker.finished ? ui.allDone : fill(ui.stepCompleted, { title: step?.title ?? id }));
      }
    }
    updateSteps();
  };

  driver.onLine((line) => tracker.recordLine(line));
  driver.onIdle(() => evaluate());
  let lastTick = 0;
  const clusterBody = $('.lab-cluster-body');
  let clusterSig = '';
  const drawCluster = () => {
    const sig = renderCluster(clusterBody, session.world, ui, clusterSig);
    if (sig !== clusterSig) clusterSig = sig;
  };
  driver.onTick(() => {
    const now = performance.now();
    if (now - lastTick < 250) return;
    lastTick = now;
    if (!session.busy) evaluate();
    drawCluster();
  });

  // ------------------------------------------------------------ editor pane
  const label = $('.lab-editor-label');
  const openEditor = (req: EditRequest) => {
    edits = req;
    label.textContent = fill(ui.editorFile, { path: req.path });
    textarea.value = req.content;
    form.hidden = false;
    driver.locked = true;
    textarea.focus();
    textarea.setSelectionRange(0, 0);
    textarea.scrollTop = 0;
  };
  const closeEditor = () => {
    if (edits && !form.hidden) session.closeFile(edits.hostId, edits.path);
    form.hidden = true;
    driver.locked = state.mode === 'watch';
    term.focus();
  };
  const saveEditor = () => {
    if (!edits) return;
    const ok = session.saveFile(edits.hostId, edits.path, textarea.value);
    if (ok) {
      edits = { ...edits, content: textarea.value };
      say(fill(ui.saved, { path: edits.path }));
    }
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    saveEditor();
    closeEditor();
  });
  form.querySelector('.lab-editor-close')?.addEventListener('click', closeEditor);
  textarea.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      closeEditor();
    } else if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
      e.preventDefault();
      saveEditor();
    } else if (e.key === 'Tab' && !e.shiftKey && !e.ctrlKey && !e.altKey) {
      // Two spaces, as in a Vagrantfile; Shift+Tab still leaves the field.
      e.preventDefault();
      textarea.setRangeText('  ', textarea.selectionStart, textarea.selectionEnd, 'end');
    }
  });

  let offEdit = session.on('edit', openEditor);
  const onExit = () => {
    say(ui.sessionEnded);
    driver.note(ui.sessionEnded);
  };
  let offExit = session.on('exit', onExit);

  // ------------------------------------------------------------ session life
  const attach = (s: Session) => {
    offEdit();
    session = s;
    view = worldView(s);
    offEdit = s.on('edit', openEditor);
    offExit();
    offExit = s.on('exit', onExit);
    driver.bind(s);
  };

  /** Rebuild the world from saved progress by replaying the solutions of the completed steps. */
  const restore = async (doneIds: string[]) => {
    const done = new Set(doneIds);
    let restored = 0;
    let lastEdit: EditRequest | null = null;
    const off = session.on('edit', (r) => (lastEdit = r));
    offEdit();
    await driver.silently(async () => {
      for (const step of data.steps) {
        if (!done.has(step.id)) break;
        for (const a of step.solution) await runAction(session, a, () => lastEdit);
        tracker.skip();
        restored++;
      }
    });
    off();
    offEdit = session.on('edit', openEditor);
    return restored;
  };

  let restoredCount = 0;
  if (saved.length) restoredCount = await restore(saved);
  updateSteps();
  driver.bind(session);
  driver.start();
  if (restoredCount) say(fill(ui.restored, { count: restoredCount }));
  drawCluster();

  // ------------------------------------------------------------ practise controls
  hintBtn.addEventListener('click', () => {
    const step = data.steps[tracker.index];
    if (!step || hintCount >= step.hints.length) return;
    const li = document.createElement('li');
    li.textContent = step.hints[hintCount];
    hintsList.append(li);
    hintCount++;
    updateSteps();
    if (hintCount >= step.hints.length) say(ui.noMoreHints);
    else say(fill(ui.hintOf, { n: hintCount, total: step.hints.length }));
  });

  $('.lab-showme').addEventListener('click', () => {
    const step = data.steps[tracker.index];
    if (!step) return;
    // Walk the solution line by line (a here-document is several lines) past what was already run, in order.
    const ran = tracker.linesSinceStepStart().map((l) => l.trim());
    let k = 0;
    const offer = (line: string) => {
      if (!form.hidden) closeEditor();
      driver.setLine(line);
      term.focus();
      say(ui.showMeDone);
    };
    for (const a of step.solution) {
      if (typeof a === 'string') {
        for (const line of a.split('\n')) {
          if (!line.trim()) continue;
          const j = ran.indexOf(line.trim(), k);
          if (j >= 0) {
            k = j + 1;
            continue;
          }
          offer(line);
          return;
        }
      } else if ('save' in a && !form.hidden) {
        textarea.value = a.save.content;
        textarea.focus();
        say(ui.showMeEditor);
        return;
      }
    }
    const first = step.solution.find((a): a is string => typeof a === 'string');
    if (first) offer(first.split('\n')[0]);
  });

  $('.lab-reset').addEventListener('click', async () => {
    if (!confirm(ui.resetConfirm)) return;
    replay.stop();
    store?.resetLab(data.id);
    tracker = new StepTracker(data.steps);
    if (!form.hidden) closeEditor();
    driver.clearScreen();
    $('.lab-transcript').replaceChildren();
    attach(await newSession());
    shownStep = -1;
    updateSteps();
    driver.start();
    say('');
    term.focus();
  });

  // ------------------------------------------------------------ watch mode
  const caption = $('.lab-caption');
  const playBtn = $<HTMLButtonElement>('.lab-play');
  const speedSel = $<HTMLSelectElement>('.lab-speed');

  const replay = {
    playing: false,
    active: false,
    skip: false,
    stepIndex: 0,
    actionIndex: 0,
    token: 0,
    speed: 1,
    async wait(ms: number, token: number) {
      let left = ms / this.speed;
      while (left > 0) {
        if (token !== this.token) throw new Error('stopped');
        if (this.skip) return;
        const t = Math.min(left, 50);
        await sleep(t);
        if (this.playing) left -= t;
      }
      while (!this.playing) {
        if (token !== this.token) throw new Error('stopped');
        await sleep(50);
      }
    },
    async until(cond: () => boolean, token: number) {
      while (!cond()) {
        if (token !== this.token) throw new Error('stopped');
        await sleep(30);
      }
    },
    setPlaying(on: boolean) {
      this.playing = on;
      driver.speed = on ? this.speed : 0;
      playBtn.textContent = on ? ui.pause : ui.play;
      playBtn.setAttribute('aria-pressed', String(on));
    },
    start() {
      if (this.active) return;
      if (tracker.finished) {
        // Watching a finished lab starts it over in a fresh world.
        void newSession().then((s) => {
          tracker = new StepTracker(data.steps);
          driver.clearScreen();
          attach(s);
          driver.start();
          shownStep = -1;
          updateSteps();
          this.begin();
        });
        return;
      }
      this.begin();
    },
    begin() {
      this.active = true;
      this.stepIndex = tracker.index;
      this.actionIndex = 0;
      const token = ++this.token;
      driver.locked = true;
      this.setPlaying(true);
      void this.loop(token).catch(() => undefined);
    },
    async loop(token: number) {
      while (this.stepIndex < data.steps.length) {
        const step = data.steps[this.stepIndex];
        if (this.actionIndex === 0) {
          caption.hidden = false;
          caption.textContent = step.narration;
          await this.wait(Math.min(6000, 1200 + step.narration.length * 18), token);
        }
        const action = step.commands[this.actionIndex];
        if (action !== undefined) {
          await this.until(() => driver.ready || !form.hidden, token);
          if (typeof action === 'string') {
            if (!form.hidden) closeEditor();
            if (this.skip) driver.type(action);
            else {
              for (const ch of action) {
                driver.type(ch);
                await this.wait(45 + ((ch.charCodeAt(0) * 37) % 70), token);
              }
              await this.wait(350, token);
            }
            driver.type('\r');
            if (this.skip) await driver.fastForward();
            await this.until(() => driver.ready, token);
          } else if ('save' in action) {
            await this.until(() => !form.hidden, token);
            await this.wait(700, token);
            textarea.value = action.save.content;
            await this.wait(1200, token);
            saveEditor();
            closeEditor();
            driver.locked = true;
          } else {
            await session.advance(durationMs(action.wait));
          }
          this.actionIndex++;
          await this.wait(500, token);
        }
        if (this.actionIndex >= step.commands.length) {
          evaluate();
          this.stepIndex++;
          this.actionIndex = 0;
          this.skip = false;
          await this.wait(900, token);
        }
      }
      this.active = false;
      this.setPlaying(false);
      driver.speed = 1;
      caption.textContent = ui.replayDone;
      say(ui.replayDone);
    },
    stop() {
      this.token++;
      this.active = false;
      this.skip = false;
      this.playing = false;
      driver.speed = 1;
      driver.locked = false;
      playBtn.textContent = ui.play;
    },
  };

  playBtn.addEventListener('click', () => {
    if (!replay.active) replay.start();
    else replay.setPlaying(!replay.playing);
  });
  $('.lab-next').addEventListener('click', () => {
    if (!replay.active) {
      replay.start();
      return;
    }
    replay.skip = true;
    if (!replay.playing) replay.setPlaying(true);
  });
  speedSel.addEventListener('change', () => {
    replay.speed = Number(speedSel.value) || 1;
    if (replay.playing) driver.speed = replay.speed;
  });

  const setMode = (next: 'practise' | 'watch') => {
    if (next === state.mode) return;
    state.mode = next;
    panel.querySelectorAll<HTMLElement>('.lab-mode').forEach((b) => {
      b.setAttribute('aria-pressed', String(b.dataset.mode === state.mode));
    });
    $('.lab-practise-bar').hidden = state.mode !== 'practise';
    $('.lab-watch-bar').hidden = state.mode !== 'watch';
    hintsList.hidden = state.mode !== 'practise';
    if (state.mode === 'watch') {
      caption.hidden = false;
      caption.textContent = data.steps[tracker.index]?.narration ?? '';
      replay.start();
    } else {
      replay.stop();
      caption.hidden = true;
      persist();
      if (!form.hidden) textarea.focus();
      else term.focus();
    }
  };
  panel.querySelectorAll<HTMLElement>('.lab-mode').forEach((b) =>
    b.addEventListener('click', () => setMode(b.dataset.mode === 'watch' ? 'watch' : 'practise')),
  );
  $('.lab-takeover').addEventListener('click', () => {
    setMode('practise');
    say(ui.tookOver);
  });

  panel.classList.remove('lab-loading');
  if (!panel.classList.contains('lab-early')) performance.mark('lab-prompt');
  panel.classList.add('lab-ready');
  if (panel.dataset.wantFocus) term.focus();
  // The tools the lab's commands need load in idle time now, not on the first command.
  const idle = (fn: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(fn, { timeout: 4000 }) : setTimeout(fn, 300));
  idle(() => preloadTools(session.world));

  return {
    run(command: string) {
      if (state.mode === 'watch') setMode('practise');
      if (!form.hidden) closeEditor();
      driver.type(stripEnter(command) + '\r');
      say(fill(ui.runSent, { command }));
      term.focus();
    },
  };
}

function stripEnter(s: string): string {
  return s.replace(/[\r\n]+$/, '');
}

/**
 * Fetches the tools a lab is about to use (Vagrant on the host; kubectl, kubeadm and crictl where there is a
 * cluster) ahead of their first command; the page calls it in idle time once the prompt is ready.
 */
export function preloadTools(world: World): void {
  const wanted: [shell: 'cmd' | 'bash', name: string][] = [['cmd', 'vagrant']];
  if (world.ext.has('k8s')) wanted.push(['bash', 'kubectl'], ['bash', 'kubeadm'], ['bash', 'crictl']);
  for (const [shell, name] of wanted) {
    const def = findCommand(shell, name);
    if (def && 'load' in def) void def.load().catch(() => undefined);
  }
}
