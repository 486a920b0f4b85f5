// dnf 4.14 (base.py _raise_package_not_found_error): a package the repository's exclude= line hides is reported as
// filtered out by exclude filtering, not as missing; --disableexcludes lifts the exclude.
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';
import '../../../../src/sim/k8s/register';

beforeAll(async () => {
  await loadGuest();
});

const REPO = [
  'sudo tee /etc/yum.repos.d/kubernetes.repo >/dev/null <<X',
  '[kubernetes]',
  'name=Kubernetes',
  'baseurl=https://pkgs.k8s.io/core:/stable:/v1.28/rpm/',
  'enabled=1',
  'gpgcheck=1',
  'gpgkey=https://pkgs.k8s.io/core:/stable:/v1.28/rpm/repodata/repomd.xml.key',
  'exclude=kubelet kubeadm kubectl cri-tools kubernetes-cni',
  'X',
].join('\n');

describe('dnf install of an excluded package', () => {
  it('says the matches were filtered out by exclude filtering', async () => {
    const s = await createSession({ lab: 'nodes' });
    await s.exec(REPO);
    const r = await s.exec('sudo dnf install -y kubelet kubeadm kubectl nosuchpkg');
    expect(r.stdout).toContain(
      'All matches were filtered out by exclude filtering for argument: kubelet\n' +
        'All matches were filtered out by exclude filtering for argument: kubeadm\n' +
        'All matches were filtered out by exclude filtering for argument: kubectl\n' +
        'No match for argument: nosuchpkg\n',
    );
    expect(r.stderr).toBe('Error: Unable to find a match: kubelet kubeadm kubectl nosuchpkg\n');
    expect(r.exitCode).toBe(1);
    const ok = await s.exec('sudo dnf install -y kubeadm --disableexcludes=kubernetes');
    expect(ok.exitCode).toBe(0);
  });
});
