import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  LineEditor,
  parseKeys,
  renderLine,
  stripControls,
  type Completion,
} from '../../../src/terminal/line-editor';
import { textWidth } from '../../../src/sim/width';

function editor(history: string[] = [], complete?: (line: string, cursor: number) => Completion) {
  return new LineEditor({ history: () => history, complete });
}

const LEFT = '\x1b[D';
const RIGHT = '\x1b[C';
const UP = '\x1b[A';
const DOWN = '\x1b[B';

describe('parseKeys', () => {
  it('reads printable text, control keys and escape sequences', () => {
    expect(parseKeys('ab\x1b[Dc\r')).toEqual([
      { kind: 'text', text: 'ab' },
      { kind: 'left' },
      { kind: 'text', text: 'c' },
      { kind: 'enter' },
    ]);
    expect(parseKeys('\x1bOH\x1b[F\x1b[3~\x1b[1~\x1b[4~').map((k) => k.kind)).toEqual([
      'home',
      'end',
      'delete',
      'home',
      'end',
    ]);
    expect(parseKeys('\x1b[1;5D\x1b[1;5C\x1bb\x1bf').map((k) => k.kind)).toEqual([
      'wordLeft',
      'wordRight',
      'wordLeft',
      'wordRight',
    ]);
  });

  it('treats CRLF as one Enter and drops unknown sequences whole', () => {
    expect(parseKeys('a\r\nb').map((k) => k.kind)).toEqual(['text', 'enter', 'text']);
    expect(parseKeys('\x1b[31mred\x1b]0;title\x07')).toEqual([
      { kind: 'ignored' },
      { kind: 'text', text: 'red' },
      { kind: 'ignored' },
    ]);
  });

  it('keeps a lone Esc and Shift+Tab raw for a command reading keys (nmtui), ignored by the editor', () => {
    expect(parseKeys('\x1b')).toEqual([{ kind: 'ignored', raw: '\x1b' }]);
    expect(parseKeys('\x1b[Z')).toEqual([{ kind: 'ignored', raw: '\x1b[Z' }]);
    expect(parseKeys('\x1bx')).toEqual([{ kind: 'ignored' }]);
  });

  it('keeps Ctrl+] as the raw key a command reading keys gets (telnet\'s escape), ignored by the editor', () => {
    expect(parseKeys('\x1d')).toEqual([{ kind: 'ignored', raw: '\x1d' }]);
    const e = editor();
    e.feed('ab\x1dc');
    expect(e.buffer).toBe('abc');
  });
});

