// kube-controller-manager in its registry.k8s.io/kube-controller-manager container, through kubectl exec and crictl
// exec. Its help is cobra's Long, the usage line and cliflag.PrintSections over the named flag sets that
// scripts/golden/kube-controller-manager-flags.ts read from the kubernetes v1.28.7 tree (KubeControllerManagerOptions.
// Flags(), the controllers' option files, the v1alpha1 defaults); the lines checked here are what those sources give.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';
import '../../../../src/sim/k8s/register';

const EXEC = 'kubectl exec -n kube-system kube-controller-manager-m-k8s --';

describe('kube-controller-manager in its container', () => {
  it('--version prints verflag\'s line; a word is the Args check\'s error; a deprecated flag prints pflag\'s line', async () => {
    const s = await createSession({ lab: 'cluster', seed: 4 });
    expect(await s.exec(`${EXEC} kube-controller-manager --version`)).toMatchObject({ stdout: 'Kubernetes v1.28.15\n', stderr: '', exitCode: 0 });
    expect((await s.exec(`${EXEC} /usr/local/bin/kube-controller-manager --version=true`)).stdout).toBe('Kubernetes v1.28.15\n');
    expect(await s.exec(`${EXEC} kube-controller-manager run`)).toMatchObject({ stderr: 'Error: "kube-controller-manager" does not take any arguments, got ["run"]\ncommand terminated with exit code 1\n', exitCode: 1 });
    // cli.Run's WordSepNormalizeFunc: concurrent_rc_syncs is --concurrent-rc-syncs
    expect((await s.exec(`${EXEC} kube-controller-manager --concurrent_rc_syncs=3 --version`)).stdout).toBe('Kubernetes v1.28.15\n');
    expect((await s.exec(`${EXEC} kube-controller-manager --node-sync-period=1m --version`)).stderr).toBe('Flag --node-sync-period has been deprecated, This flag is currently no-op and will be deleted.\n');
    // the command keeps its usage on a flag error (no SilenceUsage): the usage, then cli.Run's error
    const bad = await s.exec(`${EXEC} kube-controller-manager --no-such-flag`);
    expect(bad.stderr.startsWith('Usage:\n  kube-controller-manager [flags]\n\nDebugging flags:\n')).toBe(true);
    expect(bad.stderr.endsWith('\nError: unknown flag: --no-such-flag\ncommand terminated with exit code 1\n')).toBe(true);
  });

  it('--help: the sets in Flags() order, the controller names, the defaulted configuration', async () => {
    const s = await createSession({ lab: 'cluster', seed: 4 });
    const r = await s.exec(`${EXEC} kube-controller-manager --help`);
    expect(r.exitCode).toBe(0);
    expect(r.stdout.startsWith('The Kubernetes controller manager is a daemon that embeds\nthe core control loops shipped with Kubernetes.')).toBe(true);
    const titles = r.stdout.split('\n').filter((l) => / flags:$/.test(l));
    expect(titles).toEqual([
      'Debugging flags:', 'Leader-migration flags:', 'Generic flags:', 'Service-lb-controller flags:', 'Secure serving flags:', 'Authentication flags:',
      'Authorization flags:', 'Persistentvolume-attach-detach-controller flags:', 'Certificatesigningrequest-signing-controller flags:',
      'Deployment-controller flags:', 'Statefulset-controller flags:', 'Endpoints-controller flags:', 'Endpointslice-controller flags:',
      'Endpointslice-mirroring-controller flags:', 'Ephemeral-volume-controller flags:', 'Garbage-collector-controller flags:',
      'Horizontal-pod-autoscaler-controller flags:', 'Job-controller flags:', 'Cronjob-controller flags:',
      'Legacy-serviceaccount-token-cleaner-controller flags:', 'Namespace-controller flags:', 'Node-ipam-controller flags:',
      'Node-lifecycle-controller flags:', 'Persistentvolume-binder-controller flags:', 'Pod-garbage-collector-controller flags:',
      'Replicaset-controller flags:', 'Replicationcontroller-controller flags:', 'Resourcequota-controller flags:', 'Serviceaccount-controller flags:',
      'Ttl-after-finished-controller flags:', 'Validatingadmissionpolicy-status-controller flags:', 'Metrics flags:', 'Logs flags:', 'Misc flags:', 'Global flags:',
    ]);
    // KnownControllers() with the 1.28 gates at their defaults, and ControllersDisabledByDefault
    expect(r.stdout).toContain("\n                                                 All controllers: bootstrap-signer-controller, certificatesigningrequest-approving-controller, certificatesigningrequest-cleaner-controller, certificatesigningrequest-signing-controller, cloud-node-lifecycle-controller, clusterrole-aggregation-controller, cronjob-controller, daemonset-controller, deployment-controller, disruption-controller, endpoints-controller, endpointslice-controller, endpointslice-mirroring-controller, ephemeral-volume-controller, garbage-collector-controller, horizontal-pod-autoscaler-controller, job-controller, namespace-controller, node-ipam-controller, node-lifecycle-controller, node-route-controller, persistentvolume-attach-detach-controller, persistentvolume-binder-controller, persistentvolume-expander-controller, persistentvolume-protection-controller, persistentvolumeclaim-protection-controller, pod-garbage-collector-controller, replicaset-controller, replicationcontroller-controller, resourcequota-controller, root-ca-certificate-publisher-controller, service-lb-controller, serviceaccount-controller, serviceaccount-token-controller, statefulset-controller, token-cleaner-controller, ttl-after-finished-controller, ttl-controller\n                                                 Disabled-by-default controllers: bootstrap-signer-controller, token-cleaner-controller (default [*])\n");
    const lines = r.stdout.split('\n');
    const has = (re: RegExp) => expect(lines.some((l) => re.test(l))).toBe(true);
    has(/^ {6}--secure-port int +The port on which to serve HTTPS with authentication and authorization\. If 0, don't serve HTTPS at all\. \(default 10257\)$/);
    has(/^ {6}--kube-api-qps float32 +QPS to use while talking with kubernetes apiserver\. \(default 20\)$/);
    has(/^ {6}--leader-elect-resource-name string +The name of resource object that is used for locking during leader election\. \(default "kube-controller-manager"\)$/);
    has(/^ {6}--cluster-signing-duration duration +.* \(default 8760h0m0s\)$/);
    has(/^ {6}--concurrent-rc-syncs int32 +The number of replication controllers .* \(default 5\)$/);
    has(/^ {6}--node-monitor-period duration +The period for syncing NodeStatus in cloud-node-lifecycle-controller\. \(default 5s\)$/);
    has(/^ {6}--terminated-pod-gc-threshold int32 +.* \(default 12500\)$/);
    has(/^ {6}--horizontal-pod-autoscaler-tolerance float +.* \(default 0\.1\)$/);
    // deprecated flags are hidden; the empty sets (daemonset-controller, deprecated) are not printed
    expect(r.stdout).not.toMatch(/--allow-untagged-cloud|--node-sync-period|--horizontal-pod-autoscaler-upscale-delay|--cloud-provider-gce-lb-src-cidrs|Daemonset-controller flags|Deprecated flags/);
    expect(r.stdout.endsWith('\nGlobal flags:\n\n  -h, --help                     help for kube-controller-manager\n      --version version[=true]   --version, --version=raw prints version information and quits; --version=vX.Y.Z... sets the reported version\n')).toBe(true);
  });

  it('crictl exec runs the same program', async () => {
    const s = await createSession({ lab: 'cluster', seed: 4 });
    const id = (await s.exec('crictl --runtime-endpoint unix:///run/containerd/containerd.sock ps --name kube-controller-manager -q')).stdout.trim();
    expect(id).toMatch(/^[0-9a-f]{64}$/);
    expect(await s.exec(`crictl --runtime-endpoint unix:///run/containerd/containerd.sock exec ${id} kube-controller-manager --version`)).toMatchObject({ stdout: 'Kubernetes v1.28.15\n', exitCode: 0 });
    const h = await s.exec(`crictl --runtime-endpoint unix:///run/containerd/containerd.sock exec ${id} kube-controller-manager -h`);
    expect(h.stdout).toContain('\nUsage:\n  kube-controller-manager [flags]\n\nDebugging flags:\n\n      --contention-profiling   Enable block profiling, if profiling is enabled\n');
  });
});
