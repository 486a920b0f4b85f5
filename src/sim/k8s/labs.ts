/** Labs: `nodes` (three bare Rocky VMs) and `cluster` (a healthy 3-node 1.28 cluster). */
import { bootstrappedKubeletConf, caCertHash, finalizeKubeletConf, publishCA, kubeconfigCredentials, kubeconfigYaml, writeControlPlanePki, writeKubeletPki, writeWorkerPki, firstServiceIp, type PkiOptions } from './pki';
import type { LabContext, LabStart } from '../registry';
import type { Host } from '../types';
import type { World } from '../world';
import { vagrantUpInstant } from '../vagrant/command';
import { installPackage } from '../commands/system';
import { kmsgModules } from '../commands/lib/kmsg';
import { PACKAGES } from '../data/packages';
import { k8sOf, hostname, nodeIp, type K8sState } from './world';
import { initCluster, joinNode, COMPONENTS, minorOf } from './bootstrap';
import { writeStaticPods } from './kubeadm/static-pods';
import { nodeSim } from './kubeadm';
import { CONTAINERD_DEFAULT } from './runtime';
import { applyBundled } from './apiserver';

export const LAB_DIR = 'D:\\3_VMs\\k8s';

export const VAGRANTFILE = `# -*- mode: ruby -*-
# vi: set ft=ruby :

N = 2 # number of worker nodes

Vagrant.configure("2") do |config|
  config.vm.box = "rockylinux/9"
  config.vm.box_version = "5.0.0"

  config.vm.define "m-k8s" do |cfg|
    cfg.vm.hostname = "m-k8s"
    cfg.vm.network "private_network", ip: "192.168.56.10"
    cfg.vm.provider "virtualbox" do |vb|
      vb.name = "m-k8s"
      vb.cpus = 2
      vb.memory = 3072
    end
  end

  (1..N).each do |i|
    config.vm.define "w#{i}-k8s" do |cfg|
      cfg.vm.hostname = "w#{i}-k8s"
      cfg.vm.network "private_network", ip: "192.168.56.10#{i}"
      cfg.vm.provider "virtualbox" do |vb|
        vb.name = "w#{i}-k8s"
        vb.cpus = 2
        vb.memory = 2560
      end
    end
  end
end
`;

async function bringUp(world: World): Promise<Host[]> {
  const win = world.host('host');
  win.fs.mkdir(LAB_DIR, true);
  win.fs.write(LAB_DIR + '\\Vagrantfile', VAGRANTFILE.replace(/\n/g, '\r\n'));
  const project = await vagrantUpInstant(world, LAB_DIR);
  // `vagrant up` waits for SSH, sets the hostname and the networks after the boot: the guests have been up about a
  // minute when the learner logs in (the kernel's boot messages lie seconds behind, not ahead)
  world.advanceTo(world.now + 60_000);
  return ['m-k8s', 'w1-k8s', 'w2-k8s'].map((n) => world.host(project.machines.get(n)!.hostId));
}

export async function nodesLab(ctx: LabContext): Promise<LabStart> {
  const [m] = await bringUp(ctx.world);
  return { hostId: 'host', cwd: LAB_DIR, stack: [{ hostId: m.id, user: 'vagrant', via: 'ssh' }] };
}

const K8S_REPO = `[kubernetes]
name=Kubernetes
baseurl=https://pkgs.k8s.io/core:/stable:/v1.28/rpm/
enabled=1
gpgcheck=1
gpgkey=https://pkgs.k8s.io/core:/stable:/v1.28/rpm/repodata/repomd.xml.key
exclude=kubelet kubeadm kubectl cri-tools kubernetes-cni
`;
const DOCKER_REPO = `[docker-ce-stable]
name=Docker CE Stable - $basearch
baseurl=https://download.docker.com/linux/centos/$releasever/$basearch/stable
enabled=1
gpgcheck=1
gpgkey=https://download.docker.com/linux/centos/gpg
`;