describe('LineEditor editing', () => {
  it('inserts at the cursor and moves with arrows, Home and End', () => {
    const e = editor();
    e.feed('vagrnt');
    e.feed(LEFT + LEFT);
    e.feed('a');
    expect(e.buffer).toBe('vagrant');
    expect(e.cursor).toBe(5);
    e.feed('\x01');
    expect(e.cursor).toBe(0);
    e.feed('\x05');
    expect(e.cursor).toBe(7);
    e.feed('\x1b[H');
    e.feed(RIGHT);
    expect(e.cursor).toBe(1);
  });

  it('Backspace and Delete remove around the cursor and ring the bell at the edges', () => {
    const e = editor();
    expect(e.feed('\x7f')).toEqual([{ type: 'bell' }]);
    e.feed('abcd' + LEFT + LEFT);
    e.feed('\x7f');
    expect([e.buffer, e.cursor]).toEqual(['acd', 1]);
    e.feed('\x1b[3~');
    expect([e.buffer, e.cursor]).toEqual(['ad', 1]);
    e.feed('\x05');
    expect(e.feed('\x1b[3~')).toEqual([{ type: 'bell' }]);
  });

  it('Ctrl+U, Ctrl+K, Ctrl+W kill text and Ctrl+Y yanks it back', () => {
    const e = editor();
    e.feed('kubectl get pods -A');
    e.feed('\x17');
    expect(e.buffer).toBe('kubectl get pods ');
    e.feed('\x17');
    expect(e.buffer).toBe('kubectl get ');
    e.feed('\x19');
    expect(e.buffer).toBe('kubectl get pods ');
    e.feed('\x01' + RIGHT.repeat(7));
    e.feed('\x0b');
    expect(e.buffer).toBe('kubectl');
    e.feed(LEFT.repeat(3) + '\x15');
    expect([e.buffer, e.cursor]).toEqual(['ctl', 0]);
  });

  it('moves by words with Ctrl+arrows and Alt+B/F', () => {
    const e = editor();
    e.feed('vagrant box list');
    e.feed('\x1b[1;5D');
    expect(e.cursor).toBe(12);
    e.feed('\x1bb');
    expect(e.cursor).toBe(8);
    e.feed('\x1bf');
    expect(e.cursor).toBe(11);
  });

  it('handles Korean and astral characters as whole characters', () => {
    const e = editor();
    e.feed('echo 안녕😀');
    e.feed('\x7f');
    expect(e.buffer).toBe('echo 안녕');
    e.feed(LEFT + '\x7f');
    expect(e.buffer).toBe('echo 녕');
    expect(textWidth('안녕')).toBe(4);
  });

  it('submits on Enter and resets the line', () => {
    const e = editor();
    e.feed('vagrant ');
    expect(e.feed('up\r')).toEqual([{ type: 'submit', line: 'vagrant up' }]);
    expect([e.buffer, e.cursor]).toEqual(['', 0]);
  });

  it('runs a multi-line paste line by line and keeps the unfinished tail', () => {
    const e = editor();
    const effects = e.feed('vagrant init\r\ntype Vagrantfile\r\nvagrant u');
    expect(effects).toEqual([
      { type: 'submit', line: 'vagrant init' },
      { type: 'submit', line: 'type Vagrantfile' },
    ]);
    expect(e.buffer).toBe('vagrant u');
  });

  it('Ctrl+C abandons the line, Ctrl+L asks for a clear', () => {
    const e = editor();
    e.feed('vagrant destr');
    expect(e.feed('\x03')).toEqual([{ type: 'interrupt', line: 'vagrant destr' }]);
    expect(e.buffer).toBe('');
    e.feed('ls');
    expect(e.feed('\x0c')).toEqual([{ type: 'clear' }]);
    expect(e.buffer).toBe('ls');
  });

  it('never lets control characters or escape sequences into the buffer', () => {
    const e = editor();
    e.feed('a\x1b[2Jb\x07c\x9bd\x00e');
    expect(e.buffer).toBe('abcde');
    e.setLine('x\x1b]0;evil\x07y');
    expect(e.buffer).toBe('x]0;evily');
  });
});

describe('LineEditor history', () => {
  it('walks history with Up/Down and restores the draft', () => {
    const e = editor(['vagrant init', 'vagrant up', 'vagrant ssh']);
    e.feed('dra');
    e.feed(UP);
    expect(e.buffer).toBe('vagrant ssh');
    e.feed(UP + UP);
    expect(e.buffer).toBe('vagrant init');
    expect(e.feed(UP)).toEqual([{ type: 'bell' }]);
    expect(e.buffer).toBe('vagrant init');
    e.feed(DOWN + DOWN + DOWN);
    expect(e.buffer).toBe('dra');
    e.feed('\x10');
    expect(e.buffer).toBe('vagrant ssh');
    e.feed('\x0e');
    expect(e.buffer).toBe('dra');
  });

  it('starts from the newest entry again after a submit', () => {
    const history = ['one'];
    const e = editor(history);
    e.feed(UP + '\r');
    history.push('two');
    e.feed(UP);
    expect(e.buffer).toBe('two');
  });
});

