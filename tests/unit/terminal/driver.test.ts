/**
 * The terminal driver against the real simulator, with a stand-in for xterm that interprets just enough of
 * what is written (text, CR, LF, erase-below, cursor up/right) to read the screen back.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Terminal } from '@xterm/xterm';
import { createSession } from '../../../src/sim/index';
import { TerminalDriver } from '../../../src/terminal/driver';

class FakeTerm {
  cols = 80;
  rows = 24;
  lines: string[] = [''];
  row = 0;
  col = 0;
  raw = '';
  private dataFn: (d: string) => void = () => undefined;
  onData(fn: (d: string) => void) {
    this.dataFn = fn;
    return { dispose() {} };
  }
  onResize() {
    return { dispose() {} };
  }
  attachCustomKeyEventHandler() {}
  hasSelection() {
    return false;
  }
  getSelection() {
    return '';
  }
  clear() {
    this.lines = [this.lines[this.row] ?? ''];
    this.row = 0;
  }
  focus() {}
  input(d: string) {
    this.dataFn(d);
  }
  write(s: string) {
    this.raw += s;
    let i = 0;
    while (i < s.length) {
      const ch = s[i];
      if (ch === '\x1b') {
        const m = /^\x1b\[(\d*)(?:;\d+)*([A-Za-z])/.exec(s.slice(i));
        if (m) {
          const n = Number(m[1] || 1);
          if (m[2] === 'A') this.row = Math.max(0, this.row - n);
          else if (m[2] === 'C') this.col += n;
          else if (m[2] === 'J') {
            if (m[1] === '2') {
              this.lines = this.lines.map(() => '');
            } else {
              this.lines[this.row] = (this.lines[this.row] ?? '').slice(0, this.col);
              this.lines.length = this.row + 1;
            }
          } else if (m[2] === 'H') {
            this.row = 0;
            this.col = 0;
          }
          i += m[0].length;
          continue;
        }
        i++;
        continue;
      }
      if (ch === '\x07') {
        // the bell prints nothing
      } else if (ch === '\r') this.col = 0;
      else if (ch === '\n') {
        this.row++;
        if (this.lines.length <= this.row) this.lines.push('');
      } else {
        const line = (this.lines[this.row] ?? '').padEnd(this.col, ' ');
        this.lines[this.row] = line.slice(0, this.col) + ch + line.slice(this.col + 1);
        this.col++;
        if (this.col >= this.cols) {
          this.col = 0;
          this.row++;
          if (this.lines.length <= this.row) this.lines.push('');
        }
      }
      i++;
    }
  }
  screen(): string {
    return this.lines.map((l) => l.trimEnd()).join('\n');
  }
}

beforeAll(() => {
  (globalThis as { requestAnimationFrame?: unknown }).requestAnimationFrame = () => 0;
  (globalThis as { cancelAnimationFrame?: unknown }).cancelAnimationFrame = () => undefined;
});

async function setup(lab = 'host') {
  const session = await createSession({ lab });
  const term = new FakeTerm();
  const driver = new TerminalDriver(term as unknown as Terminal, session);
  driver.start();
  const run = async (text: string) => {
    term.input(text);
    await new Promise((r) => setTimeout(r, 0));
    for (let i = 0; i < 50 && (session.busy && session.question === null); i++) {
      await driver.fastForward();
      await new Promise((r) => setTimeout(r, 0));
    }
    await new Promise((r) => setTimeout(r, 0));
  };
  return { session, term, driver, run };
}

describe('TerminalDriver', () => {
  it('sends single keys to a full-screen program (top): q ends it and is not typed at the prompt', async () => {
    const { term, session } = await setup('vm');
    const until = async (ok: () => boolean) => {
      for (let i = 0; i < 300 && !ok(); i++) await new Promise((r) => setTimeout(r, 10));
    };
    term.input('top\r');
    await until(() => session.wantsKey);
    expect(session.wantsKey).toBe(true);
    expect(session.rows).toBe(24);
    expect(term.screen()).toContain('PID USER');
    term.input('q');
    await until(() => !session.busy);
    await new Promise((r) => setTimeout(r, 0));
    expect(session.busy).toBe(false);
    expect(term.screen().trimEnd().endsWith('[vagrant@localhost ~]$')).toBe(true);
    expect(session.history).toEqual(['top']);
  });

  it('sends a key as the bytes the terminal sent: an arrow\'s escape sequence whole, Ctrl+E as ^E', async () => {
    const { term, session } = await setup('vm');
    const until = async (ok: () => boolean) => {
      for (let i = 0; i < 300 && !ok(); i++) await new Promise((r) => setTimeout(r, 10));
    };
    term.input('nmtui\r');
    await until(() => session.wantsKey);
    const got: string[] = [];
    const press = session.pressKey.bind(session);
    session.pressKey = (k: string) => {
      got.push(k);
      return press(k);
    };
    term.input('\x1b[B');
    term.input('\x05');
    term.input('\x1b');
    await until(() => !session.busy);
    expect(got).toEqual(['\x1b[B', '\x05', '\x1b']);
    expect(session.busy).toBe(false);
  });

  it('shows the prompt and echoes typing with line editing', async () => {
    const { term } = await setup();
    expect(term.screen()).toBe('D:\\3_VMs\\HashiCorp>');
    term.input('vagrnt');
    term.input('\x1b[D\x1b[D');
    term.input('a');
    expect(term.screen()).toBe('D:\\3_VMs\\HashiCorp>vagrant');
  });

  it('runs a command and prints its output, then a fresh prompt', async () => {
    const { term, run } = await setup();
    await run('vagrant init\r');
    const screen = term.screen();
    expect(screen).toContain('D:\\3_VMs\\HashiCorp>vagrant init');
    expect(screen).toContain('A `Vagrantfile` has been placed in this directory.');
    expect(screen.trimEnd().endsWith('D:\\3_VMs\\HashiCorp>')).toBe(true);
  });

  it('runs a pasted block line by line', async () => {
    const { term, session, run } = await setup();
    await run('vagrant init\r\ntype Vagrantfile\r\n');
    for (let i = 0; i < 5; i++) await run('');
    expect(session.history).toEqual(['vagrant init', 'type Vagrantfile']);
    expect(term.screen()).toContain('config.vm.box = "base"');
  });

  it('never writes control characters that came from the keyboard or a file', async () => {
    const { term, session, run } = await setup();
    session.world.host('host').fs.write('D:\\3_VMs\\HashiCorp\\evil.txt', 'hi\x1b]0;owned\x07\x1b[2Jthere\n');
    term.raw = '';
    term.input('echo \x1b[31mred\r');
    await run('type evil.txt\r');
    expect(term.raw).not.toContain('\x1b]');
    expect(term.raw).not.toContain('\x1b[31m');
    expect(term.raw).not.toContain('\x1b[2J');
    expect(term.screen()).toContain('hi]0;owned[2Jthere');
  });

  it('keeps the SGR of a command’s output (man’s bold and underline) and leaves it out of the transcript', async () => {
    const { term, session, run } = await setup();
    session.world.host('host').fs.write('D:\\3_VMs\\HashiCorp\\bold.txt', '\x1b[1mNAME\x1b[0m \x1b[4mls\x1b[24m\x1b[2J\n');
    term.raw = '';
    await run('type bold.txt\r');
    expect(term.raw).toContain('\x1b[1mNAME\x1b[0m \x1b[4mls\x1b[24m');
    expect(term.raw).not.toContain('\x1b[2J');
    expect(term.screen()).toContain('NAME ls[2J');
  });

  it('keeps grep\u2019s colours with their erase to end of line (no stray [K on the screen)', async () => {
    const { term, session, run } = await setup();
    session.world.host('host').fs.write('D:\\3_VMs\\HashiCorp\\match.txt', '\x1b[01;31m\x1b[Kroot\x1b[m\x1b[K:x:0:0\n');
    term.raw = '';
    await run('type match.txt\r');
    expect(term.raw).toContain('\x1b[01;31m\x1b[Kroot\x1b[m\x1b[K:x:0:0');
    expect(term.screen()).toContain('root:x:0:0');
    expect(term.screen()).not.toContain('[K');
  });

  it('Ctrl+C abandons the line and gives a new prompt', async () => {
    const { term, run } = await setup();
    await run('vagrant destr\x03');
    const lines = term.screen().split('\n');
    expect(lines).toContain('D:\\3_VMs\\HashiCorp>vagrant destr^C');
    expect(lines.at(-1)).toBe('D:\\3_VMs\\HashiCorp>');
  });

  it('answers a question on the line it was asked', async () => {
    const { term, run } = await setup();
    await run('vagrant init rockylinux/9 --box-version 5.0.0\r');
    await run('vagrant up\r');
    await run('vagrant destroy\r');
    expect(term.screen()).toContain("default: Are you sure you want to destroy the 'default' VM? [y/N]");
    await run('y\r');
    const screen = term.screen();
    expect(screen).toContain("the 'default' VM? [y/N] y\n==> default: Forcing shutdown of VM...");
  });

  it('does not echo the answer to a password question', async () => {
    const { term, session, run } = await setup('vm');
    await run('su -\r');
    expect(session.question).toMatch(/Password: $/);
    await run('hunter2');
    expect(term.screen()).not.toContain('hunter2');
    await run('\r');
    expect(term.screen()).not.toContain('hunter2');
    expect(term.screen()).toContain('Password:');
  });

  it('shows the early prompt before the simulator, edits the line, and runs queued keys in order once bound', async () => {
    const term = new FakeTerm();
    const driver = new TerminalDriver(term as unknown as Terminal, null);
    driver.showEarlyPrompt('D:\\3_VMs\\HashiCorp>');
    expect(term.screen()).toBe('D:\\3_VMs\\HashiCorp>');
    // Editing keys act at once; Enter waits with everything typed after it.
    term.input('vagrnt');
    term.input('\x1b[D\x1b[D');
    term.input('a');
    term.input('\x1b[F init\rvagrant status\r');
    expect(term.screen()).toBe('D:\\3_VMs\\HashiCorp>vagrant init');
    expect(driver.queued).toBeGreaterThan(0);
    expect(driver.ready).toBe(false);
    const session = await createSession({ lab: 'host' });
    driver.bind(session);
    driver.start();
    for (let i = 0; i < 10; i++) {
      await driver.fastForward();
      await new Promise((r) => setTimeout(r, 0));
    }
    expect(session.history).toEqual(['vagrant init', 'vagrant status']);
    const screen = term.screen();
    expect(screen).toContain('D:\\3_VMs\\HashiCorp>vagrant init\nA `Vagrantfile` has been placed');
    expect(screen).toContain('D:\\3_VMs\\HashiCorp>vagrant status');
    expect(screen.split('D:\\3_VMs\\HashiCorp>vagrant init').length).toBe(2);
  });

  it('keys from the on-screen row act as the hardware keys: Tab completes, Up recalls, Ctrl+C interrupts', async () => {
    const { term, session, driver, run } = await setup('vm');
    driver.key('ech');
    driver.key('\t');
    expect(driver.editor.buffer).toBe('echo ');
    driver.key('hi\r');
    await run('');
    driver.key('\x1b[A');
    expect(term.screen().split('\n').at(-1)).toBe('[vagrant@localhost ~]$ echo hi');
    driver.key('\x03');
    term.input('sleep 100\r');
    await new Promise((r) => setTimeout(r, 0));
    expect(session.busy).toBe(true);
    driver.key('\x03');
    await run('');
    expect(session.busy).toBe(false);
    expect(term.screen()).toContain('^C');
  });
  it('Tab on the options of a command not loaded yet waits for its module; keys typed meanwhile come after', async () => {
    const { driver } = await setup('vm');
    // tee is run nowhere before this test in this file: its module (and its flags) load on this Tab
    driver.key('tee --appe');
    driver.key('\t');
    driver.key('x');
    expect(driver.editor.buffer).toBe('tee --appe');
    await vi.waitFor(() => expect(driver.editor.buffer).toBe('tee --append x'));
  });
  it('Tab Tab on an empty line asks before listing every command; the answer and --More-- keys never reach the line', async () => {
    const { term, session, driver } = await setup('vm');
    const prompt = '[vagrant@localhost ~]$'; // the screen reads back without trailing blanks
    const { candidates } = await session.completeAsync('');
    const question = `Display all ${candidates.length} possibilities? (y or n)`;
    const last = () => term.screen().split('\n').at(-1);
    driver.key('\t');
    driver.key('\t');
    await vi.waitFor(() => expect(last()).toBe(question));
    driver.key('x'); // rings the bell, asks on
    expect(last()).toBe(question);
    expect(term.raw.endsWith('\x07')).toBe(true);
    driver.key('n');
    expect(last()).toBe(prompt);
    expect(driver.editor.buffer).toBe('');
    driver.key('\t');
    driver.key('\t');
    driver.key('y');
    // 24 rows: the question scrolls off the screen above 23 lines of the list and --More--
    const lines = term.screen().split('\n');
    expect(lines.at(-1)).toBe('--More--');
    expect(lines.at(-25)).toBe(question);
    driver.key('q');
    expect(last()).toBe(prompt);
    expect(driver.editor.buffer).toBe('');
    driver.key('\t');
    driver.key('\t');
    driver.key('\x03');
    await vi.waitFor(() => expect(last()).toBe(prompt));
    expect(term.screen().split('\n').at(-2)).toBe(question + '^C');
    driver.key('ls\r');
    await vi.waitFor(() => expect(session.history.at(-1)).toBe('ls'));
  });
  it('Ctrl+G at the question or at --More-- rings and goes back to the line, which goes on after the question (tests/golden/readline/keys/*-ctrl-g-*)', async () => {
    const { term, session, driver } = await setup('vm');
    const prompt = '[vagrant@localhost ~]$';
    const { candidates } = await session.completeAsync('');
    const question = `Display all ${candidates.length} possibilities? (y or n)`;
    const last = () => term.screen().split('\n').at(-1);
    driver.key('\t');
    driver.key('\t');
    await vi.waitFor(() => expect(last()).toBe(question));
    driver.key('\x07');
    expect(term.raw.endsWith('\x07')).toBe(true);
    expect(last()).toBe(question);
    driver.key('ech');
    expect(last()).toBe(question + 'ech');
    driver.key('\x7f');
    expect(last()).toBe(question + 'ec');
    expect(driver.editor.buffer).toBe('ec');
    driver.key('\x15');
    driver.key('\t');
    driver.key('\t');
    driver.key('y');
    expect(last()).toBe('--More--');
    driver.key('\x07');
    expect(last()).toBe('--More--');
    driver.key('true\r');
    await vi.waitFor(() => expect(last()).toBe(prompt));
    expect(term.screen().split('\n').at(-2)).toBe('--More--true');
    expect(session.history.at(-1)).toBe('true');
  });
  it('Ctrl+Z stops the running command as a job, fg brings it back, and at the prompt it does nothing', async () => {
    const { term, session, driver, run } = await setup('vm');
    driver.key('\x1a');
    expect(driver.editor.buffer).toBe('');
    expect(session.busy).toBe(false);
    term.input('sleep 100\r');
    await new Promise((r) => setTimeout(r, 0));
    expect(session.busy).toBe(true);
    driver.key('\x1a');
    await run('');
    expect(session.busy).toBe(false);
    expect(term.screen()).toContain('^Z');
    expect(term.screen()).toMatch(/\[1\]\+  Stopped +sleep 100/);
    await run('jobs\r');
    expect(term.screen().split('\n').filter((l) => /\[1\]\+  Stopped +sleep 100/.test(l))).toHaveLength(2);
    term.input('fg\r');
    await new Promise((r) => setTimeout(r, 0));
    expect(session.busy).toBe(true);
    driver.key('\x03');
    await run('echo $?\r');
    expect(term.screen().split('\n').at(-2)).toBe('130');
  });
});
