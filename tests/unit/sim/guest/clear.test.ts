// clear of ncurses 6.2 (progs/clear.c at patch 20210508): getopt("T:Vx"), usage() on stderr with exit 1.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';

const USAGE = 'Usage: clear [options]\n\nOptions:\n  -T TERM     use this instead of $TERM\n  -V          print curses-version\n  -x          do not try to clear scrollback\n';

describe('clear', () => {
  it('-V prints the curses version', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    expect(await s.exec('clear -V')).toMatchObject({ stdout: 'ncurses 6.2.20210508\n', stderr: '', exitCode: 0 });
  });

  it('a bad option, --help and an operand get usage() on stderr, exit 1', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    expect(await s.exec('clear -z')).toMatchObject({ stdout: '', stderr: "clear: invalid option -- 'z'\n" + USAGE, exitCode: 1 });
    expect(await s.exec('clear --help')).toMatchObject({ stdout: '', stderr: "clear: invalid option -- '-'\n" + USAGE, exitCode: 1 });
    expect(await s.exec('clear -xq')).toMatchObject({ stderr: "clear: invalid option -- 'q'\n" + USAGE, exitCode: 1 });
    expect(await s.exec('clear -T')).toMatchObject({ stderr: "clear: option requires an argument -- 'T'\n" + USAGE, exitCode: 1 });
    expect(await s.exec('clear now')).toMatchObject({ stdout: '', stderr: USAGE, exitCode: 1 });
  });

  it('on the terminal it clears the screen and the scrollback; -x keeps the scrollback', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    const seen: unknown[] = [];
    s.on('clear', (how) => seen.push(how));
    await s.submit('clear');
    await s.submit('clear -x');
    expect(seen).toEqual([undefined, { keepScrollback: true }]);
    expect((await s.exec('echo $?')).stdout).toBe('0\n');
  });

  it("into a pipe it writes the terminal's sequences; -T picks the type; unknown types and dumb fail", async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    expect((await s.exec('clear > /tmp/c; cat /tmp/c')).stdout).toBe('\x1b[H\x1b[2J\x1b[3J');
    expect((await s.exec('clear -x > /tmp/c; cat /tmp/c')).stdout).toBe('\x1b[H\x1b[2J');
    expect((await s.exec('clear -T vt100 > /tmp/c; cat /tmp/c')).stdout).toBe('\x1b[H\x1b[J');
    expect(await s.exec('clear -T bogus')).toMatchObject({ stdout: '', stderr: "'bogus': unknown terminal type.\n", exitCode: 1 });
    expect(await s.exec('clear -T dumb')).toMatchObject({ stdout: '', stderr: '', exitCode: 1 });
    expect(await s.exec('TERM= clear')).toMatchObject({ stderr: 'TERM environment variable not set.\n', exitCode: 1 });
  });
});
