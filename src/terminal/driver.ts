/**
 * Connects a simulator session to an xterm terminal: line editing at the prompt, output streaming as
 * simulated time passes, type-ahead while a command runs, Ctrl+C, Ctrl+L, completion, copy of a
 * selection, and a plain-text transcript for screen readers. Nothing written to the screen comes
 * unfiltered: control characters in output, typed or pasted text are removed first. The one thing kept from a
 * command's output is SGR (`ESC [ n;n m`: bold, underline, colours, as man's pager, ls and grep send them), which
 * changes how text looks and nothing else, and the erase to end of line grep sends after each colour change
 * (`ESC [ K`, so a background colour does not run on past a line break); the transcript drops both.
 *
 * The first prompt may come before the simulator: `showEarlyPrompt` draws the prompt the page was built
 * with, and line editing works at once. Keys that need the simulator (Enter, Tab, history, Ctrl+C) wait,
 * with everything typed after them, and run in order once `bind` attaches the session.
 */
import type { Terminal } from '@xterm/xterm';
import type { MatchDisplay } from '../sim/complete';
import type { Session } from '../sim/session';
import { LineEditor, parseKeysRaw, renderLine, stripControls, type Key } from './line-editor';

const STDERR_ON = '\x1b[38;5;203m';
const SGR_OFF = '\x1b[0m';
/** Select Graphic Rendition and erase to end of line: the only escape sequences a command's output keeps (captured, so split keeps them). */
const SGR = /(\x1b\[[0-9;]{0,32}m|\x1b\[K)/g;
/** The bytes each key came from: what a full-screen program reads (an arrow as its escape sequence, Ctrl+E as ^E). */
const RAW = new WeakMap<Key, string>();
const parsed = (data: string): Key[] =>
  parseKeysRaw(data).map(({ key, raw }) => {
    RAW.set(key, raw);
    return key;
  });

export interface DriverOptions {
  /** Live region that receives the output as text. */
  transcript?: HTMLElement | null;
  /** Simulated time runs this many times faster than real time while a command works. */
  busyScale?: number;
  /** Escape pressed in the terminal: move focus out of it. */
  onEscape?: () => void;
  /** Keys arrived while the keyboard is locked (a replay is typing). */
  onLockedInput?: () => void;
}

type Listener = () => void;

/** Keys the line editor handles alone, without the simulator. */
const LOCAL_KEYS = new Set<Key['kind']>([
  'text', 'backspace', 'delete', 'left', 'right', 'wordLeft', 'wordRight', 'home', 'end',
  'killStart', 'killEnd', 'killWord', 'killWordForward', 'yank', 'ignored', 'abort',
]);

export class TerminalDriver {
  readonly editor: LineEditor;
  /** Null until the simulator has loaded (the early prompt). */
  session: Session | null;
  /** Multiplies the clock (the replay's speed); 0 freezes it. */
  speed = 1;
  /** While true the keyboard is ignored (a replay is typing). */
  locked = false;
  private row = 0;
  private promptText = '';
  /**
   * After Ctrl+G at readline's "Display all N possibilities?" or --More--: the question's line, and how much of the
   * line was typed before it. Readline does not redraw, so what is typed next shows after the question.
   */
  private aborted: { line: string; from: number } | null = null;
  /** The last line a second Tab printed (the question readline waits on). */
  private moreLine = '';
  private atPrompt = false;
  private pendingKeys: Key[] = [];
  private offSession: (() => void)[] = [];
  private raf = 0;
  private last = 0;
  private advancing = false;
  private carry = 0;
  private transcriptLine = '';
  private lineListeners: ((line: string) => void)[] = [];
  private idleListeners: Listener[] = [];
  private tickListeners: Listener[] = [];
  private readonly busyScale: number;
  private muted = false;
  /** A line was handed to the session and its answer has not come back yet. */
  private submitting = false;
  /** Tab waits for the module of the command it completes; keys typed meanwhile queue behind it. */
  private loading = false;
  /** The Tab being replayed already waited once (a failed load is not retried in a loop). */
  private retab = false;
  /** After a second Tab, readline waits for a key: its "Display all N possibilities?" or --More--. */
  private more: MatchDisplay['next'];

  constructor(
    readonly term: Terminal,
    session: Session | null,
    private readonly opts: DriverOptions = {},
  ) {
    this.session = null;
    this.busyScale = opts.busyScale ?? 6;
    this.editor = new LineEditor({
      history: () => this.session?.history ?? [],
      complete: (line, cursor) => this.session?.complete(line, cursor) ?? { start: cursor, candidates: [] },
    });
    term.onData((data) => this.onData(data));
    term.attachCustomKeyEventHandler((e) => this.onKeyEvent(e));
    if (session) this.bind(session);
  }

  // ------------------------------------------------------------ session

  /** Attach to a (new) session: used at start and after "reset lab". */
  bind(session: Session): void {
    for (const off of this.offSession) off();
    const early = this.session === null && this.atPrompt;
    this.session = session;
    if (!early) {
      this.submitting = false;
      this.pendingKeys = [];
      this.editor.reset();
      this.atPrompt = false;
      this.more = undefined;
    }
    this.offSession = [
      session.on('output', ({ text, stream }) => {
        if (!this.muted) this.output(text, stream);
      }),
      session.on('clear', (how) => {
        if (this.muted) return;
        this.term.write('\x1b[H\x1b[2J');
        if (!how?.keepScrollback) this.term.clear();
      }),
      // terminfo smcup/rmcup of xterm: the alternate screen, and back to the lines it covered
      session.on('screen', ({ alternate }) => {
        if (!this.muted) this.term.write(alternate ? '\x1b[?1049h' : '\x1b[?1049l');
      }),
      session.on('done', () => queueMicrotask(() => this.maybePrompt())),
    ];
    const resized = this.term.onResize(({ cols, rows }) => session.resize(cols, rows));
    this.offSession.push(() => resized.dispose());
    session.resize(this.term.cols, this.term.rows);
    if (early) {
      // The line typed so far stays; the prompt is redrawn only if the world's differs from the page's.
      const prompt = this.currentPrompt();
      if (prompt !== this.promptText) {
        this.promptText = prompt;
        this.render();
      }
      for (const fn of this.idleListeners) fn();
      this.drainPending();
    }
  }

  /** Draws the lab's first prompt before the simulator is there (see the note at the top). */
  showEarlyPrompt(prompt: string): void {
    if (this.session || this.atPrompt) return;
    this.promptText = stripControls(prompt);
    this.atPrompt = true;
    this.row = 0;
    this.toTranscript(this.promptText);
    this.render();
  }

  /** Run `fn` without showing what it prints (rebuilding saved progress). */
  async silently<T>(fn: () => Promise<T>): Promise<T> {
    this.muted = true;
    try {
      return await fn();
    } finally {
      this.muted = false;
    }
  }

  /** Whether the prompt is showing and input goes to the line editor. */
  get ready(): boolean {
    return this.atPrompt && this.session !== null;
  }

  /** Whether keys wait for the simulator or a running command. */
  get queued(): number {
    return this.pendingKeys.length;
  }

  onLine(fn: (line: string) => void): void {
    this.lineListeners.push(fn);
  }

  /** Called whenever the prompt comes back. */
  onIdle(fn: Listener): void {
    this.idleListeners.push(fn);
  }

  /** Called after each advance of the clock. */
  onTick(fn: Listener): void {
    this.tickListeners.push(fn);
  }

  /** Shows the prompt (first start, after reset). */
  start(): void {
    this.maybePrompt();
    this.startClock();
  }

  dispose(): void {
    cancelAnimationFrame(this.raf);
    for (const off of this.offSession) off();
  }

  // ------------------------------------------------------------ output

  private output(text: string, stream: 'stdout' | 'stderr'): void {
    if (this.atPrompt) this.leaveLine();
    // Carriage returns stay (progress lines redraw in place) and SGR and erase-line sequences pass; every other control goes.
    const clean = text
      .split(SGR)
      .map((part, i) => (i % 2 ? part : stripControls(part, '\n\t\r')))
      .join('')
      .replace(/\r?\n/g, '\r\n');
    this.term.write(stream === 'stderr' ? STDERR_ON + clean + SGR_OFF : clean);
    this.toTranscript(stripControls(text.replace(SGR, ''), '\n\t\r'));
  }

  private toTranscript(text: string): void {
    const log = this.opts.transcript;
    if (!log) return;
    const parts = (this.transcriptLine + text).split('\n');
    this.transcriptLine = parts.pop() ?? '';
    for (const full of parts) {
      const line = full.slice(full.lastIndexOf('\r') + 1);
      const p = document.createElement('p');
      p.textContent = line || ' ';
      log.append(p);
    }
    while (log.childElementCount > 200) log.firstElementChild?.remove();
  }

  /** Sends an unfinished line (a question waiting for its answer) to the transcript. */
  private flushTranscript(): void {
    if (!this.transcriptLine) return;
    const line = this.transcriptLine;
    this.transcriptLine = '';
    this.toTranscript(line + '\n');
  }

  /** Writes a note from the page (not from the simulator) on its own line, dimmed. */
  note(text: string): void {
    if (this.atPrompt) this.leaveLine();
    this.term.write(`\x1b[2m${stripControls(text).replace(/\n/g, '\r\n')}\x1b[0m\r\n`);
    this.atPrompt = false;
    this.maybePrompt();
  }

  clearScreen(): void {
    this.term.write('\x1b[H\x1b[2J');
    this.term.clear();
    this.row = 0;
  }

  // ------------------------------------------------------------ prompt and line

  private currentPrompt(): string {
    if (!this.session) return this.promptText;
    if (this.session.question !== null) {
      const q = this.session.question;
      return stripControls(q.slice(q.lastIndexOf('\n') + 1));
    }
    return stripControls(this.session.prompt());
  }

  private maybePrompt(): void {
    if (!this.session || this.atPrompt || this.submitting || this.session.closed || this.muted) return;
    if (this.session.busy && this.session.question === null) return;
    const asking = this.session.question !== null;
    this.promptText = this.currentPrompt();
    this.aborted = null;
    this.atPrompt = true;
    this.row = 0;
    // A question is already on screen and its answer is typed after it: rendering rewrites its line, harmless.
    if (asking) this.flushTranscript();
    else this.toTranscript(this.promptText);
    this.render();
    for (const fn of this.idleListeners) fn();
    this.drainPending();
  }

  /** A password question: what is typed stays off the screen, as a real terminal does. */
  private get secret(): boolean {
    return !!this.session && this.session.question !== null && this.session.questionSecret;
  }

  private render(): void {
    const secret = this.secret;
    const { out, row } = this.draw(secret ? '' : this.editor.buffer, secret ? 0 : this.editor.cursor);
    this.term.write(out);
    this.row = row;
  }

  /** renderLine for the prompt, or after an aborted question for what was typed since (see `aborted`). */
  private draw(buffer: string, cursor: number): { out: string; row: number } {
    const a = this.aborted;
    if (!a) return renderLine(this.promptText, buffer, cursor, this.term.cols, this.row);
    return renderLine(a.line, buffer.slice(a.from), Math.max(0, cursor - a.from), this.term.cols, this.row);
  }

  /** Moves the cursor past the typed line and leaves the prompt. */
  private leaveLine(): void {
    const shown = this.secret ? '' : this.editor.buffer;
    const { out } = this.draw(shown, shown.length);
    this.term.write(out + '\r\n');
    this.row = 0;
    this.atPrompt = false;
    this.aborted = null;
  }

  // ------------------------------------------------------------ input

  private onKeyEvent(e: KeyboardEvent): boolean {
    // Ctrl+C with a selection copies it (as terminals on Windows do); Ctrl+Shift+C always copies.
    if (e.type === 'keydown' && e.ctrlKey && (e.key === 'c' || e.key === 'C')) {
      if (e.shiftKey || this.term.hasSelection()) {
        const text = this.term.getSelection();
        if (text) void navigator.clipboard?.writeText(text).catch(() => undefined);
        e.preventDefault();
        return false;
      }
    }
    // Tab completes inside the terminal, so Escape is the way out (no keyboard trap).
    if (e.key === 'Escape') {
      if (e.type === 'keydown') this.opts.onEscape?.();
      return false;
    }
    return true;
  }

  private onData(data: string): void {
    if (this.locked) {
      this.opts.onLockedInput?.();
      return;
    }
    this.feedKeys(parsed(data));
  }

  /** Types text as if from the keyboard (the replay, "Run" buttons). */
  type(data: string): void {
    this.feedKeys(parsed(data));
  }

  /** A key from the on-screen key row: the same path as the hardware key (Escape leaves the terminal). */
  key(data: string): void {
    if (data === '\x1b') {
      this.opts.onEscape?.();
      return;
    }
    this.onData(data);
  }

  /** Puts text on the prompt without running it ("show me"). */
  setLine(text: string): void {
    if (!this.atPrompt) return;
    this.editor.setLine(text);
    this.render();
  }

  private feedKeys(keys: Key[]): void {
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (this.more) {
        if (key.kind !== 'interrupt') this.showMatches(this.more(key));
        else {
          this.more = undefined;
          this.editor.reset();
          this.atPrompt = false;
          void this.session?.interrupt();
        }
        continue;
      }
      if (!this.session) {
        // The early prompt: edit the line now; the first key that needs the simulator waits, with all after it.
        if (!this.atPrompt || this.pendingKeys.length > 0 || !LOCAL_KEYS.has(key.kind)) {
          this.pendingKeys.push(...keys.slice(i));
          return;
        }
      } else if (!this.atPrompt) {
        if (key.kind === 'interrupt') {
          this.pendingKeys = [];
          void this.session.interrupt();
          continue;
        }
        if (this.session.wantsKey) {
          // a full-screen program (top) reads single keys, unechoed
          // typed text a character at a time; any other key as the bytes the terminal sent (an arrow's escape
          // sequence whole, nmtui's menu and less move with them), Enter as a newline
          if (key.kind === 'text') for (const ch of key.text) void this.session.pressKey(ch);
          else if (key.kind === 'enter') void this.session.pressKey('\n');
          else {
            const raw = RAW.get(key) ?? (key.kind === 'ignored' ? (key.raw ?? '') : '');
            if (raw) void this.session.pressKey(raw);
          }
          continue;
        }
        if (key.kind === 'suspend') {
          // Ctrl+Z: the running command becomes a stopped job, as in bash (a no-op outside bash).
          this.pendingKeys = [];
          void this.session.suspend();
          continue;
        }
        this.pendingKeys.push(key);
        continue;
      }
      // Tab on a command whose module is not loaded yet loads it first; the keys from this Tab on wait for it
      const needs = this.loading || (key.kind === 'tab' && !this.retab && this.session?.completionNeeds(this.editor.buffer, this.editor.cursor));
      this.retab = false;
      if (needs) {
        this.pendingKeys.push(...keys.slice(i));
        if (needs !== true) {
          this.loading = true;
          const resume = () => {
            this.loading = false;
            this.retab = true;
            this.drainPending();
          };
          void needs.then(resume, resume);
        }
        return;
      }
      const effects = this.editor.press(key);
      let submitted = false;
      for (const fx of effects) {
        if (fx.type === 'submit') {
          this.submit(fx.line);
          submitted = true;
        } else if (fx.type === 'interrupt') {
          const { out } = this.draw(fx.line, fx.line.length);
          this.term.write(out);
          this.atPrompt = false;
          this.aborted = null;
          this.row = 0;
          void this.session?.interrupt();
        } else if (fx.type === 'clear') {
          this.aborted = null;
          this.clearScreen();
          this.render();
        } else if (fx.type === 'candidates') {
          this.leaveLine();
          this.showMatches(this.session?.displayMatches(fx.items, this.term.cols, this.term.rows));
        }
      }
      if (!submitted && this.atPrompt && key.kind !== 'clear' && !effects.some((f) => f.type === 'candidates')) {
        this.render();
      }
      if (submitted || !this.atPrompt) {
        // Whatever follows the Enter waits for the next prompt (a multi-line paste runs line by line).
        this.pendingKeys.push(...keys.slice(i + 1));
        return;
      }
    }
  }

  /** Prints what a second Tab shows; the prompt comes back unless readline waits for a key (it stays in `more`). */
  private showMatches(d?: MatchDisplay): void {
    const out = d?.out ?? '';
    this.term.write(out.replace(/\n/g, '\r\n'));
    this.more = d?.next;
    this.atPrompt = true;
    this.row = 0;
    if (d?.aborted) {
      this.aborted = { line: this.moreLine, from: this.editor.buffer.length };
      return;
    }
    const shown = out.replace(/\x07/g, '');
    if (shown) this.moreLine = shown.slice(Math.max(shown.lastIndexOf('\n'), shown.lastIndexOf('\r')) + 1);
    if (!this.more) this.render();
  }

  private submit(line: string): void {
    const shown = this.secret ? '' : line;
    const { out } = this.draw(shown, shown.length);
    this.aborted = null;
    this.term.write(out + '\r\n');
    this.toTranscript(shown + '\n');
    this.row = 0;
    this.atPrompt = false;
    const session = this.session;
    if (!session) return;
    const asking = session.question !== null;
    if (!asking) for (const fn of this.lineListeners) fn(line);
    this.submitting = true;
    void session.submit(line).then(() => {
      this.submitting = false;
      this.maybePrompt();
    });
  }

  private drainPending(): void {
    if (this.pendingKeys.length === 0) return;
    const keys = this.pendingKeys;
    this.pendingKeys = [];
    this.feedKeys(keys);
  }

  // ------------------------------------------------------------ clock

  private startClock(): void {
    cancelAnimationFrame(this.raf);
    this.last = performance.now();
    const frame = (now: number) => {
      const dt = Math.min(250, now - this.last);
      this.last = now;
      const session = this.session;
      if (session && !this.advancing && this.speed > 0) {
        // a full-screen program that reads keys (top) runs in real time
        const running = session.busy && session.question === null && !session.wantsKey;
        // Whole milliseconds only: the simulator's clock stays an integer.
        const exact = dt * this.speed * (running ? this.busyScale : 1) + this.carry;
        const ms = Math.floor(exact);
        this.carry = exact - ms;
        this.advancing = true;
        void session.advance(ms).then(() => {
          this.advancing = false;
          // keys typed before a full-screen program started reading them
          if (session.wantsKey && !this.atPrompt && this.pendingKeys.length) this.drainPending();
          this.maybePrompt();
          for (const fn of this.tickListeners) fn();
        });
      }
      this.raf = requestAnimationFrame(frame);
    };
    this.raf = requestAnimationFrame(frame);
  }

  /** Runs the current command to its end at once. */
  async fastForward(): Promise<void> {
    await this.session?.settle();
    this.maybePrompt();
  }
}
