// systemd-analyze of systemd 252 (src/analyze/analyze.c and analyze-time-data.c, analyze-timespan.c,
// analyze-calendar.c of v252-46; parse_time() and format_timespan() of src/basic/time-util.c).
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';

beforeAll(async () => {
  await loadGuest();
});

const vm = () => createSession({ lab: 'vm', seed: 3 });

describe('systemd-analyze', () => {
  it('time sums the boot phases the manager recorded, as systemctl show gives them', async () => {
    const s = await vm();
    const show = (await s.exec('systemctl show -p InitRDTimestampMonotonic,UserspaceTimestampMonotonic,FinishTimestampMonotonic')).stdout;
    const [initrd, user, finish] = ['InitRD', 'Userspace', 'Finish'].map((k) => Number(new RegExp(`${k}TimestampMonotonic=(\\d+)`).exec(show)![1]) / 1e6);
    const f = (x: number) => `${x.toFixed(3)}s`;
    expect((await s.exec('systemd-analyze')).stdout).toBe(
      `Startup finished in ${f(initrd)} (kernel) + ${f(user - initrd)} (initrd) + ${f(finish - user)} (userspace) = ${f(finish)} \nmulti-user.target reached after ${f(finish - user)} in userspace.\n`,
    );
  });

  it('timespan parses and formats spans as time-util.c does', async () => {
    const s = await vm();
    expect((await s.exec('systemd-analyze timespan "1h 30min" 2.5')).stdout).toBe('Original: 1h 30min\n      μs: 5400000000\n   Human: 1h 30min\n\nOriginal: 2.5\n      μs: 2500000\n   Human: 2.500000s\n');
    expect(await s.exec('systemd-analyze timespan daily')).toMatchObject({
      stderr: `Failed to parse time span 'daily': Invalid argument\nHint: this expression is a valid calendar specification. Use 'systemd-analyze calendar "daily"' instead?\n`,
      exitCode: 1,
    });
  });

  it('calendar normalizes and finds the next elapse from the clock', async () => {
    const s = await vm();
    const out = (await s.exec('systemd-analyze calendar daily')).stdout;
    expect(out).toMatch(/^ {2}Original form: daily\nNormalized form: \*-\*-\* 00:00:00\n {4}Next elapse: \w{3} \d{4}-\d\d-\d\d 00:00:00 UTC\n {7}From now: .+ left\n$/);
    // the next midnight is what logrotate.timer waits for
    const next = /Next elapse: (.+)\n/.exec(out)![1];
    expect((await s.exec('systemctl list-timers logrotate.timer')).stdout).toContain(next);
    expect((await s.exec('systemd-analyze calendar --iterations=2 hourly')).stdout).toMatch(/\n {7}Iter\. #2: .+ UTC\n {7}From now: .+ left\n$/);
  });

  it('checks verbs and their operands as dispatch_verb() does, and prints its help', async () => {
    const s = await vm();
    expect(await s.exec('systemd-analyze bogus')).toMatchObject({ stderr: 'Unknown command verb bogus.\n', exitCode: 1 });
    expect((await s.exec('systemd-analyze verify')).stderr).toBe('Too few arguments.\n');
    expect((await s.exec('systemd-analyze time x')).stderr).toBe('Too many arguments.\n');
    expect((await s.exec('systemd-analyze help')).stdout).toBe((await s.exec('systemd-analyze --help')).stdout);
    expect((await s.exec('systemd-analyze --help')).stdout).toMatch(/^systemd-analyze \[OPTIONS\.\.\.\] COMMAND \.\.\.\n\nProfile systemd, show unit dependencies, check unit files\.\n/);
    expect((await s.exec('systemd-analyze log-level')).stdout).toBe((await s.exec('systemctl log-level')).stdout);
  });
});
