// `>(list)`: the list is a process that reads what the command wrote to its file and writes where the shell
// writes. Bash does not wait for it: the shell goes on with the line, and the list's output usually shows once the
// line is done (an interactive shell reading its next line). Here each list runs when its command is done, on
// what was written, and what it prints waits until the line (or the script, or the command substitution around
// it) has ended; in a pipeline it runs at once, so that the next command can read it.
import type { Frame } from '../context';
import type { CommandRun } from '../types';
import { copyArrays } from './arrays';
import { interpreter, type IO, type Runtime } from './runtime';
import { ExitSignal, LoopSignal } from './signals';
import { subshellTraps } from './traps';
import { forked } from './pids';

interface Pending {
  text: string;
  src: string;
  frame: Frame;
  io: IO;
}

const pending: Pending[] = [];

/** The lists waiting to run, from this mark on (see flushProcs). */
export const procMark = () => pending.length;

function* runOne(rt: Runtime, p: Pending): CommandRun {
  const f = p.frame;
  const sub: Frame = forked(rt, { ...f, env: { ...f.env }, arrays: copyArrays(f), functions: { ...f.functions }, traps: subshellTraps(f), subshell: true });
  try {
    return yield* interpreter.runText!(rt, sub, p.src, { out: p.io.out, err: p.io.err, tty: p.io.tty, input: { text: p.text, pos: 0 } });
  } catch (e) {
    if (e instanceof ExitSignal) return e.code;
    if (e instanceof LoopSignal) return 0;
    throw e;
  }
}

/** A command is done: its `>(list)`s read what it wrote (`procs`: their files). */
export function* doneWriting(rt: Runtime, io: IO, procs: { path: string; src: string; frame: Frame }[]): Generator<import('../types').Yield, void, unknown> {
  for (const p of procs) {
    const read = rt.world.host(p.frame.hostId).fs.read(p.path);
    const text = typeof read === 'string' && read !== 'ENOENT' && read !== 'EISDIR' ? read : '';
    const item = { text, src: p.src, frame: p.frame, io };
    if (io.pipe) yield* runOne(rt, item);
    else pending.push(item);
  }
}

/** Run the lists that waited since `mark` (the end of a line, a script, a command substitution). */
export function* flushProcs(rt: Runtime, mark = 0): Generator<import('../types').Yield, void, unknown> {
  while (pending.length > mark) yield* runOne(rt, pending.splice(mark, 1)[0]);
}