describe('LineEditor completion', () => {
  const words = ['destroy', 'global-status', 'halt', 'init', 'status', 'suspend', 'ssh', 'ssh-config'];
  const complete = (line: string, cursor: number): Completion => {
    const start = line.lastIndexOf(' ', cursor - 1) + 1;
    const word = line.slice(start, cursor);
    return { start, candidates: words.filter((w) => w.startsWith(word)) };
  };

  it('completes a single candidate with a trailing space', () => {
    const e = editor([], complete);
    e.feed('vagrant de\t');
    expect(e.buffer).toBe('vagrant destroy ');
  });

  it('extends to the common prefix, then lists candidates on the second Tab', () => {
    const e = editor([], complete);
    e.feed('vagrant s');
    expect(e.feed('\t')).toEqual([{ type: 'bell' }]);
    expect(e.buffer).toBe('vagrant s');
    expect(e.feed('\t')).toEqual([{ type: 'candidates', items: ['status', 'suspend', 'ssh', 'ssh-config'] }]);
    // 's' is already the common prefix of status, suspend, ssh, ssh-config: bell first, list second.
    const e2 = editor([], complete);
    e2.feed('vagrant ss');
    e2.feed('\t');
    expect(e2.buffer).toBe('vagrant ssh');
    expect(e2.feed('\t')).toEqual([{ type: 'candidates', items: ['ssh', 'ssh-config'] }]);
  });

  it('rings the bell when nothing matches and leaves directories open', () => {
    const e = editor([], () => ({ start: 3, candidates: [] }));
    e.feed('cd x');
    expect(e.feed('\t')).toEqual([{ type: 'bell' }]);
    const d = editor([], () => ({ start: 3, candidates: ['3_VMs\\'] }));
    d.feed('cd 3');
    d.feed('\t');
    expect(d.buffer).toBe('cd 3_VMs\\');
  });

  it('completes in the middle of a line', () => {
    const e = editor([], complete);
    e.feed('vagrant ha -f' + LEFT.repeat(3));
    e.feed('\t');
    expect(e.buffer).toBe('vagrant halt -f');
    expect(e.cursor).toBe('vagrant halt'.length);
  });
});

describe('renderLine', () => {
  it('redraws a short line and puts the cursor in place', () => {
    const { out, row } = renderLine('$ ', 'abc', 1, 80, 0);
    expect(out).toBe('\r$ abc\x1b[J\r\x1b[3C');
    expect(row).toBe(0);
  });

  it('handles wrapped lines by moving up to the prompt first', () => {
    const first = renderLine('> ', 'x'.repeat(15), 15, 10, 0);
    expect(first.row).toBe(1);
    const second = renderLine('> ', 'x'.repeat(15), 0, 10, first.row);
    expect(second.out.startsWith('\x1b[1A\r> ')).toBe(true);
    expect(second.out.endsWith('\x1b[1A\r\x1b[2C')).toBe(true);
    expect(second.row).toBe(0);
  });

  it('forces the wrap when the line fills the last column', () => {
    const { out, row } = renderLine('> ', 'x'.repeat(8), 10, 10, 0);
    expect(out).toContain(' \r');
    expect(row).toBe(1);
  });
});

describe('helpers', () => {
  it('stripControls keeps only what is asked for', () => {
    expect(stripControls('a\tb\nc\x1b[0m', '\n')).toBe('ab\nc[0m');
  });

  it('random input never throws and never leaves controls in the buffer', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' }), { maxLength: 20 }), (chunks) => {
        const e = editor(['a', 'b'], (line, cursor) => ({ start: 0, candidates: [line.slice(0, cursor) + 'x'] }));
        for (const chunk of chunks) e.feed(chunk);
        expect(e.cursor).toBeGreaterThanOrEqual(0);
        expect(e.cursor).toBeLessThanOrEqual(e.buffer.length);
        expect(stripControls(e.buffer)).toBe(e.buffer);
      }),
      { numRuns: 2000 },
    );
    // Thousands of runs: generous on a busy machine.
  }, 30_000);
});
