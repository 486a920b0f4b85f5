// less 590: = (prompt.c e_proto as error() shows it), marks (mark.c) and v (command.c A_VISUAL, main.c's editor).
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';

const numbered = Array.from({ length: 100 }, (_, i) => `line ${i + 1}`).join('\n') + '\n';

async function started(line: string, env: Record<string, string> = {}) {
  const s = await createSession({ lab: 'vm', seed: 1, interactiveEditor: true, files: { 'default:/home/vagrant/n.txt': numbered, 'default:/home/vagrant/short.txt': 'one\ntwo\n' } });
  s.resize(80, 24);
  for (const [k, v] of Object.entries(env)) await s.exec(`export ${k}=${v}`);
  const screens: string[] = [];
  let all = '';
  const edits: { path: string; editor: string }[] = [];
  s.on('output', ({ text }) => {
    all += text;
    if (screens.length) screens[screens.length - 1] += text;
  });
  s.on('clear', () => screens.push(''));
  s.on('edit', (e: { path: string; editor: string }) => edits.push(e));
  await s.submit(line);
  const last = () => screens[screens.length - 1].split('\n');
  return { s, last, all: () => all, edits };
}

describe('less: = and ^G', () => {
  it("shows the file's name, lines, bytes and percentage, then (press RETURN)", async () => {
    const { s, last } = await started('less n.txt');
    await s.pressKey('=');
    // lines 1-23 of 100; the bottom byte is where line 24 starts: 9 * 7 + 14 * 8 = 175 of 792
    expect(last()[23]).toBe('n.txt lines 1-23/100 byte 175/792 22%  (press RETURN)');
    await s.pressKey('\n');
    expect(last()[23]).toBe('n.txt');
    await s.pressKey('G');
    await s.pressKey('\x07');
    expect(last()[23]).toBe('n.txt lines 78-100/100 byte 792/792 (END)  (press RETURN)');
    // a key other than RETURN is a command of its own
    await s.pressKey('g');
    expect(last()[0]).toBe('line 1');
    await s.pressKey(':');
    await s.pressKey('f');
    expect(last()[23]).toBe('n.txt lines 1-23/100 byte 175/792 22%  (press RETURN)');
    await s.pressKey('q');
  });

  it('with two files it names which; for standard input no name and no size until its end', async () => {
    const a = await started('less n.txt short.txt');
    await a.s.pressKey('=');
    expect(a.last()[23]).toBe('n.txt (file 1 of 2) lines 1-23/100 byte 175/792 22%  (press RETURN)');
    await a.s.pressKey('q');
    const b = await started('cat n.txt | less');
    await b.s.pressKey('=');
    expect(b.last()[23]).toBe('lines 1-23 byte 175  (press RETURN)');
    await b.s.pressKey('q');
  });
});

describe('less: marks', () => {
  it("m sets a mark at the top line, ' goes back to it, '' to where the last jump started", async () => {
    const { s, last } = await started('less n.txt');
    for (const k of ['4', '0', 'g']) await s.pressKey(k);
    expect(last()[0]).toBe('line 40');
    await s.pressKey('m');
    expect(last()[23]).toBe('set mark: ');
    await s.pressKey('a');
    await s.pressKey('G');
    expect(last()[0]).toBe('line 78');
    await s.pressKey("'");
    expect(last()[23]).toBe('goto mark: ');
    await s.pressKey('a');
    expect(last()[0]).toBe('line 40');
    await s.pressKey("'");
    await s.pressKey("'");
    expect(last()[0]).toBe('line 78');
    await s.pressKey("'");
    await s.pressKey('^');
    expect(last()[0]).toBe('line 1');
    await s.pressKey("'");
    await s.pressKey('b');
    expect(last()[23]).toBe('Mark not set  (press RETURN)');
    await s.pressKey('\n');
    await s.pressKey('m');
    await s.pressKey('1');
    expect(last()[23]).toBe('Invalid mark letter 1  (press RETURN)');
    await s.pressKey('q');
  });
});

describe('less: v', () => {
  it('runs vi (no VISUAL or EDITOR) on the file at the middle line, after printing the command', async () => {
    const { s, all, edits } = await started('less n.txt');
    await s.pressKey('v');
    expect(all()).toContain('line 23\n!vi +12 n.txt\n');
    expect(edits.map((e) => [e.path, e.editor])).toEqual([['/home/vagrant/n.txt', 'vi']]);
    expect(s.busy).toBe(true);
    await s.pressKey('q');
    expect(s.busy).toBe(false);
  });

  it('takes $EDITOR; an editor bash does not find is its error; standard input cannot be edited', async () => {
    const e = await started('less n.txt', { EDITOR: 'emacs' });
    await e.s.pressKey('v');
    expect(e.all()).toContain('!emacs +12 n.txt\n');
    expect(e.all()).toContain('/bin/bash: line 1: emacs: command not found\n');
    expect(e.edits).toEqual([]);
    await e.s.pressKey('q');
    const p = await started('cat n.txt | less');
    await p.s.pressKey('v');
    expect(p.last()[23]).toBe('Cannot edit standard input  (press RETURN)');
    await p.s.pressKey('q');
  });
});
