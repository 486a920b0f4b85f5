import { it, expect } from 'vitest';
import { createSession, loadEveryGuestCommand } from '../../../../src/sim/index';
// The host's curl and ssh reuse the guests' code: loading them first must not register guest commands behind the
// guest manifest's back (each guest module registers its names when the manifest loads it).
it("curl, ssh and systeminfo on the host before the guest manifest leave the guests' curl and ssh working", async () => {
  const s = await createSession({ lab: 'host', seed: 1 });
  await s.exec('ssh -V'); await s.exec('curl -V'); await s.exec('systeminfo /?');
  await loadEveryGuestCommand();
  const v = await createSession({ lab: 'vm', seed: 1 });
  const r = await v.exec('ssh -V');
  expect(r.stderr).toContain('OpenSSH_8.7p1');
  expect((await v.exec('curl -V')).stdout).toContain('curl 7.76.1');
});
