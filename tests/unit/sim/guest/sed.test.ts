// sed's script language beyond the recorded cases (tests/golden/linux/sed-*): -i over a guest file with a
// range, -s, and a script that loops without end, which runs until Ctrl+C as sed does.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';

const guest = () => createSession({ lab: 'vm', seed: 1 });

describe('sed', () => {
  it('-i with an address range edits the file in place and prints nothing', async () => {
    const s = await guest();
    await s.exec("printf 'a\\n[x]\\nb\\nc\\n[y]\\nd\\n' > f");
    const r = await s.exec("sed -i '/^\\[x\\]/,/^\\[y\\]/d' f");
    expect(r).toMatchObject({ stdout: '', stderr: '', exitCode: 0 });
    expect((await s.exec('cat f')).stdout).toBe('a\nd\n');
  });

  it('-s numbers the lines of each file apart; without it they run on', async () => {
    const s = await guest();
    await s.exec("printf '1\\n2\\n' > a; printf '3\\n4\\n' > b");
    expect((await s.exec("sed -n '$=' a b")).stdout).toBe('4\n');
    expect((await s.exec("sed -s -n '$=' a b")).stdout).toBe('2\n2\n');
    expect((await s.exec("sed -n '1p' a b")).stdout).toBe('1\n');
    expect((await s.exec("sed -s -n '1p' a b")).stdout).toBe('1\n3\n');
  });

  it('a script that loops without end keeps the prompt until Ctrl+C', async () => {
    const s = await guest();
    await s.submit("echo a | sed ':a;ba'");
    expect(s.busy).toBe(true);
    await s.interrupt();
    expect(s.busy).toBe(false);
    expect((await s.exec('echo $?')).stdout).toBe('130\n');
  });

  it('the classic join of all lines', async () => {
    const s = await guest();
    expect((await s.exec("printf 'a\\nb\\nc\\n' | sed ':a;N;$!ba;s/\\n/,/g'")).stdout).toBe('a,b,c\n');
  });
});