function install(world: World, h: Host, name: string, version?: string, repo?: string): void {
  const pkg = PACKAGES.filter((p) => p.name === name && (!version || p.version === version) && (!repo || p.repo === repo)).pop();
  if (!pkg) throw new Error(`no package ${name} ${version ?? ''}`);
  // a dependency from the same repository, as dnf resolves it with only the v1.28 repository enabled
  for (const r of pkg.requires ?? []) if (!h.sys!.packages.has(r)) install(world, h, r, r === 'cri-tools' ? '1.28.0' : undefined, PACKAGES.some((p) => p.name === r && p.repo === pkg.repo) ? pkg.repo : undefined);
  installPackage(h, pkg, world.now);
}

/** Everything the kubeadm docs ask for before `kubeadm init`, done the way the lessons do it. */
export function prepareNode(world: World, h: Host): void {
  const sys = h.sys!;
  sys.swapOn = false;
  const fstab = h.fs.read('/etc/fstab');
  if (typeof fstab === 'string') h.fs.write('/etc/fstab', fstab.replace(/^(UUID=\S+\s+none\s+swap)/m, '#$1'));
  // in the order modprobe overlay and modprobe br_netfilter insert them (a module's needs first)
  for (const m of ['overlay', 'llc', 'stp', 'bridge', 'br_netfilter']) sys.modules.add(m);
  kmsgModules(h, world.now, ['overlay', 'llc', 'stp', 'bridge', 'br_netfilter']);
  h.fs.write('/etc/modules-load.d/k8s.conf', 'overlay\nbr_netfilter\n');
  const sysctl = { 'net.bridge.bridge-nf-call-iptables': '1', 'net.bridge.bridge-nf-call-ip6tables': '1', 'net.ipv4.ip_forward': '1' };
  for (const [k, v] of Object.entries(sysctl)) sys.sysctl.set(k, v);
  h.fs.write('/etc/sysctl.d/k8s.conf', Object.entries(sysctl).map(([k, v]) => `${k} = ${v}`).join('\n') + '\n');
  sys.selinux = 'Permissive';
  const se = h.fs.read('/etc/selinux/config');
  if (typeof se === 'string') h.fs.write('/etc/selinux/config', se.replace('SELINUX=enforcing', 'SELINUX=permissive'));
  h.fs.write('/etc/yum.repos.d/docker-ce.repo', DOCKER_REPO);
  h.fs.write('/etc/yum.repos.d/kubernetes.repo', K8S_REPO);
  install(world, h, 'containerd.io', '1.7.24');
  for (const p of ['iproute-tc']) install(world, h, p);
  for (const p of ['kubelet', 'kubeadm', 'kubectl']) install(world, h, p, '1.28.15');
  h.fs.write('/etc/containerd/config.toml', CONTAINERD_DEFAULT.replace('SystemdCgroup = false', 'SystemdCgroup = true').replace('pause:3.8', 'pause:3.9'));
  for (const u of ['containerd.service', 'kubelet.service']) {
    const unit = sys.units.get(u)!;
    unit.enabled = 'enabled';
    unit.active = 'active';
    unit.sub = 'running';
    unit.pid = 900 + world.rng.int(0, 3000);
    unit.since = world.now;
  }
}

