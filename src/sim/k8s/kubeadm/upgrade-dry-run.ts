/**
 * `kubeadm upgrade apply --dry-run` (cmd/kubeadm/app/cmd/upgrade/apply.go runApply with flags.dryRun; 1.28/1.29):
 * no confirmation (sessionIsInteractive is false), no image pull, the three control-plane manifests rendered to a
 * temporary folder and printed as if written to /etc/kubernetes/manifests (upgrade.DryRunStaticPodUpgrade), the
 * post-upgrade tasks with the kubelet's config.yaml printed instead of written (postupgrade.go
 * WriteKubeletConfigFiles), and nothing in the cluster or on the node changed.
 */
import type { Host } from '../../types';
import { writeStaticPods } from './static-pods';

type Manifests = Parameters<typeof writeStaticPods>[1];

/** [dryrun] Would write file "shown" with content: and the file's lines behind a tab (dryrun.PrintDryRunFiles). */
function printFile(h: Host, real: string, shown: string): string {
  if (!h.fs.isFile(real)) return '';
  const lines = String(h.fs.read(real)).split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return `[dryrun] Would write file "${shown}" with content:\n` + lines.map((l) => `\t${l}\n`).join('');
}

/** The text from the prepull line to "Finished dryrunning successfully!"; `suffix()` draws a temporary folder's digits. */
export function upgradeDryRunText(h: Host, version: string, manifests: Manifests, suffix: () => number): string {
  let out = "[upgrade/prepull] Would pull the required images (like 'kubeadm config images pull')\n";
  out += `[upgrade/apply] Upgrading your Static Pod-hosted control plane to version "${version}" (timeout: 5m0s)...\n`;
  // constants.CreateTempDirForKubeadm: /etc/kubernetes/tmp/<name><os.MkdirTemp digits>, removed when done
  const tmp = `/etc/kubernetes/tmp/kubeadm-upgrade-dryrun${suffix()}`;
  h.fs.mkdir(tmp, true);
  writeStaticPods(h, manifests, undefined, tmp);
  for (const c of ['kube-apiserver', 'kube-controller-manager', 'kube-scheduler']) out += printFile(h, `${tmp}/${c}.yaml`, `/etc/kubernetes/manifests/${c}.yaml`);
  h.fs.remove(tmp, true);
  out += '[upload-config] Storing the configuration used in ConfigMap "kubeadm-config" in the "kube-system" Namespace\n';
  out += '[kubelet] Creating a ConfigMap "kubelet-config" in namespace kube-system with the configuration for the kubelets in the cluster\n';
  const backup = `/etc/kubernetes/tmp/kubeadm-kubelet-config${suffix()}`;
  h.fs.mkdir(backup, true);
  out += `[dryrun] Would back up kubelet config file to ${backup}/config.yaml\n`;
  const kdir = `/etc/kubernetes/tmp/kubeadm-upgrade-dryrun${suffix()}`;
  // GetKubeletDir(dryRun): the kubelet's configuration is written to a temporary folder that stays behind
  h.fs.mkdir(kdir, true);
  if (h.fs.isFile('/var/lib/kubelet/config.yaml')) h.fs.write(`${kdir}/config.yaml`, String(h.fs.read('/var/lib/kubelet/config.yaml')));
  out += `[kubelet-start] Writing kubelet configuration to file "${kdir}/config.yaml"\n`;
  out += printFile(h, `${kdir}/config.yaml`, '/var/lib/kubelet/config.yaml');
  out +=
    '[bootstrap-token] Configured RBAC rules to allow Node Bootstrap tokens to get nodes\n[bootstrap-token] Configured RBAC rules to allow Node Bootstrap tokens to post CSRs in order for nodes to get long term certificate credentials\n[bootstrap-token] Configured RBAC rules to allow the csrapprover controller automatically approve CSRs from a Node Bootstrap Token\n[bootstrap-token] Configured RBAC rules to allow certificate rotation for all node client certificates in the cluster\n[addons] Applied essential addon: CoreDNS\n[addons] Applied essential addon: kube-proxy\n';
  return out + '[upgrade/successful] Finished dryrunning successfully!\n';
}
