// kubeadm certs renew, as published transcripts of kubeadm 1.2x print it: the configuration header, one line
// per certificate in the renewal manager's words, and for `all` the reminder to restart the control plane.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';
import '../../../../src/sim/k8s/register';

const HEADER =
  "[renew] Reading configuration from the cluster...\n[renew] FYI: You can look at this config file with 'kubectl -n kube-system get cm kubeadm-config -o yaml'\n\n";
const ALL = [
  'certificate embedded in the kubeconfig file for the admin to use and for kubeadm itself renewed',
  'certificate for serving the Kubernetes API renewed',
  'certificate the apiserver uses to access etcd renewed',
  'certificate for the API server to connect to kubelet renewed',
  'certificate embedded in the kubeconfig file for the controller manager to use renewed',
  'certificate for liveness probes to healthcheck etcd renewed',
  'certificate for etcd nodes to communicate with each other renewed',
  'certificate for serving etcd renewed',
  'certificate for the front proxy client renewed',
  'certificate embedded in the kubeconfig file for the scheduler manager to use renewed',
];
const DONE =
  '\nDone renewing certificates. You must restart the kube-apiserver, kube-controller-manager, kube-scheduler and etcd, so that they can use the new certificates.\n';

describe('kubeadm certs renew', () => {
  it('renews one certificate for a year from now, and check-expiration shows it', async () => {
    const s = await createSession({ lab: 'cluster', seed: 3 });
    await s.advance(30 * 24 * 3600_000);
    const r = await s.exec('sudo kubeadm certs renew apiserver');
    expect(r.stdout).toBe(HEADER + 'certificate for serving the Kubernetes API renewed\n');
    expect(r.exitCode).toBe(0);
    await s.advance(60_000);
    const rows = (await s.exec('sudo kubeadm certs check-expiration')).stdout.split('\n');
    const residual = (name: string) => rows.find((l) => l.startsWith(name + ' '))!.split(/\s{2,}/)[2];
    expect(residual('apiserver')).toBe('364d');
    expect(residual('apiserver-kubelet-client')).toBe('334d');
  });

  it('renews all with the restart reminder; on a worker every certificate is MISSING!', async () => {
    const s = await createSession({ lab: 'cluster', seed: 3 });
    const r = await s.exec('sudo kubeadm certs renew all');
    expect(r.stdout).toBe(HEADER + ALL.join('\n') + '\n' + DONE);
    await s.exec('exit');
    await s.exec('exit');
    await s.exec('vagrant ssh w1-k8s');
    expect((await s.exec('hostname')).stdout).toBe('w1-k8s\n');
    const w = await s.exec('sudo kubeadm certs renew apiserver');
    expect(w.stdout).toBe('MISSING! certificate for serving the Kubernetes API\n');
  });

  it("refuses a word that is not a certificate with kubeadm's invalid-subcommand error", async () => {
    const s = await createSession({ lab: 'cluster', seed: 3 });
    const r = await s.exec('sudo kubeadm certs renew bogus');
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('invalid subcommand "bogus"\nSee \'kubeadm certs renew -h\' for help and examples\n');
    expect(r.exitCode).toBe(1);
  });
});
