// sleep's operands as coreutils 8.32's sleep.c reads them: numbers with an optional s, m, h or d, summed; each one
// it cannot read named with quote() (‘x’), the usage hint once. Expected texts are what GNU sleep prints.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';

describe('sleep intervals', () => {
  it('names each interval it cannot read', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    expect(await s.exec('sleep abc')).toMatchObject({ stderr: "sleep: invalid time interval ‘abc’\nTry 'sleep --help' for more information.\n", exitCode: 1 });
    expect((await s.exec('sleep 1 x y')).stderr).toBe("sleep: invalid time interval ‘x’\nsleep: invalid time interval ‘y’\nTry 'sleep --help' for more information.\n");
    expect((await s.exec('sleep 1x')).stderr).toBe("sleep: invalid time interval ‘1x’\nTry 'sleep --help' for more information.\n");
    expect(await s.exec('sleep 0.1s .5 1e-1')).toMatchObject({ stderr: '', exitCode: 0 });
  });

  it('reads the suffixes and adds the operands up', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    void s.submit('sleep 1m 30');
    await s.advance(89_000);
    expect(s.busy).toBe(true);
    await s.advance(2_000);
    expect(s.busy).toBe(false);
  });
});
