// The vagrant commands the main help does not list (cap, provider, docker-*, rsync*) and `cloud box show`, with
// the lab's machine. Texts: Vagrant 2.4.3's templates/locales/en.yml, providers_docker.yml,
// plugins/commands/cloud/locales/en.yml and the commands' sources; their help and usage errors are compared with
// the recordings in tests/golden/vagrant/2.4 (vagrant-golden.test.ts).
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../src/sim/index';

const vm = async () => {
  const s = await createSession({ lab: 'vm', seed: 1 });
  await s.exec('exit');
  return s;
};
const out = (t: string) => t + '\n';

describe('vagrant commands beyond the main help', () => {
  it('provider, rsync, rsync-auto, docker-logs, docker-exec and cap', async () => {
    const s = await vm();
    expect(await s.exec('vagrant provider')).toMatchObject({ stdout: out('virtualbox\n'), exitCode: 0 });
    expect(await s.exec('vagrant rsync')).toMatchObject({ stdout: out(''), stderr: '', exitCode: 0 });
    expect((await s.exec('vagrant rsync-auto')).exitCode).toBe(1);
    expect(await s.exec('vagrant docker-logs')).toMatchObject({ stdout: out('==> default: Not backed by Docker provider. Skipping.\n'), exitCode: 1 });
    const r = await s.exec('vagrant docker-exec -- ls');
    expect(r.stderr).toContain('An active machine was found with a different provider.');
    expect(r.stderr).toContain('Machine name: default\nActive provider: virtualbox\nRequested provider: docker\n');
    expect((await s.exec('vagrant cap host rdp_client --check')).exitCode).toBe(0);
    expect((await s.exec('vagrant cap host nope --check')).exitCode).toBe(1);
    expect((await s.exec('vagrant cap host nope')).stderr).toBe("The capability 'nope' could not be found. This is an internal error\nthat users should never see. Please report a bug.\n");
    await s.exec('vagrant halt');
    expect((await s.exec('vagrant rsync')).stderr).toBe(
      '==> default: The machine is reporting that it is not ready for rsync to\n==> default: communicate with it. Verify that this machine is properly running.\n',
    );
  });

  it('cloud box show: the box, one version, an unknown box, filters that match nothing', async () => {
    const s = await createSession({ lab: 'host', seed: 1 });
    let r = await s.exec('vagrant cloud box show rockylinux/9');
    expect(r.stdout).toBe(out('Box:             rockylinux/9\nPrivate:         no\nCurrent Version: 6.0.0\nVersions:        6.0.0, 5.0.0, 4.0.0, 3.0.0, 2.0.0 ...\nDownloads:       905,126\n\n'));
    r = await s.exec('vagrant cloud box show rockylinux/9 --versions 5.0.0');
    expect(r.stdout).toBe(out('Box:         rockylinux/9\nVersion:     5.0.0\nStatus:      active\nProviders:   libvirt (amd64)\n             virtualbox (amd64)\n             vmware_desktop (amd64)\n\n'));
    r = await s.exec('vagrant cloud box show nobody/nothing');
    expect(r).toMatchObject({ stderr: 'Failed to locate requested box: nobody/nothing\n', exitCode: 1 });
    r = await s.exec('vagrant cloud box show rockylinux/9 --providers hyperv');
    expect(r.stderr).toBe('No matches found for rockylinux/9\nFilters applied:\n  Architectures: N/A\n  Providers:     hyperv\n  Versions:      N/A\n');
  });
});
