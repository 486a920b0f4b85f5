// The file lists of the pkgs.k8s.io packages as their spec files install them (kubernetes/release,
// cmd/krel/templates/latest/<name>/<name>.spec, %files, at the commits the 1.28 packages were built from):
// %license LICENSE and %doc README.md land in /usr/share/licenses/<name>/ and /usr/share/doc/<name>/; %dir
// entries are listed too; rpm prints them sorted by path. `kind` is what -c/-d/-L select.
export interface PkgFile {
  path: string;
  kind?: 'config' | 'doc' | 'license';
}

const common = (name: string): PkgFile[] => [
  { path: `/usr/share/doc/${name}/README.md`, kind: 'doc' },
  { path: `/usr/share/licenses/${name}/LICENSE`, kind: 'license' },
];

export const PACKAGE_FILES: Record<string, PkgFile[]> = {
  kubelet: [
    { path: '/etc/kubernetes' },
    { path: '/etc/kubernetes/manifests' },
    { path: '/etc/sysconfig/kubelet', kind: 'config' },
    { path: '/usr/bin/kubelet' },
    { path: '/usr/lib/systemd/system/kubelet.service' },
    ...common('kubelet'),
    { path: '/var/lib/kubelet' },
  ],
  kubeadm: [
    { path: '/usr/bin/kubeadm' },
    { path: '/usr/lib/systemd/system/kubelet.service.d' },
    { path: '/usr/lib/systemd/system/kubelet.service.d/10-kubeadm.conf' },
    ...common('kubeadm'),
  ],
  kubectl: [{ path: '/usr/bin/kubectl' }, ...common('kubectl')],
  'cri-tools': [{ path: '/usr/bin/crictl' }, ...common('cri-tools')],
};
