/**
 * The static Pod manifests kubeadm 1.28 writes (cmd/kubeadm/app/phases/controlplane/manifests.go, volumes.go,
 * phases/etcd/local.go, util/staticpod/utils.go, util/arguments.go; read at 1.28.7) and `kubeadm init --dry-run`
 * (phases/init/*.go with DryRun, util/dryrun/dryrun.go).
 */
import { describe, expect, it } from 'vitest';
import { lab } from './helpers';
import { installPackage } from '../../../../src/sim/commands/system';
import { PACKAGES } from '../../../../src/sim/data/packages';
import { manifestText } from '../../../../src/sim/k8s/kubeadm/static-pods';

const cfg = { node: 'm-k8s', ip: '192.168.56.10', version: 'v1.28.15', etcdTag: '3.5.15-0', podCidr: '10.244.0.0/16' };

describe('static Pod manifests', () => {
  it('kube-apiserver: flags sorted by name (BuildArgumentListFromMap), probes, volumes sorted, /etc/pki on a RHEL host', () => {
    const t = manifestText('kube-apiserver', cfg);
    expect(t.startsWith('apiVersion: v1\nkind: Pod\nmetadata:\n  annotations:\n    kubeadm.kubernetes.io/kube-apiserver.advertise-address.endpoint: 192.168.56.10:6443\n  creationTimestamp: null\n  labels:\n    component: kube-apiserver\n    tier: control-plane\n  name: kube-apiserver\n  namespace: kube-system\nspec:\n  containers:\n  - command:\n    - kube-apiserver\n    - --advertise-address=192.168.56.10\n    - --allow-privileged=true\n    - --authorization-mode=Node,RBAC\n')).toBe(true);
    // readinessProbe: createHTTPProbe(…, 0, 15, 3, 1); a zero initialDelaySeconds is omitted
    expect(t).toContain('    readinessProbe:\n      failureThreshold: 3\n      httpGet:\n        host: 192.168.56.10\n        path: /readyz\n        port: 6443\n        scheme: HTTPS\n      periodSeconds: 1\n      timeoutSeconds: 15\n');
    // StartupProbe: ceil(4m0s / 10s) failures
    expect(t).toContain('    startupProbe:\n      failureThreshold: 24\n');
    expect(t).toContain('    volumeMounts:\n    - mountPath: /etc/ssl/certs\n      name: ca-certs\n      readOnly: true\n    - mountPath: /etc/pki\n      name: etc-pki\n      readOnly: true\n    - mountPath: /etc/kubernetes/pki\n      name: k8s-certs\n      readOnly: true\n  hostNetwork: true\n  priority: 2000001000\n  priorityClassName: system-node-critical\n  securityContext:\n    seccompProfile:\n      type: RuntimeDefault\n  volumes:\n');
    expect(t.endsWith('    name: k8s-certs\nstatus: {}\n')).toBe(true);
  });
  it('kube-controller-manager gets the pod CIDR flags only with a pod subnet; etcd keeps its two mounts in local.go order', () => {
    expect(manifestText('kube-controller-manager', cfg)).toContain('    - --allocate-node-cidrs=true\n    - --authentication-kubeconfig=/etc/kubernetes/controller-manager.conf\n');
    expect(manifestText('kube-controller-manager', { ...cfg, podCidr: undefined })).not.toContain('cluster-cidr');
    expect(manifestText('kube-controller-manager', cfg)).toContain('    - mountPath: /usr/libexec/kubernetes/kubelet-plugins/volume/exec\n      name: flexvolume-dir\n    - mountPath');
    const e = manifestText('etcd', cfg);
    expect(e).toContain('    - --initial-cluster=m-k8s=https://192.168.56.10:2380\n');
    expect(e).toContain('    volumeMounts:\n    - mountPath: /var/lib/etcd\n      name: etcd-data\n    - mountPath: /etc/kubernetes/pki/etcd\n      name: etcd-certs\n');
    expect(e).toContain('        path: /health?exclude=NOSPACE&serializable=true\n        port: 2381\n        scheme: HTTP\n');
  });
  it('the cluster lab has them on disk, and the mirror Pod carries the same container', async () => {
    const { sh } = await lab('cluster', 3);
    const file = (await sh('sudo cat /etc/kubernetes/manifests/kube-scheduler.yaml')).stdout;
    expect(file).toContain('    - --kubeconfig=/etc/kubernetes/scheduler.conf\n');
    const api = (await sh('kubectl get pod kube-scheduler-m-k8s -n kube-system -o yaml')).stdout;
    expect(api).toContain('    - --kubeconfig=/etc/kubernetes/scheduler.conf\n');
    expect(api).toContain('      successThreshold: 1\n');
    expect(api).toContain('  - effect: NoExecute\n    operator: Exists\n');
    expect(api).not.toContain('serviceAccountName');
    expect(api).not.toContain('kube-api-access');
  });
});

