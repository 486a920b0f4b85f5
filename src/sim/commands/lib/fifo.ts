// A FIFO (mkfifo) passes data from writers to readers: opening it to write waits until a reader has it open,
// opening it to read waits until a writer has opened it and every writer has closed it (the reader then gets
// what they wrote and end of file). What is written waits in the node's content until read, then is gone.
import type { FsNode } from '../../fs';
import type { Yield } from '../../types';

interface Pipe {
  readers: number;
  writers: number;
  /** How many times a writer has closed it. */
  closes: number;
}

const pipes = new WeakMap<object, Pipe>();
/** How often a blocked open looks again (simulated milliseconds). */
const POLL = 10;

export function isFifo(node: FsNode | null | undefined): node is FsNode & { type: 'file'; content: string } {
  return !!node && node.type === 'file' && (node.mode & 0o170000) === 0o010000;
}

function pipeOf(node: object): Pipe {
  let p = pipes.get(node);
  if (!p) pipes.set(node, (p = { readers: 0, writers: 0, closes: 0 }));
  return p;
}

/** open(O_WRONLY): counted as a writer, it waits for a reader. */
export function* openWrite(node: object): Generator<Yield, void, unknown> {
  const p = pipeOf(node);
  p.writers++;
  try {
    while (!p.readers) yield { wait: POLL };
  } catch (e) {
    // interrupted (Ctrl+C) before a reader came: never opened
    p.writers--;
    throw e;
  }
}

/** close() of a writer. */
export function closeWrite(node: object): void {
  const p = pipeOf(node);
  p.writers = Math.max(0, p.writers - 1);
  p.closes++;
}

/** open(O_RDONLY) and read to end of file: waits for the writers, then takes what they wrote. */
export function* readAll(node: FsNode & { content: string }): Generator<Yield, string, unknown> {
  const p = pipeOf(node);
  p.readers++;
  const at = p.closes;
  try {
    while (p.writers || p.closes === at) yield { wait: POLL };
  } finally {
    p.readers--;
  }
  const text = node.content;
  node.content = '';
  return text;
}
