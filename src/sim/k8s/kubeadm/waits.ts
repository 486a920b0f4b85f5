/**
 * kubeadm waiting on a kubelet that does not come up, as 1.28's util/apiclient/wait.go WaitForKubeletAndFunc does:
 * WaitForHealthyKubelet sleeps 40 s, then asks http://localhost:10248/healthz five times with an exponential
 * backoff (5 s doubled: at 40, 45, 55, 75 and 115 s), printing two lines for each failure, and gives up with
 * wait's ErrWaitTimeout. init then prints waitcontrolplane.go's kubeletFailTempl, join kubelet.go's
 * kubeadmJoinFailMsg (both dedented).
 */
import type { CommandContext } from '../../context';
import type { CommandRun } from '../../types';

const HEALTHZ = 'http://localhost:10248/healthz';
export const WAIT_TIMEOUT = 'timed out waiting for the condition';

/** Yields the 115 s of checks against a kubelet that is not listening; the caller reports the failure. */
export function* kubeletNeverHealthy(ctx: CommandContext): CommandRun {
  yield { wait: 40_000 };
  ctx.out('[kubelet-check] Initial timeout of 40s passed.\n');
  const gaps = [0, 5_000, 10_000, 20_000, 40_000];
  for (const g of gaps) {
    if (g) yield { wait: g };
    ctx.out(`[kubelet-check] It seems like the kubelet isn't running or healthy.\n[kubelet-check] The HTTP call equal to 'curl -sSL ${HEALTHZ}' failed with error: Get "${HEALTHZ}": dial tcp [::1]:10248: connect: connection refused.\n`);
  }
  return 0;
}

/** The text wait-control-plane and kubelet-start print when the kubelet does not come up (join stops after the journalctl hint). */
export function joinFailText(err: string): string {
  return `
Unfortunately, an error has occurred:
\t${err}

This error is likely caused by:
\t- The kubelet is not running
\t- The kubelet is unhealthy due to a misconfiguration of the node in some way (required cgroups disabled)

If you are on a systemd-powered system, you can try to troubleshoot the error with the following commands:
\t- 'systemctl status kubelet'
\t- 'journalctl -xeu kubelet'
`;
}

export function initFailText(err: string, socket = 'unix:///var/run/containerd/containerd.sock'): string {
  return `${joinFailText(err)}
Additionally, a control plane component may have crashed or exited when started by the container runtime.
To troubleshoot, list all containers using your preferred container runtimes CLI.
Here is one example how you may list all running Kubernetes containers by using crictl:
\t- 'crictl --runtime-endpoint ${socket} ps -a | grep kube | grep -v pause'
\tOnce you have found the failing container, you can inspect its logs with:
\t- 'crictl --runtime-endpoint ${socket} logs CONTAINERID'
`;
}
