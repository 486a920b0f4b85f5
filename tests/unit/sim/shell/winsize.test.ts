// LINES and COLUMNS in an interactive bash against the real one (tests/golden/bash/winsize.json, recorded by
// scripts/golden/bash-winsize.py on a pseudo-terminal): set from the terminal's size as the shell starts, not
// exported, following a resize at the prompt, bound again after a command that is not a builtin while
// checkwinsize is on. The lab terminal gives its size with session.resize (src/terminal/driver.ts).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';

const STEPS = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../golden/bash/winsize.json'), 'utf8')) as [string, string][];

beforeAll(async () => {
  await loadGuest();
});

describe('LINES and COLUMNS', () => {
  it('follow the terminal as the recorded bash does', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    s.resize(101, 33);
    for (const [step, want] of STEPS) {
      const m = /^RESIZE (\d+) (\d+)$/.exec(step);
      if (m) s.resize(Number(m[2]), Number(m[1]));
      else expect([step, (await s.exec(step)).output]).toEqual([step, want]);
    }
  });

  it('come to a root login shell, and a bash -c has none', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    s.resize(132, 43);
    await s.exec('sudo -i');
    expect((await s.exec('echo "$COLUMNS $LINES"')).stdout).toBe('132 43\n');
    s.resize(90, 30);
    expect((await s.exec('echo "$COLUMNS $LINES"; tput cols; tput lines')).stdout).toBe('90 30\n90\n30\n');
    await s.exec('exit');
    expect((await s.exec('echo "$COLUMNS $LINES"; bash -c \'echo "[$COLUMNS]"\'')).stdout).toBe('90 30\n[]\n');
  });
});
