// The dnf package catalog: real package names, versions and repositories for Rocky Linux 9,
// Docker CE (containerd.io) and pkgs.k8s.io (kubeadm, kubelet, kubectl, cri-tools, kubernetes-cni).
import type { CatalogPackage } from '../types';

/** Kubernetes minor versions published as their own repository on pkgs.k8s.io. */
export const K8S_REPO_VERSIONS = ['1.28', '1.29'] as const;
const K8S_PATCHES: Record<string, number> = { '1.28': 15, '1.29': 15 };

const u = (name: string, description: string, execStart: string, pkg: string) => ({
  name,
  description,
  path: `/usr/lib/systemd/system/${name}`,
  execStart,
  package: pkg,
});

const p = (
  name: string,
  version: string,
  release: string,
  repo: string,
  summary: string,
  sizeKb: number,
  extra: Partial<CatalogPackage> = {},
): CatalogPackage => ({ name, version, release, arch: 'x86_64', repo, summary, sizeKb, ...extra });

const base: CatalogPackage[] = [
  p('vim-enhanced', '8.2.2637', '21.el9', 'appstream', 'A version of the VIM editor which includes recent enhancements', 1800, { commands: ['vim'], requires: ['vim-common'] }),
  p('vim-common', '8.2.2637', '21.el9', 'appstream', 'The common files needed by any version of the VIM editor', 7100),
  p('git', '2.43.5', '2.el9_5', 'appstream', 'Fast Version Control System', 52, { commands: ['git'], requires: ['git-core'] }),
  p('git-core', '2.43.5', '2.el9_5', 'appstream', 'Core package of git with minimal functionality', 4500),
  p('wget', '1.21.1', '8.el9_4', 'appstream', 'A utility for retrieving files using the HTTP or FTP protocols', 768, { commands: ['wget'] }),
  p('net-tools', '2.0', '0.64.20160912git.el9', 'baseos', 'Basic networking tools', 297, { commands: ['arp', 'ifconfig', 'netstat', 'route'] }),
  p('yum-utils', '4.3.0', '16.el9', 'baseos', 'Yum-utils CLI compatibility layer', 36, { arch: 'noarch', commands: ['yum-config-manager'], requires: ['dnf-plugins-core'] }),
  p('dnf-plugins-core', '4.3.0', '16.el9', 'baseos', 'Core Plugins for DNF', 36, { arch: 'noarch' }),
  p('iproute-tc', '6.2.0', '6.el9_4', 'baseos', 'Linux Traffic Control utility', 453, { commands: ['tc'] }),
  p('bash-completion', '2.11', '5.el9', 'baseos', 'Programmable completion for Bash', 291),
  p('tar', '1.34', '7.el9', 'baseos', 'GNU file archiving program', 889, { commands: ['tar'] }),
  p('conntrack-tools', '1.4.7', '2.el9', 'appstream', 'Manipulate netfilter connection tracking table and run High Availability', 235, { commands: ['conntrack'] }),
  p('socat', '1.7.4.1', '5.el9_4', 'appstream', 'Bidirectional data relay between two data channels (\'netcat++\')', 303),
  p('ethtool', '6.2', '1.el9', 'baseos', 'Settings tool for Ethernet NICs', 234),
  p('iptables-nft', '1.8.10', '4.el9_4', 'baseos', 'nftables compatibility for iptables, arptables and ebtables', 193, { commands: ['iptables'] }),
  p('container-selinux', '2.232.1', '1.el9_5', 'appstream', 'SELinux policies for container runtimes', 56),
  p('epel-release', '9', '8.el9', 'extras', 'Extra Packages for Enterprise Linux repository configuration', 19),
  p('htop', '3.3.0', '1.el9', 'epel', 'Interactive process viewer', 180, { commands: ['htop'] }),
  p('jq', '1.6', '17.el9', 'appstream', 'Command-line JSON processor', 187, { commands: ['jq'] }),
  // not in the rockylinux/9 box (rocky-linux/kickstarts, vagrant/rocky-vagrant-packages.ks and @core)
  p('nano', '5.6.1', '6.el9', 'baseos', 'A small text editor', 2600, { commands: ['nano'] }),
  p('bind-utils', '9.16.23', '24.el9_5', 'appstream', 'Utilities for querying DNS name servers', 1100, { commands: ['dig', 'host', 'nslookup', 'nsupdate'] }),
  // networking and debugging tools learners add (NEVRs and sizes from published EL9 dnf transcripts and rpm -qa
  // listings; packages whose 9.5 build could not be placed are listed in commands/dnf/DIFFERENCES.md)
  p('lsof', '4.94.0', '3.el9', 'baseos', 'A utility which lists open files on a Linux/UNIX system', 241, { commands: ['lsof'] }),
  p('nmap-ncat', '7.92', '3.el9', 'appstream', "Nmap's Netcat replacement", 225, { commands: ['nc', 'ncat'], requires: ['libpcap'] }),
  p('libpcap', '1.10.0', '4.el9', 'baseos', 'A system-independent interface for user-level packet capture', 177),
  p('telnet', '0.17', '85.el9', 'appstream', 'The client program for the Telnet remote login protocol', 63, { commands: ['telnet'] }),
  p('tree', '1.8.0', '10.el9', 'baseos', 'File system tree viewer', 57, { commands: ['tree'] }),
  p('bc', '1.07.1', '14.el9', 'baseos', "GNU's bc (a numeric processing language) and dc (a calculator)", 120, { commands: ['bc', 'dc'] }),
  p('zip', '3.0', '35.el9', 'baseos', 'A file compression and packaging utility compatible with PKZIP', 266, { commands: ['zip'] }),
  p('unzip', '6.0', '56.el9', 'baseos', 'A utility for unpacking zip files', 180, { commands: ['unzip'] }),
];

