// Tab after kill as bash-completion 2.11's _kill has it: a first word starting with - completes the signal names
// (_signals -: bash 5.1's `compgen -A signal SIG...` less the SIG) and -s, -l; after -s the bare names. The names are
// what `compgen -A signal SIG` prints in bash on x86_64 Linux.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';

const REAL =
  'SIGHUP SIGINT SIGQUIT SIGILL SIGTRAP SIGABRT SIGBUS SIGFPE SIGKILL SIGUSR1 SIGSEGV SIGUSR2 SIGPIPE SIGALRM SIGTERM SIGSTKFLT SIGCHLD SIGCONT SIGSTOP SIGTSTP SIGTTIN SIGTTOU SIGURG SIGXCPU SIGXFSZ SIGVTALRM SIGPROF SIGWINCH SIGIO SIGPWR SIGSYS SIGJUNK(32) SIGJUNK(33) SIGRTMIN SIGRTMIN+1 SIGRTMIN+2 SIGRTMIN+3 SIGRTMIN+4 SIGRTMIN+5 SIGRTMIN+6 SIGRTMIN+7 SIGRTMIN+8 SIGRTMIN+9 SIGRTMIN+10 SIGRTMIN+11 SIGRTMIN+12 SIGRTMIN+13 SIGRTMIN+14 SIGRTMIN+15 SIGRTMAX-14 SIGRTMAX-13 SIGRTMAX-12 SIGRTMAX-11 SIGRTMAX-10 SIGRTMAX-9 SIGRTMAX-8 SIGRTMAX-7 SIGRTMAX-6 SIGRTMAX-5 SIGRTMAX-4 SIGRTMAX-3 SIGRTMAX-2 SIGRTMAX-1 SIGRTMAX'.split(' ');

describe('kill completion', () => {
  it('completes signal names after a dash, and -s and -l', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    const all = (await s.completeAsync('kill -')).candidates;
    expect([...all].sort()).toEqual([...REAL.map((n) => '-' + n.slice(3)), '-s', '-l'].sort());
    expect((await s.completeAsync('kill -H')).candidates).toEqual(['-HUP']);
    expect((await s.completeAsync('kill -s T')).candidates).toEqual(['TERM', 'TRAP', 'TSTP', 'TTIN', 'TTOU']);
  });
});

describe('kill completion of PIDs (_pids) and killall of names (_pnames)', () => {
  it('offers every process ID ps lists, a background job among them, never file names', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    await s.exec('touch 1file; sleep 500 &');
    const job = (await s.exec('jobs -p')).stdout.trim();
    const listed = (await s.exec('ps -e -o pid=')).stdout.split('\n').map((l) => l.trim()).filter(Boolean);
    for (const line of ['kill ', 'kill -9 ', 'kill -s TERM ']) {
      const got = (await s.completeAsync(line)).candidates;
      expect(got).toContain(job);
      expect(got).toContain('1');
      expect(got).not.toContain('1file');
      // all but the ps that listed them (each run is a new process)
      expect(listed.filter((p) => !got.includes(p)).length).toBeLessThanOrEqual(1);
    }
    expect((await s.completeAsync('kill 1')).candidates.every((p) => p.startsWith('1'))).toBe(true);
    expect((await s.completeAsync('kill -l ')).candidates).toEqual([]);
    expect((await s.completeAsync('kill 1fi')).candidates).toEqual([]);
  });

  it('offers the names of the running commands after killall: [kthreadd] whole, sshd: as its first word', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    await s.exec('sleep 500 &');
    const got = (await s.completeAsync('killall s')).candidates;
    expect(got).toContain('sleep');
    expect(got).toContain('sshd:');
    expect(got).toContain('systemd');
    expect(got).toContain('systemd-journald');
    expect((await s.completeAsync('killall kth')).candidates).toEqual(['kthreadd', 'kthrotld']);
    expect((await s.completeAsync('killall /usr')).candidates).toEqual([]);
  });
});
