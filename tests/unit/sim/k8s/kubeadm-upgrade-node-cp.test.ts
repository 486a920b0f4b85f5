// kubeadm upgrade node on a control-plane node (cmd/kubeadm/app/cmd/phases/upgrade/node/preflight.go and
// controlplane.go, 1.28.7 source): the three prepull lines, then the instance goes to the kubeadm-config's
// kubernetesVersion; there is no check that `kubeadm upgrade apply` ran first.
import { describe, expect, it } from 'vitest';
import '../../../../src/sim/k8s/register';
import { createSession } from '../../../../src/sim/index';

describe('kubeadm upgrade node on m-k8s', () => {
  it('pulls and upgrades the instance to the cluster version even before upgrade apply', async () => {
    const s = await createSession({ lab: 'cluster' });
    await s.exec("sed -i 's/v1.28/v1.29/g' /etc/yum.repos.d/kubernetes.repo");
    await s.exec('dnf install -y kubeadm-1.29.15 --disableexcludes=kubernetes');
    const r = await s.exec('kubeadm upgrade node');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain(
      '[preflight] Running pre-flight checks\n[preflight] Pulling images required for setting up a Kubernetes cluster\n' +
        '[preflight] This might take a minute or two, depending on the speed of your internet connection\n' +
        "[preflight] You can also perform this action in beforehand using 'kubeadm config images pull'\n" +
        '[upgrade] Upgrading your Static Pod-hosted control plane instance to version "v1.28.15"...\n',
    );
    expect(r.stdout).not.toContain('FATAL');
    expect((await s.exec('kubectl version')).stdout).toContain('Server Version: v1.28.15\n');
  });
});