const containerdVersions: [string, string][] = [
  ['1.6.28', '3.2.el9'],
  ['1.6.31', '3.1.el9'],
  ['1.6.32', '3.1.el9'],
  ['1.6.33', '3.1.el9'],
  ['1.7.19', '3.1.el9'],
  ['1.7.20', '3.1.el9'],
  ['1.7.21', '3.1.el9'],
  ['1.7.22', '3.1.el9'],
  ['1.7.23', '3.1.el9'],
  ['1.7.24', '3.1.el9'],
];

const docker: CatalogPackage[] = [
  ...containerdVersions.map(([v, r]) =>
    p('containerd.io', v, r, 'docker-ce-stable', 'An industry-standard container runtime', 44_000, {
      requires: ['container-selinux'],
      commands: ['containerd', 'ctr', 'runc', 'containerd-shim-runc-v2'],
      units: [u('containerd.service', 'containerd container runtime', '/usr/bin/containerd', 'containerd.io')],
    }),
  ),
  p('docker-ce', '27.3.1', '1.el9', 'docker-ce-stable', 'The open-source application container engine', 26_000, {
    requires: ['containerd.io', 'docker-ce-cli'],
    commands: ['dockerd'],
    units: [u('docker.service', 'Docker Application Container Engine', '/usr/bin/dockerd -H fd:// --containerd=/run/containerd/containerd.sock', 'docker-ce')],
  }),
  p('docker-ce-cli', '27.3.1', '1.el9', 'docker-ce-stable', 'The open-source application container engine', 7_700, { commands: ['docker'] }),
];

function k8s(): CatalogPackage[] {
  const out: CatalogPackage[] = [];
  for (const minor of K8S_REPO_VERSIONS) {
    const repo = `kubernetes-${minor}`;
    for (let patch = 0; patch <= K8S_PATCHES[minor]; patch++) {
      const v = `${minor}.${patch}`;
      out.push(
        p('kubeadm', v, '150500.1.1', repo, 'Command-line utility for administering a Kubernetes cluster', 10_400, {
          requires: ['cri-tools'],
          commands: ['kubeadm'],
        }),
        p('kubelet', v, '150500.1.1', repo, 'Node agent for Kubernetes clusters', 20_100, {
          requires: ['kubernetes-cni', 'conntrack-tools', 'ethtool', 'socat', 'iptables-nft'],
          commands: ['kubelet'],
          units: [u('kubelet.service', 'kubelet: The Kubernetes Node Agent', '/usr/bin/kubelet', 'kubelet')],
        }),
        p('kubectl', v, '150500.1.1', repo, 'Command-line utility for interacting with a Kubernetes cluster', 10_500, { commands: ['kubectl'] }),
      );
    }
    out.push(
      p('cri-tools', `${minor}.0`, '150500.1.1', repo, 'Command-line utility for interacting with a container runtime', 7_600, { commands: ['crictl', 'critest'] }),
      p('kubernetes-cni', minor === '1.28' ? '1.2.0' : '1.3.0', minor === '1.28' ? '150500.2.1' : '150500.1.1', repo, 'Binaries required to provision kubernetes container networking', 6_900),
    );
  }
  return out;
}

export const PACKAGES: CatalogPackage[] = [...base, ...docker, ...k8s()];

/** Repositories and the URLs that identify them in /etc/yum.repos.d files. */
export const REPOS: { id: string; name: string; match: RegExp }[] = [
  { id: 'baseos', name: 'Rocky Linux 9 - BaseOS', match: /BaseOS|repo=BaseOS/i },
  { id: 'appstream', name: 'Rocky Linux 9 - AppStream', match: /AppStream/i },
  { id: 'extras', name: 'Rocky Linux 9 - Extras', match: /repo=extras/i },
  { id: 'docker-ce-stable', name: 'Docker CE Stable - x86_64', match: /download\.docker\.com\/linux\/(centos|rhel)/ },
  { id: 'kubernetes-1.28', name: 'Kubernetes', match: /pkgs\.k8s\.io\/core:\/stable:\/v1\.28\/rpm/ },
  { id: 'kubernetes-1.29', name: 'Kubernetes', match: /pkgs\.k8s\.io\/core:\/stable:\/v1\.29\/rpm/ },
  { id: 'epel', name: 'Extra Packages for Enterprise Linux 9 - x86_64', match: /epel/i },
];

/** The repo file `dnf config-manager --add-repo` writes for Docker CE. */
export const DOCKER_REPO_FILE = `[docker-ce-stable]
name=Docker CE Stable - $basearch
baseurl=https://download.docker.com/linux/centos/$releasever/$basearch/stable
enabled=1
gpgcheck=1
gpgkey=https://download.docker.com/linux/centos/gpg

[docker-ce-stable-debuginfo]
name=Docker CE Stable - Debuginfo $basearch
baseurl=https://download.docker.com/linux/centos/$releasever/debug-$basearch/stable
enabled=0
gpgcheck=1
gpgkey=https://download.docker.com/linux/centos/gpg
`;

/** Packages by name (every version), newest last. */
export function findPackages(name: string): CatalogPackage[] {
  return PACKAGES.filter((x) => x.name === name);
}

/** Compare dotted versions numerically. */
export function cmpVersion(a: string, b: string): number {
  const pa = a.split(/[.-]/).map((x) => parseInt(x, 10) || 0);
  const pb = b.split(/[.-]/).map((x) => parseInt(x, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return d;
  }
  return 0;
}
