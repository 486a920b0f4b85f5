// Job control: commands started with `&` (or stopped with Ctrl+Z) run beside the prompt, as in bash. The table
// lives in the session; the builtins jobs, fg, bg, kill and wait reach it through ctx.session.jobs.
import type { CommandRun, Yield } from '../types';

export type JobState = 'Running' | 'Stopped' | 'Done' | 'Terminated' | 'Killed';

export interface Job {
  /** Job number (%1). */
  id: number;
  pid: number;
  /** The command as typed, without the `&`. */
  command: string;
  gen: CommandRun;
  state: JobState;
  /** Exit status once finished. */
  code: number;
  /** Simulated time it waits until (Running jobs that yielded `wait`). */
  wakeAt: number | null;
  /** The question it stopped on (a background read is stopped, as by SIGTTIN). */
  asking: string | null;
  /** Prompts to let pass before `[1]+  Terminated` is told (bash notices a killed job a prompt late). */
  hold: number;
}

/** What the builtins see of the session's job table. */
export interface JobControl {
  list(): Job[];
  /** `%1`, `%+`, `%%`, `%-`, `%sleep`, a PID, or undefined for the current job. */
  find(spec: string | undefined): Job | undefined;
  /** The current (+) and previous (-) jobs. */
  marks(): { current?: Job; previous?: Job };
  /** Start a generator as a background job; returns the job (its `[1] PID` is printed by the caller). */
  spawn(command: string, gen: CommandRun): Job;
  /** Take a job out of the table to run it in the foreground. */
  take(job: Job): void;
  /** Send a signal: TERM and KILL end the job (its `finally` runs), STOP stops it, CONT resumes it. */
  signal(job: Job, sig: 'TERM' | 'KILL' | 'INT' | 'STOP' | 'CONT'): void;
  /** Take a job out of the table and let it run on unseen (disown). */
  disown(job: Job): void;
  /** A new process id. */
  nextPid(): number;
  now(): number;
}

/** Width of the state column in `jobs` and notifications (bash's jobs.c pads it to 24). */
const STATE_WIDTH = 24;

/** `Running`, `Done`, `Exit 2`, `Terminated`... as `jobs` prints the state. */
export function stateText(j: Job): string {
  if (j.state === 'Done') return j.code === 0 ? 'Done' : `Exit ${j.code}`;
  return j.state;
}

/** One line of `jobs` or a notification: `[1]+  Running                 sleep 100 &`. */
export function jobLine(j: Job, mark: string, opts: { pid?: boolean } = {}): string {
  const amp = j.state === 'Running' ? ' &' : '';
  const pid = opts.pid ? ` ${String(j.pid).padStart(5)} ` : '  ';
  return `[${j.id}]${mark}${pid}${stateText(j).padEnd(STATE_WIDTH)}${j.command}${amp}\n`;
}

/** The session's job table. */
export class JobTable implements JobControl {
  private jobs: Job[] = [];
  private pid: number;
  /** Disowned jobs: still running, no longer listed. */
  private detached: Job[] = [];
  /** Most recently started or stopped first: the current job is order[0]. */
  private order: Job[] = [];

  constructor(private readonly clock: () => number, firstPid = 2742) {
    this.pid = firstPid;
  }

  list(): Job[] {
    return this.jobs.slice();
  }

  now(): number {
    return this.clock();
  }

  nextPid(): number {
    return ++this.pid;
  }

  marks(): { current?: Job; previous?: Job } {
    const live = this.order.filter((j) => this.jobs.includes(j));
    // bash prefers a stopped job as the current one
    const stopped = live.filter((j) => j.state === 'Stopped');
    const current = stopped[0] ?? live[0];
    const previous = live.find((j) => j !== current && (stopped.length < 2 || j.state === 'Stopped'));
    return { current, previous };
  }

  mark(j: Job): string {
    const { current, previous } = this.marks();
    return j === current ? '+' : j === previous ? '-' : ' ';
  }

