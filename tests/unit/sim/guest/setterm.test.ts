// setterm of util-linux 2.37.4 on the session's xterm-256color: the bytes each option writes and the messages,
// as the host's setterm (2.38.1, the same perform_sequence()) writes them with TERM=xterm-256color.
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';
import type { Session } from '../../../../src/sim/session';
import '../../../../src/sim/k8s/register';

let s: Session;
beforeAll(async () => {
  await loadGuest();
  s = await createSession({ lab: 'vm', seed: 5 });
});

describe('setterm', () => {
  it('writes the terminfo strings and fixed sequences', async () => {
    const cases: [string, string][] = [
      ['--cursor off', '\x1b[?25l'],
      ['--cursor on', '\x1b[?12l\x1b[?25h'],
      ['--clear', '\x1b[H\x1b[2J'],
      ['--clear=rest', '\x1b[J'],
      ['--foreground red --bold on', '\x1b[31m\x1b[1m'],
      ['--bold off', '\x1b(B\x1b[m'],
      ['--default', '\x1b(B\x1b[m'],
      ['--reset', '\x1bc\x1b]104\x07'],
      ['--underline on --reverse on', '\x1b[7m\x1b[4m'],
      ['--inversescreen on', '\x1b[?5h'],
      ['-cursor off', '\x1b[?25l'],
    ];
    for (const [args, out] of cases) expect(await s.exec(`setterm ${args}`)).toMatchObject({ stdout: out, stderr: '', exitCode: 0 });
  });

  it('answers wrong use as the real one does', async () => {
    expect(await s.exec('setterm --repeat on')).toMatchObject({ stderr: 'setterm: terminal xterm-256color does not support --repeat\n', exitCode: 0 });
    expect(await s.exec('setterm --cursor maybe')).toMatchObject({ stderr: "setterm: argument error: 'maybe'\n", exitCode: 1 });
    expect(await s.exec('setterm --foreground pink')).toMatchObject({ stderr: "setterm: argument error: 'pink'\n", exitCode: 1 });
    expect(await s.exec('setterm --bogus')).toMatchObject({ stderr: "setterm: unrecognized option '--bogus'\nTry 'setterm --help' for more information.\n", exitCode: 1 });
    expect(await s.exec('setterm')).toMatchObject({ stderr: "setterm: bad usage\nTry 'setterm --help' for more information.\n", exitCode: 1 });
    expect(await s.exec('setterm --cursor off --cursor on')).toMatchObject({ stderr: 'setterm: duplicate use of an option\n', exitCode: 1 });
    expect((await s.exec('setterm --help')).stdout).toMatch(/^\nUsage:\n setterm \[options\]\n\nSet the attributes of a terminal\.\n/);
    expect((await s.exec('setterm --version')).stdout).toBe('setterm from util-linux 2.37.4\n');
  });
});
