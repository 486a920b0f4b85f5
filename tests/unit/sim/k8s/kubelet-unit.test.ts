import { describe, expect, it } from 'vitest';
import '../../../../src/sim/k8s/register';
import { createSession } from '../../../../src/sim/index';
import { KUBEADM_DROPIN, KUBELET_UNIT } from '../../../../src/sim/data/kubelet-unit';

describe("the kubelet's unit files and a worker's pki", () => {
  it('are on disk as the 1.28 packages install them; cat and systemctl cat agree', async () => {
    const s = await createSession({ lab: 'cluster' });
    await s.exec('exit');
    await s.exec('exit');
    await s.exec('vagrant ssh w1-k8s');
    expect((await s.exec('cat /usr/lib/systemd/system/kubelet.service')).stdout).toBe(KUBELET_UNIT);
    expect((await s.exec('cat /usr/lib/systemd/system/kubelet.service.d/10-kubeadm.conf')).stdout).toBe(KUBEADM_DROPIN);
    expect((await s.exec('ls -l /usr/lib/systemd/system/kubelet.service')).stdout).toMatch(/^-rw-r--r--\. 1 root root /);
    expect((await s.exec('systemctl cat kubelet')).stdout).toBe(
      `# /usr/lib/systemd/system/kubelet.service\n${KUBELET_UNIT}\n# /usr/lib/systemd/system/kubelet.service.d/10-kubeadm.conf\n${KUBEADM_DROPIN}`,
    );
    expect((await s.exec('systemctl status kubelet --no-pager')).stdout).toContain('    Drop-In: /usr/lib/systemd/system/kubelet.service.d\n             └─10-kubeadm.conf\n');
    // a worker keeps only the cluster's CA certificate after kubeadm join
    expect((await s.exec('sudo ls /etc/kubernetes/pki')).stdout).toBe('ca.crt\n');
    // the control plane has every certificate and key of kubeadm init's [certs] phase
    await s.exec('exit');
    await s.exec('vagrant ssh m-k8s');
    expect((await s.exec('sudo ls -1 /etc/kubernetes/pki/etcd')).stdout).toBe('ca.crt\nca.key\nhealthcheck-client.crt\nhealthcheck-client.key\npeer.crt\npeer.key\nserver.crt\nserver.key\n');
    expect((await s.exec('sudo ls -1 /etc/kubernetes/pki')).stdout.split('\n').filter(Boolean).length).toBe(15);
  }, 60_000);

  it('come with dnf install and go with dnf remove', async () => {
    const s = await createSession({ lab: 'nodes' });
    const repo = '[kubernetes]\nname=Kubernetes\nbaseurl=https://pkgs.k8s.io/core:/stable:/v1.28/rpm/\nenabled=1\ngpgcheck=1\ngpgkey=https://pkgs.k8s.io/core:/stable:/v1.28/rpm/repodata/repomd.xml.key\n';
    await s.exec('sudo -i');
    await s.exec(`cat <<EOF > /etc/yum.repos.d/kubernetes.repo\n${repo}EOF`);
    expect((await s.exec('dnf install -y kubelet kubeadm')).exitCode).toBe(0);
    expect((await s.exec('systemctl cat kubelet')).stdout).toContain('# /usr/lib/systemd/system/kubelet.service.d/10-kubeadm.conf\n');
    expect((await s.exec('cat /usr/lib/systemd/system/kubelet.service')).stdout).toBe(KUBELET_UNIT);
    await s.exec('dnf remove -y kubeadm');
    expect((await s.exec('ls /usr/lib/systemd/system/kubelet.service.d')).exitCode).not.toBe(0);
    expect((await s.exec('systemctl cat kubelet')).stdout).toBe(`# /usr/lib/systemd/system/kubelet.service\n${KUBELET_UNIT}`);
  }, 60_000);
});
