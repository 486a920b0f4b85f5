// kubeadm off the lessons' path, as kubeadm 1.28's sources answer: version -o (cmd/version.go RunVersion, the
// yaml and json as the real kubectl 1.28 client prints its own Info), --kubernetes-version (util/version.go
// KubernetesReleaseVersion, util/config/common.go NormalizeKubernetesVersion, preflight KubernetesVersionCheck and
// KubeletVersionCheck), and reset (cmd/reset.go newResetData, phases/reset preflight, removeetcdmember, cleanupnode).
import { describe, expect, it } from 'vitest';
import { lab } from './helpers';

const TRACE = 'To see the stack trace of this error execute with --v=5 or higher\n';

describe('kubeadm version -o', () => {
  it('prints the short version, the Info as yaml and json, and refuses other formats', async () => {
    const { sh } = await lab('cluster', 3);
    expect((await sh('kubeadm version -o short')).stdout).toBe('v1.28.15\n');
    expect((await sh('kubeadm version -o yaml')).stdout).toBe(
      'clientVersion:\n  buildDate: "2024-10-22T20:33:16Z"\n  compiler: gc\n  gitCommit: 841856557ef0f6a399096c42635d114d6f2cf7f4\n  gitTreeState: clean\n  gitVersion: v1.28.15\n  goVersion: go1.22.8\n  major: "1"\n  minor: "28"\n  platform: linux/amd64\n\n',
    );
    const json = (await sh('kubeadm version --output=json')).stdout;
    expect(json).toBe(
      '{\n  "clientVersion": {\n    "major": "1",\n    "minor": "28",\n    "gitVersion": "v1.28.15",\n    "gitCommit": "841856557ef0f6a399096c42635d114d6f2cf7f4",\n    "gitTreeState": "clean",\n    "buildDate": "2024-10-22T20:33:16Z",\n    "goVersion": "go1.22.8",\n    "compiler": "gc",\n    "platform": "linux/amd64"\n  }\n}\n',
    );
    const bad = await sh('kubeadm version -o wide');
    expect(bad.stderr).toBe('invalid output format: wide\n' + TRACE);
    expect(bad.exitCode).toBe(1);
  });
});

describe('kubeadm --kubernetes-version', () => {
  it('falls back from the remote stable-1 to its own series, and takes a version as given', async () => {
    const { sh } = await lab('cluster', 3);
    await sh('sudo -i');
    const list = await sh('kubeadm config images list');
    expect(list.stderr).toMatch(/^I\d{4} \d\d:\d\d:\d\d\.\d{6} +\d+ version\.go:256\] remote version is much newer: v1\.34\.2; falling back to: stable-1\.28\n$/);
    expect(list.stdout.split('\n')[0]).toBe('registry.k8s.io/kube-apiserver:v1.28.15');
    const given = await sh('kubeadm config images list --kubernetes-version 1.28.3');
    expect(given.stderr).toBe('');
    expect(given.stdout.split('\n')[0]).toBe('registry.k8s.io/kube-apiserver:v1.28.3');
    expect((await sh('kubeadm config images list --kubernetes-version stable-1.28')).stderr).toBe('');
    expect((await sh('kubeadm config images list --kubernetes-version foo')).stderr).toBe(
      `version "foo" doesn't match patterns for neither semantic version nor labels (stable, latest, ...)\n${TRACE}`,
    );
  });
  it('refuses a control plane older than its minor - 1; warns about a newer one; the kubelet may not be newer', async () => {
    const { sh } = await lab('cluster', 3);
    await sh('sudo -i');
    const old = await sh('kubeadm init --kubernetes-version=v1.26.0');
    expect(old.stdout).toBe('');
    expect(old.stderr).toBe(`this version of kubeadm only supports deploying clusters with the control plane version >= 1.27.0. Current version: v1.26.0\n${TRACE}`);
    const skew = await sh('kubeadm init --kubernetes-version=v1.27.0');
    expect(skew.stdout).toBe('[init] Using Kubernetes version: v1.27.0\n[preflight] Running pre-flight checks\n');
    expect(skew.stderr).toContain('\t[ERROR KubeletVersion]: the kubelet version is higher than the control plane version. This is not a supported version skew and may lead to a malfunctional cluster. Kubelet version: "1.28.15" Control plane version: "1.27.0"\n');
    const newer = await sh('kubeadm init --kubernetes-version=v1.30.0');
    expect(newer.stderr).toContain('\t[WARNING KubernetesVersion]: Kubernetes version is greater than kubeadm version. Please consider to upgrade kubeadm. Kubernetes version: 1.30.0. Kubeadm version: 1.28.x\n');
    expect(newer.stderr).not.toContain('[ERROR KubernetesVersion]');
  });
});

