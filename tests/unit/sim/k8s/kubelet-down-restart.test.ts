// Restarting an exited container is the kubelet's work (kuberuntime_manager.go computePodActions): with the kubelet
// stopped a container stopped by crictl stays Exited; the kubelet started again restarts it in the same sandbox,
// attempt 1, the exited one listed beside it.
import { describe, expect, it } from 'vitest';
import '../../../../src/sim/k8s/register';
import { createSession } from '../../../../src/sim/index';

describe('a static pod container stopped while the kubelet is stopped', () => {
  it('stays exited until the kubelet runs again', async () => {
    const s = await createSession({ lab: 'cluster' });
    await s.exec('systemctl stop kubelet');
    await s.exec('crictl stop $(crictl ps -q --name kube-scheduler 2>/dev/null) 2>/dev/null');
    await s.advance(60_000);
    await s.settle();
    const down = (await s.exec('crictl ps -a --name kube-scheduler 2>/dev/null')).stdout.trim().split('\n').slice(1);
    expect(down).toHaveLength(1);
    expect(down[0]).toMatch(/ Exited +kube-scheduler +0 /);
    await s.exec('systemctl start kubelet');
    await s.advance(20_000);
    await s.settle();
    const up = (await s.exec('crictl ps -a --name kube-scheduler 2>/dev/null')).stdout.trim().split('\n').slice(1);
    expect(up).toHaveLength(2);
    expect(up[0]).toMatch(/ Running +kube-scheduler +1 /);
    expect(up[1]).toMatch(/ Exited +kube-scheduler +0 /);
  });
});
