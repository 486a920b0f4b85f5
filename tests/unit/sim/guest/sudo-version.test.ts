// sudo -V of sudo 1.9.5p2 as a user other than root: the front end's line and each default plugin's
// (sudoers policy with its grammar version, sudoers I/O, sudoers audit), exit 0, no password asked.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';

describe('sudo -V', () => {
  it('prints the version lines of sudo and its sudoers plugins', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    const want =
      'Sudo version 1.9.5p2\nSudoers policy plugin version 1.9.5p2\nSudoers file grammar version 48\nSudoers I/O plugin version 1.9.5p2\nSudoers audit plugin version 1.9.5p2\n';
    expect(await s.exec('sudo -V')).toMatchObject({ stdout: want, stderr: '', exitCode: 0 });
    expect(await s.exec('sudo --version')).toMatchObject({ stdout: want, exitCode: 0 });
  });
});
