// `npm run shell -- --lab <id>`: the simulated world in your own terminal.
// With a TTY: line editing, completion, history, Ctrl+C, simulated time running at --speed x real time.
// With piped input: one command per line; each prompt is printed with its command, then the output;
// a question (y/N, passwords, editor text) is answered by the next line; exit status 0 at end of input.
import * as readline from 'node:readline';
import { createSession, labIds, labSummary, UnknownLabError, type Session } from './index';

interface Options {
  lab: string;
  seed: string | undefined;
  speed: number;
  help: boolean;
  list: boolean;
}

function parse(argv: string[]): Options | string {
  const o: Options = { lab: 'host', seed: undefined, speed: 5, help: false, list: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => {
      const eq = a.indexOf('=');
      if (eq > 0) return a.slice(eq + 1);
      return argv[++i];
    };
    if (a === '--lab' || a.startsWith('--lab=')) o.lab = val() ?? '';
    else if (a === '--seed' || a.startsWith('--seed=')) o.seed = val();
    else if (a === '--speed' || a.startsWith('--speed=')) o.speed = Number(val());
    else if (a === '-h' || a === '--help') o.help = true;
    else if (a === '--list') o.list = true;
    else return `unknown option: ${a}`;
  }
  if (!Number.isFinite(o.speed) || o.speed <= 0) return '--speed must be a positive number';
  return o;
}

const USAGE = `usage: npm run shell -- [--lab <id>] [--seed <seed>] [--speed <factor>] [--list]

  --lab    lab to start (default: host)
  --seed   seed for names, addresses and hashes (default: 1)
  --speed  how much faster than real time simulated time runs interactively (default: 5)
  --list   list the labs

Piped input runs one command per line and prints a transcript.
`;

/** Extensions (the Kubernetes model) register their labs and commands from this module if it exists. */
async function loadExtensions(): Promise<void> {
  const spec = './k8s/register';
  try {
    await import(/* @vite-ignore */ spec);
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code !== 'ERR_MODULE_NOT_FOUND' && code !== 'MODULE_NOT_FOUND') throw e;
  }
}

/** Without a TTY, keep only what a carriage return left visible on each line (a CR right before the newline, as in
 * HTTP headers, hides nothing). */
function flattenCr(text: string): string {
  return text
    .split('\n')
    .map((l) => l.replace(/\r+$/, ''))
    .map((l) => (l.includes('\r') ? l.slice(l.lastIndexOf('\r') + 1) : l))
    .join('\n');
}

async function piped(session: Session): Promise<number> {
  // stdout is buffered per line so that carriage-return progress updates collapse to their last state
  let pending = '';
  const flush = () => {
    if (pending) process.stdout.write(flattenCr(pending));
    pending = '';
  };
  session.on('output', ({ text, stream }) => {
    if (stream === 'stderr') {
      flush();
      process.stderr.write(text);
      return;
    }
    pending += text;
    const nl = pending.lastIndexOf('\n');
    if (nl >= 0) {
      process.stdout.write(flattenCr(pending.slice(0, nl + 1)));
      pending = pending.slice(nl + 1);
    }
  });
  session.on('clear', () => {
    flush();
    process.stdout.write('\n');
  });
  const rl = readline.createInterface({ input: process.stdin, terminal: false });
  for await (const line of rl) {
    if (session.closed) break;
    flush();
    if (session.question !== null) process.stdout.write((session.questionSecret ? '' : line) + '\n');
    else process.stdout.write(session.prompt() + line + '\n');
    await session.submit(line);
    await session.settle();
  }
  flush();
  return 0;
}

