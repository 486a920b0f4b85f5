// Where awk's output goes and getline's input comes from: standard output (buffered), files (> and >>), pipes to
// commands (| cmd), files and commands read by getline, close() and what is left open at exit.
import type { Yield } from '../../types';
import { RecordReader } from './records';
import { AwkFatal, type State } from './state';

type Gen<T> = Generator<Yield, T, unknown>;

/** What the interpreter needs from the simulated system. */
export interface AwkIO {
  stdin: string;
  env: Record<string, string>;
  pid: number;
  ppid: number;
  out(text: string): void;
  err(text: string): void;
  readFile(name: string): { ok: true; text: string } | { ok: false; errno: string; message: string };
  /** Write or append; the strerror text on failure. */
  writeFile(name: string, text: string, append: boolean): string | null;
  /** Run a shell command line, optionally feeding it `input` and capturing its standard output. */
  run(cmd: string, input: string | null, capture: boolean): Gen<{ out: string; status: number }>;
  /** Simulated time, milliseconds since the epoch. */
  now(): number;
  /** The program's message prefix for warnings (`awk: cmd. line:1: `...). */
  where(): string;
}

export class Streams {
  private buf = '';
  private files = new Map<string, { text: string }>();
  private pipes = new Map<string, { text: string }>();
  private readers = new Map<string, RecordReader>();
  private cmdReaders = new Map<string, { reader: RecordReader; status: number }>();

  constructor(
    private readonly sys: AwkIO,
    private readonly st: State,
  ) {}

  stdout(text: string): void {
    this.buf += text;
    if (this.buf.length > 1 << 16) this.flush();
  }

  flush(): void {
    if (this.buf) this.sys.out(this.buf);
    this.buf = '';
  }

  warn(msg: string): void {
    this.flush();
    this.sys.err(`${this.sys.where()}warning: ${msg}\n`);
  }

  *write(op: '>' | '>>' | '|', name: string, text: string): Gen<void> {
    if (name === '') throw new AwkFatal(`expression for \`${op}' redirection has null string value`);
    if (op !== '|') {
      if (name === '/dev/stdout' || name === '-' || name === '/dev/fd/1') return this.stdout(text);
      if (name === '/dev/stderr' || name === '/dev/fd/2') {
        this.flush();
        return this.sys.err(text);
      }
      let f = this.files.get(name);
      if (!f) {
        const e = this.sys.writeFile(name, '', op === '>>');
        if (e) throw new AwkFatal(`cannot redirect to \`${name}': ${e}`);
        f = { text: '' };
        this.files.set(name, f);
      }
      f.text += text;
      if (f.text.length > 1 << 16) this.flushFile(name);
      return;
    }
    let p = this.pipes.get(name);
    if (!p) {
      p = { text: '' };
      this.pipes.set(name, p);
    }
    p.text += text;
  }

  private flushFile(name: string): void {
    const f = this.files.get(name);
    if (!f || !f.text) return;
    const e = this.sys.writeFile(name, f.text, true);
    if (e) throw new AwkFatal(`cannot redirect to \`${name}': ${e}`);
    f.text = '';
  }

  /** getline < file: the next record, null at the end, -1 when the file cannot be read. */
  readFrom(name: string): { rec: string } | null | -1 {
    let r = this.readers.get(name);
    if (!r) {
      if (name === '-' || name === '/dev/stdin') r = new RecordReader(this.sys.stdin);
      else {
        this.flushFile(name);
        const got = this.sys.readFile(name);
        if (!got.ok) return -1;
        r = new RecordReader(got.text);
      }
      this.readers.set(name, r);
    }
    const rec = r.next(this.st.str('RS'), this.st.ignoreCase);
    if (rec) this.st.setVar('RT', rec.rt);
    return rec;
  }

  /** cmd | getline: the command runs on first use; its output is read record by record. */
  *readCmd(cmd: string): Gen<{ rec: string } | null> {
    let c = this.cmdReaders.get(cmd);
    if (!c) {
      this.flush();
      const r = yield* this.sys.run(cmd, null, true);
      c = { reader: new RecordReader(r.out), status: r.status };
      this.cmdReaders.set(cmd, c);
    }
    const rec = c.reader.next(this.st.str('RS'), this.st.ignoreCase);
    if (rec) this.st.setVar('RT', rec.rt);
    return rec;
  }

  *runPipe(name: string): Gen<number> {
    const p = this.pipes.get(name)!;
    this.pipes.delete(name);
    this.flush();
    const r = yield* this.sys.run(name, p.text, false);
    return r.status;
  }

  /** close(name): the status of a command, 0 for a file, -1 when nothing of that name is open. */
  *close(name: string): Gen<number> {
    let found = false;
    let status = 0;
    if (this.files.has(name)) {
      this.flushFile(name);
      this.files.delete(name);
      found = true;
    }
    if (this.pipes.has(name)) {
      status = yield* this.runPipe(name);
      found = true;
    }
    if (this.readers.delete(name)) found = true;
    const c = this.cmdReaders.get(name);
    if (c) {
      this.cmdReaders.delete(name);
      status = c.status;
      found = true;
    }
    return found ? status : -1;
  }

  *fflush(): Gen<void> {
    this.flush();
    for (const name of this.files.keys()) this.flushFile(name);
  }

  /** At exit: standard output, then the files, then the commands written to, in the order opened. */
  *closeAll(): Gen<void> {
    this.flush();
    for (const name of [...this.files.keys()]) this.flushFile(name);
    this.files.clear();
    for (const name of [...this.pipes.keys()]) yield* this.runPipe(name);
  }
}
