/**
 * kubeadm's pre-flight checks as cmd/kubeadm/app/preflight/checks.go (1.28) runs them: InitNodeChecks and
 * JoinNodeChecks in their order, with addCommonChecks (CRI, Swap, the executables, KubeletVersion,
 * Service-Kubelet, Port-10250) in the middle. Warnings go to stderr, as RunChecks writes them to os.Stderr.
 */
import type { CommandContext } from '../../context';
import type { Host } from '../../types';
import { sysctlValue } from '../../commands/linux';
import { containerdConfig, pkgVersion, unitActive } from '../host';
import { swapBlocksKubelet } from '../swap';
import { anySwap } from '../../commands/lib/swaps';

export interface Check {
  name: string;
  msg: string;
  warn?: boolean;
}

/** the CRI check as crictl would fail it, or null when the runtime answers */
export function criProblem(world: CommandContext['world'], h: Host): string | null {
  const ts = new Date(world.now).toISOString().replace(/\.\d+Z$/, 'Z');
  if (!h.sys?.packages.has('containerd.io') || !unitActive(h, 'containerd.service'))
    return `container runtime is not running: output: time="${ts}" level=fatal msg="validate service connection: validate CRI v1 runtime API for endpoint \\"unix:///var/run/containerd/containerd.sock\\": rpc error: code = Unavailable desc = connection error: desc = \\"transport: Error while dialing: dial unix /var/run/containerd/containerd.sock: connect: no such file or directory\\""\n, error: exit status 1`;
  if (/^\s*disabled_plugins\s*=\s*\[[^\]]*"cri"/m.test(containerdConfig(h)))
    return `container runtime is not running: output: time="${ts}" level=fatal msg="validate service connection: validate CRI v1 runtime API for endpoint \\"unix:///var/run/containerd/containerd.sock\\": rpc error: code = Unimplemented desc = unknown service runtime.v1.RuntimeService"\n, error: exit status 1`;
  return null;
}

const minorNum = (v: string) => Number(v.replace(/^v/, '').split('.')[1]);
/** versionutil's Version.String(): no leading v */
const bare = (v: string) => v.replace(/^v/, '');

function etcdDirUsed(h: Host): boolean {
  const l = h.fs.list('/var/lib/etcd');
  return Array.isArray(l) && l.length > 0;
}

/** The control plane's static Pods run on this host (their ports are taken). */
export function controlPlaneRunning(h: Host): boolean {
  return h.fs.isFile('/etc/kubernetes/manifests/kube-apiserver.yaml') && !swapBlocksKubelet(h);
}

/**
 * The checks of `kubeadm init` (kv: the control plane version it deploys, kubeadm: its own version) or of
 * `kubeadm join` (kv empty), each with what it reports on this host.
 */
export function preflight(ctx: CommandContext, mode: 'init' | 'join', kv: string, kubeadm: string): Check[] {
  const h = ctx.host;
  const sys = h.sys!;
  const out: Check[] = [];
  const add = (name: string, msg: string, warn = false) => out.push({ name, msg, warn });
  const cpUp = controlPlaneRunning(h);
  if (mode === 'init') {
    if (sys.cpus < 2) add('NumCPU', `the number of available CPUs ${sys.cpus} is less than the required 2`);
    const mb = Math.floor(sys.memTotalKb / 1024);
    if (mb < 1700) add('Mem', `the system RAM (${mb} MB) is less than the minimum 1700 MB`);
    if (minorNum(kv) > minorNum(kubeadm))
      add('KubernetesVersion', `Kubernetes version is greater than kubeadm version. Please consider to upgrade kubeadm. Kubernetes version: ${bare(kv)}. Kubeadm version: 1.${minorNum(kubeadm)}.x`, true);
    if (cpUp) for (const p of ['6443', '10259', '10257']) add(`Port-${p}`, `Port ${p} is in use`);
    for (const m of ['kube-apiserver', 'kube-controller-manager', 'kube-scheduler', 'etcd'])
      if (h.fs.isFile(`/etc/kubernetes/manifests/${m}.yaml`)) add(`FileAvailable--etc-kubernetes-manifests-${m}.yaml`, `/etc/kubernetes/manifests/${m}.yaml already exists`);
  } else {
    if (h.fs.isFile('/etc/kubernetes/kubelet.conf')) add('FileAvailable--etc-kubernetes-kubelet.conf', '/etc/kubernetes/kubelet.conf already exists');
    if (h.fs.isFile('/etc/kubernetes/bootstrap-kubelet.conf')) add('FileAvailable--etc-kubernetes-bootstrap-kubelet.conf', '/etc/kubernetes/bootstrap-kubelet.conf already exists');
  }
  // addCommonChecks
  const cri = criProblem(ctx.world, h);
  if (cri) add('CRI', cri);
  if (anySwap(sys)) add('Swap', 'swap is enabled; production deployments should disable swap unless testing the NodeSwap feature gate of the kubelet', true);
  if (!sys.extraCommands.has('crictl')) add('FileExisting-crictl', 'crictl not found in system path');
  if (!sys.packages.has('iproute-tc')) add('FileExisting-tc', 'tc not found in system path', true);
  const kubelet = pkgVersion(h, 'kubelet');
  if (!kubelet) add('KubeletVersion', "couldn't get kubelet version: cannot execute 'kubelet --version': executable file not found in $PATH");
  else if (minorNum(kubelet) < minorNum(kubeadm) - 1) add('KubeletVersion', `Kubelet version "${kubelet}" is lower than kubeadm can support. Please upgrade kubelet`);
  else if (mode === 'init' && minorNum(kubelet) > minorNum(kv))
    add('KubeletVersion', `the kubelet version is higher than the control plane version. This is not a supported version skew and may lead to a malfunctional cluster. Kubelet version: "${kubelet}" Control plane version: "${bare(kv)}"`);
  const ku = sys.units.get('kubelet.service');
  if (!ku) add('Service-Kubelet', 'kubelet service does not exist', true);
  else if (ku.enabled !== 'enabled') add('Service-Kubelet', "kubelet service is not enabled, please run 'systemctl enable kubelet.service'", true);
  const kubeletServing = unitActive(h, 'kubelet.service') && h.fs.isFile('/etc/kubernetes/kubelet.conf') && !swapBlocksKubelet(h);
  if (kubeletServing || (mode === 'init' && cpUp)) add('Port-10250', 'Port 10250 is in use');
  if (mode === 'join' && h.fs.isFile('/etc/kubernetes/pki/ca.crt')) add('FileAvailable--etc-kubernetes-pki-ca.crt', '/etc/kubernetes/pki/ca.crt already exists');
  // the IPv4 checks
  const br = sysctlValue(h, 'net.bridge.bridge-nf-call-iptables');
  if (br === null) add('FileContent--proc-sys-net-bridge-bridge-nf-call-iptables', '/proc/sys/net/bridge/bridge-nf-call-iptables does not exist');
  else if (br !== '1') add('FileContent--proc-sys-net-bridge-bridge-nf-call-iptables', '/proc/sys/net/bridge/bridge-nf-call-iptables contents are not set to 1');
  if (sysctlValue(h, 'net.ipv4.ip_forward') !== '1') add('FileContent--proc-sys-net-ipv4-ip_forward', '/proc/sys/net/ipv4/ip_forward contents are not set to 1');
  if (mode === 'init') {
    if (cpUp) for (const p of ['2379', '2380']) add(`Port-${p}`, `Port ${p} is in use`);
    if (etcdDirUsed(h)) add('DirAvailable--var-lib-etcd', '/var/lib/etcd is not empty');
  }
  return out;
}
