// crictl logs (cri-tools v1.28.0 cmd/crictl/logs.go): the ID check before connecting, ContainerStatus by id prefix,
// --tail, -t, -p and its error, containerd 1.7's NotFound (pkg/cri/server/container_status.go) as the vendored kubelet
// client logs it (vendor/k8s.io/kubernetes/pkg/kubelet/cri/remote/remote_runtime.go:432) before logrus' FATA line;
// the lines a container wrote to stdout on stdout. CoreDNS's own log (its banner after the reload plugin's line, as
// real kubeadm clusters print it for kubeadm's Corefile), and kubectl logs printing "Found 2 pods" before the lines.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';
import '../../../../src/sim/k8s/register';

const COREDNS = '.:53\n[INFO] plugin/reload: Running configuration SHA512 = 591cf328cccc12bc490481273e738df59329c62c0b729d94e8b61db9961c2fa5f046dd37f1cf888b953814040d180f52594972691cd6ff41be96639138a43908\nCoreDNS-1.10.1\nlinux/amd64, go1.20, 055b2c3\n';

async function worker() {
  const s = await createSession({ lab: 'cluster', seed: 4 });
  await s.exec('exit');
  await s.exec('exit');
  await s.exec('vagrant ssh w1-k8s');
  await s.exec('sudo crictl config --set runtime-endpoint=unix:///run/containerd/containerd.sock');
  return s;
}

describe('crictl logs', () => {
  it('prints a container by a prefix of its id, with --tail and -t; -p without an earlier attempt is an error', async () => {
    const s = await worker();
    const ids = (await s.exec('sudo crictl ps -q --name coredns')).stdout.trim().split('\n');
    expect(ids.length).toBeGreaterThan(0);
    expect(await s.exec(`sudo crictl logs ${ids[0]}`)).toMatchObject({ stdout: COREDNS, stderr: '', exitCode: 0 });
    expect((await s.exec(`sudo crictl logs --tail 1 ${ids[0].slice(0, 5)}`)).stdout).toBe('linux/amd64, go1.20, 055b2c3\n');
    // urfave/cli reads no flags after the first argument: two arguments show the command's help
    expect((await s.exec(`sudo crictl logs ${ids[0]} --tail 1`)).stdout).toMatch(/^NAME:\n   crictl logs - Fetch the logs of a container\n/);
    expect((await s.exec(`sudo crictl logs -t --tail=1 ${ids[0]}`)).stdout).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z linux\/amd64, go1\.20, 055b2c3\n$/);
    expect(await s.exec(`sudo crictl logs -p ${ids[0]}`)).toMatchObject({ stderr: 'FATA[0000] Previous terminated container coredns not found \n', exitCode: 1 });
  });

  it('an empty ID fails before connecting; an unknown one with containerd NotFound', async () => {
    const s = await worker();
    expect(await s.exec('sudo crictl logs')).toMatchObject({ stdout: '', stderr: 'FATA[0000] ID cannot be empty \n', exitCode: 1 });
    const r = await s.exec('sudo crictl logs abc123');
    const e = 'rpc error: code = NotFound desc = an error occurred when try to find container "abc123": not found';
    expect(r.exitCode).toBe(1);
    const [klog, fatal] = r.stderr.split('\n');
    expect(klog).toMatch(/^E\d{4} \d\d:\d\d:\d\d\.\d{6} +\d+ remote_runtime\.go:432\] /);
    expect(klog.slice(klog.indexOf('] ') + 2)).toBe(`"ContainerStatus from runtime service failed" err=${JSON.stringify(e)} containerID="abc123"`);
    expect(fatal).toBe(`FATA[0000] ${e} `);
  });

  it('kubectl logs of a Deployment says which pod it chose before the lines', async () => {
    const s = await createSession({ lab: 'cluster', seed: 4 });
    const r = await s.exec('kubectl logs -n kube-system deploy/coredns 2>&1');
    expect(r.stdout).toMatch(new RegExp(`^Found 2 pods, using pod/coredns-\\w+-\\w+\\n${COREDNS.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  });
});
