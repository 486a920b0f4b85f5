// ps of procps-ng 3.3.17 shows the nice value a job was started with (`nice -n 10 cmd &`, which execs cmd) or
// renice gave: the NI and PRI columns, `N` in STAT, and -l's layout (Std_l, its ADDR one column wide, laid out as
// show_one_proc() does; the header and rows as procps-ng on this machine prints them, PID widened to 7 for
// Rocky's pid_max).
import { beforeEach, describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';
import type { Session } from '../../../../src/sim/session';

let s: Session;
beforeEach(async () => {
  s = await createSession({ lab: 'vm', seed: 1 });
});
const out = async (line: string) => (await s.exec(line)).output;

describe('ps and nice', () => {
  it('a job run by nice is the command itself, 10 nicer', async () => {
    await s.exec('nice -n 10 sleep 100 &');
    const pid = (await out('echo $!')).trim();
    const r = await out('ps -o pid,ni,stat,comm');
    expect(r.split('\n')[0]).toBe('    PID  NI STAT COMMAND');
    expect(r).toContain(`${pid.padStart(7)}  10 SN   sleep\n`);
    expect(r).toMatch(/^ +\d+   0 Ss   bash\n/m);
    expect(await out(`ps -o args= -p ${pid}`)).toBe('sleep 100\n');
    expect((await out(`cat /proc/${pid}/stat`)).split(' ').slice(17, 19)).toEqual(['30', '10']);
  });

  it('nice -5 without root runs the job at 0; -n 19 and --adjustment are read', async () => {
    await s.exec('nice -n -5 sleep 50 &');
    const a = (await out('echo $!')).trim();
    await s.exec('nice --adjustment=19 sleep 60 &');
    const b = (await out('echo $!')).trim();
    const r = await out(`ps -o ni= -p ${a},${b}`);
    expect(r).toBe('  0\n 19\n');
  });

  it('renice shows in NI, PRI (39 - priority) and STAT', async () => {
    await s.exec('sleep 200 &');
    const pid = (await out('echo $!')).trim();
    await s.exec(`renice -n 5 -p ${pid}`);
    expect(await out(`ps -o pid=,ni=,pri=,stat= -p ${pid}`)).toBe(`${pid.padStart(7)}   5  14 SN\n`);
  });

  it('ps -l lays out F S UID PID PPID C PRI NI ADDR SZ WCHAN TTY TIME CMD', async () => {
    await s.exec('nice -n 10 sleep 100 &');
    const pid = (await out('echo $!')).trim();
    const r = (await out('ps -l')).split('\n');
    expect(r[0]).toBe('F S   UID     PID    PPID  C PRI  NI ADDR SZ WCHAN  TTY          TIME CMD');
    const shell = (await out('echo $$')).trim();
    expect(r[1]).toMatch(new RegExp(`^0 S  1000 ${shell.padStart(7)} +\\d+  0  80   0 - +\\d+ do_wai pts/0    00:00:00 bash$`));
    expect(r).toContain(`0 S  1000 ${pid.padStart(7)} ${shell.padStart(7)}  0  90  10 - 55000 hrtime pts/0    00:00:00 sleep`);
    expect(r.find((l) => / R /.test(l))).toMatch(/^0 R  1000 +\d+ +\d+  0  80   0 - +\d+ -      pts\/0    00:00:00 ps$/);
  });

  it('ps -el shows kernel threads with F 1 and the high-priority ones at PRI 60, NI -20', async () => {
    const r = (await out('ps -el')).split('\n');
    expect(r[1]).toMatch(/^4 S     0       1       0  0  80   0 - +\d+ -      \?        00:00:\d\d systemd$/);
    expect(r.find((l) => l.endsWith(' rcu_gp'))).toBe('1 I     0       3       2  0  60 -20 -     0 -      ?        00:00:00 rcu_gp');
  });

  it('top shows the same nice value, PR 20 + NI', async () => {
    await s.exec('nice -n 10 sleep 100 &');
    const pid = (await out('echo $!')).trim();
    const line = (await out('top -bn1')).split('\n').find((l) => l.startsWith(pid.padStart(7)))!;
    expect(line).toMatch(/^ +\d+ vagrant   30  10 /);
    expect((await out('top -bn1')).split('\n').find((l) => l.endsWith(' rcu_gp'))).toMatch(/^ +3 root       0 -20 /);
  });
});
