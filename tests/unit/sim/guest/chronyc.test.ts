// chronyc of chrony 4.5: what it says without a daemon, its help table and its command errors (client.c at 4.5).
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';
import { help } from '../../../../src/sim/commands/chrony/chronyc/help';

describe('chronyc', () => {
  it('cannot talk to a stopped chronyd: 506 on stdout, status 1', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    await s.exec('sudo systemctl stop chronyd');
    for (const c of ['tracking', 'sources', 'sourcestats -v', 'activity']) expect(await s.exec(`chronyc ${c}`)).toMatchObject({ stdout: '506 Cannot talk to daemon\n', stderr: '', exitCode: 1 });
    expect((await s.exec('chronyc -m "timeout 200" tracking sources')).stdout).toBe('506 Cannot talk to daemon\n');
  });

  it('help is give_help(); unknown words are "Unrecognized command"', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    expect(await s.exec('chronyc help')).toMatchObject({ stdout: help, exitCode: 0 });
    expect(help).toContain('selectopts <address|refid> <+|-options>\n                            Modify selection options\n');
    expect(help.endsWith('help                        Generate this help\n                            \n')).toBe(true);
    expect(await s.exec('chronyc bogus')).toMatchObject({ stdout: '', stderr: 'Unrecognized command\n', exitCode: 1 });
    expect(await s.exec('chronyc quit')).toMatchObject({ stdout: '', exitCode: 0 });
    expect(await s.exec('chronyc password')).toMatchObject({ stderr: 'Authentication is no longer supported\n', exitCode: 0 });
  });

  it('says when a report from the running daemon is beyond the simulation', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    const r = await s.exec('chronyc tracking');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('not part of this simulation');
  });
});