describe('kubeadm reset', () => {
  it('on a 1.28 control plane deletes the 1.28 kubeconfig files; --dry-run changes nothing; -f does not warn', async () => {
    const { s, sh } = await lab('cluster', 3);
    await sh('sudo -i');
    const dry = await sh('kubeadm reset --dry-run');
    expect(dry.stderr).toBe('');
    expect(dry.stdout).toContain('[preflight] Running pre-flight checks\n[reset] Would remove the etcd member on this node from the etcd cluster\n[reset] Would delete contents of the etcd data directory: /var/lib/etcd\n[reset] Would stop the kubelet service\n[reset] Would unmount mounted directories in "/var/lib/kubelet"\n[reset] Would remove Kubernetes-managed containers\n[reset] Would delete contents of directories: [/etc/kubernetes/manifests /etc/kubernetes/pki]\n');
    expect(s.world.host(s.frame.hostId).fs.isFile('/etc/kubernetes/admin.conf')).toBe(true);
    const r = await sh('kubeadm reset -f');
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('[reset] Deleted contents of the etcd data directory: /var/lib/etcd\n[reset] Stopping the kubelet service\n');
    expect(r.stdout).toContain('[reset] Deleting files: [/etc/kubernetes/admin.conf /etc/kubernetes/kubelet.conf /etc/kubernetes/bootstrap-kubelet.conf /etc/kubernetes/controller-manager.conf /etc/kubernetes/scheduler.conf]\n');
  });
  it('on a worker cleans the default etcd directory without a kubeadm config, and asks before it goes on', async () => {
    const { sh } = await lab('cluster', 3);
    for (const l of ['exit', 'exit', 'vagrant ssh w1-k8s', 'sudo -i']) await sh(l);
    const no = await sh('kubeadm reset', ['n']);
    expect(no.stderr).toMatch(/^W\d{4} [\d:.]+ +\d+ preflight\.go:56\] \[reset\] WARNING: Changes made to this host by 'kubeadm init' or 'kubeadm join' will be reverted\.\n/);
    expect(no.stderr).toContain("error execution phase preflight: won't proceed; the user didn't answer (Y|y) in order to continue\n");
    const r = await sh('kubeadm reset', ['y']);
    expect(r.stdout).not.toContain('Reading configuration');
    expect(r.stderr).toMatch(/removeetcdmember\.go:106\] \[reset\] No kubeadm config, using etcd pod spec to get data directory\n$/);
    expect(r.stdout).toContain('[preflight] Running pre-flight checks\n[reset] Deleted contents of the etcd data directory: /var/lib/etcd\n[reset] Stopping the kubelet service\n');
  });
  it('as a user asks first, then fails the root check', async () => {
    const { sh } = await lab('cluster', 3);
    await sh('exit');
    const r = await sh('kubeadm reset', ['y']);
    expect(r.stdout).toContain('[reset] Are you sure you want to proceed? [y/N]: ');
    expect(r.stdout.endsWith('[preflight] Running pre-flight checks\n')).toBe(true);
    expect(r.stderr).toContain('\t[ERROR IsPrivilegedUser]: user is not running as root\n');
  });
});

// cmd/certs.go getInternalCfg: the cluster's configuration through admin.conf, else (no admin.conf, or no answer)
// the defaults, whose stable-1 label is resolved with version.go's fallback line
describe('kubeadm certs without the cluster configuration', () => {
  it('on a worker resolves the default version; with the API server down says it falls back', async () => {
    const { s, sh } = await lab('cluster', 3);
    await sh('sudo -i');
    await sh('mv /etc/kubernetes/manifests/kube-apiserver.yaml /root/');
    await s.advance(5_000);
    const down = await sh('kubeadm certs check-expiration');
    expect(down.stdout.split('\n').slice(0, 4)).toEqual([
      '[check-expiration] Reading configuration from the cluster...',
      "[check-expiration] FYI: You can look at this config file with 'kubectl -n kube-system get cm kubeadm-config -o yaml'",
      '[check-expiration] Error reading configuration from the Cluster. Falling back to default configuration',
      '',
    ]);
    expect(down.stderr).toMatch(/^I\d{4} [\d:.]+ +\d+ version\.go:256\] remote version is much newer: v1\.34\.2; falling back to: stable-1\.28\n$/);
    const renew = await sh('kubeadm certs renew apiserver');
    expect(renew.stdout).toContain('[renew] Error reading configuration from the Cluster. Falling back to default configuration\n\ncertificate for serving the Kubernetes API renewed\n');
    for (const l of ['mv /root/kube-apiserver.yaml /etc/kubernetes/manifests/', 'exit', 'exit', 'exit', 'vagrant ssh w1-k8s', 'sudo -i']) await sh(l);
    const worker = await sh('kubeadm certs check-expiration');
    expect(worker.stdout.startsWith('CERTIFICATE ')).toBe(true);
    expect(worker.stderr).toMatch(/version\.go:256\] remote version is much newer/);
  });
});