async function interactive(session: Session, speed: number): Promise<number> {
  const out = process.stdout;
  session.on('output', ({ text, stream }) => (stream === 'stdout' ? out : process.stderr).write(text.replace(/\n/g, '\r\n').replace(/\r\r\n/g, '\r\n')));
  session.on('screen', ({ alternate }) => out.write(alternate ? '\x1b[?1049h' : '\x1b[?1049l'));
  session.on('clear', (how) => out.write('\x1b[2J\x1b[H' + (how?.keepScrollback ? '' : '\x1b[3J')));
  const rl = readline.createInterface({
    input: process.stdin,
    output: out,
    terminal: true,
    historySize: 1000,
    completer: (line: string, done: (err: null, result: [string[], string]) => void) => {
      void session.completeAsync(line, line.length).then((r) => done(null, [r.candidates, line.slice(r.start)]));
    },
  });
  // a password question: what is typed is not shown
  const rlOut = rl as unknown as { _writeToOutput: (s: string) => void };
  const write = rlOut._writeToOutput.bind(rl);
  rlOut._writeToOutput = (str: string) => {
    // a full-screen program (top) reads raw keys: nothing typed is echoed
    if (session.wantsKey) return;
    if (session.questionSecret && str !== '\r\n' && str !== '\n') return;
    write(str);
  };
  return await new Promise<number>((resolve) => {
    let ticking = false;
    const showPrompt = () => {
      if (session.closed) {
        rl.close();
        return;
      }
      rl.setPrompt(session.busy ? '' : session.prompt());
      rl.prompt();
    };
    const run = async () => {
      if (ticking) return;
      ticking = true;
      const step = 50;
      while (session.busy && session.question === null) {
        await new Promise((r) => setTimeout(r, step));
        // a full-screen program that reads keys (top) runs in real time
        await session.advance(session.wantsKey ? step : step * speed);
      }
      ticking = false;
      showPrompt();
    };
    session.on('exit', () => {
      rl.close();
    });
    session.resize(out.columns ?? 80, out.rows ?? 24);
    out.on('resize', () => session.resize(out.columns ?? 80, out.rows ?? 24));
    // single keys for a program that reads them (readline keeps the terminal raw)
    process.stdin.on('keypress', (str: string | undefined, key: { name?: string; ctrl?: boolean } | undefined) => {
      if (!session.wantsKey || key?.ctrl) return;
      const ch = key?.name === 'return' || key?.name === 'enter' ? '\n' : str;
      if (!ch) return;
      // forget the key readline took into its line without redrawing it (a redraw would clear the program's screen)
      const edit = rl as unknown as { line: string; cursor: number };
      edit.line = '';
      edit.cursor = 0;
      void session.pressKey(ch).then(run);
    });
    rl.on('line', async (line) => {
      // Enter for a program that reads keys went through the keypress listener
      if (session.wantsKey) return;
      await session.submit(line);
      await run();
    });
    rl.on('SIGINT', async () => {
      if (session.busy) await session.interrupt();
      else {
        rl.write(null, { ctrl: true, name: 'u' });
        await session.interrupt();
      }
      await run();
    });
    rl.on('close', () => resolve(0));
    showPrompt();
  });
}

async function main(): Promise<number> {
  const o = parse(process.argv.slice(2));
  if (typeof o === 'string') {
    process.stderr.write(o + '\n' + USAGE);
    return 2;
  }
  if (o.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  await loadExtensions();
  if (o.list) {
    for (const id of labIds()) process.stdout.write(`${id.padEnd(16)} ${labSummary(id)}\n`);
    return 0;
  }
  let session: Session;
  try {
    session = await createSession({ lab: o.lab, seed: o.seed, interactiveEditor: false });
  } catch (e) {
    if (e instanceof UnknownLabError) {
      process.stderr.write(`unknown lab '${o.lab}'. Known labs:\n${labIds().map((id) => `  ${id.padEnd(14)} ${labSummary(id)}`).join('\n')}\n`);
      return 2;
    }
    throw e;
  }
  return process.stdin.isTTY ? interactive(session, o.speed) : piped(session);
}

main().then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(String(e instanceof Error ? e.stack : e) + '\n');
    process.exit(1);
  },
);
