// coredumpctl of systemd 252 (src/coredump/coredumpctl.c, src/shared/verbs.c of v252-46): the guest's journal has no
// coredump, so list and info notice "No coredumps found." and fail, dump and debug find no match.
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';

beforeAll(async () => {
  await loadGuest();
});

const vm = () => createSession({ lab: 'vm', seed: 3 });

describe('coredumpctl', () => {
  it('lists no coredumps', async () => {
    const s = await vm();
    expect(await s.exec('coredumpctl')).toMatchObject({ stdout: '', stderr: 'No coredumps found.\n', exitCode: 1 });
    expect(await s.exec('coredumpctl list --no-pager')).toMatchObject({ stderr: 'No coredumps found.\n', exitCode: 1 });
    expect(await s.exec('coredumpctl info 1234')).toMatchObject({ stderr: 'No coredumps found.\n', exitCode: 1 });
    expect(await s.exec('coredumpctl -q list')).toMatchObject({ stdout: '', stderr: '', exitCode: 1 });
    expect(await s.exec('coredumpctl -F COREDUMP_EXE')).toMatchObject({ stdout: '', stderr: '', exitCode: 0 });
  });

  it('dump and debug find no match; the verb and option errors', async () => {
    const s = await vm();
    expect(await s.exec('coredumpctl dump -o /tmp/core')).toMatchObject({ stderr: 'No match found.\n', exitCode: 1 });
    expect(await s.exec('coredumpctl debug')).toMatchObject({ stderr: 'No match found.\n', exitCode: 1 });
    expect(await s.exec('coredumpctl -F PID dump')).toMatchObject({ stderr: 'Option --field/-F only makes sense with list\n', exitCode: 1 });
    expect(await s.exec('coredumpctl bogus')).toMatchObject({ stderr: 'Unknown command verb bogus.\n', exitCode: 1 });
    expect(await s.exec('coredumpctl -n 0')).toMatchObject({ stderr: 'Invalid numeric parameter to -n: 0\n', exitCode: 1 });
    expect(await s.exec('coredumpctl -o a -o b')).toMatchObject({ stderr: 'Cannot set output more than once.\n', exitCode: 1 });
  });

  it('prints its help', async () => {
    const s = await vm();
    const r = await s.exec('coredumpctl --help');
    expect(r.stdout).toMatch(/^coredumpctl \[OPTIONS\.\.\.\] COMMAND \.\.\.\n\nList or retrieve coredumps from the journal\.\n\nCommands:\n {2}list \[MATCHES\.\.\.\] {2}List available coredumps \(default\)\n/);
    expect(r.stdout.endsWith('\nSee the coredumpctl(1) man page for details.\n')).toBe(true);
    expect((await s.exec('coredumpctl help')).stdout).toBe(r.stdout);
  });
});
