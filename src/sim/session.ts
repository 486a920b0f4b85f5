// A Session is one learner at one terminal: a stack of shells over the world, a running job, events.
import type { Frame, SessionHooks } from './context';
import type { CommandRun, CompletionResult, EditRequest, ExecResult, OutputChunk, SessionEvents, Yield } from './types';
import { Interrupt } from './types';
import type { World } from './world';
import { parseBash } from './shell/parse';
import { runTop, terminalResized, type Runtime } from './shell/bash';
import { runCmd } from './shell/cmd';
import { complete, completionList, completionNeeds, displayMatches, type MatchDisplay } from './complete';
import { JobTable, type Job as BgJob } from './shell/jobs';
import { expandHistory } from './shell/history';
import { addEntry, recordLine } from './shell/histadd';
import { guestAliases, guestFunctions } from './login';
import { writeAs, type Maker } from './fs-owner';
import { writeTarget } from './shell/redirect';
import { cmdPrompt } from './shell/cmd-prompt';
import { L, terminalOf } from './commands/coreutils/stty/termios';

type Listener<T> = (data: T) => void;

interface Job {
  gen: CommandRun;
  wakeAt: number | null;
  asking: string | null;
  /** The answer is not echoed (read -s). */
  secret?: boolean;
  /** Waiting for a single key (the terminal is in raw mode: nothing is echoed, not even ^C). */
  key?: boolean;
  startDepth: number;
  startShell: 'cmd' | 'bash';
  cleared: boolean;
  /** The line that started it (a stopped job is named by it). */
  line: string;
}

/** Longest single fast-forward loop (guards against commands that never end). */
const MAX_STEPS = 200_000;

export class Session {
  readonly world: World;
  /** Lines typed at a prompt (not answers), oldest first. */
  readonly history: string[] = [];
  private frames: Frame[] = [];
  private job: Job | null = null;
  private pending = ''; // continuation buffer (here-documents, open quotes)
  /** The pending text waits for a here-document's lines: bash reads them without history expansion. */
  private inHeredoc = false;
  /** Why the pending text is not a whole command yet (how the next line joins its history entry). */
  private pendingReason: 'quote' | 'heredoc' | 'operator' | 'escape' | null = null;
  /** The first line of the pending command was saved in the history (its later lines join that entry). */
  private histSaved = false;
  private listeners = new Map<string, Listener<never>[]>();
  private queue: Promise<unknown> = Promise.resolve();
  private atLineStart = true;
  private capture: { stdout: string; stderr: string; output: string } | null = null;
  private clearedInJob = false;
  /** Files open in an editor: who saves them (the editor's user and umask), false for one who may not write them. */
  private editing = new Map<string, Maker | false | undefined>();
  /** Files whose editor pane was closed since it was opened (`host:path`). */
  private closedEdits = new Set<string>();
  /** True once the first shell exited. */
  closed = false;
  /** Whether editors open an editing pane (browser) or print the file (CLI). */
  interactiveEditor = true;
  private rt: Runtime;
  /** Background and stopped jobs (bash job control). */
  readonly jobs: JobTable;
  /** The terminal's size (the page and the CLI set it with resize). */
  cols = 80;
  rows = 24;

  constructor(world: World, root: Frame) {
    this.world = world;
    this.frames.push(this.interactive(root));
    this.jobs = new JobTable(() => this.world.now);
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const self = this;
    const hooks: SessionHooks = {
      clear: (opts) => {
        this.clearedInJob = true;
        this.emit('clear', opts?.keepScrollback ? { keepScrollback: true } : undefined);
      },
      alternateScreen: (on) => this.emit('screen', { alternate: on }),
      edit: (req: EditRequest) => {
        const key = `${req.hostId}:${req.path}`;
        this.closedEdits.delete(key);
        this.editing.set(key, req.readonly ? false : this.world.hosts.get(req.hostId)?.fs.creator);
        this.emit('edit', req);
      },
      pushFrame: (f) => {
        this.frames.push(this.interactive(f));
      },
      popFrame: () => {
        this.frames.pop();
      },
      depth: () => this.frames.length,
      top: () => this.frames[this.frames.length - 1],
      get interactiveEditor() {
        return self.interactiveEditor;
      },
      editorClosed: (hostId, path) => this.closedEdits.has(`${hostId}:${path}`),
      jobs: this.jobs,
      size: () => ({ cols: this.cols, rows: this.rows }),
      terminal: (t) => this.write(t, 'stdout'),
    };
    this.rt = { world, hooks };
  }

  // ------------------------------------------------------------ events

