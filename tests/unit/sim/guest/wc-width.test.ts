// wc's column width when it reads standard input, as coreutils 8.32's wc.c computes it: get_input_fstatus fstat()s
// standard input unless a single count is asked for, and compute_number_width sizes the columns from the regular
// files' total size, at least 7 when an input is not a regular file (a pipe, a here-string: bash 5.1 passes small
// ones through a pipe). Debian's coreutils 9.1 computes it otherwise, so these come from the 8.32 source, not a recording.
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';

beforeAll(async () => {
  await loadGuest();
});

describe('wc reading standard input', () => {
  it('a file redirected with < is a regular file: its size sets the width; a pipe gives 7', async () => {
    const s = await createSession({ lab: 'vm', seed: 3 });
    await s.exec("printf 'a b\\nc\\n' > f");
    expect((await s.exec('wc < f')).stdout).toBe('2 3 6\n');
    expect((await s.exec('wc - < f')).stdout).toBe('2 3 6 -\n');
    expect((await s.exec('wc -l < f')).stdout).toBe('2\n');
    expect((await s.exec('cat f | wc')).stdout).toBe('      2       3       6\n');
    expect((await s.exec('wc <<< "a b"')).stdout).toBe('      1       2       4\n');
    expect((await s.exec('wc f - < f')).stdout).toBe(' 2  3  6 f\n 2  3  6 -\n 4  6 12 total\n');
  });
});