/** Files kubeadm init / join leave on a node (`caPem`: the cluster's CA, for a worker). */
function nodeFiles(world: World, h: Host, cpIp: string, controlPlane: boolean, c: { version: string; podCidr: string; serviceCidr: string }, caPem = ''): void {
  h.fs.mkdir('/var/lib/kubelet', true);
  h.fs.write('/var/lib/kubelet/config.yaml', 'apiVersion: kubelet.config.k8s.io/v1beta1\ncgroupDriver: systemd\nclusterDNS:\n- 10.96.0.10\nclusterDomain: cluster.local\nkind: KubeletConfiguration\n');
  h.fs.write('/var/lib/kubelet/kubeadm-flags.env', 'KUBELET_KUBEADM_ARGS="--container-runtime-endpoint=unix:///var/run/containerd/containerd.sock --pod-infra-container-image=registry.k8s.io/pause:3.9"\n');
  const o: PkiOptions = { seed: world.seed, node: hostname(h), ip: nodeIp(h), now: world.now, minor: Number(minorOf(c.version).split('.')[1]), serviceIp: firstServiceIp(c.serviceCidr) };
  if (controlPlane) writeControlPlanePki(h, o);
  else writeWorkerPki(h, caPem);
  const server = `https://${cpIp}:6443`;
  const conf = (name: string, user: string) => kubeconfigYaml(server, user, kubeconfigCredentials(h, o, name));
  const ca = String(h.fs.read('/etc/kubernetes/pki/ca.crt'));
  writeKubeletPki(h, o, ca, !controlPlane);
  // the control plane's kubelet.conf after kubelet-finalize; a worker's as its kubelet wrote it after the TLS bootstrap
  h.fs.write('/etc/kubernetes/kubelet.conf', controlPlane ? finalizeKubeletConf(conf('kubelet.conf', `system:node:${o.node}`)) : bootstrappedKubeletConf(server, ca), false, 0o600);
  h.fs.mkdir('/etc/kubernetes/manifests', true);
  if (!controlPlane) return;
  writeStaticPods(h, { node: hostname(h), ip: cpIp, version: c.version, etcdTag: (COMPONENTS[minorOf(c.version)] ?? COMPONENTS['1.28']).etcd, podCidr: c.podCidr, serviceCidr: c.serviceCidr });
  const admin = conf('admin.conf', 'kubernetes-admin');
  h.fs.write('/etc/kubernetes/admin.conf', admin, false, 0o600);
  for (const k of ['controller-manager', 'scheduler']) h.fs.write(`/etc/kubernetes/${k}.conf`, conf(`${k}.conf`, `system:kube-${k}`), false, 0o600);
  h.fs.mkdir('/var/lib/etcd/member', true);
  for (const home of ['/root', '/home/vagrant']) {
    h.fs.mkdir(`${home}/.kube`, true);
    h.fs.write(`${home}/.kube/config`, admin, false, 0o600);
  }
}

/** Builds a working cluster over three running guests (for labs and tests). */
export function buildCluster(world: World, hosts: Host[], o: { podCidr?: string; minutes?: number } = {}): K8sState {
  const st = k8sOf(world);
  const [m, ...workers] = hosts;
  for (const h of hosts) prepareNode(world, h);
  // the lesson's tip: every node knows the others by name
  const names = hosts.map((h) => `${nodeIp(h).padEnd(14)} ${hostname(h)}\n`).join('');
  for (const h of hosts) h.fs.write('/etc/hosts', names, true);
  const c = st.cluster;
  c.advanceTo(world.now);
  const ip = nodeIp(m);
  st.hostOf.set(hostname(m), m.id);
  initCluster(c, { node: hostname(m), ip, version: 'v1.28.15', podCidr: o.podCidr ?? '10.244.0.0/16', sim: nodeSim(m, world.seed) });
  const token = `${c.rng.str(6, '0123456789abcdefghijklmnopqrstuvwxyz')}.${c.rng.str(16, '0123456789abcdefghijklmnopqrstuvwxyz')}`;
  st.tokens.set(token, world.now + 24 * 3600_000);
  nodeFiles(world, m, ip, true, c);
  const caPem = String(m.fs.read('/etc/kubernetes/pki/ca.crt'));
  st.caHash = caCertHash(caPem) ?? st.caHash;
  publishCA(c, caPem);
  for (const w of workers) {
    st.hostOf.set(hostname(w), w.id);
    joinNode(c, hostname(w), nodeIp(w), 'v1.28.15', nodeSim(w, world.seed), token.split('.')[0]);
    nodeFiles(world, w, ip, false, c, caPem);
  }
  world.advanceTo(world.now + 60_000);
  applyBundled(c, 'https://github.com/flannel-io/flannel/releases/latest/download/kube-flannel.yml');
  world.advanceTo(world.now + (o.minutes ?? 12) * 60_000);
  return st;
}

export async function clusterLab(ctx: LabContext): Promise<LabStart> {
  const hosts = await bringUp(ctx.world);
  buildCluster(ctx.world, hosts);
  return { hostId: 'host', cwd: LAB_DIR, stack: [{ hostId: hosts[0].id, user: 'vagrant', via: 'ssh' }, { hostId: hosts[0].id, user: 'root', via: 'sudo' }] };
}
