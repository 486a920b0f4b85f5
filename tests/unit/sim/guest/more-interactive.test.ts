// more of util-linux 2.37.4 on a terminal (text-utils/more.c): a screenful, the --More--(N%) prompt, keys one at a time.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';

const numbered = Array.from({ length: 100 }, (_, i) => `line ${i + 1}`).join('\n') + '\n';

async function started(line: string) {
  const s = await createSession({ lab: 'vm', seed: 1, files: { 'default:/home/vagrant/n.txt': numbered, 'default:/home/vagrant/short.txt': 'one\ntwo\n' } });
  s.resize(80, 24);
  let out = '';
  s.on('output', ({ text }) => (out += text));
  await s.submit(line);
  return { s, out: () => out };
}

describe('more on a terminal', () => {
  it('prints a screenful and --More--(N%); Space, Enter and d go on; q ends it', async () => {
    const { s, out } = await started('more n.txt');
    expect(s.wantsKey).toBe(true);
    const first = Array.from({ length: 23 }, (_, i) => `line ${i + 1}\n`).join('');
    // more.c: file_position * 100 / file_size; 23 lines are 9 * 7 + 14 * 8 = 175 of 792 bytes
    expect(out()).toBe(first + '--More--(22%)');
    await s.pressKey('\n');
    expect(out()).toBe(first + '--More--(22%)\r             \rline 24\n--More--(23%)');
    await s.pressKey('d');
    expect(out().endsWith('line 35\n--More--(34%)')).toBe(true);
    await s.pressKey(' ');
    expect(out().endsWith('line 58\n--More--(57%)')).toBe(true);
    await s.pressKey('q');
    expect(s.busy).toBe(false);
    expect(out().endsWith('--More--(57%)\r             \r')).toBe(true);
    expect((await s.exec('echo $?')).stdout).toBe('0\n');
  });

  it('a file that fits is printed and more ends; input from a pipe has no percentage; several files get banners', async () => {
    const { s, out } = await started('more short.txt');
    expect(out()).toBe('one\ntwo\n');
    expect(s.busy).toBe(false);
    const p = await started('cat n.txt | more');
    expect(p.out().endsWith('line 23\n--More--')).toBe(true);
    await p.s.interrupt();
    expect(p.s.busy).toBe(false);
    const m = await started('more short.txt n.txt');
    expect(m.out()).toBe('::::::::::::::\nshort.txt\n::::::::::::::\none\ntwo\n--More--(Next file: n.txt)');
    await m.s.pressKey(' ');
    expect(m.out().split('\n').slice(-2)).toEqual(['line 20', '--More--(19%)']);
    await m.s.pressKey('q');
    // -<number> sets the screenful
    const n = await started('more -5 n.txt');
    expect(n.out()).toBe('line 1\nline 2\nline 3\nline 4\nline 5\n--More--(4%)');
    await n.s.pressKey('q');
  });
});
