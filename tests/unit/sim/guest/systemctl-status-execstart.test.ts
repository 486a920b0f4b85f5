// systemctl status of a restarting service names the process with the ExecStart= systemd keeps: the last one of
// the unit file and its drop-ins (an empty ExecStart= clears the list), words joined by spaces, $VARIABLES as
// written (systemd 252 src/systemctl/systemctl-show.c print_status_info: strv_join(p->argv, " ")).
import { describe, expect, it } from 'vitest';
import '../../../../src/sim/k8s/register';
import { createSession } from '../../../../src/sim/index';

describe('systemctl status kubelet before kubeadm init', () => {
  it('shows the kubeadm drop-in command line of the exited process', async () => {
    const s = await createSession({ lab: 'nodes' });
    await s.exec("sudo tee /etc/yum.repos.d/kubernetes.repo >/dev/null <<X\n[kubernetes]\nname=Kubernetes\nbaseurl=https://pkgs.k8s.io/core:/stable:/v1.28/rpm/\nenabled=1\ngpgcheck=1\ngpgkey=https://pkgs.k8s.io/core:/stable:/v1.28/rpm/repodata/repomd.xml.key\nX");
    await s.exec('sudo dnf install -y kubelet kubeadm kubectl');
    await s.exec('sudo systemctl enable --now kubelet');
    const st = (await s.exec('systemctl status kubelet')).stdout;
    expect(st).toMatch(/\n    Process: (\d+) ExecStart=\/usr\/bin\/kubelet \$KUBELET_KUBECONFIG_ARGS \$KUBELET_CONFIG_ARGS \$KUBELET_KUBEADM_ARGS \$KUBELET_EXTRA_ARGS \(code=exited, status=1\/FAILURE\)\n   Main PID: \1 \(code=exited, status=1\/FAILURE\)\n/);
  });
});