  on<K extends keyof SessionEvents>(event: K, fn: Listener<SessionEvents[K]>): () => void {
    const list = this.listeners.get(event) ?? [];
    list.push(fn as Listener<never>);
    this.listeners.set(event, list);
    return () => {
      this.listeners.set(event, (this.listeners.get(event) ?? []).filter((f) => f !== fn));
    };
  }

  private emit<K extends keyof SessionEvents>(event: K, data: SessionEvents[K]): void {
    for (const fn of this.listeners.get(event) ?? []) (fn as Listener<SessionEvents[K]>)(data);
  }

  private write(text: string, stream: OutputChunk['stream']): void {
    if (!text) return;
    this.atLineStart = text.endsWith('\n');
    if (this.capture) {
      this.capture[stream] += text;
      this.capture.output += text;
    }
    // bytes that are not UTF-8 (a file's escaped bytes, fs.ts) show as a UTF-8 terminal shows them: U+FFFD
    this.emit('output', { text: /[\udc80-\udcff]/u.test(text) ? text.replace(/[\udc80-\udcff]/gu, '\ufffd') : text, stream });
  }

  // ------------------------------------------------------------ state

  /** The current shell level. */
  get frame(): Frame {
    return this.frames[this.frames.length - 1];
  }

  /** All shell levels, the first is the session's own shell. */
  get stack(): readonly Frame[] {
    return this.frames;
  }

  /** Open a shell level above the current one (labs that start inside a guest). */
  openShell(frame: Frame): void {
    this.frames.push(this.interactive(frame));
  }

  /** An interactive bash on a guest starts with the aliases /etc/bashrc reads from /etc/profile.d. */
  private interactive(frame: Frame): Frame {
    if (frame.shell === 'bash' && frame.aliases === undefined && !frame.script) {
      const host = this.world.hosts.get(frame.hostId);
      if (host?.kind === 'linux') {
        frame.aliases = guestAliases(host, frame.env.HOME);
        if (frame.functions === undefined) {
          const { functions, vars } = guestFunctions(host);
          frame.functions = functions;
          // which_declare is exported; which_opt only names `export -f`'s option in the script
          if (vars.which_declare !== undefined) frame.env = { ...frame.env, which_declare: vars.which_declare };
        }
      }
    }
    return frame;
  }

  /** A command is running or waiting for an answer. */
  get busy(): boolean {
    return this.job !== null;
  }

  /** A running command reads single keys (top): the terminal sends each key with pressKey, unechoed. */
  get wantsKey(): boolean {
    return !!this.job?.key;
  }

  /** The terminal's size changed. */
  resize(cols: number, rows: number): void {
    if (cols > 0) this.cols = Math.floor(cols);
    if (rows > 0) this.rows = Math.floor(rows);
    terminalResized(this.frames, { cols: this.cols, rows: this.rows }, !!this.job);
  }

  /** One key for a command that reads keys (`q`, `\n` for Enter); ignored when none waits for one. */
  pressKey(key: string): Promise<void> {
    return this.serial(() => this.doKey(key));
  }

  private async doKey(key: string): Promise<void> {
    if (!this.job?.key) return;
    this.job.key = false;
    this.job.wakeAt = null;
    await this.pump(key);
  }

  /** The question a running command waits to have answered, or null. */
  get question(): string | null {
    return this.job?.asking ?? null;
  }

  /** The pending question asks for a password: the terminal should not echo the answer. */
  get questionSecret(): boolean {
    // `stty -echo` turns the terminal's echo off for what a program reads (bash's readline echoes the command line itself)
    if (this.job && !(terminalOf(this.rt.hooks).lflag & L.ECHO)) return true;
    return !!this.job?.secret || /password: $/i.test(this.job?.asking ?? '');
  }

  /** The prompt to show now: the shell prompt, "> " inside a here-document, or "" while busy. */
  prompt(): string {
    if (this.closed) return '';
    if (this.job) return '';
    if (this.pending) return '> ';
    const f = this.frame;
    const host = this.world.hosts.get(f.hostId);
    if (!host) return '$ ';
    if (f.shell === 'cmd') return cmdPrompt(f, this.world);
    // sh (bash in POSIX mode) reads no ~/.bashrc: bash's default PS1 "\s-\v\$ "
    if (f.argv0 === 'sh') return `sh-5.1${f.user === 'root' ? '#' : '$'} `;
    const short = host.hostname.split('.')[0];
    const u = host.users.get(f.user);
    const dir = u && f.cwd === u.home ? '~' : f.cwd === '/' ? '/' : f.cwd.slice(f.cwd.lastIndexOf('/') + 1);
    return `[${f.user}@${short} ${dir}]${f.user === 'root' ? '#' : '$'} `;
  }

