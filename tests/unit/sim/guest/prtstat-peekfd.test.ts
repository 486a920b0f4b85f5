// prtstat and peekfd of psmisc 23.4: prtstat lays out /proc/PID/stat (the process model ps shows), peekfd attaches
// where ptrace lets it and waits for Ctrl+C. Their usage errors are the recorded cases of psmisc.test.ts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import '../../../../src/sim/k8s/register';
import { createSession } from '../../../../src/sim/index';
import { format } from '../../../../src/sim/commands/psmisc/prtstat/format';

const vm = () => createSession({ lab: 'vm', seed: 1 });

const FORMAT = path.resolve(import.meta.dirname, '../../../golden/psmisc/prtstat-format');

describe('prtstat', () => {
  it('lays out stat lines as the real prtstat does (scripts/golden/record-prtstat.sh), formatted and raw', () => {
    const lines = readFileSync(path.join(FORMAT, 'stat-lines'), 'utf8').split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThanOrEqual(6);
    lines.forEach((line, i) => {
      const f = (x: string) => readFileSync(path.join(FORMAT, `${i + 1}.${x}`), 'utf8');
      const pid = Number(f('pid').trim());
      expect(format(pid, line, false)).toEqual({ out: f('out'), err: '' });
      expect(format(pid, line, true)).toEqual({ out: f('raw'), err: '' });
    });
  });


  it('prints the shell\'s stat file as print_formated_stat() lays it out', async () => {
    const s = await vm();
    const pid = (await s.exec('echo $$')).stdout.trim();
    const stat = (await s.exec(`cat /proc/${pid}/stat`)).stdout.trim().split(' ');
    const r = await s.exec(`prtstat ${pid}`);
    expect(r).toMatchObject({ stderr: '', exitCode: 0 });
    const l = r.stdout.split('\n');
    expect(l[0]).toBe('Process: bash          \t\tState: S (sleeping)');
    expect(l[1]).toBe(`  CPU#:  ${stat[38].padEnd(3)}\t\tTTY: 136:0\tThreads: 1`);
    expect(l.slice(2, 7)).toEqual(['Process, Group and Session IDs', `  Process ID: ${pid}\t\t  Parent ID: ${stat[3]}`, `    Group ID: ${stat[4]}\t\t Session ID: ${stat[5]}`, `  T Group ID: ${stat[7]}`, '']);
    expect(l[7]).toBe('Page Faults');
    expect(l[8]).toBe(`  This Process    (minor major): ${stat[9].padStart(8)}  ${stat[11].padStart(8)}`);
    expect(l[11]).toMatch(/^ {2}This Process {4}\(user system guest blkio\): +\d+\.\d\d +\d+\.\d\d +0\.00 +0\.00$/);
    expect(l[14]).toBe(`  Vsize:       ${`${Math.floor(Number(stat[22]) / 1e6)} MB`.padEnd(10)}`);
    expect(l[15]).toBe(`  RSS:         ${`${Math.floor((Number(stat[23]) * 4096) / 1000)} kB`.padEnd(10)} \t\t RSS Limit: 18446744073709 MB`);
    expect(l[16]).toBe(`  Code Start:  0x${BigInt(stat[25]).toString(16)}\t\t Code Stop:  0x${BigInt(stat[26]).toString(16)}`);
    expect(l[18]).toBe('  Stack Pointer (ESP):          0\t Inst Pointer (EIP):          0');
    expect(l.slice(19)).toEqual(['Scheduling', '  Policy: normal', '  Nice:   0 \t\t RT Priority: 0 (non RT)', '']);
  });

  it('-r prints the raw fields two a line, cnswap repeating wchan as print_raw_stat() does', async () => {
    const s = await vm();
    const r = await s.exec('prtstat -r 1');
    const l = r.stdout.split('\n');
    expect(l[0]).toBe('         pid: 1              \t                  comm: systemd');
    expect(l[4]).toBe('       flags: 400100         \t                minflt: ' + (await s.exec('cut -d" " -f10 /proc/1/stat')).stdout.trim());
    expect(l[12]).toMatch(/^ {6}rsslim: 18446744073709551615\t {13}startcode: \d+$/);
    expect(l[16].split(':')[1].trim().split(/\s/)[0]).toBe(l[15].split(':')[1].trim().split(/\s/)[0]);
    expect(l[18]).toBe('      policy: 0              \t delayaccr_blkio_ticks: 0');
    expect(l).toHaveLength(21);
  });

  it('a user sees 0x1 for another user\'s code addresses (the kernel\'s stat), root the addresses; a renice shows', async () => {
    const s = await vm();
    expect((await s.exec('prtstat 1')).stdout).toContain('  Code Start:  0x1       \t\t Code Stop:  0x1       \n  Stack Start: 0         \n');
    expect((await s.exec('sudo prtstat 1')).stdout).toMatch(/ {2}Code Start: {2}0x[0-9a-f]{12}\t\t Code Stop: {2}0x[0-9a-f]{12}\n/);
    await s.exec('sleep 300 &');
    await s.exec('renice -n 5 -p $!');
    const out = (await s.exec('prtstat $!')).stdout;
    expect(out).toContain('\n  Nice:   5 \t\t RT Priority: 5 (non RT)\n');
  });
});

describe('peekfd', () => {
  it('attaches to the user\'s own process and prints nothing until Ctrl+C ends it by SIGINT', async () => {
    const s = await vm();
    await s.exec('sleep 300 &');
    await s.submit('peekfd $!');
    expect(s.busy).toBe(true);
    await s.advance(10_000);
    expect(s.busy).toBe(true);
    await s.interrupt();
    expect(s.busy).toBe(false);
    expect((await s.exec('echo $?')).stdout).toBe('130\n');
  });

  it('cannot attach to others\' processes as a user, nor to kernel threads as root', async () => {
    const s = await vm();
    expect(await s.exec('peekfd $(pgrep -x sshd | head -1)')).toMatchObject({ stderr: expect.stringMatching(/^Error attaching to pid \d+\n$/), exitCode: 1 });
    expect(await s.exec('sudo peekfd 2')).toMatchObject({ stderr: 'Error attaching to pid 2\n', exitCode: 1 });
    expect((await s.exec('peekfd -V')).stderr.split('\n').slice(0, 2)).toEqual(['peekfd (PSmisc) 23.4', 'Copyright (C) 2007 Trent Waddington']);
  });
});
