// ls -m as coreutils 8.32's ls.c prints it (print_with_separator: ", " between names, a new line before a name that
// would reach column 80) and the format rule of decode_switches: the last of -l, -m, -C, -x and --format decides,
// -1 after -l changes nothing. Expected texts are what GNU ls prints.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';
import { withCommas } from '../../../../src/sim/commands/coreutils/ls/list';
import { plain } from '../plain';

describe('ls -m', () => {
  it('joins the names with commas; the last format option wins', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    await s.exec('touch a b c && ln -s nothere dangling');
    expect(plain((await s.exec('ls -m')).stdout)).toBe('a, b, c, dangling\n');
    expect(plain((await s.exec('ls --format=commas')).stdout)).toBe('a, b, c, dangling\n');
    expect(plain((await s.exec('ls -lm')).stdout)).toBe('a, b, c, dangling\n');
    expect((await s.exec('ls -ml | head -1')).stdout).toBe('total 0\n');
    expect((await s.exec('ls -l1 | head -1')).stdout).toBe('total 0\n');
  });

  it('breaks the line before a name that would reach column 80', () => {
    const names = ['name-number-0', 'name-number-1', 'name-number-10', 'name-number-11', ...Array.from({ length: 8 }, (_, i) => `name-number-${i + 2}`)];
    // GNU ls -m over the files name-number-0 ... name-number-11
    expect(withCommas(names)).toBe(
      'name-number-0, name-number-1, name-number-10, name-number-11, name-number-2,\nname-number-3, name-number-4, name-number-5, name-number-6, name-number-7,\nname-number-8, name-number-9\n',
    );
  });
});
