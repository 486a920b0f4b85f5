// kubeadm upgrade apply --dry-run (cmd/kubeadm/app/cmd/upgrade/apply.go, 1.28.7 source): sessionIsInteractive is
// false with --dry-run, so no question; the prepull and the manifests are only announced, the run ends with
// "Finished dryrunning successfully!" and the cluster keeps its version.
import { describe, expect, it } from 'vitest';
import '../../../../src/sim/k8s/register';
import { createSession } from '../../../../src/sim/index';

describe('kubeadm upgrade apply --dry-run', () => {
  it('asks nothing, prints what it would write and changes nothing', async () => {
    const s = await createSession({ lab: 'cluster' });
    await s.exec("sed -i 's/v1.28/v1.29/g' /etc/yum.repos.d/kubernetes.repo");
    await s.exec('dnf install -y kubeadm-1.29.15 --disableexcludes=kubernetes');
    const before = (await s.exec('cat /etc/kubernetes/manifests/kube-apiserver.yaml')).stdout;
    const r = await s.exec('kubeadm upgrade apply v1.29.15 --dry-run');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).not.toContain('Are you sure you want to proceed?');
    expect(r.stdout).toContain(
      "[upgrade/versions] kubeadm version: v1.29.15\n[upgrade/prepull] Would pull the required images (like 'kubeadm config images pull')\n" +
        '[upgrade/apply] Upgrading your Static Pod-hosted control plane to version "v1.29.15" (timeout: 5m0s)...\n' +
        '[dryrun] Would write file "/etc/kubernetes/manifests/kube-apiserver.yaml" with content:\n\tapiVersion: v1\n',
    );
    expect(r.stdout).toContain('\timage: registry.k8s.io/kube-apiserver:v1.29.15\n'.replace('\t', '\t    '));
    expect(r.stdout).toMatch(/\[dryrun\] Would back up kubelet config file to \/etc\/kubernetes\/tmp\/kubeadm-kubelet-config\d+\/config\.yaml\n/);
    expect(r.stdout).toMatch(/\n\[upgrade\/successful\] Finished dryrunning successfully!\n$/);
    expect(r.stdout).not.toContain('SUCCESS!');
    expect((await s.exec('cat /etc/kubernetes/manifests/kube-apiserver.yaml')).stdout).toBe(before);
    expect((await s.exec('kubectl version')).stdout).toContain('Server Version: v1.28.15\n');
  });
});
