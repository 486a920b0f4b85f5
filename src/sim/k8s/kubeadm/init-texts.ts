/**
 * What `kubeadm init` prints after the control plane is up (kubernetes v1.28, read at 1.28.7): the phases
 * upload-config, kubelet (uploadconfig.go), upload-certs, mark-control-plane, bootstrap-token, kubelet-finalize and
 * addons, then showjoincommand.go's initDoneTempl; and, for --dry-run, util/dryrun/dryrun.go's PrintFilesIfDryRunning
 * (the manifests and the kubelet's two files, each line after a tab, as apiclient.PrintBytesWithLinePrefix prints).
 */
import type { Host } from '../../types';

export const uploadToMark = (name: string): string =>
  `[upload-config] Storing the configuration used in ConfigMap "kubeadm-config" in the "kube-system" Namespace\n[kubelet] Creating a ConfigMap "kubelet-config" in namespace kube-system with the configuration for the kubelets in the cluster\n[upload-certs] Skipping phase. Please see --upload-certs\n[mark-control-plane] Marking the node ${name} as control-plane by adding the labels: [node-role.kubernetes.io/control-plane node.kubernetes.io/exclude-from-external-load-balancers]\n[mark-control-plane] Marking the node ${name} as control-plane by adding the taints [node-role.kubernetes.io/control-plane:NoSchedule]\n`;

export const bootstrapToAddons = (token: string): string =>
  `[bootstrap-token] Using token: ${token}\n[bootstrap-token] Configuring bootstrap tokens, cluster-info ConfigMap, RBAC Roles\n[bootstrap-token] Configured RBAC rules to allow Node Bootstrap tokens to get nodes\n[bootstrap-token] Configured RBAC rules to allow Node Bootstrap tokens to post CSRs in order for nodes to get long term certificate credentials\n[bootstrap-token] Configured RBAC rules to allow the csrapprover controller automatically approve CSRs from a Node Bootstrap Token\n[bootstrap-token] Configured RBAC rules to allow certificate rotation for all node client certificates in the cluster\n[bootstrap-token] Creating the "cluster-info" ConfigMap in the "kube-public" namespace\n[kubelet-finalize] Updating "/etc/kubernetes/kubelet.conf" to point to a rotatable kubelet client certificate and key\n[addons] Applied essential addon: CoreDNS\n[addons] Applied essential addon: kube-proxy\n`;

/** initDoneTempl without a control-plane endpoint: KubeConfigPath is the admin.conf written (the dry-run folder's on a dry run) */
export const initDone = (kubeconfig: string, join: string): string =>
  `\nYour Kubernetes control-plane has initialized successfully!\n\nTo start using your cluster, you need to run the following as a regular user:\n\n  mkdir -p $HOME/.kube\n  sudo cp -i ${kubeconfig} $HOME/.kube/config\n  sudo chown $(id -u):$(id -g) $HOME/.kube/config\n\nAlternatively, if you are the root user, you can run:\n\n  export KUBECONFIG=/etc/kubernetes/admin.conf\n\nYou should now deploy a pod network to the cluster.\nRun "kubectl apply -f [podnetwork].yaml" with one of the options listed at:\n  https://kubernetes.io/docs/concepts/cluster-administration/addons/\n\nThen you can join any number of worker nodes by running the following on each as root:\n\n${join}`;

/** PrintFilesIfDryRunning(needPrintManifest=true, dir): the three control-plane manifests, config.yaml, kubeadm-flags.env */
export function dryRunFiles(h: Host, dir: string): string {
  let out = `[dryrun] Wrote certificates, kubeconfig files and control plane manifests to the "${dir}" directory\n[dryrun] The certificates or kubeconfig files would not be printed due to their sensitive nature\n[dryrun] Please examine the "${dir}" directory for details about what would be written\n`;
  const files: [string, string][] = [
    ...['kube-apiserver', 'kube-controller-manager', 'kube-scheduler'].map((c): [string, string] => [`${dir}/${c}.yaml`, `/etc/kubernetes/manifests/${c}.yaml`]),
    [`${dir}/config.yaml`, '/var/lib/kubelet/config.yaml'],
    [`${dir}/kubeadm-flags.env`, '/var/lib/kubelet/kubeadm-flags.env'],
  ];
  for (const [real, shown] of files) {
    const text = h.fs.read(real);
    if (typeof text !== 'string' || text === 'EISDIR' || text === 'EACCES') continue;
    out += `[dryrun] Would write file "${shown}" with content:\n`;
    const lines = text.split('\n');
    if (lines[lines.length - 1] === '') lines.pop();
    out += lines.map((l) => `\t${l}\n`).join('');
  }
  return out;
}
