// pflag stops reading flags at `--` (cobra's ArgsLenAtDash): the words after it are the container's command, so a
// --kubeconfig, --context or --user there belongs to that program, never to kubectl. Checked against kubectl 1.28:
// `kubectl exec x -- a --kubeconfig=/nonexistent` fails on the connection to the cluster, not with "stat /nonexistent",
// while `kubectl exec x --kubeconfig=/nonexistent -- a` stops at the missing file.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';
import '../../../../src/sim/k8s/register';

const SCHED = 'kubectl exec -n kube-system kube-scheduler-m-k8s';

describe('kubectl leaves the words after -- to the container', () => {
  it('exec: the program gets --kubeconfig; kubectl keeps using its own kubeconfig', async () => {
    const s = await createSession({ lab: 'cluster', seed: 4 });
    expect(await s.exec(`${SCHED} -- kube-scheduler --kubeconfig=/etc/kubernetes/scheduler.conf --version`)).toMatchObject({ stdout: 'Kubernetes v1.28.15\n', stderr: '', exitCode: 0 });
    expect(await s.exec(`${SCHED} -- kube-scheduler --kubeconfig=/nonexistent --version`)).toMatchObject({ stdout: 'Kubernetes v1.28.15\n', exitCode: 0 });
    // before the -- the flag is kubectl's own
    expect(await s.exec(`${SCHED} --kubeconfig=/nonexistent -- kube-scheduler --version`)).toMatchObject({ stdout: '', stderr: 'error: stat /nonexistent: no such file or directory\n', exitCode: 1 });
  });

  it('exec: --context and --user after -- choose no kubeconfig entry', async () => {
    const s = await createSession({ lab: 'cluster', seed: 4 });
    const r = await s.exec(`${SCHED} -- kube-scheduler --context=foo --version`);
    expect(r.stderr).not.toContain('context was not found');
    // kube-scheduler's own answer (component-base's cli.Run: the usage, then the error)
    expect(r.stderr.endsWith('\nError: unknown flag: --context\ncommand terminated with exit code 1\n')).toBe(true);
    expect((await s.exec(`${SCHED} -- kube-scheduler --user=nobody --version`)).stderr).not.toContain('auth info');
    expect(await s.exec(`${SCHED} --context=foo -- kube-scheduler --version`)).toMatchObject({ stderr: 'Error in configuration: context was not found for specified context: foo\n', exitCode: 1 });
  });

  it('run and debug: the flags after -- are the container\'s arguments', async () => {
    const s = await createSession({ lab: 'cluster', seed: 4 });
    expect(await s.exec('kubectl run x --image=busybox -- sh --kubeconfig=/nonexistent --context=zz')).toMatchObject({ stdout: 'pod/x created\n', exitCode: 0 });
    expect((await s.exec('kubectl get pod x -o jsonpath={.spec.containers[0].args}')).stdout).toBe('["sh","--kubeconfig=/nonexistent","--context=zz"]');
    const d = await s.exec('kubectl debug node/m-k8s --image=busybox -- ls --kubeconfig=/nonexistent');
    expect(d.exitCode).toBe(0);
    expect(d.stdout).toMatch(/^Creating debugging pod node-debugger-m-k8s-\w+ with container debugger on node m-k8s\.\n$/);
  });
});
