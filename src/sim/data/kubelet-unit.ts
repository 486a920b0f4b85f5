// The kubelet's unit files as the pkgs.k8s.io packages for 1.28 install them (kubernetes/release,
// cmd/krel/templates/latest: kubelet/kubelet.spec installs kubelet.service into %{_unitdir} with mode 644,
// kubeadm/kubeadm.spec installs 10-kubeadm.conf into %{_unitdir}/kubelet.service.d/ with mode 644; both files are
// unchanged there since the specs moved to that folder in May 2023).

export const KUBELET_UNIT_PATH = '/usr/lib/systemd/system/kubelet.service';
export const KUBEADM_DROPIN_DIR = '/usr/lib/systemd/system/kubelet.service.d';
export const KUBEADM_DROPIN_PATH = `${KUBEADM_DROPIN_DIR}/10-kubeadm.conf`;

export const KUBELET_UNIT =
  '[Unit]\nDescription=kubelet: The Kubernetes Node Agent\nDocumentation=https://kubernetes.io/docs/\nWants=network-online.target\nAfter=network-online.target\n\n[Service]\nExecStart=/usr/bin/kubelet\nRestart=always\nStartLimitInterval=0\nRestartSec=10\n\n[Install]\nWantedBy=multi-user.target\n';

export const KUBEADM_DROPIN =
  '# Note: This dropin only works with kubeadm and kubelet v1.11+\n[Service]\nEnvironment="KUBELET_KUBECONFIG_ARGS=--bootstrap-kubeconfig=/etc/kubernetes/bootstrap-kubelet.conf --kubeconfig=/etc/kubernetes/kubelet.conf"\nEnvironment="KUBELET_CONFIG_ARGS=--config=/var/lib/kubelet/config.yaml"\n# This is a file that "kubeadm init" and "kubeadm join" generates at runtime, populating the KUBELET_KUBEADM_ARGS variable dynamically\nEnvironmentFile=-/var/lib/kubelet/kubeadm-flags.env\n# This is a file that the user can use for overrides of the kubelet args as a last resort. Preferably, the user should use\n# the .NodeRegistration.KubeletExtraArgs object in the configuration files instead. KUBELET_EXTRA_ARGS should be sourced from this file.\nEnvironmentFile=-/etc/sysconfig/kubelet\nExecStart=\nExecStart=/usr/bin/kubelet $KUBELET_KUBECONFIG_ARGS $KUBELET_CONFIG_ARGS $KUBELET_KUBEADM_ARGS $KUBELET_EXTRA_ARGS\n';
