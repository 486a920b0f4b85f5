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

describe('dnf upgrade of a package without a newer build', () => {
  it('resolves nothing and says nothing of the installed package (base.upgrade, dnf 4.14)', async () => {
    const s = await createSession({ lab: 'cluster' });
    await s.exec("sed -i 's/v1.28/v1.29/g' /etc/yum.repos.d/kubernetes.repo");
    // the repository's exclude= hides kubeadm 1.29: no upgrade
    const r = await s.exec('dnf upgrade -y kubeadm');
    expect(r.stdout).toMatch(/\nDependencies resolved\.\nNothing to do\.\nComplete!\n$/);
    expect(r.stdout).not.toContain('is already installed');
    expect(r.exitCode).toBe(0);
    // install still names it
    expect((await s.exec('dnf install -y kubeadm')).stdout).toContain('Package kubeadm-1.28.15-150500.1.1.x86_64 is already installed.\n');
  });
});