  // ------------------------------------------------------------ input

  private serial<T>(op: () => Promise<T>): Promise<T> {
    const p = this.queue.then(op, op);
    this.queue = p.catch(() => undefined);
    return p;
  }

  /** A typed line: a new command, the answer to a pending question, or the next line of a heredoc. */
  submit(line: string): Promise<void> {
    return this.serial(() => this.doSubmit(line));
  }

  private async doSubmit(line: string): Promise<void> {
    if (this.closed) return;
    // a line for a command that reads keys: its first key (Enter for an empty line)
    if (this.job?.key) return this.doKey(line === '' ? '\n' : line[0]);
    if (this.job) {
      if (this.job.asking !== null) {
        const secret = this.questionSecret;
        this.job.asking = null;
        // the terminal echoes what was typed; a headless transcript records it too
        if (this.capture) {
          const echo = (secret ? '' : line) + '\n';
          this.capture.stdout += echo;
          this.capture.output += echo;
        }
        this.atLineStart = true;
        await this.pump(line);
      }
      // typed ahead while a command runs: ignored, as the real terminal would buffer it
      return;
    }
    const f = this.frame;
    if (f.shell === 'bash') {
      let typed = line;
      // the second and later lines of a command refer to the entries before it (bashhist.c pre_process_line)
      const before = this.pending && this.histSaved ? f.history.slice(0, -1) : f.history;
      const h = (this.pending && this.inHeredoc) || f.options?.has('-histexpand') ? { line, changed: false } : expandHistory(line, before, { extglob: f.shopts?.extglob !== false });
      if ('error' in h) {
        // the line is dropped unrun: $? stays what it was
        this.write(h.error, 'stderr');
        this.emit('done', { exitCode: f.lastExit });
        return;
      }
      if (h.changed) {
        // bash shows the line as expanded before it runs it
        this.write(h.line + '\n', 'stderr');
        typed = h.line;
      }
      if (h.print) {
        // `:p`: the line is only shown, and saved in the history
        if (typed !== '' && !this.pending) for (const h of [f.history, this.history]) addEntry(typed, h, f.env);
        this.emit('done', { exitCode: f.lastExit });
        return;
      }
      this.histSaved = recordLine([f.history, this.history], f.env, { pending: this.pending, reason: this.pendingReason, saved: this.histSaved, off: !!f.options?.has('-history') }, typed);
      const text = this.pending ? this.pending + '\n' + typed : typed;
      const r = parseBash(text);
      if (!r.ok && r.incomplete) {
        this.pending = text;
        this.inHeredoc = r.reason === 'heredoc';
        this.pendingReason = r.reason;
        return;
      }
      this.pending = '';
      this.inHeredoc = false;
      this.pendingReason = null;
      f.histAdded = this.histSaved;
      this.start(runTop(this.rt, f, text, this.shellIo(f)), 'bash', text);
    } else {
      if (line.trim() === '') {
        this.emit('done', { exitCode: f.lastExit });
        return;
      }
      this.history.push(line);
      f.history.push(line);
      this.start(runCmd(this.rt, f, line, this.io()), 'cmd', line);
    }
    await this.pump(undefined);
    // jobs started with `&` begin at once (a server started in the background listens before the next line)
    await this.runBackground(this.world.now);
  }

  private io() {
    return {
      out: (t: string) => this.write(t, 'stdout'),
      err: (t: string) => this.write(t, 'stderr'),
      tty: true,
    };
  }

  /** The terminal, or the files `exec > file` made this shell's output. */
  private shellIo(f: Frame): { out: (t: string) => void; err: (t: string) => void; tty: boolean } {
    const io = this.io();
    const fds = f.fds;
    if (!fds?.out && !fds?.err) return io;
    const host = this.world.host(f.hostId);
    const to = (path: string | undefined, dflt: (t: string) => void) => (path ? (t: string) => void writeTarget(host, f, path, t, true) : dflt);
    return { out: to(fds.out, io.out), err: to(fds.err, io.err), tty: !fds.out };
  }

  private start(gen: CommandRun, shell: 'cmd' | 'bash', line: string): void {
    this.clearedInJob = false;
    this.job = { gen, wakeAt: null, asking: null, startDepth: this.frames.length, startShell: shell, cleared: false, line };
  }

