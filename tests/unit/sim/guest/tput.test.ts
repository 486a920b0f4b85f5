// tput and reset of ncurses 6.2 against this machine's tput run over ncurses 6.2-20210508's terminal descriptions
// (scripts/golden/ncurses-terminfo.ts writes tests/golden/ncurses/tput.json).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';
import { USAGE } from '../../../../src/sim/commands/ncurses/reset/spec';

interface Run {
  args: string[];
  stdout: string;
  stderr: string;
  status: number;
}
const runs = (JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../golden/ncurses/tput.json'), 'utf8')) as { runs: Run[] }).runs;
/** Runs that depend on the recording's own terminal or version: checked below on their own. */
const own = (r: Run) => r.args.includes('-V') || ['cols', 'lines', 'clear'].includes(r.args[r.args.length - 1]) || r.args.length === 0;

describe('tput over the recorded cases', () => {
  it('prints the capabilities, numbers, flags and errors as tput does', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    for (const r of runs.filter((x) => !own(x))) {
      const q = r.args.map((a) => `'${a}'`).join(' ');
      const got = await s.exec(`tput ${q} > /tmp/o 2> /tmp/e; echo $?; cat /tmp/o; echo; cat /tmp/e`);
      expect({ args: r.args, out: got.stdout }).toEqual({ args: r.args, out: `${r.status}\n${r.stdout}\n${r.stderr}` });
    }
  });
});

describe('tput', () => {
  it('cols and lines follow the terminal, else the entry', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    s.resize(132, 40);
    expect((await s.exec('tput cols; tput lines')).stdout).toBe('132\n40\n');
    expect((await s.exec('echo $(tput cols)')).stdout).toBe('132\n');
    expect((await s.exec('tput -T dumb cols')).stdout).toBe('132\n');
  });

  it('clear writes clear_screen and E3 into a pipe; dumb has none (status 2)', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    expect((await s.exec('tput clear > /tmp/c; cat /tmp/c')).stdout).toBe('\x1b[H\x1b[2J\x1b[3J');
    expect((await s.exec('tput -x clear > /tmp/c; cat /tmp/c')).stdout).toBe('\x1b[H\x1b[2J');
    expect((await s.exec('tput -T dumb clear')).exitCode).toBe(2);
  });

  it('-V, no TERM, no command, -S', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    expect((await s.exec('tput -V')).stdout).toBe('ncurses 6.2.20210508\n');
    expect(await s.exec('TERM= tput cols')).toMatchObject({ stderr: 'tput: No value for $TERM and no -T specified\n', exitCode: 2 });
    expect((await s.exec('tput')).exitCode).toBe(2);
    expect((await s.exec('printf "bold\\nsgr0\\n" | tput -S > /tmp/s; cat /tmp/s')).stdout).toBe('\x1b[1m\x1b(B\x1b[m');
    expect(await s.exec('printf "hz\\nbold\\nhz\\n" | tput -S > /dev/null')).toMatchObject({ exitCode: 6 });
    expect(await s.exec('printf "bold\\nfoo\\nsgr0\\n" | tput -S > /dev/null')).toMatchObject({ stderr: "tput: unknown terminfo capability 'foo'\n", exitCode: 4 });
  });
});

describe('reset', () => {
  it("sends the terminal's reset strings to stderr, then a carriage return", async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    expect(await s.exec('reset')).toMatchObject({ stdout: '', stderr: '\x1bc\x1b]104\x07\x1b[!p\x1b[?3;4l\x1b[4l\x1b>\x1b[?69l\r', exitCode: 0 });
    expect((await s.exec('reset -q')).stdout).toBe('xterm-256color\n');
    expect(await s.exec('reset -Z')).toMatchObject({ stderr: "reset: invalid option -- 'Z'\n" + USAGE, exitCode: 1 });
    expect(await s.exec('reset a b')).toMatchObject({ stderr: USAGE, exitCode: 1 });
    expect(await s.exec('reset bogus')).toMatchObject({ stderr: 'reset: unknown terminal type bogus\nTerminal type? \n', exitCode: 1 });
  });
});
