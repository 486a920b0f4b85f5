// systemd-analyze verify against the guest's own units and programs (the messages themselves are the recorded
// sa-verify-* fixtures of tests/golden/systemd).
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';

beforeAll(async () => {
  await loadGuest();
});

describe('systemd-analyze verify', () => {
  it("passes the box's units by name and a unit that needs what the box has", async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    expect(await s.exec('systemd-analyze verify sshd.service')).toMatchObject({ stdout: '', stderr: '', exitCode: 0 });
    await s.exec("printf '[Unit]\\nRequires=network-online.target sshd.service\\nAfter=network-online.target\\n[Service]\\nExecStart=/usr/bin/python3 -m http.server\\n' > web.service");
    expect(await s.exec('systemd-analyze verify ./web.service')).toMatchObject({ stderr: '', exitCode: 0 });
  });

  it('finds a command the guest does not have yet, and a unit edited in place', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    await s.exec("printf '[Service]\\nExecStart=/usr/bin/kubelet\\n' > k.service");
    expect(await s.exec('systemd-analyze verify ./k.service')).toMatchObject({ stderr: 'k.service: Command /usr/bin/kubelet is not executable: No such file or directory\n', exitCode: 1 });
    await s.exec('sudo mkdir -p /etc/systemd/system');
    await s.exec("printf '[Unit]\\nDescription=Mine\\n[Service]\\nExecStart=/usr/bin/sleep infinity\\nRestart=sometimes\\n' | sudo tee /etc/systemd/system/mine.service >/dev/null");
    expect((await s.exec('systemd-analyze verify mine.service')).stderr).toBe('/etc/systemd/system/mine.service:5: Failed to parse service restart specifier, ignoring: sometimes\n');
  });
});