  /** Drive the job until it waits, asks, or ends. */
  private async pump(value: unknown, thrown?: unknown): Promise<void> {
    const job = this.job;
    if (!job) return;
    let input: unknown = value;
    let toThrow = thrown;
    for (;;) {
      let r: IteratorResult<Yield, number>;
      try {
        r = toThrow !== undefined ? job.gen.throw(toThrow) : job.gen.next(input);
      } catch (e) {
        if (e instanceof Interrupt) {
          this.finish(130);
          return;
        }
        this.write(`internal error: ${e instanceof Error ? e.message : String(e)}\n`, 'stderr');
        this.finish(1);
        return;
      }
      toThrow = undefined;
      if (r.done) {
        this.finish(r.value);
        return;
      }
      const y = r.value;
      if ('wait' in y) {
        job.wakeAt = this.world.now + Math.max(0, y.wait);
        return;
      }
      if ('key' in y) {
        job.key = true;
        job.wakeAt = y.timeout === undefined ? null : this.world.now + Math.max(0, y.timeout);
        return;
      }
      if ('ask' in y) {
        job.asking = y.ask;
        job.secret = y.secret;
        this.write(y.ask, y.stderr ? 'stderr' : 'stdout');
        return;
      }
      try {
        input = await y.load();
      } catch (e) {
        toThrow = e instanceof Error ? e : new Error(String(e));
      }
    }
  }

  private finish(code: number): void {
    const job = this.job!;
    this.job = null;
    if (this.frames.length === 0) {
      this.closed = true;
      this.emit('done', { exitCode: code });
      this.emit('exit', undefined);
      return;
    }
    const f = this.frame;
    f.lastExit = code;
    if (f.shell === 'cmd' && !f.ps && !this.clearedInJob) {
      // cmd.exe starts each prompt with a new line (echo on); after output that ends its line this is an empty line,
      // after output that does not (set /A at the command line, a file without a final newline) the prompt follows on
      // the next line. After `vagrant ssh` returns too.
      if (this.frames.length <= job.startDepth) this.write('\n', 'stdout');
    } else if (!this.atLineStart && f.shell === 'bash' && this.frames.length < job.startDepth) {
      this.write('\n', 'stdout');
    }
    if (f.shell === 'bash') this.write(this.jobs.notices(), 'stderr');
    this.emit('done', { exitCode: code });
  }

  /** Run a background job until it waits, stops on a question, or ends. */
  private async pumpBackground(j: BgJob): Promise<void> {
    let input: unknown = undefined;
    let toThrow: unknown;
    for (;;) {
      let r: IteratorResult<Yield, number>;
      try {
        r = toThrow !== undefined ? j.gen.throw(toThrow) : j.gen.next(input);
      } catch (e) {
        if (e instanceof Interrupt) this.jobs.signal(j, 'INT');
        else {
          this.write(`internal error: ${e instanceof Error ? e.message : String(e)}\n`, 'stderr');
          this.jobs.finished(j, 1);
        }
        return;
      }
      toThrow = undefined;
      input = undefined;
      if (r.done) {
        this.jobs.finished(j, r.value);
        return;
      }
      const y = r.value;
      if ('wait' in y) {
        j.wakeAt = this.world.now + Math.max(0, y.wait);
        return;
      }
      if ('ask' in y || 'key' in y) {
        // reading from the terminal in the background stops the job (SIGTTIN)
        j.asking = 'ask' in y ? y.ask : '';
        j.state = 'Stopped';
        j.wakeAt = null;
        return;
      }
      try {
        input = await y.load();
      } catch (e) {
        toThrow = e instanceof Error ? e : new Error(String(e));
      }
    }
  }

  /** Run the background jobs due by simulated time `t`, in time order. */
  private async runBackground(t: number): Promise<void> {
    let steps = 0;
    for (let j = this.jobs.due(t); j && steps++ < MAX_STEPS; j = this.jobs.due(t)) {
      if (j.wakeAt! > this.world.now) this.world.advanceTo(j.wakeAt!);
      j.wakeAt = null;
      await this.pumpBackground(j);
    }
  }

  /** Let `ms` of simulated time pass; a running command resumes when its wait is over. */
  advance(ms: number): Promise<void> {
    return this.serial(() => this.doAdvance(ms));
  }

  private async doAdvance(ms: number): Promise<void> {
    const target = this.world.now + Math.max(0, ms);
    let steps = 0;
    await this.runBackground(this.world.now);
    while (this.job && this.job.wakeAt !== null && this.job.wakeAt <= target && steps++ < MAX_STEPS) {
      await this.runBackground(this.job.wakeAt);
      if (!this.job || this.job.wakeAt === null) continue;
      this.world.advanceTo(this.job.wakeAt);
      this.job.wakeAt = null;
      this.job.key = false;
      await this.pump(undefined);
      await this.runBackground(this.world.now);
    }
    await this.runBackground(target);
    this.world.advanceTo(target);
  }

