// The kubelet checks swap as it starts (failSwapOn): swap turned on under a running kubelet changes nothing, the
// next start fails with a new process; systemctl status shows that process with the drop-in's ExecStart= as systemd
// keeps it, the $VARIABLES unexpanded (systemd 252 systemctl-show.c print_status_info: strv_join of argv).
import { describe, expect, it } from 'vitest';
import '../../../../src/sim/k8s/register';
import { createSession } from '../../../../src/sim/index';

describe('swap on a node whose kubelet runs', () => {
  it('stops the kubelet only at its next start', async () => {
    const s = await createSession({ lab: 'cluster' });
    await s.exec('swapon /dev/sda2');
    await s.advance(30_000);
    await s.settle();
    expect((await s.exec('systemctl is-active kubelet')).stdout).toBe('active\n');
    const before = /Main PID: (\d+)/.exec((await s.exec('systemctl status kubelet')).stdout)![1];
    await s.exec('systemctl restart kubelet');
    await s.advance(3000);
    await s.settle();
    const st = (await s.exec('systemctl status kubelet')).stdout;
    const pid = /Main PID: (\d+) \(code=exited, status=1\/FAILURE\)/.exec(st)![1];
    expect(pid).not.toBe(before);
    expect(st).toContain(`\n    Process: ${pid} ExecStart=/usr/bin/kubelet $KUBELET_KUBECONFIG_ARGS $KUBELET_CONFIG_ARGS $KUBELET_KUBEADM_ARGS $KUBELET_EXTRA_ARGS (code=exited, status=1/FAILURE)\n`);
    expect((await s.exec('journalctl -u kubelet -n 3 --no-pager -o cat')).stdout).toContain(`${pid} run.go:74] "command failed" err="failed to run Kubelet: running with swap on is not supported, please disable swap!`);
  });
});
