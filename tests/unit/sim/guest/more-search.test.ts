// more of util-linux 2.37.4 (text-utils/more.c): /pattern and n (search()), b and ^B (skip_backwards()).
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';
import { basicRegex } from '../../../../src/sim/commands/util-linux/more/pager';

const numbered = Array.from({ length: 100 }, (_, i) => `line ${i + 1}`).join('\n') + '\n';

async function started(line: string) {
  const s = await createSession({ lab: 'vm', seed: 1, files: { 'default:/home/vagrant/n.txt': numbered } });
  s.resize(80, 24);
  let out = '';
  let err = '';
  s.on('output', ({ text, stream }) => (stream === 'stderr' ? (err += text) : (out += text)));
  await s.submit(line);
  return { s, out: () => out, err: () => err };
}

const type = async (s: Awaited<ReturnType<typeof createSession>>, text: string) => {
  for (const c of text) await s.pressKey(c);
};

describe('more: /pattern', () => {
  it('shows the screenful from two lines before the match, after ...skipping when it is further than three lines', async () => {
    const { s, out } = await started('more n.txt');
    const first = out();
    await type(s, '/line 50\n');
    // the prompt is erased for the "/", the pattern echoed; 22 lines from line 48
    const lines = Array.from({ length: 22 }, (_, i) => `line ${48 + i}\n`).join('');
    // lines 1-69 are 9 * 7 + 60 * 8 = 543 of 792 bytes
    expect(out()).toBe(first + '\r             \r/line 50\r\n...skipping\n' + lines + '--More--(68%)');
    // n: the same expression again, from where the screen ends: no further match
    const before = out().length;
    await s.pressKey('n');
    expect(out().slice(before).startsWith('\r             \r/\r\r \rPattern not found\r')).toBe(true);
    await s.pressKey('q');
  });

  it('a match within the next three lines needs no ...skipping; no match says Pattern not found and goes on without a prompt', async () => {
    const { s, out } = await started('more n.txt');
    await type(s, '/line 25\n');
    expect(out()).toContain('/line 25\r' + '\r' + ' '.repeat(8) + '\r' + 'line 24\n');
    const before = out().length;
    await type(s, '/nothing\n');
    const after = out().slice(before);
    expect(after).toContain('Pattern not found\r');
    expect(after.endsWith('line 67\n')).toBe(true);
    await s.pressKey('q');
  });

  it('b goes back a screenful (a bell when the input is a pipe)', async () => {
    const { s, out } = await started('more n.txt');
    await s.pressKey(' ');
    await s.pressKey(' ');
    expect(out().endsWith('line 69\n--More--(68%)')).toBe(true);
    await s.pressKey('b');
    // current_line 69 - 23 * 2 - 1 = 22: from line 23
    expect(out().endsWith('\r             \r...back 1 page\n' + Array.from({ length: 23 }, (_, i) => `line ${23 + i}\n`).join('') + '--More--(44%)')).toBe(true);
    await s.pressKey('q');
    const p = await started('cat n.txt | more');
    await p.s.pressKey('b');
    expect(p.err()).toBe('\x07');
    expect(p.out().endsWith('line 23\n--More--')).toBe(true);
    await p.s.pressKey('q');
  });

  it("reads the pattern as regcomp's basic regular expression", () => {
    expect(basicRegex('a\\(b\\)*c')!.test('abbc')).toBe(true);
    expect(basicRegex('a(b)')!.test('a(b)')).toBe(true);
    expect(basicRegex('a+')!.test('a+')).toBe(true);
    expect(basicRegex('*x')!.test('*x')).toBe(true);
    expect(basicRegex('[]a]')!.test(']')).toBe(true);
    expect(basicRegex('[abc')).toBeNull();
  });
});