async function ready(seed = 2) {
  const { s, sh } = await lab('nodes', seed);
  await sh('sudo -i');
  const h = s.world.host(s.frame.hostId);
  for (const [n, v] of [['containerd.io', '1.7.24'], ['cri-tools', '1.28.0'], ['kubelet', '1.28.15'], ['kubeadm', '1.28.15'], ['kubectl', '1.28.15']]) installPackage(h, PACKAGES.find((p) => p.name === n && p.version === v)!, s.world.now);
  for (const l of ['swapoff -a', 'modprobe br_netfilter', 'sysctl -w net.ipv4.ip_forward=1', 'containerd config default > /etc/containerd/config.toml', "sed -i 's/SystemdCgroup = false/SystemdCgroup = true/' /etc/containerd/config.toml", 'systemctl enable --now containerd', 'systemctl enable kubelet']) await sh(l);
  return { s, sh, h };
}

describe('kubeadm init --dry-run', () => {
  it('writes to a temporary folder, prints the manifests and changes nothing else', async () => {
    const { sh, h } = await ready();
    const r = await sh('kubeadm init --dry-run --kubernetes-version=v1.28.15 --pod-network-cidr=10.244.0.0/16');
    expect(r.exitCode).toBe(0);
    const dir = /\[certs\] Using certificateDir folder "(\/etc\/kubernetes\/tmp\/kubeadm-init-dryrun\d+)"/.exec(r.stdout)?.[1];
    expect(dir).toBeTruthy();
    expect(r.stdout).toContain("[preflight] Would pull the required images (like 'kubeadm config images pull')\n[certs]");
    expect(r.stdout).toContain(`[etcd] Would ensure that "/var/lib/etcd" directory is present\n[etcd] Creating static Pod manifest for local etcd in "${dir}"\n[control-plane] Using manifest folder "${dir}"\n`);
    expect(r.stdout).toContain(`[kubelet-start] Writing kubelet configuration to file "${dir}/config.yaml"\n[dryrun] Wrote certificates, kubeconfig files and control plane manifests to the "${dir}" directory\n`);
    expect(r.stdout).toContain('[dryrun] Would write file "/etc/kubernetes/manifests/kube-apiserver.yaml" with content:\n\tapiVersion: v1\n\tkind: Pod\n');
    expect(r.stdout).not.toContain('Starting the kubelet');
    expect(r.stdout).not.toContain('[apiclient]');
    expect(r.stdout).toContain(`  sudo cp -i ${dir}/admin.conf $HOME/.kube/config\n`);
    expect(h.fs.isFile('/etc/kubernetes/manifests/kube-apiserver.yaml')).toBe(false);
    expect(h.fs.isFile('/etc/kubernetes/admin.conf')).toBe(false);
    expect(h.fs.isFile(`${dir}/kube-apiserver.yaml`)).toBe(true);
    // nothing was started: a real init still passes preflight afterwards
    const init = await sh('kubeadm init --kubernetes-version=v1.28.15');
    expect(init.exitCode).toBe(0);
    expect((await sh('cat /etc/kubernetes/manifests/etcd.yaml')).stdout).toContain('    - --name=m-k8s\n');
  });
});
