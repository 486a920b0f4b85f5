// Each kubelet start writes pflag's deprecation lines for the drop-in's flags and registers its Node again
// (pkg/kubelet/kubelet_node_status.go registerWithAPIServer and tryRegisterWithAPIServer, 1.28.7 source: lines 70,
// 108, 73): a restart, even in the millisecond of the journal's last update, is a new start.
import { describe, expect, it } from 'vitest';
import '../../../../src/sim/k8s/register';
import { createSession } from '../../../../src/sim/index';

describe('the kubelet journal after systemctl restart kubelet', () => {
  it('has the new process flag lines and its registration of the existing Node', async () => {
    const s = await createSession({ lab: 'cluster' });
    await s.exec('systemctl restart kubelet');
    await s.advance(5000);
    await s.settle();
    const pid = /Main PID: (\d+) \(kubelet\)/.exec((await s.exec('systemctl status kubelet')).stdout)![1];
    const j = (await s.exec('journalctl -u kubelet -n 5 --no-pager -o cat')).stdout.split('\n');
    expect(j[0]).toBe("Flag --container-runtime-endpoint has been deprecated, This parameter should be set via the config file specified by the Kubelet's --config flag. See https://kubernetes.io/docs/tasks/administer-cluster/kubelet-config-file/ for more information.");
    expect(j[1]).toBe('Flag --pod-infra-container-image has been deprecated, will be removed in a future release. Image garbage collector will get sandbox image information from CRI.');
    expect(j[2]).toMatch(new RegExp(`^I\\d{4} [\\d:.]+ +${pid} kubelet_node_status\\.go:70\\] "Attempting to register node" node="m-k8s"$`));
    expect(j[3]).toMatch(new RegExp(`^I\\d{4} [\\d:.]+ +${pid} kubelet_node_status\\.go:108\\] "Node was previously registered" node="m-k8s"$`));
    expect(j[4]).toMatch(new RegExp(`^I\\d{4} [\\d:.]+ +${pid} kubelet_node_status\\.go:73\\] "Successfully registered node" node="m-k8s"$`));
  });

  it('has no "previously registered" line for the first registration', async () => {
    const s = await createSession({ lab: 'cluster' });
    expect((await s.exec('journalctl -u kubelet --no-pager')).stdout).not.toContain('previously registered');
  });
});