  find(spec: string | undefined): Job | undefined {
    if (spec === undefined || spec === '%' || spec === '%%' || spec === '%+') return this.marks().current;
    if (spec === '%-') return this.marks().previous;
    if (/^%\d+$/.test(spec)) return this.jobs.find((j) => j.id === Number(spec.slice(1)));
    if (/^\d+$/.test(spec)) return this.jobs.find((j) => j.pid === Number(spec));
    if (spec.startsWith('%?')) return this.jobs.find((j) => j.command.includes(spec.slice(2)));
    if (spec.startsWith('%')) return this.jobs.find((j) => j.command.startsWith(spec.slice(1)));
    return undefined;
  }

  spawn(command: string, gen: CommandRun, state: JobState = 'Running'): Job {
    const id = this.jobs.reduce((m, j) => Math.max(m, j.id), 0) + 1;
    const job: Job = { id, pid: this.nextPid(), command, gen, state, code: 0, wakeAt: null, asking: null, hold: 0 };
    this.jobs.push(job);
    this.order.unshift(job);
    return job;
  }

  /** Put a suspended foreground command (Ctrl+Z) in the table as a stopped job. */
  stopped(command: string, gen: CommandRun, wakeAt: number | null, asking: string | null): Job {
    const job = this.spawn(command, gen, 'Stopped');
    job.wakeAt = wakeAt;
    job.asking = asking;
    return job;
  }

  disown(job: Job): void {
    this.take(job);
    if (job.state === 'Running') this.detached.push(job);
  }

  take(job: Job): void {
    this.jobs = this.jobs.filter((j) => j !== job);
    this.order = this.order.filter((j) => j !== job);
  }

  signal(job: Job, sig: 'TERM' | 'KILL' | 'INT' | 'STOP' | 'CONT'): void {
    if (sig === 'STOP') {
      if (job.state === 'Running') job.state = 'Stopped';
      this.order = [job, ...this.order.filter((j) => j !== job)];
      return;
    }
    if (sig === 'CONT') {
      if (job.state === 'Stopped' && job.asking === null) job.state = 'Running';
      return;
    }
    if (job.state === 'Done' || job.state === 'Terminated' || job.state === 'Killed') return;
    try {
      job.gen.return(0);
    } catch {
      // a command that throws while cleaning up ends all the same
    }
    job.state = sig === 'KILL' ? 'Killed' : sig === 'INT' ? 'Terminated' : 'Terminated';
    job.code = sig === 'KILL' ? 137 : 143;
    job.wakeAt = null;
    job.hold = 1;
  }

  /** A job's generator finished by itself. */
  finished(job: Job, code: number): void {
    job.state = 'Done';
    job.code = code;
    job.wakeAt = null;
  }

  /** Running jobs due to wake by `t`, earliest first. */
  due(t: number): Job | undefined {
    let best: Job | undefined;
    this.detached = this.detached.filter((j) => j.state === 'Running');
    for (const j of [...this.jobs, ...this.detached]) if (j.state === 'Running' && j.wakeAt !== null && j.wakeAt <= t && (!best || j.wakeAt < best.wakeAt!)) best = j;
    return best;
  }

  /** At a prompt: the lines telling of jobs that ended (and they leave the table). */
  notices(): string {
    let out = '';
    const ended = this.jobs.filter((j) => j.state === 'Done' || j.state === 'Terminated' || j.state === 'Killed');
    for (const j of ended) {
      if (j.hold > 0) {
        j.hold--;
        continue;
      }
      out += jobLine(j, this.mark(j));
      this.take(j);
    }
    return out;
  }

  /** Remove an ended job without telling (wait reaps it). */
  reap(job: Job): void {
    this.take(job);
  }
}

/**
 * Continue a job's generator in the foreground (fg): first the wait or question it was on, then every yield
 * passes through, and Ctrl+C reaches it.
 */
export function* resume(job: Job, now: number): CommandRun {
  let input: unknown = undefined;
  if (job.asking !== null) input = yield { ask: job.asking };
  else if (job.wakeAt !== null && job.wakeAt > now) yield { wait: job.wakeAt - now };
  let r: IteratorResult<Yield, number> = job.gen.next(input);
  while (!r.done) {
    try {
      input = yield r.value;
      r = job.gen.next(input);
    } catch (e) {
      r = job.gen.throw(e);
    }
  }
  return r.value;
}