  /** Ctrl+C. */
  interrupt(): Promise<void> {
    return this.serial(async () => {
      if (this.job) {
        // a terminal in raw mode (a command reading keys) does not echo ^C
        if (!this.job.key) this.write('^C\n', 'stdout');
        this.job.key = false;
        this.job.asking = null;
        this.job.wakeAt = null;
        await this.pump(undefined, new Interrupt());
        return;
      }
      this.pending = '';
      this.pendingReason = null;
      this.inHeredoc = false;
      this.write('^C\n', 'stdout');
      this.emit('done', { exitCode: 130 });
    });
  }

  /** Ctrl+Z: the running command becomes a stopped job (bash). */
  suspend(): Promise<void> {
    return this.serial(async () => {
      const job = this.job;
      if (!job || this.frame?.shell !== 'bash') return;
      this.job = null;
      const j = this.jobs.stopped(job.line, job.gen, job.wakeAt, job.asking);
      this.write('^Z\n', 'stdout');
      this.write(`[${j.id}]+  ${'Stopped'.padEnd(24)}${j.command}\n`, 'stderr');
      this.frame.lastExit = 148;
      this.emit('done', { exitCode: 148 });
    });
  }

  /**
   * Fast-forward simulated time until the running command ends or waits for an answer. A command that
   * never ends (ping without -c) is left running after `maxMs` of simulated time (default one hour).
   */
  settle(maxMs = 3_600_000): Promise<void> {
    return this.serial(async () => {
      let steps = 0;
      const limit = this.world.now + maxMs;
      while (this.job && this.job.wakeAt !== null && this.job.wakeAt <= limit && steps++ < MAX_STEPS) {
        await this.doAdvance(this.job.wakeAt - this.world.now);
      }
    });
  }

  /**
   * Headless: submit a line (or several, separated by "\n"), fast-forward, and return what was printed.
   * `answers` are submitted in turn whenever the command asks a question.
   */
  async exec(text: string, opts: { answers?: string[] } = {}): Promise<ExecResult> {
    const answers = [...(opts.answers ?? [])];
    const cap = { stdout: '', stderr: '', output: '' };
    this.capture = cap;
    let code: number | null = null;
    const off = this.on('done', (d) => {
      code = d.exitCode;
    });
    try {
      for (const line of text.split('\n')) {
        code = null;
        await this.submit(line);
        await this.settle();
        while (this.job?.asking !== null && this.job && answers.length) {
          await this.submit(answers.shift()!);
          await this.settle();
        }
      }
    } finally {
      off();
      this.capture = null;
    }
    return { ...cap, exitCode: this.job || this.pending ? null : code ?? this.frame?.lastExit ?? 0 };
  }

  // ------------------------------------------------------------ editing and completion

  /** The editor pane showing this file was closed (saved or not): a command waiting on it may go on. */
  closeFile(hostId: string, path: string): void {
    this.closedEdits.add(`${hostId}:${path}`);
  }

  /** Write back the text saved in the editor pane; false when the file may not be written. */
  saveFile(hostId: string, path: string, content: string): boolean {
    const host = this.world.hosts.get(hostId), maker = this.editing.get(`${hostId}:${path}`);
    return !!host && maker !== false && writeAs(host.fs, maker, path, content);
  }

  complete(line: string, cursor = line.length): CompletionResult {
    const f = this.frame;
    if (!f) return { start: cursor, candidates: [] };
    return complete(this.world, f, line, cursor, this.rt.hooks);
  }

  /**
   * A promise when Tab on this line must first load something (the command's module, with its flags); await it,
   * then call complete(). Null when complete() can answer now.
   */
  completionNeeds(line: string, cursor = line.length): Promise<unknown> | null {
    const f = this.frame;
    return f ? completionNeeds(this.world, f, line, cursor) : null;
  }

  /**
   * What a second Tab shows on a terminal `cols` wide and `rows` high, and what the key it then waits for does:
   * bash's readline asks first from 100 candidates on and pages a list longer than the screen (see
   * displayMatches); cmd.exe only lists.
   */
  displayMatches(candidates: string[], cols: number, rows: number): MatchDisplay {
    if (this.frame?.shell === 'bash') return displayMatches(candidates, cols, rows);
    return { out: completionList(candidates, cols) + '\n' };
  }

  /** complete() once what it needs is loaded (the CLI, tests). */
  async completeAsync(line: string, cursor = line.length): Promise<CompletionResult> {
    await this.completionNeeds(line, cursor)?.catch(() => undefined);
    return this.complete(line, cursor);
  }
}
