// The ready-made cluster's nodes carry what `dnf install kubelet kubeadm kubectl --disableexcludes=kubernetes`
// installs with only the v1.28 repository enabled: kubernetes-cni comes from that repository too (@kubernetes).
import { describe, expect, it } from 'vitest';
import '../../../../src/sim/k8s/register';
import { createSession } from '../../../../src/sim/index';

describe('the cluster lab packages', () => {
  it('has kubernetes-cni of the v1.28 repository, as the nodes lab install gives it', async () => {
    const c = await createSession({ lab: 'cluster' });
    const listed = (await c.exec('dnf list installed kubernetes-cni')).stdout;
    expect(listed).toMatch(/\nkubernetes-cni\.x86_64 +(\S+) +@kubernetes *\n$/);
    const n = await createSession({ lab: 'nodes' });
    await n.exec('sudo tee /etc/yum.repos.d/kubernetes.repo >/dev/null <<X\n[kubernetes]\nname=Kubernetes\nbaseurl=https://pkgs.k8s.io/core:/stable:/v1.28/rpm/\nenabled=1\ngpgcheck=1\ngpgkey=https://pkgs.k8s.io/core:/stable:/v1.28/rpm/repodata/repomd.xml.key\nexclude=kubelet kubeadm kubectl cri-tools kubernetes-cni\nX');
    await n.exec('sudo dnf install -y kubelet kubeadm kubectl --disableexcludes=kubernetes');
    expect((await n.exec('rpm -q kubernetes-cni')).stdout).toBe((await c.exec('rpm -q kubernetes-cni')).stdout);
  });
});
