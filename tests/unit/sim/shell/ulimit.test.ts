// ulimit on the Rocky guest: the texts are checked against the real bash in tests/golden/bash (ulimit-*); the
// values are the guest's, which the recording machine cannot give: kernel 5.14's defaults, systemd 252's
// DefaultLimitNOFILE=1024:524288, DefaultLimitCORE=0:infinity and DefaultLimitMEMLOCK=8M, limits.d/20-nproc.conf's
// `* soft nproc 4096` (pam_limits cuts it to the hard limit), and max_threads / 2 (MemTotal / 128 KiB / 2) for pending signals and processes.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';

describe('ulimit on a Rocky 9 guest', () => {
  it('-a lists the limits as bash 5.1 prints them on Linux', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    const mem = s.world.host(s.frame.hostId).sys!.memTotalKb;
    const n = Math.floor(mem / 128 / 2);
    const out = (await s.exec('ulimit -a')).stdout.split('\n');
    expect(out[0]).toBe('real-time non-blocking time  (microseconds, -R) unlimited');
    expect(out).toContain('core file size              (blocks, -c) 0');
    expect(out).toContain(`pending signals                     (-i) ${n}`);
    expect(out).toContain('open files                          (-n) 1024');
    // pam_limits cuts a soft limit above the hard one down to it (the vm lab's guest has 1 GiB)
    expect(out).toContain(`max user processes                  (-u) ${Math.min(4096, n)}`);
    expect(out).toContain('stack size                  (kbytes, -s) 8192');
    expect((await s.exec('ulimit -Hn; ulimit -Hu; ulimit -Hc; ulimit -l')).stdout).toBe(`524288\n${n}\nunlimited\n8192\n`);
  });

  it('a user may lower a limit but not raise the hard one again; a new bash inherits them', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    await s.exec('ulimit -n 512');
    const r = await s.exec('ulimit -n 1024');
    expect(r.stderr).toBe('-bash: ulimit: open files: cannot modify limit: Operation not permitted\n');
    expect((await s.exec('bash -c "ulimit -n"')).stdout).toBe('512\n');
  });
});
